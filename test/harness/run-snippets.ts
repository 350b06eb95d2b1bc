/**
 * Snippets tier: every fenced code block of content/**\/*.md is checked.
 * - Python that needs only the standard library, NumPy or PyTorch is run, each block in a fresh
 *   `python3` process (own process group, killed on timeout), and its `prints` markers are
 *   asserted against the output; other Python (and `partial` blocks) is compiled, and its
 *   imports must be standard library, NumPy, PyTorch or in the page's `packages`.
 * - TypeScript/JavaScript is parsed with the TypeScript compiler API, JSON with JSON.parse,
 *   YAML with the `yaml` package; bash, text and other fences are counted as not checked.
 * Problems print as `content/…/file.md:LINE: message`. On content/, a python3 with NumPy and
 * PyTorch is installed first (or named in one line) by requirements.ts; on another folder,
 * without one the blocks that need them are skipped, except under CI=true, where that fails.
 * The conventions are in content/README.md; the pure part is src/core/content/snippets.ts.
 * `tsx test/harness/run-snippets.ts [folder]`; SNIPPETS_PYTHON picks the interpreter,
 * SNIPPET_TIMEOUT_S the limit per block (60), SNIPPETS_VERBOSE=1 prints each run's output.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { readContentFiles } from '../../scripts/content';
import { checkJson, checkYaml, unmetExpectations } from '../../src/core/content/snippet-checks';
import { extractSnippets, planPython, unusedPackages, type PageSnippets, type Snippet } from '../../src/core/content/snippets';
import { ROOT } from './paths';
import { signalGroup, track, untrack } from './processes';
import { requireOrExit } from './requirements';
import { writeTierResult } from './tiers';

const TIMEOUT_MS = Number(process.env.SNIPPET_TIMEOUT_S ?? 60) * 1000;
const CI = process.env.CI === 'true';
const HELPER = path.join(__dirname, 'snippet_check.py');
const OUTPUT_CAP = 1 << 20;

interface Python { exe: string; version: string; numpy: string | null; torch: string | null }

const counts = { executed: 0, compiled: 0, parsed: 0, skipped: 0, notChecked: 0, passed: 0, failed: 0 };
const errors: string[] = [];
const skips: string[] = [];

function fail(file: string, line: number, message: string): void {
  errors.push(`${file}:${line}: ${message}`);
}

/** The python3 to use: the first that has NumPy and PyTorch, else the first that runs at all. */
function findPython(): Python | undefined {
  const probe = [
    'import json, sys, importlib.util as u, importlib.metadata as m',
    'v = lambda p: (m.version(p) if u.find_spec(p) else None)',
    'print(json.dumps({"version": ".".join(map(str, sys.version_info[:3])), "numpy": v("numpy"), "torch": v("torch")}))',
  ].join('\n');
  // SNIPPETS_PYTHON names the one interpreter to use; otherwise Debian's first, then PATH's.
  const candidates = process.env.SNIPPETS_PYTHON ? [process.env.SNIPPETS_PYTHON] : ['/usr/bin/python3', 'python3'];
  const found: Python[] = [];
  for (const exe of [...new Set(candidates)]) {
    const r = spawnSync(exe, ['-I', '-c', probe], { encoding: 'utf8', timeout: 30000 });
    if (r.status !== 0) continue;
    try {
      const p = JSON.parse(r.stdout) as Omit<Python, 'exe'>;
      if (Number(p.version.split('.')[1]) < 10 && p.version.startsWith('3.')) continue; // sys.stdlib_module_names needs 3.10
      found.push({ exe, ...p });
    } catch { /* not a usable python */ }
  }
  return found.find((p) => p.numpy && p.torch) ?? found[0];
}

interface Compiled { ok: boolean; line?: number; message?: string; imports: { name: string; line: number }[] }

