/**
 * The figures measured without VS Code: the script a reader page loads, the .vsix size, and the
 * existing `hover` and `scan` benches, run as they are (each in its own process, repeated) with
 * their last JSON line read back.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { readerBuildOptions, scriptCost } from '../scripts/webview-bundle';
import { CS_DIR } from '../test/harness/lib';
import type { Figure } from './stats';

const ROOT = path.resolve(__dirname, '..');
export const MB = 1024 * 1024;

/** The built-in Markdown preview's own scripts, from the pinned code-server (the peer of reader.js). */
export function markdownPreviewScripts(): string[] | undefined {
  const media = path.join(CS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'markdown-language-features', 'media');
  const files = ['index.js', 'pre.js'].map((f) => path.join(media, f));
  return files.every((f) => fs.existsSync(f)) ? files : undefined;
}

export async function scriptFigures(): Promise<Figure[]> {
  const r = await esbuild.build({ ...readerBuildOptions(true), absWorkingDir: ROOT, write: false, logLevel: 'silent' });
  const cost = scriptCost(r.metafile!);
  const peerFiles = markdownPreviewScripts();
  const peer = peerFiles?.reduce((n, f) => n + fs.statSync(f).size, 0);
  const diagramPages = Object.values(cost.diagrams).map((d) => (cost.noDiagram + d.extra) / 1024);
  return [{
    key: 'script_no_diagram_kb', label: 'script a page without a diagram loads', unit: 'KB',
    ours: [cost.noDiagram / 1024],
    ...(peer ? { peer: { label: 'md preview index.js+pre.js', samples: [peer / 1024] }, ratios: [cost.noDiagram / peer] } : {}),
    target: { on: 'ours', max: 40, text: '≤ 40 KB' },
    note: cost.diagramsInEntry.length ? `diagram code in the entry: ${cost.diagramsInEntry.join(', ')}` : undefined,
  }, {
    key: 'script_diagram_page_kb', label: 'script a page with a diagram loads (25 pages)', unit: 'KB', ours: diagramPages,
    note: Object.keys(cost.foreignModules).length ? `pages loading other diagrams: ${Object.keys(cost.foreignModules).join(', ')}` : 'each page loads its own diagram only',
  }];
}

/** The .vsix from `npm run package`, and what takes its bytes (compressed, by top folder). */
export function vsixFigure(): Figure {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/package.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return { key: 'vsix_mb', label: '.vsix', unit: 'MB', ours: [], notMeasured: `npm run package failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}` };
  const file = path.join(ROOT, 'dist-vsix', 'llm-primer-companion.vsix');
  const parts = zipParts(fs.readFileSync(file));
  const top = Object.entries(parts).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${Math.round(v / 1024)} KB`).join(', ');
  return { key: 'vsix_mb', label: '.vsix (npm run package)', unit: 'MB', ours: [fs.statSync(file).size / MB], target: { on: 'ours', max: 1, text: '≤ 1 MB' }, note: top };
}

/** Compressed bytes per folder (two levels under extension/) from a zip's central directory. */
export function zipParts(zip: Buffer): Record<string, number> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28), extraLen = zip.readUInt16LE(p + 30), commentLen = zip.readUInt16LE(p + 32);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const key = name.replace(/^extension\//, '').split('/').slice(0, 2).join('/');
    out[key] = (out[key] ?? 0) + compressed;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Runs `npm run bench -- <args>` in a fresh process and returns its last line, parsed. */
function childBench(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB });
  if (r.status !== 0) throw new Error(`bench ${args[0]} failed: ${r.stderr.trim().slice(-300)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Record<string, number>;
}

export function hoverFigure(repeats: number): Figure {
  // The public development set (text cases, so no corpus files are needed).
  const cases = path.join(ROOT, 'test', 'fixtures', 'hover-dev.jsonl');
  const runs = Array.from({ length: repeats }, () => childBench(['hover', '--cases', cases]));
  return {
    key: 'lookup_p99_us', label: 'term lookup p99 (production bundle, hover-dev)', unit: 'µs', ours: runs.map((r) => r.p99_us),
    target: { on: 'ours', max: 20, text: '≤ 20 µs' }, note: `p50 ${runs.map((r) => r.p50_us).join(' / ')} µs; recall ${runs[0].recall}, precision ${runs[0].precision}`,
  };
}

export function scanFigure(repeats: number): Figure[] {
  const runs = Array.from({ length: repeats }, () => childBench(['scan']));
  return [{
    key: 'scan_mb_s', label: 'whole-file scan, 10,000 lines', unit: 'MB/s', ours: runs.map((r) => r.scanner_mb_s),
    peer: { label: 'naive regex per alias', samples: runs.map((r) => r.naive_regex_mb_s) }, ratios: runs.map((r) => r.speedup),
    target: { on: 'ours', min: 30, text: '≥ 30 MB/s' },
  }, {
    key: 'scan_speedup', label: 'whole-file scan vs naive (speed-up)', unit: '×', ours: runs.map((r) => r.speedup),
    target: { on: 'ours', min: 10, text: '≥ 10×' },
  }];
}
