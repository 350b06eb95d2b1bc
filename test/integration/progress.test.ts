import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompanionApi } from '../../src/extension';
import { CONTINUE_ITEM } from '../../src/features/library/treeProvider';
import { ReadProgress, type ProgressState } from '../../src/features/progress/readProgress';
import { Library } from '../../src/core/catalog/library';
import type { CatalogIndex } from '../../src/core/catalog/types';
import { activateCompanion, EXTENSION_ID, sleep, waitFor } from './helpers';

/** Every readable chapter, volume by volume, as the tree lists them. */
async function allChapters(api: CompanionApi): Promise<string[]> {
  const out: string[] = [];
  for (const vol of ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-5', 'vol-6', 'vol-7']) out.push(...(await api.libraryChildren(vol)).map((c) => c.id));
  return out;
}

const isRead = async (api: CompanionApi, id: string) => (await api.libraryChildren(id.split('/')[0])).find((i) => i.id === id)?.read;
const topItem = async (api: CompanionApi) => (await api.libraryChildren())[0];
const setting = (key: string, value: unknown) => vscode.workspace.getConfiguration('llmPrimer').update(key, value, vscode.ConfigurationTarget.Global);

describe('reading progress: continue, mark on scroll, sync and reset', () => {
  let api: CompanionApi;
  /** What the stand-in dialog was asked, and what it answers. */
  let asked: { message: string; options: vscode.MessageOptions; items: string[] }[] = [];
  let told: string[] = [];
  let answer: string | undefined;
  const resetAll = async () => {
    api.progressMessagesWith({ warning: async () => 'Reset', info: () => undefined });
    assert.equal(await vscode.commands.executeCommand('llmPrimer.resetProgress'), true);
  };

  before(async () => {
    api = await activateCompanion();
    await vscode.commands.executeCommand('workbench.view.extension.llmPrimer');
  });
  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The pages opened below must not be marked by the reader unless a test asks for it.
    await setting('reader.markReadOnScroll', false);
    await resetAll();
    asked = [];
    told = [];
    answer = undefined;
    api.progressMessagesWith({
      warning: async (message, options, ...items) => { asked.push({ message, options, items }); return answer; },
      info: (message) => { told.push(message); },
    });
  });
  after(async () => {
    await resetAll();
    api.progressMessagesWith(undefined);
    await setting('reader.markReadOnScroll', undefined);
  });

  it('continues with the first unread chapter after the last one opened, and says when all are read', async () => {
    assert.match((await topItem(api)).label, /^Start reading: 1\. /, 'a fresh start offers the first chapter');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.continueReading'), true);
    assert.equal(api.reader.activePageId, 'vol-1/ch-1');
    for (const id of ['vol-1/ch-1', 'vol-1/ch-2', 'vol-1/ch-3', 'vol-1/ch-5']) await vscode.commands.executeCommand('llmPrimer.toggleRead', id);
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-2');
    const top = await topItem(api);
    assert.equal(top.id, CONTINUE_ITEM);
    assert.match(top.label, /^Continue reading: 4\. /);
    assert.equal(top.description, 'Vol. I');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.continueReading'), true);
    assert.equal(api.reader.activePageId, 'vol-1/ch-4', 'ch-3 is read: the next unread one');
    // From the last chapter of a volume, on into the next volume, skipping read chapters.
    await vscode.commands.executeCommand('llmPrimer.markRead', 'vol-1/ch-4');
    for (const id of ['vol-1/ch-6', 'vol-1/ch-7', 'vol-1/ch-8', 'vol-1/ch-9', 'vol-1/ch-10', 'vol-1/ch-11', 'vol-1/ch-12', 'vol-2/ch-1']) await vscode.commands.executeCommand('llmPrimer.toggleRead', id);
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-12');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.continueReading'), true);
    assert.equal(api.reader.activePageId, 'vol-2/ch-2');
    // A concept page does not move the reading position.
    await vscode.commands.executeCommand('llmPrimer.open', 'concept/attention');
    assert.match((await topItem(api)).label, /^Continue reading: 2\. /);
    for (const id of await allChapters(api)) if (!(await isRead(api, id))) await vscode.commands.executeCommand('llmPrimer.toggleRead', id);
    assert.notEqual((await topItem(api)).id, CONTINUE_ITEM, 'nothing to continue: no item');
    assert.deepEqual(told, [], 'no message while there was a chapter to continue with');
    assert.equal(await vscode.commands.executeCommand('llmPrimer.continueReading'), false);
    assert.equal(api.reader.activePageId, 'concept/attention', 'no page opened');
    assert.equal(told.length, 1);
    assert.match(told[0], /read every chapter/, 'an information message says so');
  });

  it('marks a page read once its end has been on screen for a moment, unless llmPrimer.reader.markReadOnScroll is off', async () => {
    await setting('reader.markReadOnScroll', true);
    // A page short enough to fit: its end is on screen at once, but it counts only after a moment.
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-3/ch-1');
    assert.equal(await isRead(api, 'vol-3/ch-1'), false, 'not read the instant it is shown');
    await waitFor('the short page marked read', async () => await isRead(api, 'vol-3/ch-1'), 15000);
    // A long page, shown at its last section (its end on screen).
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-4/ch-5', 'check-yourself');
    await waitFor('the long page marked read at its end', async () => await isRead(api, 'vol-4/ch-5'), 15000);
    // A long page shown at its top: its end is not on screen, so it stays unread.
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-4/ch-11');
    await sleep(4000);
    assert.equal(await isRead(api, 'vol-4/ch-11'), false, 'the top of a long page is not its end');

    await setting('reader.markReadOnScroll', false);
    await waitFor('the setting', () => vscode.workspace.getConfiguration('llmPrimer').get('reader.markReadOnScroll') === false || undefined);
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-3/ch-6', 'check-yourself');
    await sleep(4000);
    assert.equal(await isRead(api, 'vol-3/ch-6'), false, 'off: only marked by hand');
  });

  it('registers the read-progress keys for Settings Sync', async () => {
    const synced: string[][] = [];
    const written = new Map<string, unknown>();
    const state: ProgressState = {
      get: <T>(key: string) => written.get(key) as T,
      update: async (key: string, value: unknown) => { written.set(key, value); },
      setKeysForSync: (keys) => { synced.push([...keys]); },
    } as ProgressState;
    // The extension's own catalog, as the library the stand-in progress checks ids against.
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const catalog = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'catalog.json')))) as CatalogIndex;
    const lib = new Library(catalog);
    const progress = new ReadProgress(state, { peek: () => lib });
    try {
      assert.equal(synced.length, 1, 'registered once, when progress is created');
      await progress.set('vol-1/ch-1', true);
      assert.ok(written.size > 0);
      for (const key of written.keys()) assert.ok(synced[0].includes(key), `"${key}" is written but not synced (synced: ${synced[0].join(', ')})`);
    } finally {
      progress.dispose();
    }
  });

  it('resets progress only when the modal warning is answered "Reset"', async () => {
    await vscode.commands.executeCommand('llmPrimer.toggleRead', 'vol-1/ch-1');
    await vscode.commands.executeCommand('llmPrimer.open', 'vol-1/ch-3');
    answer = undefined; // Cancel, or Escape
    assert.equal(await vscode.commands.executeCommand('llmPrimer.resetProgress'), false);
    assert.equal(asked.length, 1);
    assert.equal(asked[0].options.modal, true, 'a modal warning');
    assert.deepEqual(asked[0].items, ['Reset']);
    assert.match(asked[0].message, /reset/i);
    assert.equal(await isRead(api, 'vol-1/ch-1'), true, 'kept');
    assert.match((await topItem(api)).label, /^Continue reading: 3\. /, 'position kept');
    answer = 'Reset';
    assert.equal(await vscode.commands.executeCommand('llmPrimer.resetProgress'), true);
    assert.equal(asked.length, 2);
    assert.equal(await isRead(api, 'vol-1/ch-1'), false, 'cleared');
    assert.match((await topItem(api)).label, /^Start reading: 1\. /, 'position cleared');
  });
});
