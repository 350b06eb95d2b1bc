/**
 * The browser build, run where vscode.dev runs it: in VS Code's web-worker extension host.
 * `remote.extensionKind: ["web"]` makes code-server's workbench run the installed extension in
 * the browser's web worker (from its `browser` entry) instead of the Node extension host on the
 * server. The same user gestures then have to work: library, a chapter with math, a diagram,
 * a hover, a model config's numbers.
 */
import * as assert from 'node:assert/strict';
import { operateFirstControl, Session, useSession } from './session';

const EXTENSION_ID = 'llm-primer.llm-primer-companion';

describe('the browser build in a web-worker extension host (vscode.dev)', function () {
  this.timeout(120000);
  let s: Session;
  useSession('web-', (started) => { s = started; }, { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });

  it('runs from dist/web in the browser, never from dist/node', async () => {
    await s.openLibrary();
    const urls = s.requests.map((r) => r.url);
    assert.ok(urls.some((u) => /dist(\/|%2F)web(\/|%2F)extension\.js/.test(u)), 'the browser fetched the web bundle');
    assert.ok(!urls.some((u) => /dist(\/|%2F)node(\/|%2F)extension\.js/.test(u)), 'the browser never fetched the Node bundle');
    await s.runCommand('Developer: Show Running Extensions');
    const row = s.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'LLM Primer Companion' }).first();
    await row.waitFor({ timeout: 30000 });
    assert.match(await row.innerText(), /Web Worker/i, 'VS Code lists it as running in the web worker');
    await s.shot('web-1-running-extensions');
  });

  it('shows the library and opens a chapter with rendered math', async () => {
    await s.openLibrary();
    await s.treeRow(/^Vol\. II — /).locator('.monaco-tl-twistie').click();
    const chapter = s.treeRow(/^4\. Attention: The Core Mechanism$/);
    await chapter.waitFor({ timeout: 15000 });
    await chapter.click();
    await s.readerTitle(/Attention: The Core Mechanism/);
    const katex = s.reader().locator('.katex').first();
    await katex.waitFor({ timeout: 15000 });
    assert.ok((await katex.innerText()).trim().length > 0, 'an equation is rendered');
    await s.shot('web-2-chapter');
  });

  it('draws a concept diagram that answers its first control', async () => {
    await s.openWithCommand('LLM Primer: Open Concept Diagram', 'The Attention Mechanism', /^The Attention Mechanism$/);
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    const before = await host.innerHTML();
    await operateFirstControl(host);
    let after = before;
    for (let i = 0; i < 20 && after === before; i++) { await s.page.waitForTimeout(100); after = await host.innerHTML(); }
    assert.notEqual(after, before, 'operating the control changed the diagram');
    await s.shot('web-3-diagram');
  });

  it('explains a term on hover, with its formula', async () => {
    await s.openFile('tiny_gpt.py');
    const hover = await s.hoverWord('softmax', /Softmax/, 'torch.');
    const text = await hover.innerText();
    assert.match(text, /Open concept/);
    await hover.locator('img[src^="data:image/svg+xml"]').first().waitFor({ timeout: 10000 });
    await s.shot('web-4-hover');
  });

  it('reads a model config of the workspace and shows its numbers', async () => {
    await s.quickOpen('models/llama-2-7b/config.json');
    const lens = s.page.locator('.monaco-editor .codelens-decoration a', { hasText: /6\.74 B parameters · 13\.5 GB in bf16/ }).first();
    await lens.waitFor({ timeout: 30000 });
    await s.shot('web-5-model-config');
  });
});
