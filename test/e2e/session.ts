/**
 * One real VS Code (code-server) with the packaged .vsix installed, opened in Chromium (or
 * Chrome, or Edge), shared by the e2e specs. Helpers click and read the way a user would. Every
 * request the browser makes is recorded: a session that sent one off this machine fails.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page, Request } from 'playwright-core';
import { staysLocal, type SeenRequest } from '../harness/network';
import { DEFAULT_VIEWPORT, installVsix, launchChromium, log, makeRunDir, ROOT, startCodeServer, waitWorkbench, type Server } from '../harness/lib';

export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

const VSIX = process.env.E2E_VSIX ?? path.join(ROOT, 'dist-vsix', 'llm-primer-companion.vsix');

/**
 * One session for the enclosing `describe`: started before its tests (handed to `use`), stopped
 * after them, and a screenshot of every failed test, named with `prefix`.
 */
export function useSession(prefix: string, use: (s: Session) => void, settings: Record<string, unknown> = {}): void {
  let s: Session | undefined;
  before(async function () {
    this.timeout(240000);
    s = await Session.start(VSIX, settings);
    use(s);
  });
  after(async () => {
    const offMachine = s?.requestsOffMachine() ?? [];
    await s?.stop();
    if (s) log(`${prefix || 'session'}: ${s.requests.length} requests, ${offMachine.length} off 127.0.0.1`);
    assert.deepEqual(offMachine, [], 'requests that left the machine');
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s) {
      const file = await s.shot(`failure-${prefix}${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
      console.log(`    screenshot of the failure: ${file}`);
    }
  });
}

export class Session {
  /** Every request and WebSocket of the browser context, in order. */
  readonly requests: SeenRequest[] = [];

  private constructor(readonly page: Page, private readonly ctx: BrowserContext, private readonly server: Server, readonly runDir: string) {}

  /** Start recording the context's requests (pages, frames, workers, WebSockets). */
  private record(): void {
    const seen = new Map<Request, SeenRequest>();
    const add = (req: Request) => {
      const r: SeenRequest = { url: req.url(), fromServiceWorker: false };
      seen.set(req, r);
      this.requests.push(r);
    };
    this.ctx.on('request', add);
    this.ctx.on('response', (res) => { const r = seen.get(res.request()); if (r) r.fromServiceWorker = res.fromServiceWorker(); });
    this.ctx.on('requestfailed', (req) => { const r = seen.get(req); if (r) r.failure = req.failure()?.errorText; });
    const watch = (page: Page) => page.on('websocket', (ws) => this.requests.push({ url: ws.url(), fromServiceWorker: false }));
    this.ctx.pages().forEach(watch);
    this.ctx.on('page', watch);
  }

  /** The recorded requests that did not stay on this machine (none, or the session fails). */
  requestsOffMachine(): SeenRequest[] {
    return this.requests.filter((r) => !staysLocal(r));
  }

  /** Start code-server with `vsix` installed and these user settings, and open the demo folder. */
  static async start(vsix: string, settings: Record<string, unknown> = {}): Promise<Session> {
    fs.mkdirSync(SHOTS, { recursive: true });
    const runDir = makeRunDir('e2e', settings);
    installVsix(runDir, vsix);
    const server = await startCodeServer(runDir);
    let ctx: BrowserContext | undefined;
    try {
      ctx = await launchChromium(runDir);
      const page = ctx.pages()[0] ?? await ctx.newPage();
      const session = new Session(page, ctx, server, runDir);
      session.record();
      page.on('pageerror', (e) => log('page error:', e.message.slice(0, 200)));
      await page.goto(`${server.base}/?folder=${encodeURIComponent(path.join(ROOT, 'demo'))}`);
      await waitWorkbench(page, 'tiny_gpt.py');
      return session;
    } catch (e) {
      // A session that cannot start leaves no browser or server behind.
      await ctx?.close().catch(() => undefined);
      await server.stop();
      throw e;
    }
  }

  async stop(): Promise<void> {
    await this.ctx.close().catch(() => undefined);
    await this.server.stop();
  }

  async shot(name: string): Promise<string> {
    const file = path.join(SHOTS, `${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Open the LLM Primer view from its activity-bar icon. */
  async openLibrary(): Promise<void> {
    const icon = this.page.locator('.part.activitybar a.action-label[aria-label^="LLM Primer"]');
    await icon.waitFor({ timeout: 30000 });
    const selected = await this.page.locator('.part.sidebar .pane-header[aria-label^="Library"]').count();
    if (!selected) await icon.click();
    await this.treeRow(/^Vol\. I — /).waitFor({ timeout: 30000 });
  }

  treeRow(label: RegExp): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]')
      .filter({ has: this.page.locator('.label-name', { hasText: label }) }).first();
  }

  /** The reader's content document (webview = two nested iframes). */
  reader(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  async readerTitle(expected: RegExp, timeout = 30000): Promise<string> {
    const h1 = this.reader().locator('h1#page-title', { hasText: expected });
    await h1.waitFor({ timeout });
    return h1.innerText();
  }

  /**
   * Run a palette command that opens a page, and wait for the reader to show it. On a loaded
   * machine the quick pick may close before the choice lands: then the gesture is made again.
   */
  async openWithCommand(title: string, choose: string, expected: RegExp): Promise<void> {
    await this.runCommand(title, choose);
    try {
      await this.readerTitle(expected, 15000);
    } catch (e) {
      log(`"${choose}" did not open: trying again (${String(e).split('\n')[0]})`);
      await this.runCommand(title, choose);
      await this.readerTitle(expected, 30000);
    }
  }

  /**
   * Run a command from the palette, then (optionally) choose an item in the quick pick it opens.
   * A quick pick closes when something else takes focus: then the whole gesture is tried again.
   */
  async runCommand(title: string, choose?: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.runCommandOnce(title, choose);
        return;
      } catch (e) {
        if (attempt === 3) throw e;
        log(`retrying "${title}": ${String(e).split('\n')[0]}`);
      }
    }
  }

  private async runCommandOnce(title: string, choose?: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 10000 });
    await input.fill(`>${title}`);
    // Click the row whose label starts with the title: the first row may be a longer namesake.
    const row = this.page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: new RegExp(`^${escapeRe(title)}`) }).first();
    await row.waitFor({ timeout: 10000 });
    await row.click();
    if (choose === undefined) return;
    // The palette closes and the command's own quick pick opens in the same widget: wait for that
    // one (visible, its box no longer holding the palette's `>` query) before typing into it.
    await this.page.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>('.quick-input-widget .quick-input-box input');
      return box !== null && box.offsetParent !== null && !box.value.startsWith('>');
    }, undefined, { timeout: 15000 });
    await this.page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 10000 });
    await input.fill(choose, { timeout: 10000 });
    // The library search shows a result's title in the row's description, a picker in its label.
    const item = this.page.locator('.quick-input-widget .monaco-list-row', { has: this.page.locator('.label-name, .label-description', { hasText: choose }) }).first();
    await item.waitFor({ timeout: 10000 });
    await item.click();
  }

  /** Run `steps` with the browser window at this size, and give the window its usual size back after. */
  async atSize(width: number, height: number, steps: () => Promise<void>): Promise<void> {
    await this.page.setViewportSize({ width, height });
    try {
      await steps();
    } finally {
      await this.page.setViewportSize(DEFAULT_VIEWPORT);
    }
  }

  /** Quick Open (Ctrl+P) a workspace file by its relative path. */
  async quickOpen(rel: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: 10000 });
    await input.fill(rel);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(rel) }).first();
    await row.waitFor({ timeout: 15000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab[aria-label^="${path.basename(rel)}"]`).first().waitFor({ timeout: 30000 });
  }

  /** Open a file of the demo workspace from the Explorer. */
  async openFile(name: string): Promise<void> {
    // The Explorer icon toggles the side bar: click it only when the Explorer is not showing.
    if (!(await this.page.locator('.explorer-folders-view').isVisible())) {
      await this.page.locator('.part.activitybar a.action-label[aria-label^="Explorer"]').click();
    }
    await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).click();
    await this.page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor({ timeout: 30000 });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
  }

  /** Hover a word in the active editor until a hover containing `expect` shows (hovers need a fresh mouse move). */
  async hoverWord(word: string, expect: RegExp, prefix = ''): Promise<Locator> {
    let last: unknown;
    for (let i = 0; i < 4; i++) {
      try {
        const at = await this.wordCentre(word, prefix);
        await this.page.mouse.move(5, 5);
        await this.page.mouse.move(at.x, at.y, { steps: 3 });
        const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: expect }).first();
        await hover.waitFor({ timeout: 8000 });
        await this.page.waitForTimeout(400); // let the hover finish fading in
        return hover;
      } catch (e) { last = e; }
    }
    throw last;
  }

  /** Hover a word and report true when no LLM Primer hover shows within a few seconds. */
  async hoverIsSilent(word: string, prefix = ''): Promise<boolean> {
    const at = await this.wordCentre(word, prefix);
    await this.page.mouse.move(5, 5);
    await this.page.mouse.move(at.x, at.y, { steps: 3 });
    await this.page.waitForTimeout(2500);
    const ours = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: /LLM Primer/ });
    return (await ours.count()) === 0;
  }

  /**
   * Screen position of the first whole-word occurrence of `word` in the visible editor lines.
   * Measured with a DOM Range, so it does not depend on how the grammar split the line into spans.
   */
  private async wordCentre(word: string, prefix: string): Promise<{ x: number; y: number }> {
    const escapedPrefix = escapeRe(prefix);
    const script = `(() => {
      const word = ${JSON.stringify(word)};
      const re = new RegExp('((?:^|[^A-Za-z0-9_])' + ${JSON.stringify(escapedPrefix)} + ')(' + word + ')(?![A-Za-z0-9_])');
      for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const m = re.exec(n.textContent.replace(/\u00a0/g, ' '));
          if (!m) continue;
          const r = document.createRange();
          r.setStart(n, m.index + m[1].length);
          r.setEnd(n, m.index + m[1].length + word.length);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    })()`;
    const at = await this.page.evaluate(script) as { x: number; y: number } | null;
    if (!at) throw new Error(`"${word}" is not visible in the editor`);
    return at;
  }
}

/** A string as a literal inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Operate a diagram's first control as a user would: a slider by keys, a select, a button. */
export async function operateFirstControl(host: Locator): Promise<void> {
  const first = host.locator('.dg-controls input, .dg-controls select, .dg-controls button').first();
  const kind = await first.evaluate((el) => `${el.tagName}:${(el as unknown as { type: string }).type}`);
  if (kind === 'INPUT:range') {
    await first.focus();
    for (let i = 0; i < 3; i++) await first.press('ArrowRight');
  } else if (kind.startsWith('SELECT')) {
    const value = await first.locator('option').nth(1).getAttribute('value');
    await first.selectOption(value ?? '');
  } else {
    await first.click();
  }
}
