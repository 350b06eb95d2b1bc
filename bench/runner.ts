/**
 * `npm run bench` (or `npm run bench -- all`): every figure, each repeated, as one table with
 * min / median / max, the peer's figure and the ratio, then one JSON line with all of them.
 * `script`, `vsix` and `vscode` run one group alone. The real-VS-Code figures run in
 * code-server sessions, under the machine's VS Code lock (/tmp/vscode.lock) when flock exists.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromiumPath } from '../test/harness/lib';
import { hoverFigure, scanFigure, scriptFigures, vsixFigure } from './offline';
import { summaryJson, table, type Figure } from './stats';
import type { SessionSamples } from './vscode/figures';

const ROOT = path.resolve(__dirname, '..');
const LOCK = process.env.BENCH_VSCODE_LOCK ?? '/tmp/vscode.lock';

function num(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}
const say = (m: string) => console.error(`[bench] ${m}`);

const VSCODE_KEYS: [string, string][] = [
  ['activate_ratio', 'activate() in the extension host'], ['activation_vscode_ms', 'activation (Running Extensions)'], ['webview_kb', 'what a webview loads, fonts apart'],
  ['next_page_ms', 'next page in an open reader'], ['heap_growth_kb', 'host heap after 10 chapters + all diagrams, closed'],
];
const notMeasured = (reason: string): Figure[] => VSCODE_KEYS.map(([key, label]) => ({ key, label, unit: '', ours: [], notMeasured: reason }));

/** Samples from code-server sessions: run here when the lock is held, else in a child under flock. */
function vscodeSamples(sessions: number): SessionSamples[] | string {
  if (!chromiumPath()) return 'no Chromium on this machine (apt-get install chromium)';
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llm-primer-bench-')), 'sessions.json');
  const args = ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'cli.ts'), 'vscode-sessions', '--sessions', String(sessions), '--out', out];
  const hasFlock = spawnSync('flock', ['--version']).status === 0;
  const r = hasFlock && !process.env.BENCH_VSCODE_LOCKED
    ? spawnSync('flock', [LOCK, process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BENCH_VSCODE_LOCKED: '1' } })
    : spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!fs.existsSync(out)) return `the code-server sessions wrote no result (exit ${r.status ?? r.signal})`;
  const res = JSON.parse(fs.readFileSync(out, 'utf8')) as { samples: SessionSamples[]; errors: string[] };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (!res.samples.length) return `every session failed: ${res.errors[0] ?? 'no error given'}`;
  return res.samples;
}

/** The child: runs the sessions one after the other and writes what they measured. */
export async function runVscodeSessions(): Promise<void> {
  const { measureSession } = await import('./vscode/figures');
  const n = num('--sessions', 3);
  const i = process.argv.indexOf('--out');
  const out = i >= 0 ? process.argv[i + 1] : undefined;
  if (!out) throw new Error('vscode-sessions needs --out FILE');
  const samples: SessionSamples[] = [];
  const errors: string[] = [];
  for (let round = 0; round < n; round++) {
    try { samples.push(await measureSession(round, say)); } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      errors.push(msg);
      say(`session ${round + 1} failed: ${msg}`);
    }
  }
  fs.writeFileSync(out, JSON.stringify({ samples, errors }));
}

