/**
 * Finding one's way in a page and in the glossary, as a person does it: the glossary's filter
 * and A–Z bar (with the theme's focus ring in dark, light and high contrast), the Outline view,
 * the link button on a heading, and a diagram opened wide in a panel of its own.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../harness/lib';
import { escapeRe, Session, useSession } from './session';

interface Catalog { terms: { id: string; title: string }[] }
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'catalog.json'), 'utf8')) as Catalog;
const letterOf = (title: string) => { const c = title.trim().charAt(0).toUpperCase(); return c >= 'A' && c <= 'Z' ? c : '#'; };

/** The element's outline as computed, and the theme's focus colours (runs in the reader's document). */
function focusRing(el: Element): { focused: boolean; style: string; width: number; colour: string; focusBorder: string; contrastBorder: string } {
  const doc = el.ownerDocument;
  const view = doc.defaultView as unknown as { getComputedStyle(e: Element): CSSStyleDeclaration };
  const cs = view.getComputedStyle(el);
  const root = view.getComputedStyle(doc.documentElement);
  return {
    focused: doc.activeElement === el, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), colour: cs.outlineColor,
    focusBorder: root.getPropertyValue('--vscode-focusBorder').trim(), contrastBorder: root.getPropertyValue('--vscode-contrastActiveBorder').trim(),
  };
}

