/**
 * The whole-file term scanner behind "Concepts in this file" and the hover's file context.
 * One pass: each line is cut into atoms once (a character loop, no regex), and every candidate
 * span costs one hash probe. The table holds every key and every character prefix of a key, so
 * a span grows only while it can still become a term; most atoms (`self`, `x`, `return`) cost
 * exactly one probe.
 */
import type { GlossaryTerm } from '../catalog/types';
import { fileConfirms, fileContextOf, importsFromOutsideField, importsOf, isClassNameAt, isFieldMemberAt, isOutsideNameAt, namesLibraryAt, type FileContext } from './fileContext';
import { KeyTable, NONE, ROOT } from './keyTable';
import { AtomBuffer, isAliasAt, isIdCode, JOIN_CASE, JOIN_NONE, JOIN_SNAKE, JOIN_SPACE, splitAtoms } from './split';

/** Longest name, in atoms, a term can span (`AutoModelForCausalLMWithValueHead` = 8). */
export const MAX_SPAN = 8;
/** Lines longer than this (minified or generated code) are not read. */
export const MAX_LINE = 2000;
/** Lines on each side of a generic word where a related unambiguous term confirms it. */
export const CONFIRM_LINES = 2;
/** Neighbouring lines longer than this (minified or generated code) are not read as context. */
export const MAX_CONTEXT_LINE = 500;

export interface Occurrence {
  term: GlossaryTerm;
  line: number;
  start: number;
  end: number;
  /** Matched by a generic word (confirmed by the file and a related term nearby). */
  weak: boolean;
  /** A weak word with one sense in any file about the field (GlossaryTerm.fieldKeys): the file confirms it. */
  fieldWord?: true;
  /**
   * A weak word written as a field library's member (`nn.Linear`) or as the name a class defines
   * (`class Dense(Module)`): in a file about the field, that confirms it.
   */
  libraryMember?: true;
  /**
   * Named by a word several terms share (`top_k` of sampling, retrieval and MoE routing): the
   * term is the word's owner, which says nothing about which sense a neighbour means.
   */
  shared?: true;
}

export interface ScanResult {
  occurrences: Occurrence[];
  context: FileContext;
}

export class TermScanner {
  private readonly table: KeyTable;

  constructor(terms: readonly GlossaryTerm[] | KeyTable) {
    this.table = terms instanceof KeyTable ? terms : new KeyTable(terms);
    this.distinctiveWords = new Int8Array(this.table.nodeCount).fill(-1);
  }

