import type { GlossaryTerm } from '../catalog/types';
import { fileConfirms, isClassNameAt, isFieldMemberAt, namesLibraryAt, type FileContext } from './fileContext';
import { KeyTable, NONE, ROOT } from './keyTable';
import { CONFIRM_LINES, identifierAround, isOnePart, MAX_CONTEXT_LINE, MAX_LINE, MAX_SPAN, NAMESPACE_NAMES, related, senseByEvidence, spanKey, TermScanner } from './scanner';
import { AtomBuffer, isAliasAt, JOIN_CASE, JOIN_NONE, splitAtoms } from './split';

/** What the matcher found under the cursor. */
export interface TermMatch {
  term: GlossaryTerm;
  /** The matched text's range in the line (UTF-16 offsets, as VS Code counts). */
  start: number;
  end: number;
}

/** Characters around the cursor that are read: enough for MAX_SPAN atoms of long names. */
const NEIGHBOURHOOD = 120;

/**
 * Finds the glossary term at a position in one line of code. It reads only that line: the
 * identifier under the cursor, split into atoms, and the longest run of atoms around the
 * cursor that a term knows as an alias. Generic words (`query`, `beta`) are weak aliases: they
 * count only when another, unambiguous term appears on the same line.
 */
export class TermMatcher {
  readonly table: KeyTable;
  /**
   * The whole-file scanner over the same table: the matcher reads a generic word's neighbouring
   * lines with it, and callers that also scan documents use it rather than build a second trie.
   */
  readonly scanner: TermScanner;
  private readonly vetoes = new WeakMap<GlossaryTerm, Set<string>>();

  constructor(terms: readonly GlossaryTerm[]) {
    this.table = new KeyTable(terms);
    this.scanner = new TermScanner(this.table);
  }

  get size(): number {
    return this.table.size;
  }

  /**
   * The term at `character` (0-based) in `line`, or undefined. `context` is a few neighbouring
   * lines: a weak alias may also be confirmed there (a call spread over several lines puts one
   * argument per line). `file`, when known, says whether the file is about the field: where it
   * is not, only names of two or more parts (`past_key_values`, `top_p`) speak; a single word
   * (`token`, `key`, `cache`) there means what the rest of that code means by it.
   */
  match(line: string, character: number, context: readonly string[] = [], file?: FileContext, lineNo?: number): TermMatch | undefined {
    // A line this long is minified or generated code: not read, so no call costs more than a
    // line of MAX_LINE characters (the hover and the scanner skip the same lines).
    if (line.length > MAX_LINE) return undefined;
    // Only the neighbourhood of the cursor can hold the term: a phrase spans at most MAX_SPAN
    // atoms. Cut at non-word characters so no identifier is split at the edge.
    const from = wordBoundaryBefore(line, character - NEIGHBOURHOOD);
    const to = wordBoundaryAfter(line, character + NEIGHBOURHOOD);
    const atoms = this.atoms;
    splitAtoms(line, from, to, atoms);
    const at = atomIndexAt(atoms, line, character);
    if (at < 0) return undefined;
    // At the cursor first; a generic word there gives way to a specific term elsewhere in the
    // same name (`_schedule_prefills` is about prefill, not a learning-rate schedule).
    const best = this.best;
    this.longestAround(line, at);
    if (best.node === NONE || this.table.isWeak(best.node)) {
      const around = best.node === NONE ? undefined : { ...best };
      this.longestInIdentifier(line, at, around !== undefined);
      if (best.node === NONE && around) Object.assign(best, around);
    }
    if (best.node === NONE) return undefined;
    if (file?.prefixes && !this.table.isWeak(best.node)) this.pastNamespace(line, at, file.prefixes);
    if (file?.moduleAliases && isAliasAt(file.moduleAliases, line, atoms.starts[best.from])) return undefined;
    // A library's name (`from transformers import`) names the library: a plural the table
    // formed itself (the architecture's `transformers`) does not explain it.
    if (best.from === best.to && this.table.isFormedPlural(best.node) && namesLibraryAt(line, atoms.starts[best.from], atoms.ends[best.to])) return undefined;
    const weak = this.table.isWeak(best.node);
    if (weak && this.scanner.meansSomethingElse(line, atoms, best.from, best.to, best.node, file)) return undefined;
    if (this.scanner.namesSomethingElse(line, atoms, best.from, best.to)) return undefined;
    const start = atoms.starts[best.from];
    const end = atoms.ends[best.to];
    const senses = this.table.sensesAt(best.node);
    const term = senses ? this.senseOf(senses, line, start, end, context, file, lineNo) : this.table.termAt(best.node)!;
    const found: TermMatch = { term, start, end };
    // Outside the field only names of two or more parts speak, and not a phrase of everyday
    // words in prose ("the LZ77 sliding window" of a compressor), which means what it says there.
    if (file && !file.aboutField && (weak || isOnePart(line, atoms, best.from, best.to) || this.scanner.isEverydayPhrase(line, atoms, best.from, best.to))) return undefined;
    // The neighbourhood's atoms serve the veto too when they cover the whole line.
    if (term.unlessKeys.length && this.vetoed(line, found, from === 0 && to === line.length)) return undefined;
    if (weak && !((file === undefined || file.aboutField) && this.table.speaksInField(best.node)) && !fileConfirms(file, term)
      && !isFieldMemberAt(line, start, end, file) && !(file?.aboutField && isClassNameAt(line, start, end)) && !this.confirmed(line, found, context, file, lineNo)) return undefined;
    return found;
  }