/** A theme colour (#rgb, #rrggbb, #rrggbbaa) in the form getComputedStyle reports. */
function cssColour(hex: string): string {
  const h = hex.replace('#', '');
  const full = h.length <= 4 ? h.split('').map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  if (full.length === 8) {
    const a = parseInt(full.slice(6, 8), 16) / 255;
    return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(a.toFixed(3))})`;
  }
  return `rgb(${r}, ${g}, ${b})`;
}

describe('finding your way in a page and in the glossary (code-server + Chromium)', function () {
  this.timeout(180000);
  let s: Session;
  useSession('navigate-', (started) => { s = started; });
  const total = catalog.terms.length;

  it('filters the glossary to the entries that contain "lora", says how many, and says when none do', async () => {
    await s.openLibrary();
    await s.treeRow(/^Glossary$/).click();
    await s.readerTitle(/^Glossary$/);
    const r = s.reader();
    const count = r.locator('.glossary-count');
    await count.waitFor({ timeout: 15000 });
    assert.equal(await count.innerText(), `${total} of ${total} terms`);
    const filter = r.locator('#glossary-filter');
    await filter.fill('lora');
    const shown = await r.locator('dl.glossary dt:not([hidden])').evaluateAll((dts) => dts.map((dt) => ({
      id: dt.id, text: `${dt.textContent ?? ''} ${dt.nextElementSibling?.textContent ?? ''}`.toLowerCase(), keys: (dt.getAttribute('data-keys') ?? '').split(' '),
    })));
    assert.ok(shown.length > 0 && shown.length < 20, `a few entries left (${shown.length})`);
    assert.ok(shown.some((e) => e.id === 'term-lora'), 'the LoRA entry is one of them');
    // A word that starts with "lora" (LoRA, LoRA's), or a code spelling that starts with it (lora_alpha).
    for (const e of shown) assert.ok(/(^|[^a-z0-9])lora/.test(e.text) || e.keys.some((k) => k.startsWith('lora')), `${e.id} mentions LoRA`);
    assert.equal(await count.innerText(), `${shown.length} of ${total} terms`);
    assert.equal(await r.locator('.glossary-empty').isVisible(), false);
    console.log(`    "lora" leaves ${shown.length} of ${total} entries: ${shown.map((e) => e.id.replace('term-', '')).join(', ')}`);
    await s.shot('navigate-1-glossary-filter-lora');
    // "Find in workspace" on the entry runs VS Code's search for the term's code spellings.
    await r.locator('#term-lora + dd button[data-action="find-term"]').click();
    const result = s.page.locator('.search-view .monaco-list-row', { hasText: 'lora.py' }).first();
    await result.waitFor({ timeout: 20000 });
    const query = await s.page.locator('.search-view .search-widget textarea').first().inputValue();
    assert.match(query, /l\[_-\]\?o\[_-\]\?r\[_-\]\?a/, 'the query is the regex of LoRA\'s keys');
    await s.shot('navigate-1b-find-in-workspace');
    await filter.fill('zzqqxx');
    assert.equal(await count.innerText(), `0 of ${total} terms`);
    assert.match(await r.locator('.glossary-empty').innerText(), /No term contains "zzqqxx"/);
    await s.shot('navigate-2-glossary-filter-empty');
    await filter.press('Escape');
    assert.equal(await filter.inputValue(), '', 'Escape clears the filter');
    assert.equal(await count.innerText(), `${total} of ${total} terms`);
  });

  it('jumps to a letter from the sticky A–Z bar, whose empty letters are disabled', async () => {
    const r = s.reader();
    const present = new Set(catalog.terms.map((t) => letterOf(t.title)));
    for (const l of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']) {
      assert.equal(await r.locator(`.az-letter[data-letter="${l}"]`).isDisabled(), !present.has(l), `letter ${l}`);
    }
    const firstT = catalog.terms.filter((t) => letterOf(t.title) === 'T').sort((a, b) => a.title.localeCompare(b.title))[0];
    await r.locator('.az-letter[data-letter="T"]').click();
    const entry = r.locator(`#term-${firstT.id}`);
    await s.page.waitForTimeout(300);
    const where = await entry.evaluate((e) => {
      const bar = e.ownerDocument.querySelector('.glossary-tools')?.getBoundingClientRect();
      return { top: e.getBoundingClientRect().top, barBottom: bar?.bottom ?? 0, barTop: bar?.top ?? -1, focused: e.ownerDocument.activeElement === e };
    });
    assert.ok(where.focused, 'the entry has the focus');
    assert.ok(await entry.evaluate((e) => e.classList.contains('flash')), 'the entry is highlighted');
    assert.equal(Math.round(where.barTop), 0, 'the A–Z bar stays at the top');
    assert.ok(where.top >= where.barBottom - 2 && where.top < where.barBottom + 60, `"${firstT.title}" sits just below the bar (${where.top} vs ${where.barBottom})`);
    await s.shot('navigate-3-glossary-letter-t');
  });

  it('shows the theme\'s focus ring on the filter and the letters in dark, light and high-contrast themes', async () => {
    const r = s.reader();
    const filter = r.locator('#glossary-filter');
    for (const [theme, bodyClass] of [['Light Modern', 'vscode-light'], ['Dark High Contrast', 'vscode-high-contrast'], ['Dark Modern', 'vscode-dark']]) {
      await s.runCommand('Preferences: Color Theme', theme);
      await r.locator(`body.${bodyClass}`).waitFor({ timeout: 15000 });
      await filter.focus();
      await s.page.keyboard.press('Shift+Tab'); // the A–Z bar: one tab stop
      const letter = r.locator('.az-letter[tabindex="0"]');
      await s.page.keyboard.press('ArrowRight');
      const moved = r.locator('.az-letter[tabindex="0"]');
      for (const [what, el] of [['letter', moved], ['filter', filter]] as const) {
        if (what === 'filter') await s.page.keyboard.press('Tab');
        const ring = await el.evaluate(focusRing);
        const wanted = [ring.focusBorder, ring.contrastBorder].filter(Boolean).map(cssColour);
        assert.ok(ring.focused, `${theme}: the ${what} has the keyboard focus`);
        assert.ok(ring.style !== 'none' && ring.width >= 1, `${theme}: the ${what} shows an outline (${ring.style} ${ring.width}px)`);
        assert.ok(wanted.includes(ring.colour), `${theme}: the ${what}'s outline is ${ring.colour}, not the theme's focus colour (${wanted.join(' or ')})`);
        if (what === 'letter') await s.shot(`navigate-4-focus-${bodyClass}`);
      }
      assert.ok(await letter.count() === 1, 'one letter is the tab stop');
    }
  });

  it('follows the page in the Outline view, and scrolls the reader to a section clicked there', async () => {
    await s.openWithCommand('LLM Primer: Search the Library', 'Attention: The Core Mechanism', /Attention: The Core Mechanism/);
    await s.openLibrary(); // the Search view took the side bar
    const header = s.page.locator('.part.sidebar .pane-header', { hasText: /^Outline/ });
    await header.waitFor({ timeout: 15000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const row = (label: string) => s.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { has: s.page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(label)}$`) }) }).first();
    await row('Key equations').waitFor({ timeout: 15000 });
    await row('Key equations').click();
    const heading = s.reader().locator('h2#key-equations');
    let top = 999;
    for (let i = 0; i < 30 && Math.abs(top) > 40; i++) { await s.page.waitForTimeout(100); top = await heading.evaluate((e) => e.getBoundingClientRect().top); }
    assert.ok(Math.abs(top) <= 40, `the reader is at "Key equations" (top ${top})`);
    // Scrolling the reader moves the selection in the Outline.
    await s.reader().locator('h2#how-it-works').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await s.page.locator('.part.sidebar .monaco-list-row.selected[role="treeitem"]', { has: s.page.locator('.label-name', { hasText: /^How it works$/ }) }).waitFor({ timeout: 10000 });
    await s.shot('navigate-5-outline');
  });

  it('shows a link button on a heading under the mouse, which copies a link to the section', async () => {
    const heading = s.reader().locator('h2#key-equations');
    await heading.scrollIntoViewIfNeeded();
    await heading.hover();
    const button = heading.locator('button.heading-link');
    await s.page.waitForTimeout(300);
    assert.equal(await button.evaluate((b) => getComputedStyle(b).opacity), '1', 'the button shows on hover');
    await s.shot('navigate-6-heading-link');
    await button.click();
    await s.page.locator('.part.statusbar', { hasText: 'Copied link vol-2/ch-4#key-equations' }).waitFor({ timeout: 10000 });
  });

  it('opens a pasted link to a glossary entry from Open Link…, and highlights the entry', async () => {
    await s.runCommand('LLM Primer: Open Link…');
    const input = s.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 10000 });
    await input.fill('glossary#term-lora-alpha');
    await s.page.keyboard.press('Enter');
    await s.readerTitle(/^Glossary$/);
    const entry = s.reader().locator('#term-lora-alpha.flash');
    await entry.waitFor({ timeout: 10000 });
    const top = await entry.evaluate((e) => e.getBoundingClientRect().top);
    const bar = await s.reader().locator('.glossary-tools').evaluate((e) => e.getBoundingClientRect().bottom);
    assert.ok(top >= bar - 2 && top < bar + 60, `the entry sits just below the A–Z bar (${top} vs ${bar})`);
    await s.shot('navigate-6b-open-link-glossary-entry');
  });

  it('opens a concept diagram alone, wider, in a second panel', async () => {
    await s.openWithCommand('LLM Primer: Open Concept Diagram', 'The Attention Mechanism', /^The Attention Mechanism$/);
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    const narrow = await host.locator('svg.dg-svg').first().evaluate((e) => e.getBoundingClientRect().width);
    await s.reader().locator('button[data-action="open-wide"]').first().scrollIntoViewIfNeeded();
    await s.shot('navigate-7a-open-wide-button');
    await s.reader().locator('button[data-action="open-wide"]').first().click();
    await s.page.locator('.tabs-container .tab', { hasText: /^Diagram: The Attention Mechanism/ }).waitFor({ timeout: 20000 });
    const wide = s.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const wideHost = wide.locator('body.diagram-wide figure.diagram-host[data-ready="true"]');
    await wideHost.waitFor({ timeout: 20000 });
    await s.page.waitForTimeout(500);
    const wider = await wideHost.locator('svg.dg-svg').first().evaluate((e) => e.getBoundingClientRect().width);
    const others = await wide.locator('article.page > *').count();
    console.log(`    the attention diagram: ${Math.round(narrow)} px wide in the reader, ${Math.round(wider)} px in the wide panel`);
    assert.equal(others, 1, 'the diagram alone');
    assert.ok(wider > narrow * 1.2, `wider: ${narrow} → ${wider}`);
    assert.equal(await s.page.locator('.tabs-container .tab', { hasText: /The Attention Mechanism/ }).count(), 2, 'the reader tab is still there');
    await s.shot('navigate-7b-diagram-wide');
    // After a window reload the wide panel comes back showing the diagram alone.
    await s.runCommand('Developer: Reload Window');
    await s.page.waitForTimeout(1500);
    await s.page.locator('.tabs-container .tab', { hasText: /^Diagram: The Attention Mechanism/ }).waitFor({ timeout: 60000 });
    const again = s.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await again.locator('body.diagram-wide figure.diagram-host[data-ready="true"]').waitFor({ timeout: 60000 });
    assert.equal(await again.locator('article.page > *').count(), 1, 'still the diagram alone');
  });
});
