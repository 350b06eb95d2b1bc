import { parseAllDocuments } from 'yaml';
import { compare, readPrinted } from './printed-numbers';
import type { Snippet } from './snippets';

/**
 * The checks of code blocks that need no outside process: what a block printed against its
 * `prints` markers, JSON blocks and YAML blocks (see snippets.ts for the conventions).
 */

/** Whether `out` shows `text` as a whole token (0.5 is not found in 0.55, 10.5 or -0.5). */
export function outputHas(out: string, text: string): boolean {
  if (!text) return true;
  const word = /[A-Za-z0-9_]/;
  const startsWord = word.test(text[0]);
  const startsDigit = /\d/.test(text[0]);
  const endsWord = word.test(text[text.length - 1]);
  for (let i = out.indexOf(text); i >= 0; i = out.indexOf(text, i + 1)) {
    const before = out[i - 1] ?? ' ';
    const after = out.slice(i + text.length, i + text.length + 2);
    const badBefore = (startsWord && word.test(before)) || (startsDigit && (before === '.' || before === '-'));
    const badAfter = endsWord && (word.test(after[0] ?? ' ') || /^\.\d/.test(after));
    if (!badBefore && !badAfter) return true;
  }
  return false;
}

/**
 * Whether some number printed in `out` rounds to `value` at the precision `value` is written
 * with: `~0.17` accepts 0.1678, `~53` accepts 53.25, `~5.9e23` accepts 5.88e+23.
 */
export function outputApprox(out: string, value: string): boolean {
  // The same reading of a printed number, and the same rounding rule, as the worked-number tables.
  const printed = readPrinted(value);
  if ('error' in printed) return false;
  for (const m of out.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)) {
    const n = Number(m[0]);
    if (Number.isFinite(n) && compare(printed, n) === undefined) return true;
  }
  return false;
}

/** The expectations the output does not meet, as messages. */
export function unmetExpectations(s: Snippet, stdout: string): string[] {
  const out: string[] = [];
  for (const e of s.expects) {
    if (e.kind === 'text' && !outputHas(stdout, e.text)) out.push(`expected the output to show "${e.text}"`);
    if (e.kind === 'approx' && !outputApprox(stdout, e.value)) out.push(`expected a number that rounds to ${e.value} in the output`);
  }
  return out;
}

/**
 * A JSON block: one value, or several one after another (messages on the wire). Returns the
 * problem with its 1-based line within the block, or undefined when every value parses.
 */
export function checkJson(code: string): { line: number; message: string } | undefined {
  const values = splitJsonValues(code);
  for (const v of values) {
    try {
      JSON.parse(v.text);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(msg);
      const at = v.start + (pos ? Number(pos[1]) : 0);
      return { line: code.slice(0, at).split('\n').length, message: `JSON: ${msg}` };
    }
  }
  if (!values.length) return { line: 1, message: 'JSON: the block is empty' };
  return undefined;
}

/** Top-level JSON values of `code`: each object or array ends where its brackets close (strings respected). */
function splitJsonValues(code: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let i = 0;
  while (i < code.length) {
    while (i < code.length && /\s/.test(code[i])) i++;
    if (i >= code.length) break;
    const start = i;
    if (code[i] !== '{' && code[i] !== '[') { out.push({ text: code.slice(start), start }); break; }
    let depth = 0;
    let inString = false;
    for (; i < code.length; i++) {
      const c = code[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) break;
    }
    out.push({ text: code.slice(start, i + 1), start });
    i++;
  }
  return out;
}

/** A YAML block (several documents separated by `---` allowed); the first error with its line. */
export function checkYaml(code: string): { line: number; message: string } | undefined {
  for (const doc of parseAllDocuments(code, { prettyErrors: false, uniqueKeys: true })) {
    const err = doc.errors[0];
    if (err) return { line: err.linePos?.[0]?.line ?? code.slice(0, err.pos[0]).split('\n').length, message: `YAML: ${err.message.split('\n')[0]}` };
  }
  return undefined;
}
