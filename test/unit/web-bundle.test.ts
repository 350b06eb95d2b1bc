import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { ROOT } from '../../scripts/content';

/**
 * vscode.dev smoke test: run the browser bundle in a bare JavaScript context (no `process`, no
 * `Buffer`, a `require` that knows only 'vscode') and activate it against a stand-in API that
 * records what it is called with. Any Node API on the activation path throws here.
 */
describe('browser bundle (vscode.dev)', () => {
  const calls: string[] = [];
  const disposable = { dispose() { /* nothing held */ } };
  // Every property is a function that records its path and returns something usable again.
  const standIn = (name: string): unknown => new Proxy(function () { /* callable */ }, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'event' || prop === Symbol.toPrimitive) return () => disposable;
      return standIn(`${name}.${String(prop)}`);
    },
    apply() { calls.push(name); return standIn(`${name}()`); },
    construct() { calls.push(`new ${name}`); return standIn(`${name}#`) as object; },
  });

  it('loads and activates with only the vscode API available', () => {
    const code = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    const mod = { exports: {} as Record<string, unknown> };
    // A plain object, so the bundler's module interop can copy its namespaces.
    const vscode = Object.fromEntries(['window', 'commands', 'languages', 'workspace', 'env', 'l10n', 'Uri', 'EventEmitter',
      'Disposable', 'TreeItem', 'ThemeIcon', 'ThemeColor', 'MarkdownString', 'Hover', 'Range', 'ViewColumn',
      'TreeItemCollapsibleState', 'ConfigurationTarget'].map((k) => [k, standIn(`vscode.${k}`)]));
    const requireOnlyVscode = (id: string) => {
      if (id === 'vscode') return vscode;
      throw new Error(`the browser bundle required "${id}"`);
    };
    const context = vm.createContext({
      module: mod, exports: mod.exports, require: requireOnlyVscode, console,
      TextDecoder, setTimeout, clearTimeout, Promise, URL, crypto: globalThis.crypto,
    });
    vm.runInContext(code, context, { filename: 'dist/web/extension.js' });
    assert.equal(typeof mod.exports.activate, 'function');
    const extensionContext = { subscriptions: [] as unknown[], extensionUri: standIn('extensionUri'), globalState: standIn('globalState') };
    const api = (mod.exports.activate as (c: unknown) => Record<string, unknown>)(extensionContext);
    assert.ok(api && typeof api.loaded === 'function', 'activate returns the companion API');
    assert.ok(extensionContext.subscriptions.length >= 6, 'features were registered');
    for (const expected of ['vscode.window.createTreeView', 'vscode.window.registerWebviewPanelSerializer', 'vscode.languages.registerHoverProvider', 'vscode.commands.registerCommand', 'vscode.languages.registerCodeLensProvider']) {
      assert.ok(calls.includes(expected), `${expected} was called`);
    }
  });
});
