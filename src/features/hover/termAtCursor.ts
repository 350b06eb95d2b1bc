import * as vscode from 'vscode';
import type { Services } from '../services';
import { explainSettings, termAt } from './termAt';

/** True while the active editor's cursor is on a term Explain Term would find. */
export const TERM_AT_CURSOR_KEY = 'llmPrimer.termAtCursor';
const SETTLE_MS = 150;

/**
 * Keeps the context key `llmPrimer.termAtCursor` up to date, so the editor's context menu offers
 * Explain Term only on a term. Read once the cursor has settled, and only the newest answer counts.
 */
export function registerTermAtCursor(s: Services): { disposable: vscode.Disposable; current(): boolean } {
  let value = false;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (v: boolean) => {
    if (v === value) return;
    value = v;
    void vscode.commands.executeCommand('setContext', TERM_AT_CURSOR_KEY, v);
  };
  const check = async (gen: number) => {
    const editor = vscode.window.activeTextEditor;
    let found = false;
    try {
      found = !!editor && !!await termAt(s.terms, explainSettings(s.settings.current), editor.document, editor.selection.active);
    } catch (e) {
      s.log.warn(`term at cursor: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (gen === generation) set(found);
  };
  const schedule = () => {
    const gen = ++generation;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { void check(gen); }, SETTLE_MS);
  };
  schedule();
  return {
    disposable: vscode.Disposable.from(
      vscode.window.onDidChangeTextEditorSelection(schedule),
      vscode.window.onDidChangeActiveTextEditor(schedule),
      { dispose: () => { if (timer) clearTimeout(timer); } },
    ),
    current: () => value,
  };
}
