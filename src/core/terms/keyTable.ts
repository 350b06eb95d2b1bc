import type { GlossaryTerm } from '../catalog/types';

/** No node: the characters read so far start no alias. */
export const NONE = -1;
export const ROOT = 0;

/** Letters a–z are 0–25, digits 26–35; anything else has no edge. */
const SYMBOLS = 36;
/** A node with more children than this is looked up directly rather than by a scan of its edges. */
const DENSE_FROM = 6;

/** Symbol of each ASCII character (a–z and A–Z: 0–25, 0–9: 26–35), −1 for the rest. */
const SYM = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) { SYM[97 + c] = c; SYM[65 + c] = c; }
for (let c = 0; c < 10; c++) SYM[48 + c] = 26 + c;

function symbolOf(c: number): number {
  return c < 128 ? SYM[c] : -1;
}

/**
 * Every normalised alias and its plural forms (`logits` for `logit`, `boxes` for `box`, long
 * names only) in a character trie. Matching walks the text's characters from node to node, in
 * any case, with no string built and none hashed: a span of atoms is one walk that stops as soon
 * as no alias starts with what was read.
 */
export class KeyTable {
  /** Edge (node · 36 + symbol) → child node, while the trie is built. */
  private readonly edges = new Map<number, number>();
  /** The built trie, packed: each node's children as a run of (symbol, child) sorted by symbol. */
  private childStart = new Int32Array(0);
  private childCount = new Uint8Array(0);
  private edgeSym = new Uint8Array(0);
  private edgeNode = new Int32Array(0);
  /** Nodes with many children (the root, first letters) also get a direct row of 36 entries. */
  private denseRow = new Int32Array(0);
  private dense = new Int32Array(0);
  private readonly terms: (GlossaryTerm | undefined)[] = [undefined];
  private readonly weak: boolean[] = [false];
  /** Weak nodes whose key has one sense in any file about the field (GlossaryTerm.fieldKeys). */
  private readonly fieldWord: boolean[] = [false];
  /** Nodes whose key is only a plural the table formed itself (`transformers`), not an alias. */
  private readonly formed: boolean[] = [false];
  /** Nodes whose key has more than one sense: the owner first, then the terms that share it. */
  private readonly senses = new Map<number, GlossaryTerm[]>();
  private shared = new Uint8Array(0);
  /** Every term's everyday English words (lowercase): names made only of them do not mark a file as about the field. */
  readonly everydayWords = new Set<string>();

  constructor(terms: readonly GlossaryTerm[]) {
    const each = (f: (k: string, t: GlossaryTerm, weak: boolean, field: boolean) => void) => {
      for (const t of terms) {
        const weak = new Set(t.weakKeys);
        const field = new Set(t.fieldKeys ?? []);
        for (const k of t.keys) f(k, t, weak.has(k), field.has(k));
      }
    };
    // Earlier keys win: every alias first, then the `s` plurals, then the `es` plurals.
    each((k, t, w, f) => this.put(k, t, w, false, f));
    each((k, t, w, f) => { if (k.length + 1 > 4) this.put(`${k}s`, t, w, true, f); });
    each((k, t, w, f) => { if (k.length + 2 > 5) this.put(`${k}es`, t, w, true, f); });
    this.pack();
    for (const t of terms) for (const w of t.everydayWords ?? []) this.everydayWords.add(w);
    for (const t of terms) {
      for (const k of t.sharedKeys ?? []) {
        const node = this.walk(ROOT, k, 0, k.length);
        const owner = node === NONE ? undefined : this.terms[node];
        if (!owner || owner === t) continue;
        const list = this.senses.get(node) ?? [owner];
        if (!list.includes(t)) list.push(t);
        this.senses.set(node, list);
      }
    }
    this.shared = new Uint8Array(this.terms.length);
    for (const node of this.senses.keys()) this.shared[node] = 1;
  }

  /** Every sense of the key ending at this node (the owner first), when it has more than one. */
  sensesAt(node: number): readonly GlossaryTerm[] | undefined {
    return this.senses.get(node);
  }