  /** Every term occurrence in `text`, and what the text says about the file it is. */
  scan(text: string, isCancelled: () => boolean = () => false): ScanResult {
    const strong: Occurrence[] = [];
    const weak: Occurrence[] = [];
    const atoms = this.atoms;
    const { fieldImports, moduleAliases, fieldNames, outsideNames } = importsOf(text);
    const aliases = moduleAliases.size ? moduleAliases : undefined;
    const members = fieldImports.length ? { fieldNames, fieldImports } : undefined;
    const names: FileNames = { fieldNames, fieldImports, moduleAliases, outsideNames };
    const distinctive = new Set<GlossaryTerm>();
    const prefixNames = new Map<string, Set<string>>();
    const shared: [Occurrence, readonly GlossaryTerm[]][] = [];
    // Lines a hover does not read as a neighbour (minified ones): no evidence for a shared word.
    const unread = new Set<number>();
    // The next `://` (the mark of an address) at or after the line being read, found by one
    // search that moves forward with the lines.
    let address = text.indexOf('://');
    let lineNo = 0;
    let pos = 0;
    while (pos <= text.length) {
      if ((lineNo & 1023) === 1023 && isCancelled()) break;
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      if (eol - pos > MAX_CONTEXT_LINE) unread.add(lineNo);
      if (address >= 0 && address < pos) address = text.indexOf('://', pos);
      if (eol - pos <= MAX_LINE) {
        splitAtoms(text, pos, eol, atoms);
        this.probeLine(text, lineNo, pos, atoms, strong, weak, aliases, eol, distinctive, prefixNames, members, names, shared, address >= 0 && address + 3 <= eol);
      }
      lineNo++;
      pos = eol + 1;
    }
    // A term mentioned once in passing does not make a file about the field; one it returns to
    // does, if the file names it at least once in a way only the field would (see distinctive).
    const termCounts = countByTerm(strong);
    let recurring = 0;
    for (const [t, n] of termCounts) if (n >= 2 && distinctive.has(t)) recurring++;
    const prefixes = new Map<string, number>();
    for (const [k, names] of prefixNames) prefixes.set(k, names.size);
    const senseEvidence = unsharedTerms(termCounts, shared);
    // Each shared word in the sense the hover gives it, from the same evidence: the terms of one
    // sense named on its line, then on the lines around it, then in the file.
    const fileMemo = new Map<GlossaryTerm, number>();
    // The unshared terms of a line, read once however many shared words it and its neighbours hold.
    const linesTerms = new Map<number, GlossaryTerm[]>();
    const termsOf = (l: number) => {
      let terms = linesTerms.get(l);
      if (!terms) { terms = []; for (const x of onLine(strong, l)) if (!x.shared) terms.push(x.term); linesTerms.set(l, terms); }
      return terms;
    };
    for (const [o, senses] of shared) {
      const near = () => {
        const out: GlossaryTerm[] = [];
        for (let l = o.line - CONFIRM_LINES; l <= o.line + CONFIRM_LINES; l++) if (l !== o.line && l >= 0 && l < lineNo && !unread.has(l)) out.push(...termsOf(l));
        return out;
      };
      o.term = senseByEvidence(senses, () => termsOf(o.line), near, senseEvidence, fileMemo);
    }
    const context: FileContext = { ...fileContextOf(fieldImports, recurring, moduleAliases, fieldNames), ...(outsideNames.size ? { outsideNames } : {}), strongOnLine: (line) => onLine(strong, line), termCounts, senseEvidence, prefixes };
    if (!context.aboutField || weak.length === 0) return { occurrences: strong, context };
    // A generic word is confirmed by a related unambiguous term within CONFIRM_LINES lines; both
    // lists are in text order, so one window slides along the strong ones.
    const confirmed: Occurrence[] = [];
    let lo = 0;
    for (const o of weak) {
      if (o.fieldWord || o.libraryMember || fileConfirms(context, o.term)) { confirmed.push(o); continue; }
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
    splitAtoms(line, 0, line.length, this.atoms);
    this.probeLine(line, 0, 0, this.atoms, out, weak);
    return out;
  }

  private readonly atoms = new AtomBuffer();

  /**
   * Whether a single word names its term as only the field would (see isDistinctive). That
   * depends only on the word, which is the key ending at its trie node: worked out once per
   * node (1 distinctive, 0 not, -1 not yet known), not for every occurrence of the word.
   */
  private isDistinctiveWord(text: string, atoms: AtomBuffer, at: number, node: number): boolean {
    let known = this.distinctiveWords[node];
    if (known < 0) { known = this.isDistinctive(text, atoms, at, at) ? 1 : 0; this.distinctiveWords[node] = known; }
    return known === 1;
  }

  private readonly distinctiveWords: Int8Array;

  /**
   * Whether atoms [from, to] name a term as only the field would: an identifier of two or more
   * parts (`hidden_size`, `BM25Okapi`), or a word that is not everyday English (`softmax`,
   * `avgdl`). Everyday words alone (`attention`, "input image", "Shannon entropy" in an image
   * library) occur in any code.
   */
  private isDistinctive(text: string, atoms: AtomBuffer, from: number, to: number): boolean {
    return !this.isEverydayPhrase(text, atoms, from, to) && !(from < to && isOnePart(text, atoms, from, to));
  }

  /**
   * True when atoms [from, to] are everyday English words, alone or joined by spaces as in prose.
   * A hyphenated compound (`one-hot`, `top-k`) is a term of art, like a name in code.
   */
  isEverydayPhrase(text: string, atoms: AtomBuffer, from: number, to: number): boolean {
    for (let k = from + 1; k <= to; k++) if (atoms.joins[k] !== JOIN_SPACE || text.charCodeAt(atoms.starts[k] - 1) === 45 /* - */) return false;
    const everyday = this.table.everydayWords;
    for (let k = from; k <= to; k++) if (!everyday.has(text.slice(atoms.starts[k], atoms.ends[k]).toLowerCase())) return false;
    return true;
  }

  /**
   * True when atoms [from, to] are one word with an `s` the table added (`stops`, `truncates`)
   * between words of prose: a verb there ("the search only stops when…"), not what the term names.
   */
  private isProseVerb(atoms: AtomBuffer, from: number, to: number, node: number): boolean {
    return from === to && this.table.isFormedPlural(node)
      && (atoms.joins[from] === JOIN_SPACE || (to + 1 < atoms.n && atoms.joins[to + 1] === JOIN_SPACE));
  }

  /**
   * True when the generic word at atoms [from, to] of the line [lineStart, lineEnd) means
   * something else there: a verb in prose, a name imported from a library outside the field
   * (`from functools import cache`, or used later in the file), a method of a plain value
   * (`out.norm(…)`) or a member of an infrastructure object (`data.error.message`). `names` are
   * the file's (FileContext). The hover and the scan both drop it.
   */
  meansSomethingElse(text: string, atoms: AtomBuffer, from: number, to: number, node: number,
    names: FileNames | undefined, lineStart = 0, lineEnd = text.length): boolean {
    return this.isProseVerb(atoms, from, to, node) || importsFromOutsideField(text, lineStart, lineEnd)
      || isOutsideNameAt(text, atoms.starts[from], atoms.ends[to], names?.outsideNames, lineStart, lineEnd)
      || this.isPlainValuesMethod(text, atoms, from, to, names, lineStart) || isInfrastructureMember(text, atoms, from)
      || isCountedBy(text, atoms, to);
  }

  /**
   * True when atoms [from, to], generic or not, name something other than a concept: a name that
   * ends in infrastructure (`vllm_server_port`), or a single word of a URL.
   */
  namesSomethingElse(text: string, atoms: AtomBuffer, from: number, to: number, lineStart = 0, mayHoldUrl = true): boolean {
    return namesInfrastructure(text, atoms, to) || (mayHoldUrl && from === to && isInUrlAt(text, atoms.starts[from], lineStart));
  }

  /**
   * True when atoms [from, to] are a method called on a plain value (`out.norm(dim=-1)`,
   * `random.seed(0)`, `rl.prompt()`): the operation of that object, not the concept. A method of
   * the object's own layers (`self.gate(…)`), of a field library (`jnp.tril`) or of an object
   * itself named by a term (`llm.stream(…)`) keeps its meaning.
   */
  private isPlainValuesMethod(text: string, atoms: AtomBuffer, from: number, to: number, file: FileNames | undefined, lineStart = 0): boolean {
    const { starts, ends } = atoms;
    const start = starts[from];
    if (from === 0 || text.charCodeAt(start - 1) !== 46 || text.charCodeAt(ends[to]) !== 40 || ends[from - 1] !== start - 1) return false;
    const [first, last] = identifierAround(atoms, from - 1);
    const receiver = text.slice(starts[first], ends[last]);
    if (RECEIVER_ITSELF.test(receiver) || file?.moduleAliases?.has(receiver) || file?.fieldNames?.has(receiver)) return false;
    if (isFieldMemberAt(text, start, ends[to], file, lineStart)) return false;
    for (let f = first; f <= last; f++) {
      let node = ROOT;
      for (let t = f; t <= last; t++) {
        node = this.table.walk(node, text, starts[t], ends[t]);
        if (node === NONE) break;
        if (this.table.termAt(node) && !this.table.isWeak(node)) return false;
      }
    }
    return true;
  }

  private probeLine(
    text: string, lineNo: number, lineStart: number,
    atoms: AtomBuffer, strong: Occurrence[], weak: Occurrence[],
    moduleAliases?: ReadonlySet<string>, lineEnd = text.length, distinctive?: Set<GlossaryTerm>,
    prefixNames?: Map<string, Set<string>>, fieldMembers?: Pick<FileContext, 'fieldNames' | 'fieldImports'>,
    names?: FileNames, shared?: [Occurrence, readonly GlossaryTerm[]][], mayHoldUrl?: boolean,
  ): void {
    const { starts, ends, joins, n } = atoms;
    // Whether the line holds `://` at all: most lines hold no address, and their words are then
    // not walked back to look for one.
    const url = mayHoldUrl ?? holdsAddress(text, lineStart, lineEnd);
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
        const fused = isWeak && (joins[i] === JOIN_CASE || (best + 1 < n && joins[best + 1] === JOIN_CASE));
        // A module's alias (`jnp`, `openai_1`) names the module, not a concept.
        // A library's name (`from transformers import`) is not the plural of a term's alias.
        const library = best === i && this.table.isFormedPlural(bestNode)
          && namesLibraryAt(text.slice(lineStart, lineEnd), starts[i] - lineStart, ends[i] - lineStart);
        const otherSense = (isWeak && this.meansSomethingElse(text, atoms, i, best, bestNode, names, lineStart, lineEnd))
          || this.namesSomethingElse(text, atoms, i, best, lineStart, url);
        if (!fused && !library && !otherSense && !(moduleAliases && isAliasAt(moduleAliases, text, starts[i], lineStart, lineEnd))) {
          const o: Occurrence = { term, line: lineNo, start: starts[i] - lineStart, end: ends[best] - lineStart, weak: isWeak };
          if (isWeak && this.table.speaksInField(bestNode)) o.fieldWord = true;
          if (this.table.isShared(bestNode)) { o.shared = true; shared?.push([o, this.table.sensesAt(bestNode)!]); }
          if (isWeak && ((fieldMembers && isFieldMemberAt(text, starts[i], ends[best], fieldMembers, lineStart)) || isClassNameAt(text, starts[i], ends[best], lineStart))) o.libraryMember = true;
          (isWeak ? weak : strong).push(o);
          if (distinctive && !isWeak && !distinctive.has(term) && (i === best ? this.isDistinctiveWord(text, atoms, i, bestNode) : this.isDistinctive(text, atoms, i, best))) distinctive.add(term);
          if (prefixNames && !isWeak && best + 1 < n && isInner(joins[best + 1]) && !isInner(joins[i])) notePrefix(prefixNames, text, atoms, i, best);
        }
        i = best + 1;
      } else i++;
    }
  }
}


