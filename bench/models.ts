/**
 * `npm run bench -- models --files DIR`: every model configuration under DIR (config.json and
 * other *.json files that declare a model, *.py, the code cells of *.ipynb), one JSON line each,
 * then one summary line. A file that cannot be read or parsed is reported in the summary; it
 * never stops the scan.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { notebookCode } from '../src/core/models/detect';
import { analyzeFiles, type FileInput } from '../src/core/models/workspace';

const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.mypy_cache']);
const MAX_BYTES = 5 * 1024 * 1024;

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, out); } else if (e.isFile()) out.push(p);
  }
}

export interface ModelsBench {
  lines: Record<string, unknown>[];
  summary: Record<string, unknown>;
}

export function modelsBench(dir: string): ModelsBench {
  const all: string[] = [];
  walk(dir, all);
  all.sort();
  const errors: { file: string; message: string }[] = [];
  const inputs: FileInput[] = [];
  let scanned = 0;
  for (const abs of all) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    if (!/\.(json|py|ipynb)$/i.test(abs)) continue;
    scanned++;
    try {
      if (fs.statSync(abs).size > MAX_BYTES) { errors.push({ file: rel, message: 'larger than 5 MiB, skipped' }); continue; }
      const text = fs.readFileSync(abs, 'utf8');
      if (abs.toLowerCase().endsWith('.ipynb')) {
        const code = notebookCode(text);
        if (code === undefined) { errors.push({ file: rel, message: 'not a readable notebook (invalid JSON)' }); continue; }
        inputs.push({ path: rel, text: code, languageId: 'python' });
      } else {
        inputs.push({ path: rel, text });
      }
    } catch (e) {
      errors.push({ file: rel, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const lines: Record<string, unknown>[] = [];
  let unknowns = 0;
  for (const a of analyzeFiles(inputs)) {
    if (a.error) { errors.push({ file: a.path, message: a.error }); continue; }
    for (const p of a.result?.problems ?? []) errors.push({ file: a.path, message: p.message });
    for (const c of a.result?.configs ?? []) {
      if (c.kind === 'model') {
        const b = c.breakdown;
        const line: Record<string, unknown> = { file: a.path, model: c.model, parameters: b.total, activeParameters: b.active, kvCacheBytesPerToken: b.kvBytesPerToken };
        if (c.estimate) line.estimate = true;
        if (b.total === null || b.active === null || b.kvBytesPerToken === null) unknowns++;
        lines.push(line);
      } else {
        const s = c.spec;
        const trainable = c.result?.trainable ?? null;
        const line: Record<string, unknown> = { file: a.path, model: 'lora', r: s.r, alpha: s.alpha, targets: s.targets, trainable };
        if (c.base) line.base = c.base.label;
        if (trainable === null) { unknowns++; line.unknownBecause = c.baseMissing ?? c.result?.notes.join('; ') ?? 'unknown'; }
        lines.push(line);
      }
    }
  }
  return { lines, summary: { summary: true, filesScanned: scanned, configurationsFound: lines.length, unknowns, errors } };
}

export function runModelsBench(argv: string[]): void {
  const i = argv.indexOf('--files');
  const dir = i >= 0 ? argv[i + 1] : undefined;
  if (!dir) throw new Error('usage: npm run bench -- models --files DIR');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`not a folder: ${dir}`);
  const { lines, summary } = modelsBench(dir);
  for (const l of lines) console.log(JSON.stringify(l));
  console.log(JSON.stringify(summary));
}
