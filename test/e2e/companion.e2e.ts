import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../harness/lib';
import { escapeRe, operateFirstControl, Session, useSession } from './session';

describe('LLM Primer Companion, used as a person would (code-server + Chromium)', function () {
  this.timeout(120000);
  let s: Session;
  useSession('', (started) => { s = started; });

  it('shows the library from the activity bar: seven volumes, concepts, guide, glossary', async () => {
    await s.openLibrary();
    const labels = await s.page.locator('.part.sidebar .monaco-list-row[role="treeitem"] .label-name').allInnerTexts();
    assert.ok(labels.some((l) => /Vol\. II — Language Models Through Mathematics/.test(l)), labels.join(' | '));
    assert.ok(labels.some((l) => /Vol\. V — title not yet known/.test(l)), labels.join(' | '));
    assert.ok(labels.includes('Core concepts'));
    await s.shot('1-tree');
  });

  it('expands a volume and opens a chapter with rendered math', async () => {
    await s.treeRow(/^Vol\. II — /).locator('.monaco-tl-twistie').click();
    const chapter = s.treeRow(/^4\. Attention: The Core Mechanism$/);
    await chapter.waitFor({ timeout: 15000 });
    await chapter.click();
    assert.match(await s.readerTitle(/Attention: The Core Mechanism/), /Attention/);
    const katex = s.reader().locator('.katex').first();
    await katex.waitFor({ timeout: 15000 });
    assert.ok((await katex.innerText()).trim().length > 0, 'an equation is rendered');
    await s.shot('2-reader-chapter');
  });

  it('brings the reader back at the same page and scroll position after a window reload', async () => {
    await s.reader().locator('h2').nth(2).scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(600); // the reader saves its scroll position 200 ms after scrolling stops
    const before = await s.reader().locator('html').evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
    assert.ok(before > 100, `scrolled (${before})`);
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    assert.match(await s.readerTitle(/Attention: The Core Mechanism/, 60000), /Attention/);
    await s.page.waitForTimeout(500);
    const after = await s.reader().locator('html').evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
    assert.ok(Math.abs(after - before) < 40, `scroll restored: ${before} → ${after}`);
    await s.shot('2b-reader-after-reload');
  });

  it('renders an equation in a chapter of every published volume', async () => {
    for (const vol of [1, 2, 3, 4]) {
      const id = firstChapterWithMath(vol);
      assert.ok(id, `Vol. ${vol} has a chapter with math`);
      const label = chapterLabel(id);
      await s.runCommand('LLM Primer: Search the Library', label);
      await s.readerTitle(new RegExp(escapeRe(label.replace(/^\d+\. /, '').slice(0, 30))));
      await s.reader().locator('.katex').first().waitFor({ timeout: 15000 });
      await s.shot(`3-volume-${vol}-math`);
    }
  });

  it('explains a term on hover and opens its concept from the hover link', async () => {
    await s.openFile('tiny_gpt.py');
    const hover = await s.hoverWord('softmax', /Softmax/, 'torch.');
    assert.match(await hover.innerText(), /Open concept/);
    // Each link says what it does on hover, not its command URI.
    const titles = await hover.locator('a[data-href^="command:"]').evaluateAll((as) => as.map((a) => a.getAttribute('title') ?? ''));
    assert.ok(titles.length >= 4 && titles.every((t) => t.length > 0 && !t.includes('command:')), titles.join(' | '));
    assert.ok(titles.includes('Open the concept page and its diagram in the reader'), titles.join(' | '));
    await s.shot('4-hover');
    await hover.locator('a[data-href^="command:llmPrimer.open"]').first().click();
    await s.readerTitle(/The Attention Mechanism/);
    await s.shot('5-concept-from-hover');
  });

  it('explains terms in Python, TypeScript and Markdown, and stays silent on web code', async () => {
    const cases: [string, string, RegExp, string][] = [
      ['tiny_gpt.py', 'past_key_values', /KV cache/i, ''],
      ['tiny_gpt.py', 'n_head', /head/i, ''],
      ['tiny_gpt.py', 'ln_f', /norm/i, ''],
      ['sampling.py', 'top_p', /top-p|nucleus/i, ''],
      ['sampling.py', 'temperature', /temperature/i, ''],
      ['lora.py', 'lora_alpha', /LoRA/i, ''],
      ['retrieval.ts', 'chunkOverlap', /chunk overlap/i, ''],
      ['README.md', 'softmax', /Softmax/, '`'],
    ];
    for (const [file, word, expect, prefix] of cases) {
      await s.openFile(file);
      const hover = await s.hoverWord(word, expect, prefix);
      assert.match(await hover.innerText(), /LLM Primer/, `${file}: ${word}`);
    }
    await s.openFile('session_store.js');
    for (const [word, prefix] of [['token', ''], ['key', '']]) {
      assert.equal(await s.hoverIsSilent(word, prefix), true, `no LLM Primer hover on "${word}" in web code`);
    }
    await s.shot('4b-silent-on-web-code');
  });

  it('shows a rendered formula in the hover, readable in dark, light and high-contrast themes', async () => {
    await s.openFile('tiny_gpt.py');
    for (const [theme, name] of [['Dark Modern', 'dark'], ['Light Modern', 'light'], ['Dark High Contrast', 'high-contrast']]) {
      if (name !== 'dark') await s.runCommand('Preferences: Color Theme', theme);
      const hover = await s.hoverWord('softmax', /Softmax/, 'torch.');
      const img = hover.locator('img[src^="data:image/svg+xml"]').first();
      await img.waitFor({ timeout: 10000 });
      const box = await img.boundingBox();
      assert.ok(box && box.width > 40 && box.height > 10, `the formula image is drawn (${JSON.stringify(box)})`);
      await s.shot(`4c-formula-hover-${name}`);
    }
    await s.runCommand('Preferences: Color Theme', 'Dark Modern');
  });

  it('shows the page again when its hidden tab comes back', async () => {
    await s.page.locator('.tabs-container .tab[aria-label^="tiny_gpt.py"]').click();
    await s.page.locator('.tabs-container .tab[aria-label^="The Attention Mechanism"]').click();
    await s.readerTitle(/The Attention Mechanism/);
  });

  it('follows the colour theme: dark, light and high contrast', async () => {
    await s.runCommand('LLM Primer: Open Concept Diagram', '8. The Attention Mechanism');
    const text = s.reader().locator('figure.diagram-host[data-ready="true"] svg.dg-svg text').first();
    await text.waitFor({ timeout: 20000 });
    const colours = async () => text.evaluate((el) => {
      const doc = el.ownerDocument;
      const view = doc.defaultView as unknown as { getComputedStyle(e: unknown): { fill: string; backgroundColor: string } };
      return `${view.getComputedStyle(el).fill} on ${view.getComputedStyle(doc.body).backgroundColor}`;
    });
    const seen = [await colours()];
    for (const [theme, name] of [['Light Modern', 'light'], ['Dark High Contrast', 'high-contrast']]) {
      await s.runCommand('Preferences: Color Theme', theme);
      let now = seen[seen.length - 1];
      for (let i = 0; i < 50 && seen.includes(now); i++) { await s.page.waitForTimeout(200); now = await colours(); }
      assert.ok(!seen.includes(now), `the diagram's colours changed with the ${name} theme (${now})`);
      seen.push(now);
      await s.shot(`6-theme-${name}`);
    }
    await s.runCommand('Preferences: Color Theme', 'Dark Modern');
  });

  it('reads beside the code at 1100×750 in dark, light and high contrast: both visible, nothing scrolls sideways', async () => {
    await s.atSize(1100, 750, async () => {
      try {
        await s.runCommand('View: Close All Editors');
        await s.openFile('tiny_gpt.py');
        await s.runCommand('LLM Primer: Search the Library', 'Attention: The Core Mechanism');
        await s.readerTitle(/Attention: The Core Mechanism/);
        const editor = await s.page.locator('.editor-instance .monaco-editor').first().boundingBox();
        const webview = await s.page.locator('iframe.webview.ready').last().boundingBox();
        assert.ok(editor && webview && webview.x >= editor.x + editor.width - 5, `the reader is beside the code (${JSON.stringify({ editor, webview })})`);
        assert.ok(webview.width >= 300, `the reader column is ${webview.width} px wide`);
        for (const [theme, name] of [['Dark Modern', 'dark'], ['Light Modern', 'light'], ['Dark High Contrast', 'high-contrast']]) {
          if (name !== 'dark') await s.runCommand('Preferences: Color Theme', theme);
          await s.page.waitForTimeout(800);
          const sideways = await s.reader().locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
          assert.ok(sideways <= 1, `${name}: the page scrolls sideways by ${sideways} px`);
          // The tab icon is an image: it needs its own colour per theme kind to show at all.
          const icon = await s.page.locator('.tabs-container .tab[aria-label^="Attention: The Core Mechanism"] .monaco-icon-label').first()
            .evaluate((el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: Element, p: string): { backgroundImage: string } }).getComputedStyle(el, '::before').backgroundImage);
          assert.match(icon, name === 'light' ? /reader-light\.svg/ : /reader-dark\.svg/, `${name}: the reader tab's icon`);
          await s.shot(`7-beside-code-1100x750-${name}`);
        }
      } finally {
        await s.runCommand('Preferences: Color Theme', 'Dark Modern');
      }
    });
  });

  it('shades the edge of an equation too wide for a narrow reader, to say it scrolls', async () => {
    // A narrow window: the reader beside the code gets about 280 px.
    await s.atSize(900, 750, async () => {
      // The chapter with the longest display equations (PPO's clipped objective, DPO's loss).
      await s.runCommand('LLM Primer: Search the Library', 'Post-Training and Alignment Mathematics');
      await s.readerTitle(/Post-Training and Alignment Mathematics/);
      const wide = await s.reader().locator('.katex-block').evaluateAll((blocks) => blocks
        .map((b, i) => ({ i, over: b.scrollWidth - b.clientWidth, bg: (b.ownerDocument.defaultView as unknown as { getComputedStyle(e: Element): { backgroundImage: string } }).getComputedStyle(b).backgroundImage }))
        .filter((b) => b.over > 4));
      assert.ok(wide.length > 0, 'a display equation is wider than the narrow column');
      for (const b of wide) assert.match(b.bg, /radial-gradient/, `equation ${b.i} has its scroll shade`);
      await s.reader().locator('.katex-block').nth(wide[0].i).scrollIntoViewIfNeeded();
      await s.shot('8b-wide-equation-cue');
    });
  });

  it('copies a code block with its Copy button, shown when the pointer is over the block', async () => {
    await s.runCommand('LLM Primer: Search the Library', 'Attention: The Core Mechanism');
    await s.readerTitle(/Attention: The Core Mechanism/);
    const pre = s.reader().locator('article.page pre.has-copy').first();
    await pre.scrollIntoViewIfNeeded();
    const button = pre.locator('button.code-copy');
    assert.equal(await button.evaluate((b) => (b.ownerDocument.defaultView as unknown as { getComputedStyle(e: Element): { opacity: string } }).getComputedStyle(b).opacity), '0', 'hidden until wanted');
    await pre.hover();
    await button.click();
    await s.page.locator('.part.statusbar', { hasText: 'Copied the code block' }).waitFor({ timeout: 10000 });
    await s.shot('8-code-copy');
  });

  it('keeps a diagram\'s control settings across a window reload', async () => {
    await s.openWithCommand('LLM Primer: Open Concept Diagram', '8. The Attention Mechanism', /^The Attention Mechanism$/);
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    const slider = host.locator('.dg-controls input[type="range"]').first();
    const start = await slider.inputValue();
    await slider.focus();
    for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
    const moved = await slider.inputValue();
    assert.notEqual(moved, start, 'the slider moved');
    const picture = await host.locator('svg.dg-svg').innerHTML();
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await s.readerTitle(/^The Attention Mechanism$/, 60000);
    const after = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await after.waitFor({ timeout: 30000 });
    assert.equal(await after.locator('.dg-controls input[type="range"]').first().inputValue(), moved, 'the slider is where it was left');
    assert.equal(await after.locator('svg.dg-svg').innerHTML(), picture, 'the drawing is the one left');
    await s.shot('9-diagram-after-reload');
  });

  it('disables the Context Window\'s stride unless the policy is the sliding window', async () => {
    await s.openWithCommand('LLM Primer: Open Concept Diagram', '20. Context Window', /^Context Window$/);
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    const stride = host.locator('label.dg-slider', { hasText: 'stride' }).locator('input');
    const policy = host.locator('.dg-controls select').first();
    assert.equal(await stride.isDisabled(), true, 'truncation: no stride');
    await policy.selectOption('sliding');
    assert.equal(await stride.isDisabled(), false, 'sliding window: the stride applies');
    await policy.selectOption('keep-first');
    assert.equal(await stride.isDisabled(), true);
  });

  describe('every concept diagram draws and responds', () => {
    const index = catalogIndex();
    for (const id of index.pages.concepts.children) {
      it(`${id}`, async () => {
        const page = index.pages[id];
        await s.openWithCommand('LLM Primer: Open Concept Diagram', page.label, new RegExp(`^${escapeRe(page.title)}$`));
        const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
        await host.waitFor({ timeout: 20000 });
        const svg = host.locator('svg.dg-svg');
        const shapes = await svg.locator('circle, rect, path, line, polyline, polygon, text').count();
        assert.ok(shapes >= 5, `the svg has real content (${shapes} shapes)`);
        const before = await host.innerHTML();
        await operateFirstControl(host);
        let after = before;
        for (let i = 0; i < 20 && after === before; i++) {
          await s.page.waitForTimeout(100);
          after = await host.innerHTML();
        }
        assert.notEqual(after, before, 'operating the first control changed the picture or the numbers');
        const slug = id.replace('concept/', '');
        await s.page.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', 'diagrams', `${slug}.png`) });
      });
    }
  });
});

