import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CONTINUE_ITEM } from '../../src/features/library/treeProvider';
import { activateCompanion, hoverText, positionOf, waitFor, workspaceFile } from './helpers';

describe('LLM Primer Companion in VS Code', () => {
  before(async () => {
    await activateCompanion();
  });

  afterEach(async () => {
    const cfg = vscode.workspace.getConfiguration('llmPrimer');
    await cfg.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    await cfg.update('hover.languages', undefined, vscode.ConfigurationTarget.Global);
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['llmPrimer.open', 'llmPrimer.openToSide', 'llmPrimer.search', 'llmPrimer.openConceptDiagram',
      'llmPrimer.openOriginal', 'llmPrimer.toggleRead', 'llmPrimer.explainTerm', 'llmPrimer.reload']) {
      assert.ok(all.includes(c), `missing command ${c}`);
    }
  });

  it('shows the library tree: seven volumes, the concepts, the guide and the glossary', async () => {
    const api = await activateCompanion();
    await vscode.commands.executeCommand('workbench.view.extension.llmPrimer');
    // Below the "Continue reading" item, when there is a chapter to continue with.
    const roots = (await api.libraryChildren()).filter((r) => r.id !== CONTINUE_ITEM);
    assert.deepEqual(roots.map((r) => r.id), ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-5', 'vol-6', 'vol-7', 'concepts', 'guide', 'glossary']);
    assert.match(roots[1].label, /Language Models Through Mathematics/);
    assert.match(roots[4].label, /title not yet known/);
    const vol3 = await api.libraryChildren('vol-3');
    assert.equal(vol3.length, 11);
    assert.equal(vol3[3].label, 'Chapter 4 — title not yet known');
    const concepts = await api.libraryChildren('concepts');
    assert.equal(concepts.length, 25);
  });

  it('reveals a chapter in the tree (getParent works)', async () => {
    const api = await activateCompanion();
    await vscode.commands.executeCommand('workbench.view.extension.llmPrimer');
    await api.library.reveal('vol-2/ch-4', { select: true, focus: false, expand: true });
    await waitFor('selection', () => api.library.selection.includes('vol-2/ch-4'));
  });

  it('opens a chapter in one reused reader panel, and another panel to the side', async () => {
    const api = await activateCompanion();
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'vol-2/ch-4'), true);
    assert.equal(api.reader.currentPageId, 'vol-2/ch-4');
    const panels = api.reader.panelCount;
    await vscode.commands.executeCommand('llmPrimer.open', 'concept/attention');
    assert.equal(api.reader.currentPageId, 'concept/attention');
    assert.equal(api.reader.panelCount, panels, 'the main panel is reused');
    await vscode.commands.executeCommand('llmPrimer.openToSide', 'vol-1/ch-1');
    assert.equal(api.reader.panelCount, panels + 1);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    assert.ok(tabs.some((l) => l.startsWith('The Attention Mechanism')), `tabs: ${tabs.join(', ')}`);
  });

  it('refuses an unknown page without throwing', async () => {
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'vol-9/ch-99'), false);
  });

  it('explains softmax, n_head and past_key_values on hover, with links that open the reader', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    await vscode.window.showTextDocument(doc);
    const softmax = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'torch.softmax', 0).translate(0, 6)));
    assert.match(softmax, /LLM Primer/);
    assert.match(softmax, /Softmax/);
    assert.match(softmax, /command:llmPrimer\.open\?/);
    const kv = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'past_key_values=None')));
    assert.match(kv, /KV cache/i);
    const heads = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'self.n_head').translate(0, 6)));
    assert.match(heads, /LLM Primer[\s\S]*head/i);
  });

  it('gives no LLM hover on ordinary code, and none when hovers are turned off', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    const ordinary = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'import math').translate(0, 1)));
    assert.doesNotMatch(ordinary, /LLM Primer/);
    await vscode.workspace.getConfiguration('llmPrimer').update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 300));
    const off = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'torch.softmax').translate(0, 6)));
    assert.doesNotMatch(off, /LLM Primer/);
  });

  it('keeps working with the defaults when a setting has a bad value', async () => {
    await vscode.workspace.getConfiguration('llmPrimer').update('hover.languages', 'python', vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 300));
    const doc = await vscode.workspace.openTextDocument(workspaceFile('sampling.py'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'top_p=0.95').translate(0, 2)));
    assert.match(text, /LLM Primer/);
    assert.match(text, /top-p|nucleus/i);
  });

  it('hovers in TypeScript too', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('retrieval.ts'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'chunkOverlap').translate(0, 2)));
    assert.match(text, /LLM Primer/);
    assert.match(text, /Chunk overlap/i);
  });

  it('hovers in a Jupyter notebook cell', async () => {
    const nb = await vscode.workspace.openNotebookDocument(workspaceFile('explore.ipynb'));
    const cell = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.ok(cell, 'the notebook has a code cell');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, positionOf(cell.document, 'torch.softmax').translate(0, 7)));
    assert.match(text, /LLM Primer/);
    assert.match(text, /Softmax/);
  });

  it('marks a page as read and back', async () => {
    await vscode.commands.executeCommand('llmPrimer.toggleRead', 'vol-1/ch-2');
    const api = await activateCompanion();
    const items = await api.libraryChildren('vol-1');
    assert.equal(items.find((i) => i.id === 'vol-1/ch-2')?.read, true);
    await vscode.commands.executeCommand('llmPrimer.toggleRead', 'vol-1/ch-2');
    const after = await api.libraryChildren('vol-1');
    assert.equal(after.find((i) => i.id === 'vol-1/ch-2')?.read, false);
  });

  it('says how many pages are read beside the Library\'s title, with no activity-bar badge', async () => {
    const api = await activateCompanion();
    const count = () => Number(/^(\d+)\/\d+ read$/.exec(api.library.description ?? '0/0 read')?.[1] ?? NaN);
    const before = count();
    await vscode.commands.executeCommand('llmPrimer.markRead', 'vol-1/ch-3');
    await waitFor('the count to grow', () => (count() === before + 1 ? true : undefined));
    assert.equal(api.library.badge, undefined);
    await vscode.commands.executeCommand('llmPrimer.markUnread', 'vol-1/ch-3');
    await waitFor('the count to go back', () => (count() === before ? true : undefined));
  });
});