  /** True when the key ending at this node has more than one sense (an array read, for the scanner's every occurrence). */
  isShared(node: number): boolean {
    return this.shared[node] === 1;
  }

  /** How many nodes the trie has: node numbers are below it. */
  get nodeCount(): number {
    return this.terms.length;
  }

  /** Lay the edges out as arrays: a walk then compares a few bytes instead of hashing. */
  private pack(): void {
    const nodes = this.terms.length;
    const byNode: [number, number][][] = Array.from({ length: nodes }, () => []);
    for (const [e, child] of this.edges) byNode[Math.floor(e / SYMBOLS)].push([e % SYMBOLS, child]);
    this.childStart = new Int32Array(nodes);
    this.childCount = new Uint8Array(nodes);
    this.edgeSym = new Uint8Array(this.edges.size);
    this.edgeNode = new Int32Array(this.edges.size);
    let k = 0;
    for (let n = 0; n < nodes; n++) {
      const list = byNode[n].sort((a, b) => a[0] - b[0]);
      this.childStart[n] = k;
      this.childCount[n] = list.length;
      for (const [sym, child] of list) { this.edgeSym[k] = sym; this.edgeNode[k] = child; k++; }
    }
    this.denseRow = new Int32Array(nodes).fill(-1);
    const busy = byNode.map((l, n) => (l.length > DENSE_FROM ? n : -1)).filter((n) => n >= 0);
    this.dense = new Int32Array(busy.length * SYMBOLS).fill(NONE);
    busy.forEach((n, row) => {
      this.denseRow[n] = row;
      for (const [sym, child] of byNode[n]) this.dense[row * SYMBOLS + sym] = child;
    });
    this.edges.clear();
  }

  private put(key: string, term: GlossaryTerm, weak: boolean, formed: boolean, field: boolean): void {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const sym = symbolOf(key.charCodeAt(i));
      if (sym < 0) return;
      const e = node * SYMBOLS + sym;
      let next = this.edges.get(e);
      if (next === undefined) {
        next = this.terms.length;
        this.terms.push(undefined);
        this.weak.push(false);
        this.fieldWord.push(false);
        this.formed.push(false);
        this.edges.set(e, next);
      }
      node = next;
    }
    if (this.terms[node] || /^[0-9]+$/.test(key)) return;
    this.terms[node] = term;
    this.weak[node] = weak;
    this.fieldWord[node] = weak && field;
    this.formed[node] = formed;
  }

  /** The node after reading text[start, end) from `node`, or NONE. */
  walk(node: number, text: string, start: number, end: number): number {
    for (let i = start; i < end; i++) {
      const sym = symbolOf(text.charCodeAt(i));
      if (sym < 0) return NONE;
      const row = this.denseRow[node];
      if (row >= 0) {
        node = this.dense[row * SYMBOLS + sym];
        if (node === NONE) return NONE;
        continue;
      }
      let next = NONE;
      for (let k = this.childStart[node], stop = k + this.childCount[node]; k < stop; k++) {
        const ks = this.edgeSym[k];
        if (ks === sym) { next = this.edgeNode[k]; break; }
        if (ks > sym) break;
      }
      if (next === NONE) return NONE;
      node = next;
    }
    return node;
  }

  /** The term whose alias ends at this node, if any. */
  termAt(node: number): GlossaryTerm | undefined {
    return this.terms[node];
  }

  isWeak(node: number): boolean {
    return this.weak[node];
  }

  /** True when the key ending at this node is a weak word with one sense in any file about the field. */
  speaksInField(node: number): boolean {
    return this.fieldWord[node];
  }

  /** True when the key ending at this node is a plural formed by the table, not an alias of the term. */
  isFormedPlural(node: number): boolean {
    return this.formed[node];
  }

  /** True when some longer alias continues from this node. */
  continues(node: number): boolean {
    return this.childCount[node] > 0;
  }

  /** Number of keys that name a term. */
  get size(): number {
    let n = 0;
    for (const t of this.terms) if (t) n++;
    return n;
  }
}