  /** Atoms of the line being matched, reused from call to call (no object per atom). */
  private readonly atoms = new AtomBuffer();
  /** The best span found so far: atoms [from, to] and the trie node of the term it names. */
  private readonly best = { from: 0, to: 0, node: NONE };

  /** The longest span through atom `at` that names a term (the leftmost of equal ones), into `best`. */
  private longestAround(line: string, at: number): void {
    const best = this.best;
    best.node = NONE;
    for (let from = Math.max(0, at - MAX_SPAN + 1); from <= at; from++) {
      // A generic word fused into a camel-case name (`ValueError`, `highWaterMark`) takes the
      // name's meaning, not the term's; in snake_case (`tokens_per_iter`) it keeps its own.
      this.spansFrom(line, from, Math.min(this.atoms.n - 1, from + MAX_SPAN - 1), at, false);
    }
  }

  /**
   * When no span through the cursor names a term, the longest one elsewhere in the same
   * identifier does: hovering `iter` in `tokens_per_iter` is hovering the whole name.
   */
  private longestInIdentifier(line: string, at: number, strongOnly: boolean): void {
    const [first, last] = identifierAround(this.atoms, at);
    this.best.node = NONE;
    for (let from = first; from <= last; from++) this.spansFrom(line, from, Math.min(last, from + MAX_SPAN - 1), from, strongOnly);
  }

  /**
   * A name that begins many identifiers of the file (`TextGeneration` in every type of a
   * text-generation API, `anthropic` in every schema of a provider) is their namespace, not what
   * one of them means: when `best` is such a prefix, the unambiguous span ending furthest right
   * in the identifier (the longest of those ending there) replaces it
   * (`TextGenerationStreamPrefillToken` is a prefill token).
   */
  private pastNamespace(line: string, at: number, prefixes: ReadonlyMap<string, number>): void {
    const { starts, ends } = this.atoms;
    const best = this.best;
    const [first, last] = identifierAround(this.atoms, at);
    if (best.from !== first || best.to === last) return;
    if ((prefixes.get(spanKey(line, this.atoms, best.from, best.to)) ?? 0) < NAMESPACE_NAMES) return;
    let headFrom = -1;
    let headTo = -1;
    let head = NONE;
    for (let from = best.to + 1; from <= last; from++) {
      let node = ROOT;
      for (let to = from; to <= last && to < from + MAX_SPAN; to++) {
        node = this.table.walk(node, line, starts[to], ends[to]);
        if (node === NONE) break;
        if (this.table.termAt(node) && !this.table.isWeak(node) && to > headTo) { headFrom = from; headTo = to; head = node; }
        if (!this.table.continues(node)) break;
      }
    }
    if (head !== NONE) { best.from = headFrom; best.to = headTo; best.node = head; }
  }

