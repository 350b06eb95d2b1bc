/**
 * The figures taken in a real VS Code (code-server 4.100.3), each against the built-in Markdown
 * extension in the same session, interleaved: activate() time, the bytes a webview loads, the
 * next page in an open reader against the preview updating, and the extension host's heap
 * after opening and closing pages and diagrams.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BenchSession } from './session';

const ROOT = path.resolve(__dirname, '..', '..');
const OURS = 'llm-primer.llm-primer-companion';
const MARKDOWN = 'vscode.markdown-language-features';
/** The bench's own probe extension: an activate() that does nothing, the floor any extension pays. */
const EMPTY = 'bench.bench-probe';
const OURS_NAME = 'LLM Primer Companion';
const MARKDOWN_NAME = 'Markdown Language Features';
/** Two adjacent chapters: the next-page figure goes from the first to the second. */
const FROM = { id: 'vol-2/ch-3', file: 'content/volumes/vol-2/ch-03.md' };
const TO = { id: 'vol-2/ch-4', file: 'content/volumes/vol-2/ch-04.md' };
const NEXT_PAGE_PAIRS = 4;
const FONT = /\.(woff2?|ttf|otf)([?#]|$)/i;

export interface SessionSamples {
  /** VS Code's activation times (Running Extensions); `probe*`: activate() timed in the host when it was not active yet. */
  activate?: { ours: number; markdown: number; probeOurs?: number; probeMarkdown?: number; probeEmpty?: number };
  webviewBytes?: { ours: number; markdown: number; oursFiles: string[]; markdownFiles: string[] };
  nextPage: { ours: number; markdown: number }[];
  heap?: { afterActivation: number; afterClose: number; pages: number; diagrams: number };
}

interface CatalogIndex { pages: Record<string, { title: string; kind?: string; children?: string[] }> }

/** A chapter as the built-in preview shows it: its Markdown without front matter, the title as `# h1`. */
function chapterMarkdown(file: string, title: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return `# ${title}\n\n${text}`;
}

/** `activate()` timed in the extension host, or undefined when the extension was already active. */
async function timeActivate(s: BenchSession, id: string): Promise<number | undefined> {
  const ms = await s.host<number | null>(`
    const ext = vscode.extensions.getExtension(${JSON.stringify(id)});
    if (!ext) throw new Error('no extension ${id}');
    if (ext.isActive) return null;
    const t = ctx.performance.now();
    const api = await ext.activate();
    return ctx.performance.now() - t;`);
  return ms ?? undefined;
}

/**
 * VS Code's own activation time per extension (code loading + activate call), as the Running
 * Extensions view shows it: "Developer: Show Running Extensions", read by display name.
 */
async function runningExtensionTimes(s: BenchSession, names: string[]): Promise<Record<string, number>> {
  await s.host("await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');");
  const rows = s.page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.first().waitFor({ timeout: 20000 });
  await s.page.waitForTimeout(500);
  const out: Record<string, number> = {};
  for (const text of await rows.allInnerTexts()) {
    const name = names.find((n) => text.split('\n').some((l) => l.trim() === n));
    const ms = /(\d+)\s*ms/.exec(text);
    if (name && ms) out[name] = Number(ms[1]);
  }
  const missing = names.filter((n) => out[n] === undefined);
  if (missing.length) throw new Error(`Running Extensions shows no activation time for ${missing.join(', ')}: ${(await rows.allInnerTexts()).slice(0, 5).join(' | ').replace(/\s+/g, ' ')}`);
  return out;
}

async function waitTitle(s: BenchSession, title: string, timeout = 30000): Promise<void> {
  await s.webview().locator('h1', { hasText: title }).first().waitFor({ state: 'visible', timeout });
}

/** Bytes of every resource the open webview's document loaded, fonts apart (Resource Timing, else the file's size). */
async function webviewResources(s: BenchSession): Promise<{ bytes: number; files: string[] }> {
  const entries = await s.webview().locator('body').evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ name: e.name, size: (e as PerformanceResourceTiming).decodedBodySize })));
  let bytes = 0;
  const files: string[] = [];
  for (const e of entries) {
    if (FONT.test(e.name)) continue;
    const size = e.size > 0 ? e.size : fileSizeOf(e.name);
    if (size === undefined) throw new Error(`cannot size the webview resource ${e.name}`);
    bytes += size;
    files.push(`${decodeURIComponent(e.name).split('/').pop()} ${size}`);
  }
  return { bytes, files };
}

/** The size of the file a webview resource URL serves: the longest suffix of its path that exists. */
function fileSizeOf(url: string): number | undefined {
  const p = decodeURIComponent(new URL(url).pathname + new URL(url).search).split('?')[0];
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
    const candidate = p.slice(i);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return fs.statSync(candidate).size;
  }
  return undefined;
}

const openOurs = (s: BenchSession, id: string) => s.host(`return vscode.commands.executeCommand('llmPrimer.open', ${JSON.stringify(id)});`);
const openPreview = (s: BenchSession, file: string) => s.host(`return vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(${JSON.stringify(file)}));`);

/**
 * One session. `round` rotates which extension goes first. Heap first (before the Markdown
 * preview has run in the same host), then the webview bytes, then the next-page pairs.
 */