/**
 * True when atoms [from, to] are one part: a single atom, one letter and digits (`c4`, `t5`,
 * `q8_0`, `f16`), or three letters or fewer cut by case alone (`DPoP`'s `DPo`, `w_q`), which code
 * at large uses as plain names (a fourth column, an OAuth proof of possession).
 */
export function isOnePart(text: string, atoms: AtomBuffer, from: number, to: number): boolean {
  if (from === to) return true;
  let letters = 0;
  let digits = false;
  for (let k = from; k <= to; k++) {
    const c = text.charCodeAt(atoms.starts[k]);
    if (c < 48 || c > 57) letters += atoms.ends[k] - atoms.starts[k];
    else digits = true;
  }
  return letters <= 1 || (!digits && letters <= 3);
}

/** True when an atom joined this way continues the identifier before it. */
export const isInner = (j: number) => j === JOIN_SNAKE || j === JOIN_CASE;

/** The first and last atoms of the identifier that atom `at` is part of. */
export function identifierAround(atoms: AtomBuffer, at: number): [number, number] {
  const { joins, n } = atoms;
  let first = at;
  while (first > 0 && isInner(joins[first])) first--;
  let last = at;
  while (last + 1 < n && isInner(joins[last + 1])) last++;
  return [first, last];
}

/** Distinct identifiers of a file a name must begin to be read as their namespace (FileContext.prefixes). */
export const NAMESPACE_NAMES = 4;

