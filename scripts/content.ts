import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileContent, type CompileResult, type SourceFile } from '../src/core/content/compile';
import type { Facts } from '../src/core/content/facts';

/** Read `content/` from disk and compile it (the pure compiler lives in src/core/content). */
export const ROOT = path.resolve(__dirname, '..');

export function readContentFiles(dir = path.join(ROOT, 'content')): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|ya?ml)$/.test(e.name)) out.push({ path: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

export function readFacts(dir = path.join(ROOT, 'content', 'facts')): Facts {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  return { series: read('primer-series.json'), concepts: read('concepts.json'), guide: read('legacy-guide.json') };
}

export function readSeedRuns(file = path.join(ROOT, 'content', 'checks', 'seed-runs.json')): Set<string> {
  return new Set(JSON.parse(fs.readFileSync(file, 'utf8')).hashes as string[]);
}

export function compileRepoContent(files = readContentFiles()): CompileResult {
  return compileContent(files, readFacts(), readSeedRuns());
}
