/**
 * Cut a line into "atoms": the parts of identifiers and words, with their offsets, so that
 * `past_key_values`, `pastKeyValues`, `PastKeyValues` and `past key values` all yield the
 * same atoms. Between two atoms we remember how they were joined, because only some joins
 * may be read across (inside one identifier, or a space/hyphen inside prose).
 */

/** `snake`: `_` inside an identifier; `case`: a case or digit change inside one; `space`: a phrase gap. */
export type Join = 'snake' | 'case' | 'space' | 'none';

export interface Atom {
  text: string;
  /** `text` in lower case: the form the glossary keys use. */
  lower: string;
  start: number;
  end: number;
  /** How this atom is joined to the previous one. */
  join: Join;
}

const WORD = /[A-Za-z0-9_]+/g;

export function atomsOfLine(line: string, from = 0, to = line.length): Atom[] {
  const atoms: Atom[] = [];
  let prevEnd = -1;
  const region = from === 0 && to === line.length ? line : line.slice(from, to);
  for (const m of region.matchAll(WORD)) {
    const start = (m.index ?? 0) + from;
    const gap = prevEnd < 0 ? '' : line.slice(prevEnd, start);
    let first = true;
    for (const part of splitIdentifier(m[0], start)) {
      const inner: Join = line[part.start - 1] === '_' ? 'snake' : 'case';
      atoms.push({ ...part, lower: part.text.toLowerCase(), join: first ? joinAcross(gap) : inner });
      first = false;
    }
    prevEnd = start + m[0].length;
  }
  return atoms;
}

/** A single space, hyphen or `@` between words reads as one phrase ("context window", "grouped-query", "pass@k"). */
function joinAcross(gap: string): Join {
  return gap === ' ' || gap === '-' || gap === ' - ' || gap === '@' ? 'space' : 'none';
}

/** Split one identifier at `_`, lower→Upper, Upper→Upper+lower (acronyms) and letter↔digit boundaries. */
export function splitIdentifier(word: string, offset = 0): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0 && end > start) out.push({ text: word.slice(start, end), start: offset + start, end: offset + end });
    start = -1;
  };
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '_') { flush(i); continue; }
    if (start < 0) { start = i; continue; }
    const p = word[i - 1];
    const n = word[i + 1] ?? '';
    const boundary =
      (isLower(p) && isUpper(c)) ||
      (isUpper(p) && isUpper(c) && isLower(n)) ||
      (isDigit(p) !== isDigit(c) && p !== '_');
    if (boundary) { flush(i); start = i; }
  }
  flush(word.length);
  return out;
}

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isDigit = (c: string) => c >= '0' && c <= '9';
