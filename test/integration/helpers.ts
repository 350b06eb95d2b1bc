import * as vscode from 'vscode';
import type { CompanionApi } from '../../src/extension';

export const EXTENSION_ID = 'llm-primer.llm-primer-companion';

export async function activateCompanion(): Promise<CompanionApi> {
  const ext = vscode.extensions.getExtension<CompanionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  const api = await ext.activate();
  if (!(await api.loaded())) throw new Error('the library did not load');
  return api;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Position of the `nth` occurrence of `word` in a document. */
export function positionOf(doc: vscode.TextDocument, word: string, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" occurs fewer than ${nth + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(at + 1);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
