import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { staysLocal } from '../../test/harness/network';
import { CHROMIUM_ARGS } from '../../test/harness/lib';

/** The e2e tier's rule for requests that stay on the machine, and the browser flags behind it. */
describe('e2e network rule', () => {
  const req = (url: string, fromServiceWorker = false) => ({ url, fromServiceWorker });

  it('allows loopback, blob: and data:, and webview resources answered by the service worker', () => {
    for (const url of ['http://127.0.0.1:8080/stable/static/out/x.js', 'ws://127.0.0.1:8080/?reconnectionToken=1', 'http://localhost:3000/',
      'http://[::1]:9000/', 'blob:http://127.0.0.1:8080/0f8e', 'data:image/png;base64,AA==']) assert.ok(staysLocal(req(url)), url);
    assert.ok(staysLocal(req('https://vscode-remote%2B127-0-0-1-8080.vscode-resource.vscode-cdn.net/dist/webview/reader.js', true)));
  });

  it('refuses every other host, and a webview resource that went to the network', () => {
    for (const url of ['https://content-autofill.googleapis.com/v1/pages', 'https://update.googleapis.com/service/update2/json',
      'http://127.0.0.1.example.com/', 'https://main.vscode-cdn.net/x', 'not a url']) assert.ok(!staysLocal(req(url, true)), url);
    assert.ok(!staysLocal(req('https://vscode-remote%2B127-0-0-1-8080.vscode-resource.vscode-cdn.net/dist/webview/reader.js', false)));
  });

  it('Chromium resolves no name but localhost, and keeps Playwright\'s disabled features in its one --disable-features', () => {
    assert.ok(CHROMIUM_ARGS.includes('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'));
    const disabled = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    assert.equal(disabled.length, 1);
    const features = disabled[0].slice('--disable-features='.length).split(',');
    // Ours would replace Playwright's list: it must hold all of it (read from the installed playwright-core).
    const bundle = fs.readFileSync(path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js'), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle);
    assert.ok(list, 'playwright-core\'s disabledFeatures list');
    const playwrights = [...list[1].matchAll(/"(\w+)"/g)].map((m) => m[1]);
    assert.ok(playwrights.length > 5, playwrights.join());
    assert.deepEqual(playwrights.filter((f) => !features.includes(f)), []);
    assert.ok(features.includes('AutofillServerCommunication'));
  });
});