export function vscodeFigures(samples: SessionSamples[]): Figure[] {
  const act = samples.flatMap((s) => (s.activate ? [s.activate] : []));
  const bytes = samples.flatMap((s) => (s.webviewBytes ? [s.webviewBytes] : []));
  const next = samples.flatMap((s) => s.nextPage);
  const heap = samples.flatMap((s) => (s.heap ? [s.heap] : []));
  const figures: Figure[] = [];
  const probed = act.filter((a) => a.probeOurs !== undefined && a.probeMarkdown !== undefined);
  // The floor: an extension whose activate() does nothing, timed the same way in the same sessions.
  const floor = probed.filter((a) => a.probeEmpty !== undefined);
  figures.push(probed.length ? {
    key: 'activate_ratio', label: 'activate() timed in the extension host', unit: 'ms', ours: probed.map((a) => a.probeOurs!),
    peer: { label: 'markdown-language-features', samples: probed.map((a) => a.probeMarkdown!) }, ratios: probed.map((a) => a.probeOurs! / a.probeMarkdown!),
    target: { on: 'ratio', max: 0.1, text: 'ratio ≤ 0.1' },
    note: floor.length ? `an empty extension's activate(): ${floor.map((a) => a.probeEmpty!.toFixed(1)).join(' / ')} ms, ratio ${floor.map((a) => (a.probeEmpty! / a.probeMarkdown!).toFixed(3)).join(' / ')}` : undefined,
  } : { key: 'activate_ratio', label: 'activate() timed in the extension host', unit: 'ms', ours: [], notMeasured: 'no session could call activate() on both before they were active' });
  figures.push(act.length ? {
    key: 'activation_vscode_ms', label: 'activation, VS Code\'s own figure (Running Extensions)', unit: 'ms', ours: act.map((a) => a.ours),
    peer: { label: 'markdown-language-features', samples: act.map((a) => a.markdown) }, ratios: act.map((a) => a.ours / a.markdown),
  } : { key: 'activation_vscode_ms', label: 'activation (Running Extensions)', unit: 'ms', ours: [], notMeasured: 'no session measured it' });
  figures.push(bytes.length ? {
    key: 'webview_kb', label: 'what a webview loads, fonts apart (vol-2/ch-4)', unit: 'KB', ours: bytes.map((b) => b.ours / 1024),
    peer: { label: 'md preview, same text', samples: bytes.map((b) => b.markdown / 1024) }, ratios: bytes.map((b) => b.ours / b.markdown),
    target: { on: 'ratio', max: 1.5, text: 'ratio ≤ 1.5' }, note: `ours: ${bytes[0].oursFiles.join(', ')}; preview: ${bytes[0].markdownFiles.join(', ')}`,
  } : { key: 'webview_kb', label: 'what a webview loads, fonts apart', unit: 'KB', ours: [], notMeasured: 'no session measured it' });
  figures.push(next.length ? {
    key: 'next_page_ms', label: 'next page in an open reader (vol-2 ch-3 → ch-4)', unit: 'ms', ours: next.map((p) => p.ours),
    peer: { label: 'md preview updating', samples: next.map((p) => p.markdown) }, ratios: next.map((p) => p.ours / p.markdown),
    target: { on: 'ratio', max: 0.4, text: 'ratio ≤ 0.4' },
  } : { key: 'next_page_ms', label: 'next page in an open reader', unit: 'ms', ours: [], notMeasured: 'no session measured it' });
  figures.push(heap.length ? {
    key: 'heap_growth_kb', label: `host heap after ${heap[0].pages} chapters + ${heap[0].diagrams} diagrams, closed`, unit: 'KB',
    ours: heap.map((h) => (h.afterClose - h.afterActivation) / 1024), target: { on: 'ours', max: 1024, text: '≤ 1024 KB over activation' },
    note: `heap after activation ${heap.map((h) => Math.round(h.afterActivation / 1024)).join(' / ')} KB`,
  } : { key: 'heap_growth_kb', label: 'host heap after pages and diagrams, closed', unit: 'KB', ours: [], notMeasured: 'no session measured it' });
  return figures;
}

/** The sessions install the .vsix: package it first (also a production build of dist/). */
function packageVsix(): void {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/package.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run package failed');
}

function report(figures: Figure[]): void {
  console.log(table(figures));
  for (const f of figures) if (f.note) console.log(`  ${f.key}: ${f.note}`);
  console.log(JSON.stringify({ bench: 'llm-primer', when: new Date().toISOString(), figures: summaryJson(figures) }));
}

/** `all`, `script`, `vsix` or `vscode`. */
export async function runGroup(which: string): Promise<void> {
  const repeats = num('--repeats', 3);
  const sessions = num('--sessions', 3);
  const figures: Figure[] = [];
  if (which === 'all' || which === 'script') { say('script bytes'); figures.push(...await scriptFigures()); }
  if (which === 'all' || which === 'vsix') { say('.vsix (npm run package)'); figures.push(vsixFigure()); }
  if (which === 'all') {
    say(`term lookup ×${repeats}`); figures.push(hoverFigure(repeats));
    say(`whole-file scan ×${repeats}`); figures.push(...scanFigure(repeats));
  }
  if (which === 'all' || which === 'vscode') {
    if (which === 'vscode') packageVsix();
    say(`${sessions} code-server sessions`);
    const samples = vscodeSamples(sessions);
    figures.push(...(typeof samples === 'string' ? notMeasured(samples) : vscodeFigures(samples)));
  }
  report(figures);
}
