/**
 * Silence outside the field (`npm run bench -- silence [DIR…]`): the hover read over code at
 * large. Every JavaScript, TypeScript and Python source file under the folders (by default this
 * project's node_modules and the Python standard library, when found) that the file context does
 * not count as about the field is scanned, and each name the scan finds is hovered as the editor
 * would; installed packages (`site-packages`) are left out, as they hold the field's own
 * libraries. There such a hover is almost always wrong (a DOM `textContent`, a cursor's
 * `batchSize`): the figure to keep low is the number of hovers and of files that get one.
 * Prints the names heard most (30, or SILENCE_TOP of them), then one JSON line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { GlossaryTerm } from '../src/core/catalog/types';
import { neighboursOf, type TermMatcher } from '../src/core/terms/matcher';

const SOURCE = /\.(js|mjs|cjs|ts|py)$/;
const SKIP_FILE = /\.min\.js$|\.d\.ts$/;
const SKIP_DIR = /^(test|tests|__pycache__|\.git|site-packages|dist-packages)$/;
/** Larger files are generated or bundled code. */
const MAX_BYTES = 400_000;
const MAX_LINE = 500;

function pythonStdlib(): string | undefined {
  try {
    return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

function sourceFiles(dir: string, out: string[]): void {
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return; }
  for (const name of names) {
    const p = path.join(dir, name);
    let st: fs.Stats;
    try { st = fs.lstatSync(p); } catch { continue; }
    if (st.isSymbolicLink()) continue;
    if (st.isDirectory()) { if (!SKIP_DIR.test(name)) sourceFiles(p, out); } else if (SOURCE.test(name) && !SKIP_FILE.test(name) && st.size < MAX_BYTES) out.push(p);
  }
}

export function runSilenceBench(matcher: TermMatcher, dirs: string[]): void {
  const roots = dirs.length ? dirs : [path.resolve(__dirname, '..', 'node_modules'), pythonStdlib()].filter((d): d is string => !!d && fs.existsSync(d));
  const files: string[] = [];
  for (const d of roots) sourceFiles(d, files);
  const byName = new Map<string, { hovers: number; files: Set<string>; term: GlossaryTerm }>();
  let plain = 0;
  let hovers = 0;
  const heard = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const { occurrences, context } = matcher.scanner.scan(text);
    if (context.aboutField) continue;
    plain++;
    const lines = text.split('\n');
    for (const o of occurrences) {
      const line = lines[o.line];
      if (line.length > MAX_LINE) continue;
      const hit = matcher.match(line, o.start + 1, neighboursOf(lines, o.line), context, o.line);
      if (!hit) continue;
      hovers++;
      heard.add(f);
      const name = line.slice(hit.start, hit.end).toLowerCase().replace(/[_\s-]/g, '');
      const e = byName.get(name) ?? { hovers: 0, files: new Set<string>(), term: hit.term };
      e.hovers++;
      e.files.add(f);
      byName.set(name, e);
    }
  }
  const top = [...byName].sort((a, b) => b[1].files.size - a[1].files.size || b[1].hovers - a[1].hovers).slice(0, Number(process.env.SILENCE_TOP ?? 30));
  for (const [name, e] of top) console.log(`${String(e.files.size).padStart(5)} files ${String(e.hovers).padStart(6)} hovers  ${name} → ${e.term.id}`);
  console.log(JSON.stringify({ roots, files: files.length, not_about_field: plain, hovers, files_with_a_hover: heard.size }));
}
