/**
 * Benchmarks. `npm run bench -- hover --cases FILE.jsonl [--files DIR]` scores the term
 * matcher on a case file (format: ../shared/bench/README.md), prints one row per miss and,
 * as its last line, one JSON object with the totals and the time per lookup.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TermMatcher } from '../src/core/terms/matcher';
import { judge, score, type HoverCase } from '../src/core/terms/score';
import { compileRepoContent } from '../scripts/content';
import { formatError } from '../src/core/content/diagnostics';
import { runModelsBench } from './models';

interface RawCase extends Partial<HoverCase> { file?: string; line?: number }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A case, and for cases read from a file the lines around it (the editor's hover sees them too). */
type Case = HoverCase & { context: string[] };

function loadCases(file: string, filesDir: string | undefined): Case[] {
  const out: Case[] = [];
  const lineCache = new Map<string, string[]>();
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let c: RawCase;
    try { c = JSON.parse(raw) as RawCase; } catch { throw new Error(`${file}:${i + 1}: not JSON`); }
    let text = c.text;
    let context: string[] = [];
    if (text === undefined && c.file !== undefined && c.line !== undefined) {
      if (!filesDir) throw new Error(`${file}:${i + 1}: case names a file; pass --files DIR`);
      const p = path.join(filesDir, c.file);
      if (!lineCache.has(p)) lineCache.set(p, fs.readFileSync(p, 'utf8').split(/\r?\n/));
      const lines = lineCache.get(p)!;
      text = lines[c.line];
      context = [c.line - 2, c.line - 1, c.line + 1, c.line + 2].filter((l) => l >= 0 && l < lines.length).map((l) => lines[l]);
    }
    if (typeof text !== 'string' || typeof c.character !== 'number' || !Array.isArray(c.expect)) {
      throw new Error(`${file}:${i + 1}: a case needs text (or file+line), character and expect`);
    }
    out.push({ text, character: c.character, word: c.word, expect: c.expect, context });
  });
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function hover(): void {
  const casesFile = arg('--cases');
  if (!casesFile) throw new Error('usage: npm run bench -- hover --cases FILE.jsonl [--files DIR]');
  const { catalog, errors } = compileRepoContent();
  if (errors.length) { errors.slice(0, 10).forEach((e) => console.error(formatError(e))); throw new Error('content has errors'); }
  const matcher = new TermMatcher(catalog.terms);
  const cases = loadCases(casesFile, arg('--files'));
  const outcomes = cases.map((c) => { const m = matcher.match(c.text, c.character, c.context); return judge(c, m?.term); });
  for (const o of outcomes) {
    if (o.correct) continue;
    const kind = o.c.expect.length === 0 ? 'false hit' : o.found ? 'wrong term' : 'miss';
    console.log(`${kind}\t${JSON.stringify(o.c.word ?? '')}\tfound=${o.found?.id ?? '-'}\texpect=${o.c.expect.join('|') || '(none)'}\t${o.c.text.trim().slice(0, 90)}`);
  }
  // Time: warm-up passes (so the JIT has compiled the matcher, as in a running editor), then
  // timed passes over every case; each sample is one lookup.
  const samples: number[] = [];
  const WARMUP = 20;
  const rounds = WARMUP + Math.max(5, Math.ceil(2000 / Math.max(1, cases.length)));
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const t = process.hrtime.bigint();
      matcher.match(c.text, c.character, c.context);
      if (round >= WARMUP) samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const s = score(outcomes);
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  console.log(JSON.stringify({
    cases: s.cases, positives: s.positives, recall: round3(s.recall), precision: round3(s.precision),
    p50_us: round3(percentile(samples, 0.5)), p99_us: round3(percentile(samples, 0.99)),
  }));
}

/**
 * What activation and the first hover cost: reading and parsing dist/catalog.json, building the
 * matcher, and the heap they hold; plus the sizes a reader page load reads. Needs `npm run build`.
 */
function catalog(): void {
  const root = path.resolve(__dirname, '..');
  const indexFile = path.join(root, 'dist', 'catalog.json');
  if (!fs.existsSync(indexFile)) throw new Error('run `npm run build` first');
  const runs: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let kept: unknown;
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { terms: ConstructorParameters<typeof TermMatcher>[0] };
    kept = [index, new TermMatcher(index.terms)];
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  const pages = fs.readdirSync(path.join(root, 'dist', 'pages')).map((f) => fs.statSync(path.join(root, 'dist', 'pages', f)).size).sort((a, b) => a - b);
  runs.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({
    index_kb: round(fs.statSync(indexFile).size / 1024),
    load_ms_p50: round(runs[Math.floor(runs.length / 2)]), load_ms_max: round(runs[runs.length - 1]),
    heap_mb: gc ? round(heapMb) : null,
    pages: pages.length, page_kb_median: round(pages[Math.floor(pages.length / 2)] / 1024), page_kb_max: round(pages[pages.length - 1] / 1024),
  }));
  if (kept === undefined) throw new Error('nothing was loaded');
}

const which = process.argv[2];
try {
  if (which === 'hover') hover();
  else if (which === 'catalog') catalog();
  else if (which === 'models') runModelsBench(process.argv);
  else throw new Error('usage: npm run bench -- hover --cases FILE.jsonl [--files DIR] | npm run bench -- catalog | npm run bench -- models --files DIR');
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
