import type { GlossaryTerm } from '../catalog/types';
import { atomsOfLine, type Atom, type Join } from './split';

/** What the matcher found under the cursor. */
export interface TermMatch {
  term: GlossaryTerm;
  /** The matched text's range in the line (UTF-16 offsets, as VS Code counts). */
  start: number;
  end: number;
}

/** Longest name, in atoms, that a term can span (`AutoModelForCausalLMWithValueHead` = 8). */
const MAX_SPAN = 8;
/** Characters around the cursor that are read: enough for MAX_SPAN atoms of long names. */
const NEIGHBOURHOOD = 120;
/** Context lines longer than this (minified or generated code) are not read. */
const MAX_CONTEXT_LINE = 500;

/**
 * Finds the glossary term at a position in one line of code. It reads only that line: the
 * identifier under the cursor, split into atoms, and the longest run of atoms around the
 * cursor that a term knows as an alias. Generic words (`query`, `beta`) are weak aliases: they
 * count only when another, unambiguous term appears on the same line.
 */
export class TermMatcher {
  private readonly byKey = new Map<string, Entry>();

  constructor(terms: readonly GlossaryTerm[]) {
    for (const t of terms) {
      const weak = new Set(t.weakKeys);
      for (const k of t.keys) if (!this.byKey.has(k)) this.byKey.set(k, { term: t, weak: weak.has(k) });
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The term at `character` (0-based) in `line`, or undefined. `context` is a few neighbouring
   * lines: a weak alias may also be confirmed there (a call spread over several lines puts one
   * argument per line).
   */
  match(line: string, character: number, context: readonly string[] = []): TermMatch | undefined {
    // Only the neighbourhood of the cursor can hold the term: a phrase spans at most MAX_SPAN
    // atoms. Cut at non-word characters so no identifier is split at the edge.
    const from = wordBoundaryBefore(line, character - NEIGHBOURHOOD);
    const to = wordBoundaryAfter(line, character + NEIGHBOURHOOD);
    const atoms = atomsOfLine(line, from, to);
    const at = atomIndexAt(atoms, character);
    if (at < 0) return undefined;
    // At the cursor first; a generic word there gives way to a specific term elsewhere in the
    // same name (`_schedule_prefills` is about prefill, not a learning-rate schedule).
    const around = this.longestAround(atoms, at);
    const found = around && !around.weak ? around : this.longestInIdentifier(atoms, at, around !== undefined) ?? around;
    if (!found) return undefined;
    if (found.term.unlessKeys.length && this.vetoed(line, found)) return undefined;
    if (found.weak && !this.confirmed(line, found, context)) return undefined;
    return { term: found.term, start: found.start, end: found.end };
  }

  /** Every span that contains atom `at`, longest first; the first that names a term wins. */
  private longestAround(atoms: Atom[], at: number): (TermMatch & { weak: boolean }) | undefined {
    for (let len = Math.min(MAX_SPAN, atoms.length); len >= 1; len--) {
      for (let from = Math.max(0, at - len + 1); from <= at && from + len <= atoms.length; from++) {
        if (!joinable(atoms, from, from + len - 1)) continue;
        const entry = this.lookup(keyOf(atoms, from, from + len));
        // A generic word fused into a camel-case name (`ValueError`, `highWaterMark`) takes the
        // name's meaning, not the term's; in snake_case (`tokens_per_iter`) it keeps its own.
        if (entry && entry.weak && fusedByCase(atoms, from, from + len - 1)) continue;
        if (entry) return { ...entry, start: atoms[from].start, end: atoms[from + len - 1].end };
      }
    }
    return undefined;
  }

  /**
   * When no span through the cursor names a term, the longest one elsewhere in the same
   * identifier does: hovering `iter` in `tokens_per_iter` is hovering the whole name.
   */
  private longestInIdentifier(atoms: Atom[], at: number, strongOnly: boolean): (TermMatch & { weak: boolean }) | undefined {
    let first = at;
    while (first > 0 && isInner(atoms[first].join)) first--;
    let last = at;
    while (last + 1 < atoms.length && isInner(atoms[last + 1].join)) last++;
    for (let len = Math.min(MAX_SPAN, last - first + 1); len >= 1; len--) {
      for (let from = first; from + len - 1 <= last; from++) {
        const entry = this.lookup(keyOf(atoms, from, from + len));
        if (!entry || (entry.weak && (strongOnly || fusedByCase(atoms, from, from + len - 1)))) continue;
        return { ...entry, start: atoms[from].start, end: atoms[from + len - 1].end };
      }
    }
    return undefined;
  }

  /** True when the line holds a word that gives the term another meaning. */
  private vetoed(line: string, found: TermMatch): boolean {
    const veto = new Set(found.term.unlessKeys);
    const atoms = atomsOfLine(line);
    for (let i = 0; i < atoms.length; i++) {
      let key = '';
      for (let j = i; j < Math.min(atoms.length, i + 3); j++) {
        if (j > i && atoms[j].join === 'none') break;
        key += atoms[j].lower;
        if (veto.has(key)) return true;
      }
    }
    return false;
  }

  /** `key` is already normalised (atoms hold only letters and digits). */
  private lookup(key: string): Entry | undefined {
    if (!key || isDigits(key)) return undefined;
    return this.byKey.get(key)
      ?? (key.length > 4 && key.endsWith('s') ? this.byKey.get(key.slice(0, -1)) : undefined)
      ?? (key.length > 5 && key.endsWith('es') ? this.byKey.get(key.slice(0, -2)) : undefined);
  }

  private confirmed(line: string, found: TermMatch, context: readonly string[]): boolean {
    if (this.hasCorroboration(line, atomsOfLine(line), found)) return true;
    const none = { ...found, start: -1, end: -1 };
    return context.some((l) => l.length <= MAX_CONTEXT_LINE && this.hasCorroboration(l, atomsOfLine(l), none));
  }

  /** True when some other atom of the line starts an unambiguous term. */
  private hasCorroboration(line: string, atoms: Atom[], found: TermMatch): boolean {
    // Text inside string values is data (a model name, a URL, a prompt), not evidence of what
    // the code around it does; comments, code and dictionary keys (`"budget_tokens": …`) are.
    const strings = stringRanges(line).filter(([, e]) => !/^\s*:/.test(line.slice(e + 1)));
    const inString = (a: Atom) => strings.some(([s, e]) => a.start > s && a.end <= e);
    for (let i = 0; i < atoms.length; i++) {
      if (atoms[i].start >= found.start && atoms[i].end <= found.end) continue;
      if (inString(atoms[i])) continue;
      for (let len = 1; len <= MAX_SPAN && i + len <= atoms.length; len++) {
        if (!joinable(atoms, i, i + len - 1)) break;
        const e = this.lookup(keyOf(atoms, i, i + len));
        if (e && !e.weak && related(e.term, found.term)) return true;
      }
    }
    return false;
  }
}

interface Entry { term: GlossaryTerm; weak: boolean }

/** Two terms speak of the same area when they are one term, or share a part of the field or a chapter. */
function related(a: GlossaryTerm, b: GlossaryTerm): boolean {
  return a.id === b.id || (a.part !== undefined && a.part === b.part) || a.chapters.some((c) => b.chapters.includes(c));
}

/** The normalised key of atoms [from, to): their lowercase letters and digits, joined. */
function keyOf(atoms: Atom[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key += atoms[i].lower;
  return key;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/**
 * Ranges [open quote, close quote] of the string literals in one line of Python, JavaScript or
 * TypeScript, stopping at a `#` or `//` comment. An unclosed quote runs to the end of the line.
 */
export function stringRanges(line: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '#' || (c === '/' && line[i + 1] === '/')) break;
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      i++;
      while (i < line.length && line[i] !== c) i += line[i] === '\\' ? 2 : 1;
      out.push([start, Math.min(i, line.length)]);
    }
    i++;
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

function wordBoundaryBefore(line: string, i: number): number {
  if (i <= 0) return 0;
  while (i > 0 && isWordChar(line[i - 1]) && isWordChar(line[i])) i--;
  return i;
}

function wordBoundaryAfter(line: string, i: number): number {
  if (i >= line.length) return line.length;
  while (i < line.length && isWordChar(line[i - 1]) && isWordChar(line[i])) i++;
  return i;
}

/** True when atoms [from, to] continue a longer identifier by a case change on either side. */
const isInner = (j: Join) => j === 'snake' || j === 'case';

function fusedByCase(atoms: Atom[], from: number, to: number): boolean {
  return atoms[from].join === 'case' || (to + 1 < atoms.length && atoms[to + 1].join === 'case');
}

function joinable(atoms: Atom[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (atoms[i].join === 'none') return false;
  return true;
}

/** The atom under the cursor; a cursor just after a word still counts as on it (as in VS Code). */
function atomIndexAt(atoms: Atom[], character: number): number {
  let best = -1;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (character >= a.start && character < a.end) return i;
    if (character === a.end) best = i;
    if (a.start > character) break;
  }
  return best;
}
