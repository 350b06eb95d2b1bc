/**
 * The computation behind the Pre-training Data diagram: a data mixture whose shares always
 * sum to 100%, the tokens each source contributes to a budget, and a filtering funnel in
 * which each stage keeps a fraction of what reaches it.
 *
 *   after stage k = raw · keep₁ · keep₂ · … · keep_k
 *   raw needed    = target / Π keep_k
 */

export interface Source { id: string; label: string }

export const SOURCES: Source[] = [
  { id: 'web', label: 'web' }, { id: 'code', label: 'code' }, { id: 'books', label: 'books' },
  { id: 'papers', label: 'papers' }, { id: 'wiki', label: 'wiki' }, { id: 'qa', label: 'Q&A' },
];

/**
 * The LLaMA pre-training mixture (Touvron et al., 2023, Table 1), grouped by kind: CommonCrawl
 * 67% + C4 15% (web), GitHub 4.5%, Books 4.5%, ArXiv 2.5%, Wikipedia 4.5%, StackExchange 2%.
 */
export const LLAMA_MIX = [82, 4.5, 4.5, 2.5, 4.5, 2];

export const STAGES = ['raw crawl', 'after dedup', 'after quality filter', 'after toxicity/PII filter'];

/** Scale non-negative weights to percentages summing to 100 (equal shares when all are zero). */
export function normalise(weights: number[]): number[] {
  const w = weights.map((x) => Math.max(0, x));
  const sum = w.reduce((a, b) => a + b, 0);
  if (sum === 0) return w.map(() => 100 / w.length);
  return w.map((x) => (100 * x) / sum);
}

/**
 * Set share `i` to `value` percent and rescale the others proportionally so the total stays
 * 100. When the others are all zero, the remainder is split equally among them.
 */
export function rebalance(shares: number[], i: number, value: number): number[] {
  const v = Math.min(100, Math.max(0, value));
  const rest = shares.reduce((a, x, j) => (j === i ? a : a + x), 0);
  const n = shares.length - 1;
  return shares.map((x, j) => {
    if (j === i) return v;
    if (rest === 0) return n > 0 ? (100 - v) / n : 0;
    return (x * (100 - v)) / rest;
  });
}

/** Tokens each source contributes to a training budget. */
export function tokensBySource(shares: number[], budget: number): number[] {
  return normalise(shares).map((p) => (p / 100) * budget);
}

/** Counts after each stage, starting from `raw`: length = keepRates.length + 1. */
export function funnel(raw: number, keepRates: number[]): number[] {
  const out = [raw];
  for (const k of keepRates) {
    if (k < 0 || k > 1) throw new Error('keep rates must be between 0 and 1');
    out.push(out[out.length - 1] * k);
  }
  return out;
}

/** Raw input needed so that `target` survives every stage. */
export function rawNeeded(target: number, keepRates: number[]): number {
  const keep = keepRates.reduce((a, k) => a * k, 1);
  if (keep === 0) return Infinity;
  return target / keep;
}
