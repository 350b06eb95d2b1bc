import type { ErrorSink } from './diagnostics';
import { isPlainObject, parseYaml } from './frontmatter';
import { evaluate, ExprError, NAME, RESERVED_NAMES } from './numbers';
import { compare, occursIn, readPrinted, type Rule } from './printed-numbers';
import { numbersSchema, validateAgainst } from './schemas';
import type { Doc, SourceFile } from './sources';

/**
 * Worked numbers: `ch-08.numbers.yaml` beside `ch-08.md` lists the numbers the page prints,
 * each with the arithmetic that gives it. Every value is recomputed (numbers.ts) and must
 * print as the page prints it, and must occur in the page's text (body, quiz, summary), so the
 * prose and the table cannot drift apart. Errors are reported at the table's lines and name the page.
 *
 * ```yaml
 * - let: {d: 4096, L: 32}            # constants (expressions too), usable by later entries
 * - value: "524,288"                 # exactly as the page prints it
 *   expr: 2 * L * d * 2
 *   name: kv_bytes                   # optional: later entries may use it
 *   rounding: up                     # optional: nearest (default), up, down
 *   tolerance: 2%                    # optional, instead of the printed precision
 * ```
 */

export const NUMBERS_FILE = /\.numbers\.ya?ml$/;

/** `content/volumes/vol-2/ch-08.numbers.yaml` → `content/volumes/vol-2/ch-08.md`. */
export const pageOfTable = (path: string): string => path.replace(NUMBERS_FILE, '.md');

/** Everything a page says in words: its body, quiz questions and answers, summary. */
export function pageText(doc: Doc): string {
  const quiz = (doc.src.data.quiz as { q: string; a: string }[] | undefined) ?? [];
  return [doc.src.body, ...quiz.flatMap((i) => [i.q, i.a]), String(doc.src.data.summary ?? '')].join('\n');
}

export interface NumbersChecked { tables: number; entries: number }

/**
 * Check every table against its page. `docs` are the pages that compiled; `paths` every file
 * read, so a table whose page exists but failed earlier checks is skipped, not reported twice.
 */
export function checkNumberTables(tables: SourceFile[], docs: Doc[], paths: ReadonlySet<string>, sink: ErrorSink): NumbersChecked {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  let entries = 0;
  for (const t of tables) {
    const page = pageOfTable(t.path);
    const doc = byFile.get(page);
    if (!doc) {
      if (!paths.has(page)) sink.add(t.path, 1, `a numbers table needs its page beside it: no ${page}`);
      continue;
    }
    entries += checkNumberTable(t, page, pageText(doc), sink);
  }
  return { tables: tables.length, entries };
}

/** Check one table against the text of its page; returns the number of values checked. */
export function checkNumberTable(t: SourceFile, page: string, text: string, sink: ErrorSink): number {
  const parsed = parseYaml(t.path, t.text, 0, sink);
  if (!parsed) return 0;
  const problems = validateAgainst(numbersSchema, parsed.data);
  for (const e of problems) sink.add(t.path, parsed.lineOf(e.path), e.message.replace('front matter', 'the table'));
  if (problems.length || !Array.isArray(parsed.data)) return 0;
  const env = new Map<string, number>();
  const define = (name: string, value: number, line: number): void => {
    if (RESERVED_NAMES.has(name)) sink.add(t.path, line, `"${name}" is a built-in function or constant: choose another name`);
    else if (env.has(name)) sink.add(t.path, line, `"${name}" is defined twice`);
    else env.set(name, value);
  };
  const run = (expr: unknown, what: string, line: number): number | undefined => {
    try {
      return evaluate(String(expr), env);
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      sink.add(t.path, line, `${what}: ${e.message} (column ${e.column} of "${String(expr)}")`);
      return undefined;
    }
  };
  let checked = 0;
  parsed.data.forEach((item: unknown, i: number) => {
    if (!isPlainObject(item)) return;
    const line = parsed.lineOf(`/${i}`);
    if (item.let !== undefined) {
      if (item.value !== undefined || item.expr !== undefined) {
        sink.add(t.path, line, 'an entry is either "let" (constants) or "value" with "expr", not both');
        return;
      }
      for (const [name, expr] of Object.entries(item.let as Record<string, unknown>)) {
        const at = parsed.lineOf(`/${i}/let/${encodeURIComponent(name)}`);
        if (!NAME.test(name)) { sink.add(t.path, at, `"${name}" is not a name (letters, digits and _, not starting with a digit)`); continue; }
        const v = run(expr, `let ${name}`, at);
        if (v !== undefined) define(name, v, at);
      }
      return;
    }
    if (item.value === undefined || item.expr === undefined) {
      sink.add(t.path, line, `an entry needs "value" (as the page prints it) and "expr" (the arithmetic that gives it), or "let"`);
      return;
    }
    const valueLine = parsed.lineOf(`/${i}/value`);
    if (typeof item.value !== 'string') {
      sink.add(t.path, valueLine, `value ${String(item.value)} must be quoted text, exactly as the page prints it ("${String(item.value)}")`);
      return;
    }
    const label = `"${item.value}" in ${page}`;
    const printed = readPrinted(item.value);
    if ('error' in printed) { sink.add(t.path, valueLine, printed.error); return; }
    checked++;
    if (!occursIn(text, printed.search)) {
      sink.add(t.path, valueLine, `"${printed.search}" does not occur in ${page} (body, quiz or summary): the page and its table disagree`);
    }
    const computed = run(item.expr, label, parsed.lineOf(`/${i}/expr`));
    if (computed === undefined) return;
    const wrong = compare(printed, computed, { rounding: item.rounding as Rule['rounding'], tolerance: item.tolerance as Rule['tolerance'] });
    if (wrong) sink.add(t.path, valueLine, `${label}: ${wrong}`);
    if (typeof item.name === 'string') define(item.name, computed, parsed.lineOf(`/${i}/name`));
  });
  return checked;
}
