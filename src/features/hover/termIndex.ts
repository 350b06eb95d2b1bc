import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import type { GlossaryTerm } from '../../core/catalog/types';
import { fileContextOf, importsOf, type FileContext } from '../../core/terms/fileContext';
import { TermMatcher } from '../../core/terms/matcher';
import type { ScanResult, TermScanner } from '../../core/terms/scanner';
import type { CatalogStore } from '../catalog/store';

/** Documents larger than this are scanned by the Concepts view in slices; hovers read only their imports. */
const SYNC_SCAN_LIMIT = 1_000_000;

/** The terms in force: the team glossary's first (they override), then the built-in ones. */
export interface TermSet {
  lib: Library;
  terms: readonly GlossaryTerm[];
  matcher: TermMatcher;
  scanner: TermScanner;
}

/**
 * One place that knows the terms in force and what each open document holds. The matcher and
 * scanner are rebuilt only when the library or the team glossary changes; a document is scanned
 * at most once per version.
 */
export class TermIndex implements vscode.Disposable {
  private set?: TermSet;
  private team: readonly GlossaryTerm[] = [];
  private readonly scans = new Map<string, { version: number; set: TermSet; result: ScanResult }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly store: CatalogStore) {
    this.subs = [
      store.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidCloseTextDocument((d) => this.scans.delete(d.uri.toString())),
    ];
  }

  /** Replace the team glossary's terms (an empty list when it is missing or broken). */
  setTeamTerms(terms: readonly GlossaryTerm[]): void {
    this.team = terms;
    this.invalidate();
  }

  async current(): Promise<TermSet | undefined> {
    const lib = await this.store.get();
    if (!lib) return undefined;
    if (this.set?.lib !== lib) {
      const overridden = new Set(this.team.map((t) => t.id));
      const terms = [...this.team, ...lib.catalog.terms.filter((t) => !overridden.has(t.id))];
      const matcher = new TermMatcher(terms);
      this.set = { lib, terms, matcher, scanner: matcher.scanner };
    }
    return this.set;
  }

  /** Every term occurrence in a document and what kind of file it is; cached per version. */
  scan(document: vscode.TextDocument, set: TermSet): ScanResult {
    const key = document.uri.toString();
    const hit = this.scans.get(key);
    if (hit && hit.version === document.version && hit.set === set) return hit.result;
    const text = document.getText();
    const result = text.length > SYNC_SCAN_LIMIT ? { occurrences: [], context: importsOnly(text) } : set.scanner.scan(text);
    this.scans.set(key, { version: document.version, set, result });
    return result;
  }

  /** Store a result computed elsewhere (the Concepts view's sliced scan of a large file). */
  remember(document: vscode.TextDocument, set: TermSet, result: ScanResult): void {
    this.scans.set(document.uri.toString(), { version: document.version, set, result });
  }

  private invalidate(): void {
    this.set = undefined;
    this.scans.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.changed.dispose();
  }
}

function importsOnly(text: string): FileContext {
  const head = text.slice(0, 200_000);
  const { fieldImports, moduleAliases } = importsOf(head);
  return fileContextOf(fieldImports, 0, moduleAliases);
}
