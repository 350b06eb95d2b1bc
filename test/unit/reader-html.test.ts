import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, readerHtml } from '../../src/core/reader/html';

const doc = (nonce = makeNonce()) => readerHtml({
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce, lang: 'en',
  assets: { katexCss: 'k.css', readerCss: 'r.css', readerJs: 'r.js' },
  strings: { loading: 'Loading <now>', openSource: 'Open "it"' },
});

describe('reader HTML', () => {
  it('locks the webview down: nothing by default, scripts by nonce or from the extension, no network', () => {
    const csp = contentSecurityPolicy('vscode-src', 'abc123abc123abc123');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123abc123abc123' vscode-src$/);
    assert.doesNotMatch(csp, /https?:|\*|unsafe-eval/);
  });

  it('gives the only script the nonce and escapes the strings it embeds', () => {
    const nonce = makeNonce();
    const html = doc(nonce);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, new RegExp(`<script type="module" nonce="${nonce}" src="r\\.js">`));
    assert.match(html, /Loading &lt;now&gt;/);
    assert.doesNotMatch(html, /Open "it"/);
  });

  it('makes a fresh nonce each time and refuses a weak one', () => {
    assert.notEqual(makeNonce(), makeNonce());
    assert.match(makeNonce(), /^[A-Za-z0-9]{32}$/);
    assert.throws(() => doc('short'), /nonce/);
  });
});
