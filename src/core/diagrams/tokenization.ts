/**
 * The computation behind the Tokenization diagram: a small byte-pair-encoding (BPE) tokenizer.
 *
 * Pre-tokenization splits text into pieces (letters, digits, other symbols), each carrying its
 * leading space; the space is written "▁" so it stays visible. Training starts from single
 * characters and repeatedly merges the most frequent adjacent pair of symbols inside pieces.
 * Tie rule: among pairs with the same count, the pair whose (left, right) strings come first
 * in lexicographic (UTF-16 code unit) order wins. Training is therefore fully deterministic.
 */

export const SPACE = '▁';

/** Split into pieces like GPT-2's pattern (without contractions): " word", " 42", " ,". Letters and digits are Unicode-aware. */
export function pretokenize(text: string): string[] {
  const pieces = text.match(/\s?\p{L}+|\s?\p{N}+|\s?[^\s\p{L}\p{N}]+|\s+/gu) ?? [];
  return pieces.map((p) => p.replace(/\s/g, SPACE));
}

export interface Merge { left: string; right: string; count: number }

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Count adjacent symbol pairs over all words (each word weighted by its frequency). */
export function countPairs(words: Map<string, { symbols: string[]; freq: number }>): Map<string, Merge> {
  const counts = new Map<string, Merge>();
  for (const { symbols, freq } of words.values()) {
    for (let i = 0; i + 1 < symbols.length; i++) {
      const k = pairKey(symbols[i], symbols[i + 1]);
      const m = counts.get(k);
      if (m) m.count += freq; else counts.set(k, { left: symbols[i], right: symbols[i + 1], count: freq });
    }
  }
  return counts;
}

/** The winning pair: highest count, ties to the lexicographically smaller (left, right). */
export function bestPair(counts: Iterable<Merge>): Merge | undefined {
  let best: Merge | undefined;
  for (const m of counts) {
    if (!best || m.count > best.count
      || (m.count === best.count && (m.left < best.left || (m.left === best.left && m.right < best.right)))) best = m;
  }
  return best;
}

/** Replace every non-overlapping occurrence of (left, right), scanning left to right. */
export function applyMerge(symbols: readonly string[], left: string, right: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) { out.push(left + right); i++; }
    else out.push(symbols[i]);
  }
  return out;
}

/** The 94 visible ASCII characters '!' … '~'; with "▁" they form the base vocabulary. */
export const PRINTABLE_ASCII: string[] = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));

export interface BpeModel {
  /** Base symbols (single characters: printable ASCII, "▁", and any other character of the corpus), sorted; ids 0 … base.length − 1. */
  base: string[];
  /** Learned merges in order; merge k creates the token with id base.length + k. */
  merges: Merge[];
}

/** Learn up to `numMerges` merges from a corpus (stops early when no pair occurs twice). */
export function trainBpe(corpus: string, numMerges: number): BpeModel {
  const words = new Map<string, { symbols: string[]; freq: number }>();
  for (const p of pretokenize(corpus)) {
    const w = words.get(p);
    if (w) w.freq++; else words.set(p, { symbols: [...p], freq: 1 });
  }
  const base = [...new Set([...PRINTABLE_ASCII, SPACE, ...corpus.replace(/\s/g, SPACE)])].sort();
  const merges: Merge[] = [];
  for (let k = 0; k < numMerges; k++) {
    const best = bestPair(countPairs(words).values());
    if (!best || best.count < 2) break;
    merges.push({ ...best });
    for (const w of words.values()) w.symbols = applyMerge(w.symbols, best.left, best.right);
  }
  return { base, merges };
}

export interface Token { text: string; id: number }

/** Token id of a symbol: base characters first, then merged tokens in merge order; −1 = unknown. */
export function tokenId(model: BpeModel, text: string, k: number): number {
  for (let i = Math.min(k, model.merges.length) - 1; i >= 0; i--) {
    const m = model.merges[i];
    if (m.left + m.right === text) return model.base.length + i;
  }
  return model.base.indexOf(text);
}

/**
 * Encode with the first k merges, applied in training order. (Equivalent to the usual
 * "merge the lowest-ranked pair first" loop: a pair involving a token made by merge r can only
 * have been learned after r.)
 */
export function encode(model: BpeModel, text: string, k: number): Token[] {
  const out: Token[] = [];
  const merges = model.merges.slice(0, k);
  for (const piece of pretokenize(text)) {
    let symbols = [...piece];
    for (const m of merges) symbols = applyMerge(symbols, m.left, m.right);
    for (const sym of symbols) out.push({ text: sym, id: tokenId(model, sym, k) });
  }
  return out;
}

/** The built-in training text (original, with deliberate repetition so merges have something to find). */
export const SAMPLE_TEXT = [
  'the model reads the text as tokens, and the tokens become numbers.',
  'a token is often a whole word, sometimes a piece of a word, and sometimes a single letter.',
  'the tokenizer learns its pieces from the training text: the more often a pair of symbols',
  'appears together, the sooner the two are merged into one new token.',
  'common words such as the, and, token and model end up as single tokens,',
  'while rare words are spelled out from smaller pieces.',
  'reading, readers and reader share the piece read, so the model sees that they are related.',
].join(' ');