/** The text of atoms [from, to], lowercase: the key under which FileContext.prefixes counts a name. */
export function spanKey(text: string, atoms: AtomBuffer, from: number, to: number): string {
  return text.slice(atoms.starts[from], atoms.ends[to]).toLowerCase();
}

/** Records that the span [from, to] begins the identifier it is part of. */
function notePrefix(prefixNames: Map<string, Set<string>>, text: string, atoms: AtomBuffer, from: number, to: number): void {
  const key = spanKey(text, atoms, from, to);
  let names = prefixNames.get(key);
  if (!names) { names = new Set(); prefixNames.set(key, names); }
  // Counting stops where the matcher's question (are there NAMESPACE_NAMES?) is answered.
  if (names.size >= NAMESPACE_NAMES) return;
  const [, last] = identifierAround(atoms, to);
  names.add(text.slice(atoms.starts[from], atoms.ends[last]));
}

/** True when text[from, to) holds `://`, the mark of an address. */
function holdsAddress(text: string, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) if (text.charCodeAt(k) === 58 && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47) return true;
  return false;
}

/**
 * True when [start, …) of a line lies inside a URL (`https://js.langchain.com/docs/chat/openai`):
 * the words of an address name a site and its pages, not concepts. `text` may be a whole text
 * whose line begins at `lineStart`; the address ends at the first space, quote or bracket.
 */
