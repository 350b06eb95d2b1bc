import * as vscode from 'vscode';
import { groupByConcept, type ConceptInFile, type TermInFile } from '../../core/terms/fileConcepts';
import type { Occurrence, ScanResult } from '../../core/terms/scanner';
import type { Services } from '../services';

/** Above this size a document is scanned in slices, yielding between them, so typing never waits. */
const SLICE_CHARS = 256 * 1024;
/** Occurrences listed under one term (the count still says how many there are). */
const MAX_LISTED = 200;

export type ConceptNode =
  | { kind: 'concept'; group: ConceptInFile }
  | { kind: 'term'; t: TermInFile }
  | { kind: 'occurrence'; t: TermInFile; o: Occurrence };

/** The tree behind "Concepts in this file". */
export class ConceptsTreeProvider implements vscode.TreeDataProvider<ConceptNode>, vscode.Disposable {
  private groups: ConceptInFile[] = [];
  private uri?: vscode.Uri;
  private lines: string[] = [];
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly s: Services) {}

  /** Scan a document (or clear the view for none). A newer call cancels an older one. */
  async refresh(document: vscode.TextDocument | undefined): Promise<void> {
    const gen = ++this.generation;
    const set = await this.s.terms.current();
    if (gen !== this.generation) return;
    if (!document || !set || !this.s.settings.current.hoverLanguages.includes(document.languageId)) {
      this.show(undefined, [], []);
      return;
    }
    const text = document.getText();
    let result: ScanResult;
    if (text.length <= SLICE_CHARS) result = this.s.terms.scan(document, set);
    else {
      const r = await scanInSlices(text, (t) => set.scanner.scan(t), () => gen !== this.generation);
      if (!r) return;
      result = r;
      this.s.terms.remember(document, set, result);
    }
    if (gen !== this.generation) return;
    const ignored = new Set(this.s.settings.current.hoverIgnoredTerms);
    this.show(document.uri, groupByConcept(result.occurrences.filter((o) => !ignored.has(o.term.id))), text.split(/\r?\n/));
  }

  /** What the view shows now (for the tests and the reveal command). */
  get current(): { uri?: vscode.Uri; groups: readonly ConceptInFile[] } {
    return { uri: this.uri, groups: this.groups };
  }

  termOf(uri: vscode.Uri, termId: string): TermInFile | undefined {
    if (this.uri?.toString() !== uri.toString()) return undefined;
    for (const g of this.groups) for (const t of g.terms) if (t.term.id === termId) return t;
    return undefined;
  }

  private show(uri: vscode.Uri | undefined, groups: ConceptInFile[], lines: string[]): void {
    this.uri = uri;
    this.groups = groups;
    this.lines = lines;
    this.changed.fire();
  }

  getChildren(node?: ConceptNode): ConceptNode[] {
    if (!node) return this.groups.map((group) => ({ kind: 'concept', group }));
    if (node.kind === 'concept') return node.group.terms.map((t) => ({ kind: 'term', t }));
    if (node.kind === 'term') return node.t.occurrences.slice(0, MAX_LISTED).map((o) => ({ kind: 'occurrence', t: node.t, o }));
    return [];
  }

  getTreeItem(node: ConceptNode): vscode.TreeItem {
    if (node.kind === 'concept') {
      const lib = this.s.store.peek();
      const title = node.group.concept ? lib?.page(`concept/${node.group.concept}`)?.title ?? node.group.concept : vscode.l10n.t('Other terms');
      const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.group.count);
      item.iconPath = new vscode.ThemeIcon('graph');
      item.contextValue = 'concept';
      item.id = `c:${node.group.concept ?? ''}`;
      return item;
    }
    if (node.kind === 'term') {
      const item = new vscode.TreeItem(node.t.term.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.t.occurrences.length);
      item.tooltip = node.t.term.definition;
      item.iconPath = new vscode.ThemeIcon('symbol-key');
      item.contextValue = 'term';
      item.id = `t:${node.t.term.id}`;
      item.command = { command: 'llmPrimer.revealTerm', title: vscode.l10n.t('Show occurrences'), arguments: [this.uri, node.t.term.id] };
      return item;
    }
    const { o } = node;
    const text = (this.lines[o.line] ?? '').trim();
    const item = new vscode.TreeItem(text.length > 80 ? `${text.slice(0, 79)}…` : text, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('line {0}', o.line + 1);
    item.id = `o:${node.t.term.id}:${o.line}:${o.start}`;
    item.command = { command: 'llmPrimer.revealTerm', title: vscode.l10n.t('Show occurrence'), arguments: [this.uri, node.t.term.id, o.line] };
    return item;
  }

  dispose(): void {
    this.generation++;
    this.changed.dispose();
  }
}

/**
 * Scan a large text in slices cut at line ends, yielding to the event loop between slices;
 * undefined when cancelled. Each slice's weak words are judged with that slice's context.
 */
async function scanInSlices(text: string, scan: (t: string) => ScanResult, cancelled: () => boolean): Promise<ScanResult | undefined> {
  const occurrences: Occurrence[] = [];
  let line = 0;
  let pos = 0;
  let context: ScanResult['context'] | undefined;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + SLICE_CHARS);
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    const slice = text.slice(pos, end);
    const r = scan(slice);
    for (const o of r.occurrences) occurrences.push({ ...o, line: o.line + line });
    context = context ? { ...context, strongTerms: Math.max(context.strongTerms, r.context.strongTerms), aboutField: context.aboutField || r.context.aboutField } : r.context;
    for (let i = 0; i < slice.length; i++) if (slice.charCodeAt(i) === 10) line++;
    pos = end;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled()) return undefined;
  }
  return { occurrences, context: context ?? { fieldImports: [], strongTerms: 0, aboutField: false } };
}
