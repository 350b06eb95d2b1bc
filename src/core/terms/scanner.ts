/**
 * The whole-file term scanner behind "Concepts in this file" and the hover's file context.
 * One pass: each line is cut into atoms once (a character loop, no regex), and every candidate
 * span costs one hash probe. The table holds every key and every character prefix of a key, so
 * a span grows only while it can still become a term; most atoms (`self`, `x`, `return`) cost
 * exactly one probe.
 */
import type { GlossaryTerm } from '../catalog/types';
import { fieldImportsOf, fileContextOf, type FileContext } from './fileContext';
import { KeyTable, NONE, ROOT } from './keyTable';

/** Longest name, in atoms, a term can span (the matcher uses the same bound). */
const MAX_SPAN = 8;
/** Lines longer than this (minified or generated code) are skipped. */
const MAX_LINE = 2000;
/** Lines on each side where a related unambiguous term confirms a generic word. */
const CONFIRM_LINES = 2;

export interface Occurrence {
  term: GlossaryTerm;
  line: number;
  start: number;
  end: number;
  /** Matched by a generic word (confirmed by the file and a related term nearby). */
  weak: boolean;
}

export interface ScanResult {
  occurrences: Occurrence[];
  context: FileContext;
}


/** Join codes between atoms: inside one identifier, across a phrase gap, or not joinable. */
const JOIN_NONE = 0;
const JOIN_INNER = 1;
const JOIN_SPACE = 2;

export class TermScanner {
  private readonly table: KeyTable;

  constructor(terms: readonly GlossaryTerm[] | KeyTable) {
    this.table = terms instanceof KeyTable ? terms : new KeyTable(terms);
  }

  /** Every term occurrence in `text`, and what the text says about the file it is. */
  scan(text: string, isCancelled: () => boolean = () => false): ScanResult {
    const strong: Occurrence[] = [];
    const weak: Occurrence[] = [];
    const atoms = this.atoms;
    let lineNo = 0;
    let pos = 0;
    while (pos <= text.length) {
      if ((lineNo & 1023) === 1023 && isCancelled()) break;
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      if (eol - pos <= MAX_LINE) {
        splitLine(text, pos, eol, atoms);
        this.probeLine(text, lineNo, pos, atoms, strong, weak);
      }
      lineNo++;
      pos = eol + 1;
    }
    // A term mentioned once in passing does not make a file about the field; one it returns to does.
    const seen = new Map<string, number>();
    for (const o of strong) seen.set(o.term.id, (seen.get(o.term.id) ?? 0) + 1);
    let recurring = 0;
    for (const n of seen.values()) if (n >= 2) recurring++;
    const context: FileContext = { ...fileContextOf(fieldImportsOf(text), recurring), strongOnLine: (line) => onLine(strong, line) };
    if (!context.aboutField || weak.length === 0) return { occurrences: strong, context };
    // A generic word is confirmed by a related unambiguous term within CONFIRM_LINES lines; both
    // lists are in text order, so one window slides along the strong ones.
    const confirmed: Occurrence[] = [];
    let lo = 0;
    for (const o of weak) {
      while (lo < strong.length && strong[lo].line < o.line - CONFIRM_LINES) lo++;
      for (let k = lo; k < strong.length && strong[k].line <= o.line + CONFIRM_LINES; k++) {
        if (related(strong[k].term, o.term)) { confirmed.push(o); break; }
      }
    }
    // Both lists are in text order already: merge them rather than sort.
    const occurrences: Occurrence[] = [];
    let a = 0;
    let b = 0;
    while (a < strong.length || b < confirmed.length) {
      const x = strong[a];
      const y = confirmed[b];
      if (y === undefined || (x !== undefined && (x.line < y.line || (x.line === y.line && x.start < y.start)))) { occurrences.push(x); a++; } else { occurrences.push(y); b++; }
    }
    return { occurrences, context };
  }

  /**
   * The unambiguous terms one line names, left to right, longest first (what a generic word's
   * neighbourhood says). Reuses its buffers: no allocation but the results.
   */
  strongSpansOfLine(line: string): Occurrence[] {
    const out: Occurrence[] = [];
    const weak: Occurrence[] = [];
    if (line.length > MAX_LINE) return out;
    splitLine(line, 0, line.length, this.atoms);
    this.probeLine(line, 0, 0, this.atoms, out, weak);
    return out;
  }

  private readonly atoms = new AtomBuffer();

