/**
 * Cut a line into "atoms": the parts of identifiers and words, with their offsets, so that
 * `past_key_values`, `pastKeyValues`, `PastKeyValues` and `past key values` all yield the
 * same atoms. Between two atoms we remember how they were joined, because only some joins
 * may be read across (inside one identifier, or a space/hyphen inside prose).
 */

/**
 * How an atom is joined to the one before it: `snake` by `_` inside an identifier, `case` by a
 * case or digit change inside one, `space` by a phrase gap, `none` not at all.
 */
export const JOIN_NONE = 0;
export const JOIN_SNAKE = 1;
export const JOIN_CASE = 2;
export const JOIN_SPACE = 3;

/** Atoms of one line as parallel typed arrays, reused from line to line (no allocation per atom). */
export class AtomBuffer {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  joins = new Uint8Array(256);
  n = 0;

  push(start: number, end: number, join: number): void {
    if (this.n === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
      this.starts = grow(this.starts, new Int32Array(this.n * 2));
      this.ends = grow(this.ends, new Int32Array(this.n * 2));
      this.joins = grow(this.joins, new Uint8Array(this.n * 2));
    }
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.joins[this.n] = join;
    this.n++;
  }
}

/** Character classes of ASCII: 0 other, 1 lower, 2 upper, 3 digit, 4 underscore. */
const CLS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLS[c] = 1;
for (let c = 65; c <= 90; c++) CLS[c] = 2;
for (let c = 48; c <= 57; c++) CLS[c] = 3;
CLS[95] = 4;

/**
 * The one splitter: atoms of text[from, to) into `atoms` (cleared first). Each identifier is read
 * once, cut at `_`, lower→Upper, Upper→Upper+lower (acronyms) and letter↔digit, as
 * `splitIdentifier` does; the scanner and the matcher both use it.
 */
export function splitAtoms(text: string, from: number, to: number, atoms: AtomBuffer): void {
  atoms.n = 0;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let cl = classOf(c);
    if (cl === 0) { i++; continue; }
    // The first part is joined by the gap before the identifier; later ones by `_` or a case
    // change. No closure per identifier: the loop runs for every name of every line scanned.
    let join = prevEnd < 0 ? JOIN_NONE : joinAcross(text, prevEnd, i);
    let s = cl === 4 ? -1 : i;
    let prev = cl;
    for (i++; i < to; i++) {
      c = text.charCodeAt(i);
      cl = classOf(c);
      if (cl === 0) break;
      if (cl === 4) {
        if (s >= 0) { atoms.push(s, i, join); join = JOIN_SNAKE; s = -1; }
      } else if (s < 0) {
        s = i;
      } else if ((prev === 1 && cl === 2) || ((prev === 3) !== (cl === 3)) || (prev === 2 && cl === 2 && i + 1 < to && classOf(text.charCodeAt(i + 1)) === 1)) {
        atoms.push(s, i, join); join = JOIN_CASE; s = i;
      }
      prev = cl;
    }
    if (s >= 0) atoms.push(s, i, join);
    prevEnd = i;
  }
}

/** A character's class in CLS (0 for anything outside ASCII). */
function classOf(c: number): number {
  return c < 128 ? CLS[c] : 0;
}

/** A single space, hyphen, ` - ` or `@` between words reads as one phrase ("context window", "grouped-query", "pass@k"). */
function joinAcross(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 1) { const c = text.charCodeAt(a); return c === 32 || c === 45 || c === 64 ? JOIN_SPACE : JOIN_NONE; }
  return len === 3 && text.charCodeAt(a) === 32 && text.charCodeAt(a + 1) === 45 && text.charCodeAt(a + 2) === 32 ? JOIN_SPACE : JOIN_NONE;
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

/** What comes just before or after a module's name where an import binds it. */
const BOUND_AFTER_AS = /\bas[ \t]+$/;
const BOUND_BY_REQUIRE = /^[ \t]*=[ \t]*(?:__import\w*\()?require\b/;

/**
 * True when the identifier holding position `at` of `text` (within [lineStart, lineEnd)) is one
 * of `aliases`, used as a name of its own to reach a member (`jnp` in `jnp.sum(x)`, not `softmax`
 * in `torch.softmax(x)`) or where the import binds it (`import jax.numpy as jnp`,
 * `import * as tf from`, `const openai_1 = require(…)`).
 */
export function isAliasAt(aliases: ReadonlySet<string>, text: string, at: number, lineStart = 0, lineEnd = text.length): boolean {
  let to = at;
  while (to < lineEnd && isIdCode(text.charCodeAt(to))) to++;
  let from = at;
  while (from > lineStart && isIdCode(text.charCodeAt(from - 1))) from--;
  if (text.charCodeAt(to) === 46 /* . */) {
    if (from > lineStart && text.charCodeAt(from - 1) === 46) return false;
    return hasNameAt(aliases, text, from, to);
  }
  if (!hasNameAt(aliases, text, from, to)) return false;
  return BOUND_AFTER_AS.test(text.slice(Math.max(lineStart, from - 8), from))
    || BOUND_BY_REQUIRE.test(text.slice(to, Math.min(lineEnd, to + 40)));
}

/**
 * True when text[from, to) is one of `names`. Most names of a line are in no such set, and
 * their length already says so: the string is cut out only when a name of that length exists.
 */
export function hasNameAt(names: ReadonlySet<string>, text: string, from: number, to: number): boolean {
  return (lengthsOf(names) & lengthBit(to - from)) !== 0 && names.has(text.slice(from, to));
}

/** The lengths of a set's names as bits (bit 31: 31 characters or more), computed once per set. */
const aliasLengths = new WeakMap<ReadonlySet<string>, number>();
function lengthsOf(aliases: ReadonlySet<string>): number {
  let bits = aliasLengths.get(aliases);
  if (bits === undefined) {
    bits = 0;
    for (const a of aliases) bits |= lengthBit(a.length);
    aliasLengths.set(aliases, bits);
  }
  return bits;
}
const lengthBit = (n: number): number => 1 << Math.min(n, 31);

/** A-Z, a-z, 0-9, `_` or `$`: a character that continues a name. */
export function isIdCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