export function isInUrlAt(text: string, start: number, lineStart = 0): boolean {
  // A word of an address follows one of its separators; most words follow a space or a bracket.
  if (start <= lineStart || !isUrlSeparator(text.charCodeAt(start - 1))) return false;
  for (let k = start - 1; k >= lineStart + 1; k--) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 40 || c === 41 || c === 91 || c === 93) return false;
    if (c === 47 && text.charCodeAt(k - 1) === 47 && text.charCodeAt(k - 2) === 58 && k - 2 > lineStart && isIdCode(text.charCodeAt(k - 3))) return true;
  }
  return false;
}

/**
 * Words that, at the end of a name, make it name a piece of infrastructure (`vllm_server_port`,
 * `openai_proxy`, `PineconeArgumentError`, `faiss_verbose`): such a name is about the server,
 * the error or the flag, not about the concept its first words name.
 */
const INFRASTRUCTURE_HEADS = new Set([
  'port', 'host', 'proxy', 'url', 'uri', 'endpoint', 'verbose', 'error', 'exception', 'warning', 'logger',
  'route', 'routes', 'redacted', 'credentials', 'password', 'secret', 'timeout', 'timeouts', 'version',
]);

/**
 * True when the identifier goes on, right after atom `to`, with an index (`layer_idx`,
 * `expert_index`, `head_i`): it names a position among those things, a loop counter, not the
 * concept the generic word names.
 */
function isCountedBy(text: string, atoms: AtomBuffer, to: number): boolean {
  const k = to + 1;
  if (k >= atoms.n || !isInner(atoms.joins[k])) return false;
  if (k + 1 < atoms.n && isInner(atoms.joins[k + 1])) return false;
  const len = atoms.ends[k] - atoms.starts[k];
  // Most words after a generic one are longer than any index word: no string is cut for them.
  if (len > 5) return false;
  const w = text.slice(atoms.starts[k], atoms.ends[k]).toLowerCase();
  return w === 'idx' || w === 'index' || w === 'i' || w === 'j' || w === 'no';
}

/** True when a word after atom `to` in the same identifier is an infrastructure head (INFRASTRUCTURE_HEADS). */
function namesInfrastructure(text: string, atoms: AtomBuffer, to: number): boolean {
  const { starts, ends, joins, n } = atoms;
  for (let k = to + 1; k < n && isInner(joins[k]); k++) {
    if (isInfrastructureWord(text, starts[k], ends[k])) return true;
  }
  return false;
}

/**
 * True when atom `from` is written as a member of an object named by an infrastructure head
 * (`data.error.message`, `response.proxy.url`): the member is that object's.
 */
function isInfrastructureMember(text: string, atoms: AtomBuffer, from: number): boolean {
  const { starts, ends } = atoms;
  if (from === 0 || text.charCodeAt(starts[from] - 1) !== 46 || ends[from - 1] !== starts[from] - 1) return false;
  return isInfrastructureWord(text, starts[from - 1], ends[from - 1]);
}

/**
 * Each head's length and first and last letters, lower-cased, as one number: an atom whose
 * signature is none of these is no head, and most atoms are told so without cutting a string out.
 */
const INFRASTRUCTURE_SIGNATURES = new Set([...INFRASTRUCTURE_HEADS].map((w) => signatureOf(w, 0, w.length)));

function signatureOf(text: string, start: number, end: number): number {
  return ((end - start) << 16) | ((text.charCodeAt(start) | 32) << 8) | (text.charCodeAt(end - 1) | 32);
}

/** True when text[start, end) is one of INFRASTRUCTURE_HEADS, in any case. */
function isInfrastructureWord(text: string, start: number, end: number): boolean {
  return end - start <= 11 && INFRASTRUCTURE_SIGNATURES.has(signatureOf(text, start, end))
    && INFRASTRUCTURE_HEADS.has(text.slice(start, end).toLowerCase());
}

/** The names a file gives to libraries, inside and outside the field, that the generic-word tests read. */
type FileNames = Pick<FileContext, 'fieldNames' | 'fieldImports' | 'moduleAliases' | 'outsideNames'>;

/** Names by which code calls its own object's members (`self.gate(…)`): a method there is one of the model's layers. */
const RECEIVER_ITSELF = /^(?:self|this|super|cls|ctx)$/;

