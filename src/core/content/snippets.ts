import MarkdownIt from 'markdown-it';
import { ErrorSink } from './diagnostics';
import { parseFrontMatter } from './frontmatter';

/**
 * The code blocks of the content, for the `snippets` test tier (test/harness/run-snippets.ts):
 * find every fenced block with its file line, read its markers, and decide how Python is
 * checked (the checks that need no outside process are in snippet-checks.ts). Conventions, as
 * documented in content/README.md:
 *
 * - ```` ```python partial ```` — an excerpt: never run; it must compile (dedented, and if need
 *   be as the body of a function), and its imports are still checked.
 * - `<!-- snippet: prints "0.665" ~53 -->` on the line right after the closing fence — what the
 *   block prints: `"text"` must appear in its output as a whole token, `~N` means some number
 *   in the output rounds to N at N's precision. `<!-- snippet: compile-only -->` keeps a block
 *   that could run from running. The build drops these lines from the page.
 * - front matter `packages: {transformers: "4.57"}` — the import names a page's Python may use
 *   beyond the standard library, NumPy and PyTorch, with the version the code is written for.
 */

export type SnippetLang = 'python' | 'typescript' | 'javascript' | 'json' | 'yaml' | 'other';

export type Expectation = { kind: 'text'; text: string } | { kind: 'approx'; value: string };

export interface Snippet {
  file: string;
  /** 1-based file line of the opening fence. */
  line: number;
  /** 1-based file line of the block's first line of code. */
  codeLine: number;
  lang: SnippetLang;
  /** The fence's info string as written (`python partial`). */
  info: string;
  code: string;
  partial: boolean;
  compileOnly: boolean;
  expects: Expectation[];
  /** 1-based file line of the marker, when there is one. */
  markerLine?: number;
}

export interface SnippetProblem { file: string; line: number; message: string }

export interface PageSnippets {
  file: string;
  snippets: Snippet[];
  /** Import name → version, from the front matter's `packages`. */
  packages: Record<string, string>;
  /** 1-based line of `packages` in the front matter (or 1). */
  packagesLine: number;
  problems: SnippetProblem[];
}

const LANGS: Record<string, SnippetLang> = {
  python: 'python', py: 'python', python3: 'python',
  ts: 'typescript', typescript: 'typescript', tsx: 'typescript',
  js: 'javascript', javascript: 'javascript', jsx: 'javascript', mjs: 'javascript',
  json: 'json', yaml: 'yaml', yml: 'yaml',
};
const FLAGS = new Set(['partial']);

/** A marker line: `<!-- snippet: … -->`, alone on its line. */
export const SNIPPET_MARKER = /^\s*<!--\s*snippet:(.*?)-->\s*$/;

export const isSnippetMarker = (line: string): boolean => SNIPPET_MARKER.test(line);

const md = new MarkdownIt();

/** 0-based lines that belong to a code block (fences included): a marker there is just code. */
function codeLines(tokens: MarkdownIt.Token[]): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) for (let i = t.map[0]; i < t.map[1]; i++) out.add(i);
  }
  return out;
}

/** Blank out marker lines outside code (keeping the line count) so the page never shows them. */
export function stripSnippetMarkers(body: string): string {
  if (!body.includes('snippet:')) return body;
  const inCode = codeLines(md.parse(body, {}));
  return body.split('\n').map((l, i) => (!inCode.has(i) && isSnippetMarker(l) ? '' : l)).join('\n');
}


/** Every fenced block of one Markdown file, with its markers and the page's declared packages. */
export function extractSnippets(file: string, text: string): PageSnippets {
  const problems: SnippetProblem[] = [];
  let body = text;
  let offset = 0;
  let packages: Record<string, string> = {};
  let packagesLine = 1;
  if (/^---\s*(\r?\n|$)/.test(text)) {
    const sink = new ErrorSink();
    const src = parseFrontMatter(file, text, sink);
    problems.push(...sink.errors);
    if (src) {
      body = src.body;
      offset = src.bodyLine;
      const p = src.data.packages;
      if (p !== undefined) {
        packagesLine = src.lineOf('/packages');
        if (p && typeof p === 'object' && !Array.isArray(p)) packages = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]));
        else problems.push({ file, line: packagesLine, message: '"packages" must map import names to versions' });
      }
    }
  }
  const lines = body.split(/\r?\n/);
  const snippets: Snippet[] = [];
  const usedMarkers = new Set<number>();
  const tokens = md.parse(body, {});
  const inCode = codeLines(tokens);
  for (const tok of tokens) {
    if ((tok.type !== 'fence' && tok.type !== 'code_block') || !tok.map) continue;
    if (tok.type === 'code_block') continue; // indented code: not a fenced block
    const words = tok.info.trim().split(/\s+/).filter(Boolean);
    const [langWord = '', ...flags] = words;
    const lang = LANGS[langWord.toLowerCase()] ?? 'other';
    const line = offset + tok.map[0] + 1;
    for (const f of flags) if (!FLAGS.has(f)) problems.push({ file, line, message: `unknown word "${f}" after the language of the fence (only "partial" is known)` });
    const s: Snippet = {
      file, line, codeLine: line + 1, lang, info: tok.info.trim(), code: tok.content,
      partial: flags.includes('partial'), compileOnly: false, expects: [],
    };
    // Marker lines directly after the closing fence belong to this block.
    for (let i = tok.map[1]; i < lines.length && isSnippetMarker(lines[i]); i++) {
      usedMarkers.add(i);
      const markerLine = offset + i + 1;
      s.markerLine ??= markerLine;
      const parsed = parseMarker(SNIPPET_MARKER.exec(lines[i])![1]);
      for (const m of parsed.problems) problems.push({ file, line: markerLine, message: m });
      s.expects.push(...parsed.expects);
      s.compileOnly ||= parsed.compileOnly;
    }
    if (s.expects.length && s.lang !== 'python') problems.push({ file, line: s.markerLine!, message: `"prints" is checked for Python blocks only, not ${langWord || 'an unlabelled block'}` });
    if (s.expects.length && (s.partial || s.compileOnly)) problems.push({ file, line: s.markerLine!, message: 'a block that does not run cannot have "prints": remove "partial"/"compile-only" or the expectation' });
    snippets.push(s);
  }
  lines.forEach((l, i) => {
    if (isSnippetMarker(l) && !usedMarkers.has(i) && !inCode.has(i)) problems.push({ file, line: offset + i + 1, message: 'snippet marker is not on the line right after a code block\'s closing fence' });
  });
  return { file, snippets, packages, packagesLine, problems };
}

