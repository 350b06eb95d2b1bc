import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CompanionApi } from '../../src/extension';
import { pageOutline } from '../../src/core/reader/outline';
import { keyPattern, type FindInFilesArgs } from '../../src/core/terms/workspaceSearch';
import { activateCompanion, EXTENSION_ID, hoverText, positionOf, waitFor as waitUntil, workspaceFile } from './helpers';

/** A page's HTML as the build wrote it into the extension. */
const builtPage = (id: string) => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return fs.readFileSync(path.join(ext?.extensionPath ?? '', 'dist', 'pages', `${id.replace(/\//g, '__')}.html`), 'utf8');
};

describe('finding your way: outline, links to sections, find in workspace, open wide', () => {
  let api: CompanionApi;
  /** waitFor, saying on a timeout where the active reader was. */
  const waitFor = <T>(what: string, fn: () => T | undefined | Promise<T | undefined>) => waitUntil(what, fn).catch((e: unknown) => {
    const o = api.reader.activeOutline;
    throw new Error(`${String(e)} (active page ${api.reader.activePageId}, section ${o?.section}, ${o?.entries.length} headings, ${api.reader.panelCount} panels)`);
  });
  before(async () => { api = await activateCompanion(); });
  beforeEach(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('lists the page\'s sections in the Outline, scrolls the reader to one, and follows the section read', async () => {
    assert.equal(await vscode.commands.executeCommand('llmPrimer.open', 'vol-2/ch-4'), true);
    const want = pageOutline(builtPage('vol-2/ch-4')).map((e) => e.anchor);
    assert.ok(want.includes('key-equations') && want.length > 3, `headings of vol-2/ch-4: ${want.join(', ')}`);
    const outline = await waitFor('the outline', () => (api.reader.activeOutline?.id === 'vol-2/ch-4' ? api.reader.activeOutline : undefined));
    assert.deepEqual(outline.entries.map((e) => e.anchor), want);
    await vscode.commands.executeCommand('workbench.view.extension.llmPrimer');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.goToSection', 'key-equations'), true);
    // The webview scrolls, then reports the section at the top of the view.
    await waitFor('the reader at "Key equations"', () => api.reader.activeOutline?.section === 'key-equations' || undefined);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.goToSection', 'no-such-section'), false);
    await vscode.commands.executeCommand('llmPrimer.goToSection', want[0]);
    await waitFor(`the reader at "${want[0]}"`, () => api.reader.activeOutline?.section === want[0] || undefined);
  });

  it('copies a link to a section as plain text, which Open Link opens at that section', async () => {
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-2/ch-4');
    const text = await vscode.commands.executeCommand<string>('llmPrimer.copyLinkToSection', 'vol-2/ch-4', 'key-equations');
    assert.equal(text, 'vol-2/ch-4#key-equations');
    assert.equal(await vscode.env.clipboard.readText(), 'vol-2/ch-4#key-equations');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.openLink', ` ${await vscode.env.clipboard.readText()} `), true);
    assert.equal(api.reader.currentPageId, 'vol-2/ch-4');
    await waitFor('the section linked to', () => api.reader.activeOutline?.section === 'key-equations' || undefined);
    assert.equal(await vscode.commands.executeCommand('llmPrimer.openLink', 'https://example.com/vol-2'), false, 'not a reference');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.openLink', 'primer:glossary#term-lora'), true, 'the content\'s own link form');
    assert.equal(api.reader.currentPageId, 'glossary');
  });

  it('runs the workspace search with a whole-word regex of a term\'s spellings, from the hover too', async () => {
    const args = await vscode.commands.executeCommand<FindInFilesArgs>('llmPrimer.findInWorkspace', 'lora');
    assert.ok(args, 'the search ran');
    assert.deepEqual({ ...args, query: undefined }, { query: undefined, isRegex: true, isCaseSensitive: false, matchWholeWord: true, triggerSearch: true });
    // VS Code's whole-word search puts \b around the query as written.
    const re = new RegExp(`\\b${args.query}\\b`, 'i');
    for (const hit of ['lora_A', 'LoraConfig', 'merge_and_unload', 'lora_dropout']) assert.ok(re.test(hit), hit);
    for (const miss of ['floral', 'r', 'lora_alpha']) assert.equal(re.test(miss), false, `${miss}: not a whole spelling of LoRA's own keys`);
    // A concept searches every term that belongs to it.
    const concept = await vscode.commands.executeCommand<FindInFilesArgs>('llmPrimer.findInWorkspace', 'concept/fine-tuning');
    assert.ok(concept && concept.query.length > args.query.length && concept.query.includes(`|${keyPattern('mergeandunload')}|`), 'the concept\'s query holds LoRA\'s keys');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.findInWorkspace', 'no-such-term'), undefined);
    // The hover of a term offers the same search.
    const doc = await vscode.workspace.openTextDocument(workspaceFile('tiny_gpt.py'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'torch.softmax').translate(0, 7));
    assert.match(hoverText(hovers), /\(command:llmPrimer\.findInWorkspace\?%5B%22softmax%22%5D "[^"]+"\)/);
  });

  it('opens a concept\'s diagram alone in a wide panel of its own, reused for the next one', async () => {
    await vscode.commands.executeCommand('llmPrimer.open', 'concept/attention');
    assert.equal(await api.reader.openWide('concept/attention', 'attention'), true);
    assert.deepEqual(api.reader.wide, { id: 'concept/attention', diagram: 'attention' });
    assert.equal(api.reader.panelCount, 2);
    assert.equal(api.reader.currentPageId, 'concept/attention', 'the reader stays on its page');
    const tab = await waitFor('the wide tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.startsWith('Diagram: ')));
    assert.ok(tab.isActive);
    assert.equal(await api.reader.openWide('concept/embeddings', 'embeddings'), true);
    assert.equal(api.reader.panelCount, 2, 'the wide panel is reused');
    assert.deepEqual(api.reader.wide, { id: 'concept/embeddings', diagram: 'embeddings' });
  });
});