/** Compile every Python block in one helper process; nothing is executed there. */
function compilePython(py: Python, blocks: Snippet[]): { stdlib: Set<string>; results: Compiled[] } {
  const input = JSON.stringify(blocks.map((s, id) => ({ id, code: s.code, partial: s.partial })));
  const r = spawnSync(py.exe, ['-I', '-B', HELPER], { input, encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${HELPER} failed (${r.status ?? r.signal}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { stdlib: string[]; results: Compiled[] };
  return { stdlib: new Set(out.stdlib), results: out.results };
}

interface RunResult { code: number | null; timedOut: boolean; stdout: string; stderr: string }

/** Run one block as a script in its own directory and process group; kill the group on timeout. */
function runPython(py: Python, s: Snippet, dir: string): Promise<RunResult> {
  fs.mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'snippet.py');
  fs.writeFileSync(script, s.code);
  return new Promise((resolve) => {
    const child = spawn(py.exe, ['-I', '-B', script], {
      cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8',
        PYTHONHASHSEED: '0', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1',
      },
    });
    track(child.pid!, 'python snippet');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { if (stdout.length < OUTPUT_CAP) stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { if (stderr.length < OUTPUT_CAP) stderr += d.toString(); });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Anything the block started and left running goes with it.
      signalGroup(child.pid!, 'SIGKILL');
      untrack(child.pid!);
      resolve({ code, timedOut, stdout, stderr });
    });
  });
}

/** The file line a Python traceback points at (its last frame in the snippet), and the error. */
function tracebackProblem(s: Snippet, stderr: string): { line: number; message: string } {
  const frames = [...stderr.matchAll(/File "[^"]*snippet\.py", line (\d+)/g)];
  const last = frames.at(-1);
  const message = stderr.trim().split('\n').filter((l) => l.trim()).at(-1) ?? 'exited with an error';
  return { line: last ? s.codeLine + Number(last[1]) - 1 : s.line, message };
}

async function checkPython(pages: PageSnippets[], tmp: string): Promise<void> {
  const blocks = pages.flatMap((p) => p.snippets.filter((s) => s.lang === 'python').map((s) => ({ page: p, s })));
  if (!blocks.length) return;
  const py = findPython();
  if (!py) {
    for (const { s } of blocks) {
      if (CI) { counts.failed++; fail(s.file, s.line, 'no python3 (3.10 or later) to check this block'); } else counts.skipped++;
    }
    if (!CI) skips.push(`${blocks.length} Python blocks skipped: no python3 (3.10 or later) found`);
    return;
  }
  console.log(`python: ${py.exe} ${py.version} (NumPy ${py.numpy ?? 'missing'}, PyTorch ${py.torch ?? 'missing'})`);
  const { stdlib, results } = compilePython(py, blocks.map((b) => b.s));
  const imported = new Map<PageSnippets, Set<string>>();
  const runs: { s: Snippet; dir: string }[] = [];
  blocks.forEach(({ page, s }, i) => {
    const c = results[i];
    if (!c.ok) {
      counts.compiled++;
      counts.failed++;
      fail(s.file, s.codeLine + (c.line ?? 1) - 1, `${c.message ?? 'does not compile'}${s.partial ? ' (partial block, also tried as a function body)' : ''}`);
      return;
    }
    const names = imported.get(page) ?? new Set<string>();
    for (const imp of c.imports) names.add(imp.name);
    imported.set(page, names);
    const plan = planPython(s, c.imports, stdlib, page.packages, { numpy: py.numpy ?? undefined, torch: py.torch ?? undefined });
    for (const u of plan.undeclared) {
      fail(s.file, s.codeLine + u.line - 1, `import "${u.name}" is not declared: add it to "packages" in the front matter with the version the code is written for`);
    }
    if (plan.undeclared.length) { counts.compiled++; counts.failed++; return; }
    if (!plan.run) { counts.compiled++; counts.passed++; return; }
    const missing = plan.needs.filter((lib) => !py[lib]);
    if (missing.length) {
      if (CI) { counts.failed++; fail(s.file, s.line, `needs ${missing.join(' and ')}, which ${py.exe} does not have (apt-get install python3-numpy python3-torch)`); } else {
        counts.skipped++;
        skips.push(`${s.file}:${s.line}: skipped: needs ${missing.join(' and ')}, which ${py.exe} does not have (apt-get install python3-numpy python3-torch)`);
      }
      return;
    }
    if (plan.tooOld.length) {
      // The installed version is the machine's, not the page's fault: compiled, not run, in CI too.
      counts.skipped++;
      skips.push(`${s.file}:${s.line}: not run: the page needs ${plan.tooOld.map((t) => `${t.lib} ${t.need}`).join(', ')}; ${py.exe} has ${plan.tooOld.map((t) => `${t.lib} ${t.have}`).join(', ')} (compiled only)`);
      return;
    }
    runs.push({ s, dir: path.join(tmp, `block-${i}`) });
  });
  for (const page of pages) {
    const unused = unusedPackages(page.packages, imported.get(page) ?? []);
    if (unused.length) { counts.failed++; fail(page.file, page.packagesLine, `"packages" declares ${unused.map((u) => `"${u}"`).join(', ')}, which no Python block of the page imports`); }
  }
  const width = Math.max(1, Math.min(4, os.cpus().length));
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < runs.length) {
      const { s, dir } = runs[next++];
      const started = Date.now();
      const r = await runPython(py, s, dir);
      counts.executed++;
      const problems: { line: number; message: string }[] = [];
      if (r.timedOut) problems.push({ line: s.line, message: `did not finish within ${TIMEOUT_MS / 1000} s (killed)` });
      else if (r.code !== 0) problems.push(tracebackProblem(s, r.stderr));
      else for (const m of unmetExpectations(s, r.stdout)) problems.push({ line: s.markerLine ?? s.line, message: `${m}; it printed: ${JSON.stringify(r.stdout.trim().slice(0, 300))}` });
      for (const p of problems) fail(s.file, p.line, p.message);
      if (problems.length) counts.failed++; else counts.passed++;
      if (process.env.SNIPPETS_VERBOSE) console.log(`ran ${s.file}:${s.line} in ${Date.now() - started} ms: ${JSON.stringify(r.stdout.slice(0, 400))}`);
    }
  }));
}