  private probeLine(
    text: string, lineNo: number, lineStart: number,
    atoms: AtomBuffer, strong: Occurrence[], weak: Occurrence[],
  ): void {
    const { starts, ends, joins, n } = atoms;
    let i = 0;
    while (i < n) {
      let node = this.table.walk(ROOT, text, starts[i], ends[i]);
      let best = -1;
      let bestNode = NONE;
      let j = i;
      while (node !== NONE) {
        if (this.table.termAt(node)) { best = j; bestNode = node; }
        if (!this.table.continues(node) || j + 1 >= n || j + 1 - i >= MAX_SPAN || joins[j + 1] === JOIN_NONE) break;
        j++;
        node = this.table.walk(node, text, starts[j], ends[j]);
      }
      const term = bestNode === NONE ? undefined : this.table.termAt(bestNode);
      if (term) {
        const isWeak = this.table.isWeak(bestNode);
        // A generic word fused into a camel-case name (`ValueError`) takes the name's meaning.
        const fused = isWeak && (isCaseJoin(text, starts, i) || (best + 1 < n && isCaseJoin(text, starts, best + 1)));
        if (!fused) {
          const o: Occurrence = { term, line: lineNo, start: starts[i] - lineStart, end: ends[best] - lineStart, weak: isWeak };
          (isWeak ? weak : strong).push(o);
        }
        i = best + 1;
      } else i++;
    }
  }
}


function related(a: GlossaryTerm, b: GlossaryTerm): boolean {
  return a.id === b.id || (a.part !== undefined && a.part === b.part) || a.chapters.some((c) => b.chapters.includes(c));
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerC = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isUpper(c) || isLowerC(c) || isDigit(c) || c === 95;

/** True when atom `i` starts inside an identifier at a case or digit change (not after `_`). */
function isCaseJoin(text: string, starts: Int32Array, i: number): boolean {
  const s = starts[i];
  return s > 0 && isWord(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 95;
}

/**
 * Atoms of text[from, to) into the three arrays (cleared first): identifier parts split at `_`,
 * lower→Upper, Upper→Upper+lower and letter↔digit, as `splitIdentifier` does.
 */
/** Atoms of one line as parallel typed arrays, reused from line to line (no allocation per atom). */
class AtomBuffer {
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

/** The occurrences of one line in a list sorted by line: found by binary search, no index built. */
function onLine(list: readonly Occurrence[], line: number): Occurrence[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].line < line) lo = mid + 1; else hi = mid; }
  let end = lo;
  while (end < list.length && list[end].line === line) end++;
  return list.slice(lo, end);
}

/** Character classes of ASCII: 0 other, 1 lower, 2 upper, 3 digit, 4 underscore. */
const CLS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLS[c] = 1;
for (let c = 65; c <= 90; c++) CLS[c] = 2;
for (let c = 48; c <= 57; c++) CLS[c] = 3;
CLS[95] = 4;

function splitLine(text: string, from: number, to: number, atoms: AtomBuffer): void {
  atoms.n = 0;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    let cl = c < 128 ? CLS[c] : 0;
    if (cl === 0) { i++; continue; }
    // One identifier from i, read once: cut at `_`, lower→Upper, Upper→Upper+lower and letter↔digit.
    let join = prevEnd < 0 ? JOIN_NONE : phraseJoin(text, prevEnd, i);
    let s = cl === 4 ? -1 : i;
    let prev = cl;
    for (i++; i < to; i++) {
      c = text.charCodeAt(i);
      cl = c < 128 ? CLS[c] : 0;
      if (cl === 0) break;
      if (cl === 4) {
        if (s >= 0) { atoms.push(s, i, join); join = JOIN_INNER; s = -1; }
      } else if (s < 0) {
        s = i;
      } else if ((prev === 1 && cl === 2) || ((prev === 3) !== (cl === 3))) {
        atoms.push(s, i, join); join = JOIN_INNER; s = i;
      } else if (prev === 2 && cl === 2 && i + 1 < to) {
        const n = text.charCodeAt(i + 1);
        if (n < 128 && CLS[n] === 1) { atoms.push(s, i, join); join = JOIN_INNER; s = i; }
      }
      prev = cl;
    }
    if (s >= 0) atoms.push(s, i, join);
    prevEnd = i;
  }
}

/** A single space, hyphen, ` - ` or `@` between two words joins them into a phrase. */
function phraseJoin(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 1) { const c = text.charCodeAt(a); return c === 32 || c === 45 || c === 64 ? JOIN_SPACE : JOIN_NONE; }
  if (len === 3 && text.charCodeAt(a) === 32 && text.charCodeAt(a + 1) === 45 && text.charCodeAt(a + 2) === 32) return JOIN_SPACE;
  return JOIN_NONE;
}
