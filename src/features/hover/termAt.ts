import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import { TermMatcher, type TermMatch } from '../../core/terms/matcher';
import type { CatalogStore } from '../catalog/store';

/** Lines longer than this are minified or generated code: not worth reading. */
const MAX_LINE = 2000;
/** Lines read on each side of the cursor's, to confirm a generic word (`query,` alone on a line). */
const CONTEXT = 2;

/** One matcher per loaded library, shared by the hover and *Explain Term at Cursor*. */
const matchers = new WeakMap<Library, TermMatcher>();

function neighbours(document: vscode.TextDocument, line: number): string[] {
  const out: string[] = [];
  for (let l = Math.max(0, line - CONTEXT); l <= Math.min(document.lineCount - 1, line + CONTEXT); l++) {
    if (l !== line) out.push(document.lineAt(l).text);
  }
  return out;
}

/** The glossary term at a position: reads that line and its neighbours only, never the document. */
export async function termAt(store: CatalogStore, document: vscode.TextDocument, position: vscode.Position):
  Promise<{ lib: Library; hit: TermMatch } | undefined> {
  const line = document.lineAt(position.line).text;
  if (line.length > MAX_LINE) return undefined;
  const lib = await store.get();
  if (!lib) return undefined;
  let matcher = matchers.get(lib);
  if (!matcher) {
    matcher = new TermMatcher(lib.catalog.terms);
    matchers.set(lib, matcher);
  }
  const hit = matcher.match(line, position.character, neighbours(document, position.line));
  return hit ? { lib, hit } : undefined;
}