/** True for a character a word of a URL can follow: `/`, `.`, `-`, `=`, `?`, `&`, `#`, `_`, `~`, `+`, `%`. */
function isUrlSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45 || c === 61 || c === 63 || c === 38 || c === 35 || c === 95 || c === 126 || c === 43 || c === 37;
}

/** Two terms speak of the same area when they are one term, or share a part of the field or a chapter. */
export function related(a: GlossaryTerm, b: GlossaryTerm): boolean {
  return a.id === b.id || (a.part !== undefined && a.part === b.part) || a.chapters.some((c) => b.chapters.includes(c));
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

/**
 * What a neighbouring term says for a sense of a shared word: a name of the sense itself
 * (`layer_norm_eps` beside `eps`) or a term of the same concept counts ten times a term that
 * only shares a chapter with it (a chapter covers several parts), and a term of the same part of
 * the field three times: a part is wide (training holds both a model's logits and MoE routing).
 */
const SAME_TERM_OR_CONCEPT = 10;
const SAME_PART = 3;

/**
 * The sense of a shared word (`top_k` in sampling, retrieval or MoE routing) its evidence points
 * to: the one with the most related terms on its line, then on the lines around it, then in the
 * file (each term of the file once, however often it occurs: a library name repeated 100 times
 * says no more than once); the owner (senses[0]) when nothing tells them apart. Another sense's
 * names are no evidence for this one, but a sense's own names are.
 */
export function senseByEvidence(senses: readonly GlossaryTerm[], line: () => readonly GlossaryTerm[],
  near: () => readonly GlossaryTerm[], file: Iterable<GlossaryTerm>, fileMemo?: Map<GlossaryTerm, number>): GlossaryTerm {
  // Nearest evidence first: the word's own line (`nn.LayerNorm(…, eps=…)` is a norm's epsilon
  // whatever the optimiser lines around it say), then its neighbours, then the file. A tier is
  // read only while it is needed to tell the leading senses apart.
  let leading: readonly GlossaryTerm[] = senses;
  for (let tier = 0; tier < 3 && leading.length > 1; tier++) {
    const terms = tier === 0 ? line() : tier === 1 ? near() : undefined;
    let top = -1;
    let next: GlossaryTerm[] = [];
    for (const sense of leading) {
      let n = fileMemo?.get(sense);
      if (terms || n === undefined) {
        n = evidenceFor(sense, senses, terms ?? file);
        if (!terms) fileMemo?.set(sense, n);
      }
      if (n > top) { top = n; next = [sense]; } else if (n === top) next.push(sense);
    }
    leading = next;
  }
  return leading[0];
}

/** What `terms` say for one sense of a shared word (see SAME_TERM_OR_CONCEPT). */
function evidenceFor(sense: GlossaryTerm, senses: readonly GlossaryTerm[], terms: Iterable<GlossaryTerm>): number {
  let n = 0;
  for (const t of terms) {
    if (t === sense || t.id === sense.id) n += SAME_TERM_OR_CONCEPT;
    else if (senses.includes(t)) continue;
    else if (t.concept !== undefined && t.concept === sense.concept) n += SAME_TERM_OR_CONCEPT;
    else if (t.part !== undefined && t.part === sense.part) n += SAME_PART;
    else if (related(t, sense)) n++;
  }
  return n;
}

/**
 * The terms a file names by words of their own (not shared with another term): those it names
 * more often than by their shared words (a few occurrences, counted here, not the whole list).
 */
function unsharedTerms(counts: ReadonlyMap<GlossaryTerm, number>, shared: readonly [Occurrence, unknown][]): Set<GlossaryTerm> {
  const byShared = new Map<GlossaryTerm, number>();
  for (const [o] of shared) if (!o.weak) byShared.set(o.term, (byShared.get(o.term) ?? 0) + 1);
  const out = new Set<GlossaryTerm>();
  for (const [t, n] of counts) if (n > (byShared.get(t) ?? 0)) out.add(t);
  return out;
}

/** How often each term occurs in a list of occurrences. */
function countByTerm(list: readonly Occurrence[]): Map<GlossaryTerm, number> {
  const counts = new Map<GlossaryTerm, number>();
  for (const o of list) counts.set(o.term, (counts.get(o.term) ?? 0) + 1);
  return counts;
}
