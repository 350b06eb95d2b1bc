import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompanionApi } from '../../src/extension';
import { activateCompanion, positionOf, waitFor, workspaceFile } from './helpers';

/** The reader tabs and the columns they are in. */
const readerTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('llmPrimer.reader'))
  .map((t) => ({ label: t.label, column: g.viewColumn, active: t.isActive })));

/** The workbench's tab model follows the extension host a moment later. */
const shownTabs = () => waitFor('a reader tab', () => (readerTabs().length ? readerTabs() : undefined));

describe('the reader: history, focus and placement', () => {
  let api: CompanionApi;
  before(async () => { api = await activateCompanion(); });
  beforeEach(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });
  afterEach(async () => {
    api.reader.readPagesWith(undefined);
    await vscode.workspace.getConfiguration('llmPrimer').update('reader.openIn', undefined, vscode.ConfigurationTarget.Global);
  });

  it('goes Back from a concept to the chapter it was opened from, and Forward again', async () => {
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'vol-2/ch-4'), true);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.back'), false, 'nothing to go back to yet');
    await vscode.commands.executeCommand('llmPrimer.open', 'concept/attention');
    assert.deepEqual(api.reader.activeHistory?.back.map((e) => e.id), ['vol-2/ch-4']);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.back'), true);
    assert.equal(api.reader.activePageId, 'vol-2/ch-4');
    assert.deepEqual(api.reader.activeHistory?.forward.map((e) => e.id), ['concept/attention']);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.forward'), true);
    assert.equal(api.reader.activePageId, 'concept/attention');
    // A new page after going back drops the pages ahead, as a browser does.
    await vscode.commands.executeCommand('llmPrimer.back');
    await vscode.commands.executeCommand('llmPrimer.open', 'glossary', 'term-softmax');
    assert.deepEqual(api.reader.activeHistory, { back: [{ id: 'vol-2/ch-4', scrollY: 0 }], forward: [] });
    assert.equal(api.reader.panelCount, 1, 'one reader panel all along');
  });

  it('pages through the reading order with Previous/Next Page, which History then walks back', async () => {
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-2');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.nextPage'), true);
    assert.equal(api.reader.activePageId, 'vol-1/ch-3');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.previousPage'), true);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.previousPage'), true);
    assert.equal(api.reader.activePageId, 'vol-1/ch-1');
    await vscode.commands.executeCommand('llmPrimer.back');
    assert.equal(api.reader.activePageId, 'vol-1/ch-2');
  });

  it('marks the page on show as read and unread from its title bar, and reveals it in the library', async () => {
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-4');
    await vscode.commands.executeCommand('llmPrimer.markRead');
    assert.equal((await api.libraryChildren('vol-1')).find((i) => i.id === 'vol-1/ch-4')?.read, true);
    await vscode.commands.executeCommand('llmPrimer.markUnread');
    assert.equal((await api.libraryChildren('vol-1')).find((i) => i.id === 'vol-1/ch-4')?.read, false);
    await vscode.commands.executeCommand('llmPrimer.revealInLibrary');
    await waitFor('the chapter selected in the tree', () => api.library.visible && api.library.selection.includes('vol-1/ch-4'));
  });

  it('keeps the cursor in the code for Explain Term and hover links, the reader opening beside it', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const at = positionOf(doc, 'torch.softmax').translate(0, 7);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('llmPrimer.explainTerm');
    await waitFor('the reader', () => api.reader.activePageId === 'concept/attention' || undefined);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the code editor is still the active one');
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(new vscode.Selection(at, at)), 'the cursor has not moved');
    const tabs = await shownTabs();
    assert.equal(tabs.length, 1);
    assert.notEqual(tabs[0].column, vscode.ViewColumn.One, 'the reader is beside the code');
    // A hover's "Read chapter" link runs llmPrimer.open: the same holds.
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-2/ch-4');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(new vscode.Selection(at, at)));
    assert.equal(api.reader.currentPageId, 'vol-2/ch-4');
  });

  it('opens the reader in the active group when llmPrimer.reader.openIn is "active"', async () => {
    await vscode.workspace.getConfiguration('llmPrimer').update('reader.openIn', 'active', vscode.ConfigurationTarget.Global);
    await waitFor('the setting', () => vscode.workspace.getConfiguration('llmPrimer').get('reader.openIn') === 'active' || undefined);
    const doc = await vscode.workspace.openTextDocument(workspaceFile('sampling.py'));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'concept/decoding-strategies'), true);
    const tabs = await shownTabs().catch((e: unknown) => { throw new Error(`${String(e)}: ${JSON.stringify(vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => [t.label, (t.input as { viewType?: string })?.viewType])))}`); });
    assert.equal(tabs.length, 1);
    assert.equal(tabs[0].column, vscode.ViewColumn.One, 'a tab in the code\'s group');
  });

  it('shows a message with a way back, not a stuck page, when a page\'s notes cannot be read', async () => {
    api.reader.readPagesWith((id, fromFiles) => (id === 'vol-1/ch-5' ? Promise.resolve(undefined) : fromFiles(id)));
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-4');
    const before = (await shownTabs())[0].label;
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-5'), false, 'the page is not shown');
    assert.equal(api.reader.activePageId, 'vol-1/ch-5', 'the reader stays on it, with its message');
    const after = await waitFor('the tab renamed', () => { const l = readerTabs()[0]?.label; return l !== before ? l : undefined; });
    assert.notEqual(after, 'LLM Primer', 'the tab is named after the missing page');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.back'), true, 'Back leaves it');
    assert.equal(api.reader.activePageId, 'vol-1/ch-4');
  });
});
