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
    const starts: number[] = [];
    const ends: number[] = [];
    const joins: number[] = [];
    let lineNo = 0;
    let pos = 0;
    while (pos <= text.length) {
      if ((lineNo & 1023) === 1023 && isCancelled()) break;
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      if (eol - pos <= MAX_LINE) {
        splitLine(text, pos, eol, starts, ends, joins);
        this.probeLine(text, lineNo, pos, starts, ends, joins, strong, weak);
      }
      lineNo++;
      pos = eol + 1;
    }
    // A term mentioned once in passing does not make a file about the field; one it returns to does.
    const seen = new Map<string, number>();
    for (const o of strong) seen.set(o.term.id, (seen.get(o.term.id) ?? 0) + 1);
    let recurring = 0;
    for (const n of seen.values()) if (n >= 2) recurring++;
    const context = fileContextOf(fieldImportsOf(text), recurring);
    const occurrences = strong.slice();
    if (context.aboutField) {
      const byLine = new Map<number, Occurrence[]>();
      for (const o of strong) (byLine.get(o.line) ?? byLine.set(o.line, []).get(o.line)!).push(o);
      for (const o of weak) if (confirmedNearby(o, byLine)) occurrences.push(o);
    }
    occurrences.sort((a, b) => a.line - b.line || a.start - b.start);
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
    splitLine(line, 0, line.length, this.starts, this.ends, this.joins);
    this.probeLine(line, 0, 0, this.starts, this.ends, this.joins, out, weak);
    return out;
  }

  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly joins: number[] = [];

  private probeLine(
    text: string, lineNo: number, lineStart: number,
    starts: number[], ends: number[], joins: number[], strong: Occurrence[], weak: Occurrence[],
  ): void {
    const n = starts.length;
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

function confirmedNearby(o: Occurrence, byLine: Map<number, Occurrence[]>): boolean {
  for (let l = o.line - CONFIRM_LINES; l <= o.line + CONFIRM_LINES; l++) {
    for (const s of byLine.get(l) ?? []) if (related(s.term, o.term)) return true;
  }
  return false;
}

function related(a: GlossaryTerm, b: GlossaryTerm): boolean {
  return a.id === b.id || (a.part !== undefined && a.part === b.part) || a.chapters.some((c) => b.chapters.includes(c));
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerC = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isUpper(c) || isLowerC(c) || isDigit(c) || c === 95;

/** True when atom `i` starts inside an identifier at a case or digit change (not after `_`). */
function isCaseJoin(text: string, starts: number[], i: number): boolean {
  const s = starts[i];
  return s > 0 && isWord(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 95;
}

/**
 * Atoms of text[from, to) into the three arrays (cleared first): identifier parts split at `_`,
 * lower→Upper, Upper→Upper+lower and letter↔digit, as `splitIdentifier` does.
 */
function splitLine(text: string, from: number, to: number, starts: number[], ends: number[], joins: number[]): void {
  starts.length = 0; ends.length = 0; joins.length = 0;
  let i = from;
  let prevEnd = -1;
  while (i < to) {
    if (!isWord(text.charCodeAt(i))) { i++; continue; }
    // One identifier: [i, e).
    let e = i;
    while (e < to && isWord(text.charCodeAt(e))) e++;
    let join = prevEnd < 0 ? JOIN_NONE : phraseJoin(text, prevEnd, i);
    let s = -1;
    for (let k = i; k <= e; k++) {
      const ch = k < e ? text.charCodeAt(k) : 95;
      if (ch === 95) {
        if (s >= 0) { starts.push(s); ends.push(k); joins.push(join); join = JOIN_INNER; }
        s = -1;
        continue;
      }
      if (s < 0) { s = k; continue; }
      const p = text.charCodeAt(k - 1);
      const nx = k + 1 < e ? text.charCodeAt(k + 1) : 0;
      if ((isLowerC(p) && isUpper(ch)) || (isUpper(p) && isUpper(ch) && isLowerC(nx)) || isDigit(p) !== isDigit(ch)) {
        starts.push(s); ends.push(k); joins.push(join); join = JOIN_INNER;
        s = k;
      }
    }
    prevEnd = e;
    i = e;
  }
}

/** A single space, hyphen, ` - ` or `@` between two words joins them into a phrase. */
function phraseJoin(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 1) { const c = text.charCodeAt(a); return c === 32 || c === 45 || c === 64 ? JOIN_SPACE : JOIN_NONE; }
  if (len === 3 && text.charCodeAt(a) === 32 && text.charCodeAt(a + 1) === 45 && text.charCodeAt(a + 2) === 32) return JOIN_SPACE;
  return JOIN_NONE;
}
