/**
 * Every concept diagram stays legible in the reader from a narrow column (the reader beside
 * code) to a wide one: no text inside a diagram renders below 11 CSS px, and the page never
 * scrolls sideways. The reader is resized by resizing the browser until the webview frame has
 * the wanted width. The smallest size per diagram and width is printed as a table.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { ROOT } from '../harness/lib';
import { escapeRe, Session, SHOTS, useSession } from './session';

const MIN_PX = 11;
const WIDTHS = [360, 480, 1400];
const VIEWPORT_HEIGHT = 900;

interface Legibility {
  /** Smallest rendered font size of any visible text in the diagram, in CSS px. */
  minPx: number;
  /** What that text says, and where (svg or html). */
  smallest: string;
  texts: number;
  /** The page is wider than the webview (it scrolls sideways). */
  pageOverflow: number;
  /** The reader's width in CSS px. */
  readerWidth: number;
  /** How far the diagram's own stage scrolls sideways (a drawing kept legible rather than shrunk). */
  sideways: number;
}

/**
 * Runs in the reader's document. SVG text: computed font size × the SVG's current scale
 * (getScreenCTM, rotation-safe). HTML text: the computed font size of every element that owns a
 * visible text node. Written without inner named functions, which the test transpiler would
 * wrap in a helper the page does not have.
 */
function measure(host: Element): Legibility {
  const doc = host.ownerDocument;
  const view = doc.defaultView as unknown as { getComputedStyle(e: Element): CSSStyleDeclaration };
  let minPx = Infinity;
  let smallest = '';
  let texts = 0;
  for (const t of Array.from(host.querySelectorAll('svg text, svg tspan')) as SVGGraphicsElement[]) {
    const own = Array.from(t.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (!own) continue;
    const box = t.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || view.getComputedStyle(t).visibility === 'hidden') continue;
    const ctm = t.getScreenCTM();
    const k = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const px = parseFloat(view.getComputedStyle(t).fontSize) * k;
    texts++;
    if (px < minPx) { minPx = px; smallest = `svg "${(t.textContent ?? '').trim().slice(0, 30)}"`; }
  }
  for (const el of Array.from(host.querySelectorAll('*')) as HTMLElement[]) {
    if (el.closest('svg')) continue;
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (!own || el.getClientRects().length === 0) continue;
    const px = parseFloat(view.getComputedStyle(el).fontSize);
    texts++;
    if (px < minPx) { minPx = px; smallest = `html <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}"`; }
  }
  const root = doc.documentElement;
  const stage = host.querySelector('.dg-stage');
  const sideways = stage ? stage.scrollWidth - stage.clientWidth : 0;
  return { minPx, smallest, texts, pageOverflow: root.scrollWidth - root.clientWidth, readerWidth: root.clientWidth, sideways };
}

