import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompanionApi } from '../../src/extension';
import { activateCompanion, hoverText, positionOf, waitFor, workspaceFile } from './helpers';

describe('first run: the walkthrough\'s hover step', () => {
  let api: CompanionApi;
  before(async () => { api = await activateCompanion(); });
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('"Try a Hover" opens sample model code with the cursor on softmax, and the hover explains it', async () => {
    await vscode.commands.executeCommand('llmPrimer.tryHover');
    const editor = await waitFor('the sample editor', async () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.isUntitled && e.document.languageId === 'python' ? e : undefined;
    });
    const at = editor.selection.active;
    const word = editor.document.getText(editor.document.getWordRangeAtPosition(at));
    assert.equal(word, 'softmax');
    assert.match(editor.document.lineAt(at.line).text, /torch\.softmax\(/);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    assert.match(hover, /LLM Primer/);
    assert.match(hover, /Softmax/);
  });

  it('offers Explain Term in the context menu only while the cursor is on a term (llmPrimer.termAtCursor)', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    const editor = await vscode.window.showTextDocument(doc);
    const put = (p: vscode.Position) => { editor.selection = new vscode.Selection(p, p); };
    put(positionOf(doc, 'torch.softmax').translate(0, 7));
    await waitFor('on softmax', () => (api.termAtCursor() ? true : undefined));
    put(positionOf(doc, 'import').translate(0, 2));
    await waitFor('off the term', () => (api.termAtCursor() ? undefined : true));
    // A miss says so in the status bar; nothing opens.
    const panels = api.reader.panelCount;
    await vscode.commands.executeCommand('llmPrimer.explainTerm');
    assert.equal(api.reader.panelCount, panels);
  });
});
