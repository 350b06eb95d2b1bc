import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HISTORY_LIMIT, parseHistory, ReaderHistory } from '../../src/core/reader/history';
import { isWebviewMessage } from '../../src/core/protocol';

describe('reader history', () => {
  it('goes back to the page left, at its scroll position, and forward again', () => {
    const h = new ReaderHistory();
    h.visit(undefined, 'vol-2/ch-4'); // the first page: nothing to go back to
    assert.equal(h.canGoBack, false);
    h.visit({ id: 'vol-2/ch-4', scrollY: 1830 }, 'concept/attention');
    assert.equal(h.canGoBack, true);
    assert.deepEqual(h.goBack({ id: 'concept/attention', scrollY: 40 }), { id: 'vol-2/ch-4', scrollY: 1830 });
    assert.equal(h.canGoBack, false);
    assert.equal(h.canGoForward, true);
    assert.deepEqual(h.goForward({ id: 'vol-2/ch-4', scrollY: 1830 }), { id: 'concept/attention', scrollY: 40 });
    assert.equal(h.goForward({ id: 'concept/attention', scrollY: 40 }), undefined, 'nothing further forward');
  });

  it('clears the forward stack when a new page is opened, and ignores staying on a page', () => {
    const h = new ReaderHistory();
    h.visit({ id: 'a', scrollY: 0 }, 'b');
    h.visit({ id: 'b', scrollY: 0 }, 'c');
    h.goBack({ id: 'c', scrollY: 0 });
    assert.equal(h.canGoForward, true);
    h.visit({ id: 'b', scrollY: 5 }, 'd');
    assert.equal(h.canGoForward, false);
    h.visit({ id: 'd', scrollY: 0 }, 'd');
    assert.deepEqual(h.state.back.map((e) => e.id), ['a', 'b']);
  });

  it('skips pages that no longer exist', () => {
    const h = new ReaderHistory({ back: [{ id: 'a', scrollY: 0 }, { id: 'gone', scrollY: 0 }], forward: [] });
    assert.equal(h.goBack({ id: 'c', scrollY: 0 }, (id) => id !== 'gone')?.id, 'a');
    assert.equal(new ReaderHistory({ back: [{ id: 'gone', scrollY: 0 }], forward: [] }).goBack(undefined, () => false), undefined);
  });

  it('keeps at most the limit on each stack, dropping the oldest', () => {
    const h = new ReaderHistory();
    for (let i = 0; i <= HISTORY_LIMIT + 10; i++) h.visit({ id: `p-${i}`, scrollY: i }, `p-${i + 1}`);
    const { back } = h.state;
    assert.equal(back.length, HISTORY_LIMIT);
    assert.equal(back[back.length - 1].id, `p-${HISTORY_LIMIT + 10}`);
    assert.equal(back[0].id, 'p-11');
  });

  it('restores saved state, dropping what is malformed and cutting to the limit', () => {
    const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({ id: `p-${i}`, scrollY: i }));
    const parsed = parseHistory({ back: [...many, { id: '../x', scrollY: 1 }, { id: 'ok', scrollY: -3 }, 'junk', null], forward: [{ id: 'vol-1', scrollY: 12.6 }] });
    assert.equal(parsed.back.length, HISTORY_LIMIT);
    assert.equal(parsed.back[parsed.back.length - 1].id, `p-${HISTORY_LIMIT + 4}`);
    assert.deepEqual(parsed.forward, [{ id: 'vol-1', scrollY: 13 }]);
    for (const bad of [undefined, null, 7, 'x', [], { back: 'x' }]) assert.deepEqual(parseHistory(bad), { back: [], forward: [] });
  });

  it('accepts the history and library messages from the webview, and nothing else under those names', () => {
    assert.ok(isWebviewMessage({ type: 'history', direction: 'back' }));
    assert.ok(isWebviewMessage({ type: 'history', direction: 'forward' }));
    assert.ok(isWebviewMessage({ type: 'openLibrary' }));
    for (const bad of [{ type: 'history' }, { type: 'history', direction: 'up' }, { type: 'history', direction: 1 }]) assert.equal(isWebviewMessage(bad), false);
  });
});

describe('reader contributions in package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    contributes: {
      commands: { command: string; icon?: string }[];
      menus: Record<string, { command: string; when?: string; group?: string }[]>;
      keybindings: { command: string; key: string; when?: string }[];
    };
  };
  const { commands, menus, keybindings } = pkg.contributes;
  const nls = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.nls.json'), 'utf8')) as Record<string, string>;

  it('puts Back, Forward and Mark as Read on the reader title bar, the rest in its menu, all with icons', () => {
    const title = menus['editor/title'].filter((m) => m.when?.includes("activeWebviewPanelId == 'llmPrimer.reader'"));
    const nav = title.filter((m) => m.group?.startsWith('navigation')).map((m) => m.command);
    assert.deepEqual(nav, ['llmPrimer.back', 'llmPrimer.forward', 'llmPrimer.markRead', 'llmPrimer.markUnread']);
    const more = title.filter((m) => !m.group?.startsWith('navigation')).map((m) => m.command);
    assert.deepEqual(more.sort(), ['llmPrimer.nextPage', 'llmPrimer.openOriginal', 'llmPrimer.previousPage', 'llmPrimer.revealInLibrary']);
    for (const m of title) {
      const c = commands.find((x) => x.command === m.command);
      assert.ok(c?.icon?.startsWith('$('), `${m.command} has a codicon`);
    }
  });

  it('binds Alt+Left/Right to Back/Forward and the reading order to Shift+Alt+PageUp/PageDown, only in the reader', () => {
    const bound = (key: string) => keybindings.find((k) => k.key === key);
    assert.equal(bound('alt+left')?.command, 'llmPrimer.back');
    assert.equal(bound('alt+right')?.command, 'llmPrimer.forward');
    assert.equal(bound('shift+alt+pageup')?.command, 'llmPrimer.previousPage');
    assert.equal(bound('shift+alt+pagedown')?.command, 'llmPrimer.nextPage');
    for (const key of ['alt+left', 'alt+right', 'shift+alt+pageup', 'shift+alt+pagedown']) assert.match(bound(key)?.when ?? '', /activeWebviewPanelId == 'llmPrimer.reader'/);
  });

  it('has a localised title for every command', () => {
    for (const c of commands as { command: string; title?: string }[]) {
      const key = /^%(.+)%$/.exec(c.title ?? '')?.[1];
      assert.ok(key && nls[key], `${c.command}: title ${c.title}`);
    }
  });
});
