import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateCompanion, hoverText, waitFor } from './helpers';

describe('first run: the walkthrough\'s hover step', () => {
  before(async () => { await activateCompanion(); });
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
});
