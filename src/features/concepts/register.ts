import * as vscode from 'vscode';
import type { Services } from '../services';
import { ConceptsTreeProvider, type ConceptNode } from './treeProvider';

export const CONCEPTS_VIEW = 'llmPrimer.concepts';
/** Quiet time after typing before the active file is scanned again. */
const DEBOUNCE_MS = 400;

/**
 * "Concepts in this file": the LLM terms of the active editor, grouped by concept, with counts.
 * Rescanned (debounced) when the editor or its text changes, only while the view is visible.
 */
export function registerConcepts(s: Services, open: (id: string, anchor?: string) => Promise<unknown>): {
  disposable: vscode.Disposable; provider: ConceptsTreeProvider;
} {
  const provider = new ConceptsTreeProvider(s);
  const view = vscode.window.createTreeView<ConceptNode>(CONCEPTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (now = false) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; if (view.visible) void provider.refresh(vscode.window.activeTextEditor?.document); }, now ? 0 : DEBOUNCE_MS);
  };
  const reveal = vscode.commands.registerCommand('llmPrimer.revealTerm', async (uri: unknown, termId: unknown, line?: unknown) => {
    if (!(uri instanceof vscode.Uri) || typeof termId !== 'string') return;
    const found = provider.termOf(uri, termId);
    if (!found) return;
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: true });
    const ranges = (typeof line === 'number' ? found.occurrences.filter((o) => o.line === line) : found.occurrences)
      .map((o) => new vscode.Range(o.line, o.start, o.line, o.end));
    if (!ranges.length) return;
    editor.selections = ranges.map((r) => new vscode.Selection(r.start, r.end));
    editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (typeof line !== 'number') {
      const lib = s.store.peek();
      const targets = lib?.termTargets(found.term);
      const page = targets?.concept?.id ?? (lib?.catalog.terms.some((t) => t.id === found.term.id) ? 'glossary' : undefined);
      if (page) await open(page, targets?.concept ? undefined : `term-${found.term.id}`);
    }
  });
  return {
    provider,
    disposable: vscode.Disposable.from(
      provider, view, reveal,
      view.onDidChangeVisibility(() => schedule(true)),
      vscode.window.onDidChangeActiveTextEditor(() => schedule(true)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === vscode.window.activeTextEditor?.document) schedule(); }),
      s.terms.onDidChange(() => schedule(true)),
      { dispose: () => { if (timer) clearTimeout(timer); } },
    ),
  };
}