describe('concept diagrams are legible from a narrow reader to a wide one (code-server + Chromium)', function () {
  this.timeout(180000);
  let s: Session;
  useSession('diagrams-', (started) => { s = started; });
  const index = catalogIndex();
  const concepts = index.pages.concepts.children;
  const table = new Map<string, Record<number, string>>();

  after(async () => {
    const rows = [...table].map(([id, w]) => `  ${id.replace('concept/', '').padEnd(30)} ${WIDTHS.map((x) => (w[x] ?? '—').padEnd(34)).join(' ')}`);
    console.log(`\n  smallest diagram text (CSS px) at reader width ${WIDTHS.join(' / ')}:\n${rows.join('\n')}\n`);
    await s?.page.setViewportSize({ width: 1400, height: VIEWPORT_HEIGHT }).catch(() => undefined);
  });

  it('draws a focus ring in the theme\'s focus colour on every diagram control: dark, light and high contrast', async () => {
    const page = index.pages['concept/layers'];
    await s.openWithCommand('LLM Primer: Open Concept Diagram', page.label, new RegExp(`^${escapeRe(page.title)}$`));
    const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
    await host.waitFor({ timeout: 20000 });
    const controls = host.locator('.dg-controls input, .dg-controls select, .dg-controls button');
    const n = await controls.count();
    assert.ok(n >= 3, `the diagram has controls to focus (${n})`);
    for (const [theme, bodyClass] of [['Dark Modern', 'vscode-dark'], ['Light Modern', 'vscode-light'], ['Dark High Contrast', 'vscode-high-contrast']]) {
      await s.runCommand('Preferences: Color Theme', theme);
      const body = s.reader().locator(`body.${bodyClass}`);
      await body.waitFor({ timeout: 15000 });
      for (let i = 0; i < n; i++) {
        // Reach the control by keyboard (Tab from its neighbour), as :focus-visible wants.
        await controls.nth(i === 0 ? 1 : i - 1).focus();
        await s.page.keyboard.press(i === 0 ? 'Shift+Tab' : 'Tab');
        const ring = await controls.nth(i).evaluate(focusRing);
        const wanted = [ring.focusBorder, ring.contrastBorder].filter(Boolean).map(cssColour);
        assert.ok(ring.focused, `${theme}: control ${i + 1} of ${n} (${ring.what}) has the keyboard focus`);
        assert.ok(ring.style !== 'none' && ring.width >= 1, `${theme}: ${ring.what} shows an outline (${ring.style} ${ring.width}px)`);
        assert.ok(wanted.includes(ring.colour), `${theme}: ${ring.what}'s outline is ${ring.colour}, not the theme's focus colour (${wanted.join(' or ')})`);
      }
      await s.shot(`diagrams-focus-${bodyClass}`);
    }
    await s.runCommand('Preferences: Color Theme', 'Dark Modern');
  });

  for (const width of WIDTHS) {
    describe(`reader ${width} px wide`, () => {
      for (const id of concepts) {
        it(`${id}: no text under ${MIN_PX} px, no sideways page scroll`, async () => {
          const page = index.pages[id];
          await s.openWithCommand('LLM Primer: Open Concept Diagram', page.label, new RegExp(`^${escapeRe(page.title)}$`));
          await setReaderWidth(s, width);
          const host = s.reader().locator('figure.diagram-host[data-ready="true"]');
          await host.waitFor({ timeout: 20000 });
          await host.scrollIntoViewIfNeeded();
          const m = await settled(host);
          const row = table.get(id) ?? {};
          row[width] = `${m.minPx.toFixed(1)}${m.sideways > 1 ? ` scroll ${m.sideways}` : ''} (${m.smallest.slice(0, 18)})`;
          table.set(id, row);
          if (width < 1000) {
            const dir = path.join(SHOTS, `diagrams-${width}`);
            fs.mkdirSync(dir, { recursive: true });
            await host.screenshot({ path: path.join(dir, `${id.replace('concept/', '')}.png`) });
          }
          assert.ok(Math.abs(m.readerWidth - width) <= 24, `the reader is ${m.readerWidth} px wide, wanted about ${width}`);
          assert.ok(m.texts > 5, `the diagram has text to measure (${m.texts})`);
          assert.ok(m.minPx >= MIN_PX - 0.05, `smallest text is ${m.minPx.toFixed(2)} px: ${m.smallest}`);
          assert.ok(m.pageOverflow <= 1, `the page scrolls sideways by ${m.pageOverflow} px`);
        });
      }
    });
  }
});

/** The focused control's outline and the theme colours it should use (runs in the reader). */
function focusRing(el: Element): { what: string; focused: boolean; style: string; width: number; colour: string; focusBorder: string; contrastBorder: string } {
  const doc = el.ownerDocument;
  const view = doc.defaultView as unknown as { getComputedStyle(e: Element): CSSStyleDeclaration };
  const cs = view.getComputedStyle(el);
  const root = view.getComputedStyle(doc.documentElement);
  return {
    what: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}`,
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

/** Measure after layout has settled (a resize re-lays diagrams out on the next frame). */
async function settled(host: Locator): Promise<Legibility> {
  let last = await host.evaluate(measure);
  for (let i = 0; i < 10; i++) {
    await host.page().waitForTimeout(150);
    const now = await host.evaluate(measure);
    if (now.minPx === last.minPx && now.readerWidth === last.readerWidth) return now;
    last = now;
  }
  return last;
}

/**
 * Resize the browser until the reader's document is `width` CSS px wide. The workbench around
 * the webview (activity bar, side bar, other editor groups) keeps its size, so the difference
 * is added to the viewport; a couple of rounds absorb any proportional split.
 */
async function setReaderWidth(s: Session, width: number): Promise<void> {
  const readerWidth = () => s.reader().locator('html').evaluate((el) => el.clientWidth);
  for (let i = 0; i < 5; i++) {
    const now = await readerWidth();
    if (Math.abs(now - width) <= 8) return;
    const vp = s.page.viewportSize() ?? { width: 1400, height: VIEWPORT_HEIGHT };
    await s.page.setViewportSize({ width: Math.max(600, vp.width + width - now), height: VIEWPORT_HEIGHT });
    await s.page.waitForTimeout(500);
  }
}

interface Index { pages: Record<string, { id: string; label: string; title: string; children: string[] }> }
function catalogIndex(): Index {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'catalog.json'), 'utf8')) as Index;
}