export async function measureSession(round: number, log: (m: string) => void): Promise<SessionSamples> {
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'catalog.json'), 'utf8')) as CatalogIndex;
  const fromTitle = index.pages[FROM.id].title, toTitle = index.pages[TO.id].title;
  const s = await BenchSession.start(path.join(ROOT, 'dist-vsix', 'llm-primer-companion.vsix'), { 'ch-04.md': chapterMarkdown(TO.file, toTitle), 'ch-03.md': chapterMarkdown(FROM.file, fromTitle) });
  const md = (name: string) => path.join(s.workspace, name);
  const out: SessionSamples = { nextPage: [] };
  try {
    // activate(): each extension once per session (it activates once), the order rotated.
    // Ours may be active already (it activates on onLanguage:jsonc, which code-server fires at
    // start-up); VS Code's own figures then compare the two the same way.
    // The empty extension goes in the middle: what VS Code itself spends activating any extension.
    const order = round % 2 ? [MARKDOWN, EMPTY, OURS] : [OURS, EMPTY, MARKDOWN];
    const t: Record<string, number | undefined> = {};
    for (const id of order) t[id] = await timeActivate(s, id);
    const own = await runningExtensionTimes(s, [OURS_NAME, MARKDOWN_NAME]);
    out.activate = { ours: own[OURS_NAME], markdown: own[MARKDOWN_NAME], probeOurs: t[OURS], probeMarkdown: t[MARKDOWN], probeEmpty: t[EMPTY] };
    const ms = (id: string) => t[id]?.toFixed(1) ?? 'already active';
    log(`session ${round + 1}: activation (Running Extensions) ours ${own[OURS_NAME]} ms, markdown ${own[MARKDOWN_NAME]} ms; activate() timed: ours ${ms(OURS)}, markdown ${ms(MARKDOWN)}, an empty extension ${ms(EMPTY)}`);

    // Heap: after activation (catalog loaded), then after 10 chapters and every concept diagram, all closed.
    await s.closeAllEditors();
    await s.host(`await (await vscode.extensions.getExtension('${OURS}').activate()).loaded();`);
    await new Promise((r) => setTimeout(r, 500));
    const afterActivation = await s.host<number>('return ctx.heap();');
    const chapters = Object.keys(index.pages).filter((id) => /^vol-\d+\/ch-\d+$/.test(id)).slice(0, 10);
    const concepts = index.pages.concepts?.children ?? [];
    for (const id of chapters) { await openOurs(s, id); await waitTitle(s, index.pages[id].title); }
    for (const id of concepts) {
      await openOurs(s, id);
      await s.webview().locator('figure.diagram-host[data-ready="true"]').first().waitFor({ timeout: 30000 });
    }
    await s.closeAllEditors();
    await new Promise((r) => setTimeout(r, 1000));
    const afterClose = await s.host<number>('return ctx.heap();');
    out.heap = { afterActivation, afterClose, pages: chapters.length, diagrams: concepts.length };
    log(`session ${round + 1}: heap after activation ${(afterActivation / 1024).toFixed(0)} KB, after ${chapters.length} chapters + ${concepts.length} diagrams closed ${(afterClose / 1024).toFixed(0)} KB`);

    // What a webview loads, fonts apart: our chapter against the preview of the same text.
    const bytes: Record<string, { bytes: number; files: string[] }> = {};
    for (const who of order) {
      await s.closeAllEditors();
      if (who === OURS) await openOurs(s, TO.id); else await openPreview(s, md('ch-04.md'));
      await waitTitle(s, toTitle);
      await s.page.waitForTimeout(1000); // late loads (the preview's scripts, KaTeX's stylesheet)
      bytes[who] = await webviewResources(s);
    }
    out.webviewBytes = { ours: bytes[OURS].bytes, markdown: bytes[MARKDOWN].bytes, oursFiles: bytes[OURS].files, markdownFiles: bytes[MARKDOWN].files };
    log(`session ${round + 1}: webview loads ours ${bytes[OURS].bytes} B (${bytes[OURS].files.length} files), preview ${bytes[MARKDOWN].bytes} B (${bytes[MARKDOWN].files.length} files)`);

    // Next page in an open view: ours from FROM to TO in one panel; the preview updating from ch-03.md to ch-04.md.
    for (let pair = 0; pair < NEXT_PAGE_PAIRS; pair++) {
      const sample: Record<string, number> = {};
      const pairOrder = (round + pair) % 2 ? [MARKDOWN, OURS] : [OURS, MARKDOWN];
      for (const who of pairOrder) {
        await s.closeAllEditors();
        if (who === OURS) await openOurs(s, FROM.id); else await openPreview(s, md('ch-03.md'));
        await waitTitle(s, fromTitle);
        await s.page.waitForTimeout(300);
        const t0 = performance.now();
        if (who === OURS) await openOurs(s, TO.id); else await openPreview(s, md('ch-04.md'));
        await waitTitle(s, toTitle);
        sample[who] = performance.now() - t0;
      }
      out.nextPage.push({ ours: sample[OURS], markdown: sample[MARKDOWN] });
    }
    log(`session ${round + 1}: next page ours ${out.nextPage.map((p) => p.ours.toFixed(0)).join(', ')} ms; preview ${out.nextPage.map((p) => p.markdown.toFixed(0)).join(', ')} ms`);
  } finally {
    await s.stop();
  }
  return out;
}