  /**
   * Every span [from, to] (reaching at least `atLeast`, to ≤ limit, joinable) that names a term
   * and is longer than the best so far becomes the best. The span grows one atom at a time and
   * stops as soon as no alias starts with it: one walk per atom tried.
   */
  private spansFrom(line: string, from: number, limit: number, atLeast: number, strongOnly: boolean): void {
    const { starts, ends, joins, n } = this.atoms;
    const best = this.best;
    let node = ROOT;
    for (let to = from; to <= limit; to++) {
      if (to > from && joins[to] === JOIN_NONE) return;
      node = this.table.walk(node, line, starts[to], ends[to]);
      if (node === NONE) return;
      if (to >= atLeast && this.table.termAt(node)) {
        const weak = this.table.isWeak(node);
        const fused = weak && (joins[from] === JOIN_CASE || (to + 1 < n && joins[to + 1] === JOIN_CASE));
        if (!(weak && (strongOnly || fused)) && (best.node === NONE || to - from > best.to - best.from)) {
          best.from = from; best.to = to; best.node = node;
        }
      }
      if (!this.table.continues(node)) return;
    }
  }

  /**
   * The sense of a shared word (`top_k` in sampling or in retrieval), from the terms of its line,
   * of the CONFIRM_LINES lines around it and of the file (see senseByEvidence). With the file's
   * scan, those are the scan's: the hover and "Concepts in this file" then agree.
   */
  private senseOf(senses: readonly GlossaryTerm[], line: string, start: number, end: number,
    context: readonly string[], file?: FileContext, lineNo?: number): GlossaryTerm {
    const scanned = scanOf(file, lineNo);
    // Another shared word (`self.top_k` beside `torch.topk`) is as ambiguous as this one: only
    // names of one term are evidence.
    const onLine = () => (scanned?.(lineNo!) ?? this.scanner.strongSpansOfLine(line)).filter((o) => !o.shared && (o.start < start || o.end > end)).map((o) => o.term);
    const near = () => {
      const out: GlossaryTerm[] = [];
      for (const { text, spans } of nearLines(context, scanned, lineNo)) for (const o of spans ?? this.scanner.strongSpansOfLine(text)) if (!o.shared) out.push(o.term);
      return out;
    };
    return senseByEvidence(senses, onLine, near, file?.senseEvidence ?? []);
  }

  /** True when the line holds a word that gives the term another meaning. */
  private vetoed(line: string, found: TermMatch, atomsCoverLine: boolean): boolean {
    let veto = this.vetoes.get(found.term);
    if (!veto) { veto = new Set(found.term.unlessKeys); this.vetoes.set(found.term, veto); }
    const atoms = this.atoms;
    if (!atomsCoverLine) splitAtoms(line, 0, line.length, atoms);
    const { starts, ends, joins, n } = atoms;
    for (let i = 0; i < n; i++) {
      let key = '';
      for (let j = i; j < Math.min(n, i + 3); j++) {
        if (j > i && joins[j] === JOIN_NONE) break;
        key += line.slice(starts[j], ends[j]).toLowerCase();
        if (veto.has(key)) return true;
      }
    }
    return false;
  }