/** `prints "a" ~0.5; compile-only` → expectations and flags. */
export function parseMarker(text: string): { expects: Expectation[]; compileOnly: boolean; problems: string[] } {
  const expects: Expectation[] = [];
  const problems: string[] = [];
  let compileOnly = false;
  for (const clause of text.split(';').map((c) => c.trim()).filter(Boolean)) {
    if (clause === 'compile-only') { compileOnly = true; continue; }
    const m = /^prints\s+(.+)$/.exec(clause);
    if (!m) { problems.push(`unknown snippet marker "${clause}" (use prints "…", prints ~N or compile-only)`); continue; }
    const items = m[1].match(/"(?:[^"\\]|\\.)*"|~-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|\S+/gi) ?? [];
    for (const item of items) {
      if (item.startsWith('"') && item.length >= 2) expects.push({ kind: 'text', text: item.slice(1, -1).replace(/\\(.)/g, '$1') });
      else if (/^~-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(item)) expects.push({ kind: 'approx', value: item.slice(1) });
      else problems.push(`cannot read "${item}" in "prints": write "text" or ~number`);
    }
    if (!items.length) problems.push('"prints" needs at least one "text" or ~number');
  }
  return { expects, compileOnly, problems };
}

/** How a Python block is checked, once its imports are known. */
export interface PythonPlan {
  run: boolean;
  /** The heavy libraries a run needs. */
  needs: RunnableLibrary[];
  /** Imports that are neither standard library, NumPy, PyTorch nor declared by the page. */
  undeclared: { name: string; line: number }[];
  /** Libraries the page declares at a version newer than the one installed. */
  tooOld: { lib: RunnableLibrary; need: string; have: string }[];
}

export const RUNNABLE_LIBRARIES = ['numpy', 'torch'] as const;
export type RunnableLibrary = (typeof RUNNABLE_LIBRARIES)[number];

/**
 * Run a block when it is not marked partial or compile-only and imports nothing beyond the
 * standard library, NumPy and PyTorch. Those two need no declaration; a page may still declare
 * one (`torch: "2.0"`) to say the code needs at least that version.
 */
export function planPython(
  s: Snippet, imports: { name: string; line: number }[], stdlib: ReadonlySet<string>, declared: Record<string, string>,
  installed: Partial<Record<RunnableLibrary, string>> = {},
): PythonPlan {
  const needs = RUNNABLE_LIBRARIES.filter((lib) => imports.some((i) => i.name === lib));
  const outside = imports.filter((i) => !stdlib.has(i.name) && !(RUNNABLE_LIBRARIES as readonly string[]).includes(i.name));
  const undeclared = outside.filter((i) => !Object.hasOwn(declared, i.name));
  const tooOld = needs.flatMap((lib) => {
    const need = declared[lib];
    const have = installed[lib];
    return need && have && !versionAtLeast(have, need) ? [{ lib, need, have }] : [];
  });
  return { run: !s.partial && !s.compileOnly && outside.length === 0, needs: [...needs], undeclared, tooOld };
}

/** `1.13.0a0+git` ≥ `2.0`? Compares the numeric parts that `need` gives. */
export function versionAtLeast(have: string, need: string): boolean {
  const h = have.split('.').map((x) => parseInt(x, 10) || 0);
  const n = need.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < n.length; i++) {
    if ((h[i] ?? 0) !== n[i]) return (h[i] ?? 0) > n[i];
  }
  return true;
}

/** Declared packages that no Python block of the page imports. */
export function unusedPackages(declared: Record<string, string>, imported: Iterable<string>): string[] {
  const used = new Set(imported);
  return Object.keys(declared).filter((p) => !used.has(p));
}
