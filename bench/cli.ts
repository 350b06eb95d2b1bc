/**
 * Benchmarks. `npm run bench` runs every figure against its peer and prints a table and a JSON
 * line (bench/runner.ts); `-- script`, `-- vsix`, `-- vscode` run one group.
 * `npm run bench -- hover --cases FILE.jsonl [--files DIR]` scores the term
 * matcher on a case file (format: ../shared/bench/README.md), prints one row per miss and,
 * as its last line, one JSON object with the totals and the time per lookup.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as os from 'node:os';
import { neighboursOf, TermMatcher } from '../src/core/terms/matcher';
import { TermScanner } from '../src/core/terms/scanner';
import type { FileContext } from '../src/core/terms/fileContext';
import { judge, score, type HoverCase } from '../src/core/terms/score';
import { compileRepoContent } from '../scripts/content';
import { formatError } from '../src/core/content/diagnostics';
import { runModelsBench } from './models';
import { runSilenceBench } from './silence';
import { runGroup, runVscodeSessions } from './runner';

interface RawCase extends Partial<HoverCase> { file?: string; line?: number }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * A case, and for cases read from a file the lines around it and the whole file's text (the
 * editor's hover sees both: the neighbours directly, the file through its scan).
 */
type Case = HoverCase & { context: string[]; fileText?: string; line?: number };

function loadCases(file: string, filesDir: string | undefined): Case[] {
  const out: Case[] = [];
  const lineCache = new Map<string, string[]>();
  const textCache = new Map<string, string>();
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let c: RawCase;
    try { c = JSON.parse(raw) as RawCase; } catch { throw new Error(`${file}:${i + 1}: not JSON`); }
    let text = c.text;
    let context: string[] = [];
    let fileText: string | undefined;
    if (text === undefined && c.file !== undefined && c.line !== undefined) {
      if (!filesDir) throw new Error(`${file}:${i + 1}: case names a file; pass --files DIR`);
      const p = path.join(filesDir, c.file);
      if (!lineCache.has(p)) {
        textCache.set(p, fs.readFileSync(p, 'utf8'));
        lineCache.set(p, textCache.get(p)!.split(/\r?\n/));
      }
      const lines = lineCache.get(p)!;
      fileText = textCache.get(p);
      text = lines[c.line];
      context = neighboursOf(lines, c.line);
    }
    if (typeof text !== 'string' || typeof c.character !== 'number' || !Array.isArray(c.expect)) {
      throw new Error(`${file}:${i + 1}: a case needs text (or file+line), character and expect`);
    }
    out.push({ text, character: c.character, word: c.word, expect: c.expect, context, fileText, line: fileText === undefined ? undefined : c.line });
  });
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * The matcher and scanner as the extension ships them: bundled and minified by esbuild with the
 * production settings, so the timings are those of the production bundle, not of tsx's output.
 */