  /**
   * A related unambiguous term on the line or its neighbours confirms a generic word. `context`
   * holds the neighbours in order, up to two lines before and two after the cursor's (fewer at
   * the file's edges). When the file's scan and the line number are known, the terms of those
   * lines come from the scan, which is not read again.
   */
  private confirmed(line: string, found: TermMatch, context: readonly string[], file?: FileContext, lineNo?: number): boolean {
    const scanned = scanOf(file, lineNo);
    if (this.hasCorroboration(line, scanned?.(lineNo!), found.start, found.end, found.term)) return true;
    return nearLines(context, scanned, lineNo).some(({ text, spans }) => this.hasCorroboration(text, spans, -1, -1, found.term));
  }

  /**
   * True when the line names an unambiguous term related to `term` outside [start, end). Text
   * inside string values is data (a model name, a URL, a prompt), not evidence of what the code
   * around it does; comments, code and dictionary keys (`"budget_tokens": …`) are. The string
   * ranges are worked out only when a related term is seen.
   */
  private hasCorroboration(line: string, spans: readonly { term: GlossaryTerm; start: number; end: number }[] | undefined,
    start: number, end: number, term: GlossaryTerm): boolean {
    let strings: [number, number][] | undefined;
    for (const o of spans ?? this.scanner.strongSpansOfLine(line)) {
      if (o.start >= start && o.end <= end) continue;
      if (!related(o.term, term)) continue;
      strings ??= stringRanges(line).filter(([, e]) => !/^\s*:/.test(line.slice(e + 1)));
      if (!strings.some(([s, e]) => o.start > s && o.end <= e)) return true;
    }
    return false;
  }
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

/**
 * The lines the matcher reads around line `line` of `lines` (CONFIRM_LINES on each side, fewer
 * at the edges), in order: the `context` of TermMatcher.match, as the editor's hover gives it.
 */
export function neighboursOf(lines: readonly string[], line: number): string[] {
  const out: string[] = [];
  for (let l = Math.max(0, line - CONFIRM_LINES); l <= Math.min(lines.length - 1, line + CONFIRM_LINES); l++) if (l !== line) out.push(lines[l]);
  return out;
}

type Spans = readonly { term: GlossaryTerm; start: number; end: number; shared?: true }[];

/** The file scan's spans by line, when both the scan and the cursor's line number are known. */
function scanOf(file: FileContext | undefined, lineNo: number | undefined): ((line: number) => Spans) | undefined {
  return file?.strongOnLine && lineNo !== undefined ? file.strongOnLine.bind(file) : undefined;
}

/**
 * The neighbouring lines that are read (not minified ones), each with its spans from the file's
 * scan when known. `context` holds up to CONFIRM_LINES lines before the cursor's and as many after.
 */
function nearLines(context: readonly string[], scanned: ((line: number) => Spans) | undefined, lineNo: number | undefined): { text: string; spans?: Spans }[] {
  const before = lineNo === undefined ? 0 : Math.min(CONFIRM_LINES, lineNo);
  const out: { text: string; spans?: Spans }[] = [];
  context.forEach((text, i) => {
    if (text.length > MAX_CONTEXT_LINE) return;
    const at = lineNo === undefined ? undefined : i < before ? lineNo - before + i : lineNo + 1 + (i - before);
    out.push({ text, spans: scanned && at !== undefined ? scanned(at) : undefined });
  });
  return out;
}

/**
 * The atom under the cursor; a cursor just after a word still counts as on it (as in VS Code),
 * and one on the underscores that lead or join a name (`_tp_plan`, `__init__`) is on the atom
 * they lead to, as VS Code's word under the cursor includes them.
 */
function atomIndexAt(atoms: AtomBuffer, line: string, character: number): number {
  const { starts, ends, n } = atoms;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (character >= starts[i] && character < ends[i]) return i;
    if (character === ends[i]) best = i;
    if (starts[i] > character) {
      if (best < 0 && line[character] === '_' && /^_+$/.test(line.slice(character, starts[i]))) return i;
      break;
    }
  }
  return best;
}