interface Index { pages: Record<string, { id: string; label: string; title: string; children: string[]; kind: string }> }
function catalogIndex(): Index {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'catalog.json'), 'utf8')) as Index;
}

function firstChapterWithMath(vol: number): string | undefined {
  return catalogIndex().pages[`vol-${vol}`].children.find((id) => {
    const file = path.join(ROOT, 'dist', 'pages', `${id.replace(/\//g, '__')}.html`);
    return fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('class="katex"');
  });
}

function chapterLabel(id: string): string {
  return catalogIndex().pages[id].label;
}


describe('the reader\'s history and title bar, used as a person would', function () {
  this.timeout(120000);
  let s: Session;
  useSession('nav-', (started) => { s = started; });
  const scrollY = () => s.reader().locator('html').evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);

  it('follows a link from a chapter to a concept, and Alt+← brings the chapter back at the same scroll position', async () => {
    await s.openLibrary();
    await s.treeRow(/^Vol\. II — /).locator('.monaco-tl-twistie').click();
    const chapter = s.treeRow(/^4\. Attention: The Core Mechanism$/);
    await chapter.waitFor({ timeout: 15000 });
    await chapter.click();
    await s.readerTitle(/Attention: The Core Mechanism/);
    const link = s.reader().locator('article a[data-nav="concept/attention"]').first();
    await link.scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(400);
    const before = await scrollY();
    assert.ok(before > 500, `the link is far down the chapter (${before})`);
    await link.click();
    await s.readerTitle(/^The Attention Mechanism$/);
    await s.shot('nav-1-concept-from-link');
    await s.page.keyboard.press('Alt+ArrowLeft');
    await s.readerTitle(/Attention: The Core Mechanism/);
    await s.page.waitForTimeout(400);
    const after = await scrollY();
    assert.ok(Math.abs(after - before) < 40, `the chapter is back at its position: ${before} → ${after}`);
    await s.shot('nav-2-back-to-chapter');
    await s.page.keyboard.press('Alt+ArrowRight');
    await s.readerTitle(/^The Attention Mechanism$/);
  });

  it('goes back with the mouse\'s back button and forward with the title bar\'s arrow', async () => {
    // Playwright presses only the left, middle and right buttons: send the event the back button makes.
    await s.reader().locator('body').evaluate((b) => {
      const init = { button: 3, bubbles: true, cancelable: true };
      b.dispatchEvent(new MouseEvent('mousedown', init));
      b.dispatchEvent(new MouseEvent('mouseup', init));
    });
    await s.readerTitle(/Attention: The Core Mechanism/);
    const forward = s.page.locator('.editor-actions .action-label[aria-label^="Forward"]');
    await forward.waitFor({ timeout: 10000 });
    await s.shot('nav-3-title-bar');
    await forward.click();
    await s.readerTitle(/^The Attention Mechanism$/);
    await s.page.locator('.editor-actions .action-label[aria-label^="More Actions"]').first().click();
    const menu = s.page.locator('.monaco-menu .action-label', { hasText: /Reveal in Library/ });
    await menu.waitFor({ timeout: 10000 });
    assert.ok(await s.page.locator('.monaco-menu .action-label', { hasText: /Next Page/ }).count(), 'Next Page is in the title bar\'s menu');
    await s.shot('nav-4-title-more-menu');
    await s.page.keyboard.press('Escape');
  });

  it('keeps the history across a window reload', async () => {
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await s.readerTitle(/^The Attention Mechanism$/, 60000);
    const back = s.page.locator('.editor-actions .action-label[aria-label^="Back"]');
    await s.page.locator('.tabs-container .tab[aria-label^="The Attention Mechanism"]').click();
    await back.waitFor({ timeout: 15000 });
    await back.click();
    await s.readerTitle(/Attention: The Core Mechanism/);
    await s.page.waitForTimeout(400);
    assert.ok((await scrollY()) > 500, 'at the position the chapter was left at');
    await s.shot('nav-5-back-after-reload');
  });

  it('shows a message with Back and the library when a page\'s notes are missing', async () => {
    const ext = fs.readdirSync(path.join(s.runDir, 'extensions')).find((d) => d.startsWith('llm-primer.llm-primer-companion'));
    assert.ok(ext, 'the extension is installed in this run');
    const id = 'vol-1/ch-5';
    fs.rmSync(path.join(s.runDir, 'extensions', ext, 'dist', 'pages', `${id.replace(/\//g, '__')}.html`));
    const page = catalogIndex().pages[id];
    await s.openWithCommand('LLM Primer: Search the Library', page.label, new RegExp(`^${escapeRe(page.title)}$`));
    const message = s.reader().locator('.missing-page');
    await message.waitFor({ timeout: 15000 });
    assert.match(await message.innerText(), /could not be read/);
    assert.equal(await s.reader().locator('text=Loading…').count(), 0, 'no stuck "Loading…"');
    await s.shot('nav-6-missing-page');
    await message.locator('button[data-action="go-back"]').click();
    await s.readerTitle(/Attention: The Core Mechanism/);
  });

  it('searches glossary terms too, ranks the concept first for "attention", and offers the glossary when nothing matches', async () => {
    const rows = s.page.locator('.quick-input-widget .monaco-list-row');
    const search = async (query: string) => {
      await s.runCommand('LLM Primer: Search the Library');
      await s.page.locator('.quick-input-widget .quick-input-box input').fill(query);
      await s.page.waitForTimeout(800);
      await rows.first().waitFor({ timeout: 10000 });
    };
    await search('attention');
    assert.match(await rows.first().locator('.label-description').innerText(), /The Attention Mechanism — Concept/);
    assert.ok(await rows.first().locator('.label-description .highlight').count(), 'the match is highlighted');
    await s.shot('nav-7-search-attention');
    await search('lora alpha');
    const term = rows.filter({ hasText: /LoRA alpha \(scaling\)/ }).first();
    await term.waitFor({ timeout: 10000 });
    assert.match(await term.innerText(), /Glossary term/);
    await s.shot('nav-8-search-lora-alpha');
    await term.click();
    await s.readerTitle(/^Glossary$/);
    const entry = s.reader().locator('#term-lora-alpha');
    await entry.waitFor({ timeout: 10000 });
    // In view: the entry's box meets the top of the viewport or lies inside it (an anchor scroll puts its top at 0, give or take a pixel).
    const inView = () => entry.evaluate((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top > -4 && r.top < (e.ownerDocument.defaultView?.innerHeight ?? 0); });
    let seen = await inView();
    for (let i = 0; i < 30 && !seen; i++) { await s.page.waitForTimeout(100); seen = await inView(); }
    assert.ok(seen, 'the reader is at the term\'s entry');
    await s.shot('nav-9-glossary-entry');
    await search('zzqqxx');
    assert.match(await rows.first().innerText(), /Nothing matches "zzqqxx"[\s\S]*glossary terms/);
    await s.shot('nav-10-search-empty');
    await s.page.keyboard.press('Escape');
  });
});