function productionTerms(): { TermMatcher: typeof TermMatcher; TermScanner: typeof TermScanner } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llm-primer-bench-')), 'terms.js');
  esbuild.buildSync({
    stdin: { contents: "export { TermMatcher } from './src/core/terms/matcher'; export { TermScanner } from './src/core/terms/scanner';", resolveDir: path.resolve(__dirname, '..'), loader: 'ts' },
    bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'es2022', outfile: out, logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(out) as { TermMatcher: typeof TermMatcher; TermScanner: typeof TermScanner };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return mod;
}

function hover(): void {
  const casesFile = arg('--cases');
  if (!casesFile) throw new Error('usage: npm run bench -- hover --cases FILE.jsonl [--files DIR]');
  const { catalog, errors } = compileRepoContent();
  if (errors.length) { errors.slice(0, 10).forEach((e) => console.error(formatError(e))); throw new Error('content has errors'); }
  const prod = productionTerms();
  const matcher = new prod.TermMatcher(catalog.terms);
  const cases = loadCases(casesFile, arg('--files'));
  // `--mode always` ignores what the file is about (the setting's `always`); `auto` is the default.
  const mode = arg('--mode') ?? 'auto';
  const scanner = matcher.scanner;
  const contexts = new Map<string, FileContext>();
  const fileOf = (c: Case): FileContext | undefined => {
    if (mode !== 'auto' || c.fileText === undefined) return undefined;
    if (!contexts.has(c.fileText)) contexts.set(c.fileText, scanner.scan(c.fileText).context);
    return contexts.get(c.fileText);
  };
  const files = cases.map(fileOf);
  const outcomes = cases.map((c, i) => { const m = matcher.match(c.text, c.character, c.context, files[i], c.line); return judge(c, m?.term); });
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
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const t = process.hrtime.bigint();
      matcher.match(c.text, c.character, c.context, files[i], c.line);
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

/**
 * Scanner throughput (`npm run bench -- scan [--file F]`): a 10,000-line model file (real model
 * code from the evaluation corpus, repeated) scanned whole, against a naive scan that runs one
 * regular expression per alias over the text. Prints MB/s for both and their ratio.
 */
function scan(): void {
  const { catalog, errors } = compileRepoContent();
  if (errors.length) throw new Error('content has errors');
  const root = path.resolve(__dirname, '..');
  const given = arg('--file');
  const seed = given ? [given] : [
    'bench/corpus/ml/transformers-5.18.0/transformers/models/llama/modeling_llama.py',
    'bench/corpus/ml/transformers-5.18.0/transformers/models/gpt2/modeling_gpt2.py',
    'bench/corpus/ml/torch-2.13.0/torch/nn/modules/transformer.py',
  ].map((f) => path.join(root, f));
  const source = seed.map((f) => fs.readFileSync(f, 'utf8')).join('\n').split('\n');
  const lines: string[] = [];
  while (lines.length < 10_000) lines.push(...source);
  const text = lines.slice(0, 10_000).join('\n');
  const mb = Buffer.byteLength(text) / 1e6;
  const prod = productionTerms();
  const scanner = new prod.TermScanner(catalog.terms);
  const best = (f: () => unknown, runs: number) => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) { const t = process.hrtime.bigint(); f(); min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e9); }
    return min;
  };
  scanner.scan(text);
  const tScan = best(() => scanner.scan(text), 10);
  const found = scanner.scan(text).occurrences.length;
  // The naive scan: one case-insensitive regex per alias key, spelled with optional `_` between letters.
  const keys = [...new Set(catalog.terms.flatMap((t) => t.keys))];
  const regexes = keys.map((k) => new RegExp(`\\b${k.split('').join('_?')}s?\\b`, 'gi'));
  const naive = () => { let n = 0; for (const r of regexes) { r.lastIndex = 0; n += [...text.matchAll(r)].length; } return n; };
  const tNaive = best(naive, 2);
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({
    lines: 10_000, mb: round(mb), occurrences: found,
    scanner_mb_s: round(mb / tScan), naive_regex_mb_s: round(mb / tNaive), speedup: round(tNaive / tScan),
  }));
}

/** Hovers on code outside the field (`npm run bench -- silence [DIR…]`, see bench/silence.ts), with the shipped matcher. */
function silence(): void {
  const { catalog, errors } = compileRepoContent();
  if (errors.length) throw new Error('content has errors');
  const prod = productionTerms();
  runSilenceBench(new prod.TermMatcher(catalog.terms), process.argv.slice(3).filter((a) => !a.startsWith('--')));
}

const which = process.argv[2] ?? 'all';
const GROUPS = ['all', 'script', 'vsix', 'vscode'];
try {
  if (GROUPS.includes(which)) runGroup(which).catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
  else if (which === 'vscode-sessions') runVscodeSessions().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
  else if (which === 'hover') hover();
  else if (which === 'catalog') catalog();
  else if (which === 'scan') scan();
  else if (which === 'models') runModelsBench(process.argv);
  else if (which === 'silence') silence();
  else throw new Error('usage: npm run bench [-- all | script | vsix | vscode] [--repeats N] [--sessions N] | npm run bench -- hover --cases FILE.jsonl [--files DIR] | npm run bench -- catalog | npm run bench -- scan [--file F] | npm run bench -- silence [DIR…] | npm run bench -- models --files DIR');
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
