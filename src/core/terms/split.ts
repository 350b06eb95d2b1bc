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

/**
 * Atoms of line[from, to). A character loop with no regex and no closures: this runs on every
 * hover, on the line and its neighbours.
 */
export function atomsOfLine(line: string, from = 0, to = line.length): Atom[] {
  const atoms: Atom[] = [];
  let i = from;
  let prevEnd = -1;
  while (i < to) {
    if (!isWordCode(line.charCodeAt(i))) { i++; continue; }
    let e = i;
    while (e < to && isWordCode(line.charCodeAt(e))) e++;
    const gap: Join = prevEnd < 0 ? 'none' : joinAcross(line, prevEnd, i);
    let first = true;
    let s = -1;
    // Parts of the identifier [i, e): cut at `_`, lower→Upper, Upper→Upper+lower and letter↔digit.
    for (let k = i; k <= e; k++) {
      const c = k < e ? line.charCodeAt(k) : 95;
      if (c === 95) {
        if (s >= 0) { push(atoms, line, s, k, first ? gap : line.charCodeAt(s - 1) === 95 ? 'snake' : 'case'); first = false; }
        s = -1;
        continue;
      }
      if (s < 0) { s = k; continue; }
      const p = line.charCodeAt(k - 1);
      const n = k + 1 < e ? line.charCodeAt(k + 1) : 0;
      if ((isLowerCode(p) && isUpperCode(c)) || (isUpperCode(p) && isUpperCode(c) && isLowerCode(n)) || isDigitCode(p) !== isDigitCode(c)) {
        push(atoms, line, s, k, first ? gap : line.charCodeAt(s - 1) === 95 ? 'snake' : 'case');
        first = false;
        s = k;
      }
    }
    prevEnd = e;
    i = e;
  }
  return atoms;
}

function push(atoms: Atom[], line: string, start: number, end: number, join: Join): void {
  const text = line.slice(start, end);
  atoms.push({ text, lower: text.toLowerCase(), start, end, join });
}

const isUpperCode = (c: number) => c >= 65 && c <= 90;
const isLowerCode = (c: number) => c >= 97 && c <= 122;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => isUpperCode(c) || isLowerCode(c) || isDigitCode(c) || c === 95;

/** A single space, hyphen or `@` between words reads as one phrase ("context window", "grouped-query", "pass@k"). */
function joinAcross(line: string, a: number, b: number): Join {
  const len = b - a;
  if (len === 1) { const c = line.charCodeAt(a); return c === 32 || c === 45 || c === 64 ? 'space' : 'none'; }
  return len === 3 && line.charCodeAt(a) === 32 && line.charCodeAt(a + 1) === 45 && line.charCodeAt(a + 2) === 32 ? 'space' : 'none';
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