/** TypeScript/JavaScript: syntax only, with the compiler's parser; a partial block may be a function body. */
function checkScript(s: Snippet): { line: number; message: string } | undefined {
  const ext = s.lang === 'typescript' ? (s.info.startsWith('tsx') ? 'tsx' : 'ts') : s.info.startsWith('jsx') ? 'jsx' : 'js';
  const parse = (code: string, shift: number) => {
    const r = ts.transpileModule(code, {
      fileName: `snippet.${ext}`, reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve },
    });
    const d = r.diagnostics?.find((x) => x.category === ts.DiagnosticCategory.Error);
    if (!d) return undefined;
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 1;
    return { line: Math.max(1, line - shift), message: `${ext === 'ts' || ext === 'tsx' ? 'TypeScript' : 'JavaScript'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}` };
  };
  const first = parse(s.code, 0);
  if (first && s.partial && !parse(`async function __snippet__() {\n${s.code}\n}`, 1)) return undefined;
  return first;
}

function checkParsed(pages: PageSnippets[]): void {
  for (const s of pages.flatMap((p) => p.snippets)) {
    if (s.lang === 'python') continue;
    if (s.lang === 'other') { counts.notChecked++; continue; }
    const problem = s.lang === 'json' ? checkJson(s.code) : s.lang === 'yaml' ? checkYaml(s.code) : checkScript(s);
    counts.parsed++;
    if (problem) { counts.failed++; fail(s.file, s.codeLine + problem.line - 1, problem.message); } else counts.passed++;
  }
}

async function main(): Promise<number> {
  // A folder may be given (for trying the tier on other Markdown); the default is content/,
  // whose NumPy and PyTorch blocks need a python3 with both (installed or asked for).
  if (!process.argv[2]) requireOrExit('snippets');
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'content'));
  const files = readContentFiles(dir).filter((f) => f.path.endsWith('.md'));
  const pages = files.map((f) => extractSnippets(f.path, f.text));
  for (const p of pages) for (const e of p.problems) { counts.failed++; fail(e.file, e.line, e.message); }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-primer-snippets-'));
  try {
    checkParsed(pages);
    await checkPython(pages, tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (const s of skips) console.log(s);
  for (const e of errors.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) console.error(e);
  const total = pages.reduce((n, p) => n + p.snippets.length, 0);
  console.log(`${total} code blocks in ${pages.filter((p) => p.snippets.length).length} files: ${counts.executed} executed, ${counts.compiled} compiled, ${counts.parsed} parsed, ${counts.skipped} skipped, ${counts.notChecked} not checked (bash, text and other fences)`);
  console.log(`snippets: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  writeTierResult('snippets', counts.passed, counts.failed, counts.skipped);
  return counts.failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  writeTierResult('snippets', 0, 1);
  process.exit(1);
});
