/**
 * The computation behind the "What LLMs Can't Do (Yet)" diagram: one small, computed
 * demonstration per limitation. Where a demonstration is a toy (the calibration set, the
 * lost-in-the-middle curve, the release timeline), it is labelled as one; the arithmetic on it
 * is exact.
 */

export type LimitationId = 'tokenization' | 'reasoning' | 'context' | 'hallucination' | 'cutoff';

export const LIMITATIONS: { id: LimitationId; name: string }[] = [
  { id: 'tokenization', name: 'Arithmetic and tokenization artefacts' },
  { id: 'reasoning', name: 'Reasoning depth (errors compound)' },
  { id: 'context', name: 'Context limits (lost in the middle)' },
  { id: 'hallucination', name: 'Hallucination and over-confidence' },
  { id: 'cutoff', name: 'Knowledge cutoff and grounding' },
];

// ---------------------------------------------------------------- tokenization of numbers

/**
 * 'digit': one token per digit (Llama and Llama 2's SentencePiece setting split_digits).
 * 'group3': runs of up to three digits from the left (the \p{N}{1,3} rule of the cl100k_base
 * pre-tokenizer used by GPT-4).
 */
export type NumberScheme = 'digit' | 'group3';

export function splitNumber(digits: string, scheme: NumberScheme): string[] {
  if (!/^\d+$/.test(digits)) throw new Error('digits only');
  if (scheme === 'digit') return digits.split('');
  return digits.match(/\d{1,3}/g)!;
}

/** Position of the units digit inside its token (0 = first character of the last token). */
export function unitsOffset(tokens: string[]): number {
  return tokens[tokens.length - 1].length - 1;
}

export interface AdditionView { a: string[]; b: string[]; sum: string[]; value: string; aligned: boolean }

/**
 * Tokens of a, b and a + b. `aligned` says whether the three units digits sit at the same
 * offset in their last tokens, i.e. whether token boundaries line up with place value.
 */
export function addition(a: string, b: string, scheme: NumberScheme): AdditionView {
  const value = (BigInt(a) + BigInt(b)).toString();
  const ta = splitNumber(a, scheme); const tb = splitNumber(b, scheme); const ts = splitNumber(value, scheme);
  const off = [ta, tb, ts].map(unitsOffset);
  return { a: ta, b: tb, sum: ts, value, aligned: off.every((o) => o === off[0]) };
}

export const SUMS: [string, string][] = [['4821', '397'], ['999999', '1'], ['123456789', '98765'], ['12', '34']];

// ---------------------------------------------------------------- reasoning depth

/** Probability that all n independent steps succeed when each succeeds with probability p: pⁿ. */
export function chainSuccess(p: number, n: number): number {
  return p ** n;
}

/** The longest chain that still succeeds with probability at least `target`: ⌊ln target / ln p⌋. */
export function maxSteps(p: number, target: number): number {
  if (p >= 1) return Infinity;
  return Math.floor(Math.log(target) / Math.log(p) + 1e-12);
}

// ---------------------------------------------------------------- lost in the middle (toy)

/**
 * A toy U-shaped accuracy curve over the position (1..n) of the one relevant document among n:
 * a floor plus a primacy bump that decays from the start and a recency bump that decays from
 * the end. Its shape follows the finding of Liu et al. (2023); its numbers are illustrative.
 */
export function middleAccuracy(pos: number, n: number, floor = 0.55, first = 0.2, last = 0.25, decay = 0.15): number {
  if (pos < 1 || pos > n) throw new Error('position out of range');
  const tau = Math.max(1, decay * n);
  return floor + first * Math.exp(-(pos - 1) / tau) + last * Math.exp(-(n - pos) / tau);
}

// ---------------------------------------------------------------- calibration (toy)

/**
 * A toy evaluation set of 20 answers: the model's logit for "my answer is right" and whether it
 * was. Higher logits are right more often (the model ranks well), but at T = 1 the mean
 * confidence is 0.79 against an accuracy of 0.65: over-confident.
 */
const GROUPS: [number, boolean][][] = [
  [[4.4, true], [4.0, true], [3.7, false], [3.4, true], [3.1, true]],
  [[2.8, true], [2.5, false], [2.2, true], [1.9, true], [1.6, true]],
  [[1.4, false], [1.2, true], [1.0, true], [0.8, false], [0.6, true]],
  [[0.5, true], [0.4, false], [0.3, false], [0.2, true], [0.1, false]],
];
export const CALIB: { logit: number; correct: boolean }[] = GROUPS.flat().map(([logit, correct]) => ({ logit, correct }));

export interface Bin { lo: number; hi: number; count: number; accuracy: number; confidence: number }
export interface Calibration { bins: Bin[]; ece: number; accuracy: number; meanConfidence: number }

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Reliability over equal-width confidence bins on [0, 1] and the expected calibration error
 * ECE = Σ_b (n_b / N) · |acc_b − conf_b|, with confidences sigmoid(logit / T).
 */
export function calibration(items: { logit: number; correct: boolean }[], T: number, nBins: number): Calibration {
  const conf = items.map((it) => sigmoid(it.logit / T));
  const bins: Bin[] = Array.from({ length: nBins }, (_, b) => ({ lo: b / nBins, hi: (b + 1) / nBins, count: 0, accuracy: 0, confidence: 0 }));
  conf.forEach((c, i) => {
    const b = bins[Math.min(nBins - 1, Math.floor(c * nBins))];
    b.count++;
    b.accuracy += items[i].correct ? 1 : 0;
    b.confidence += c;
  });
  let ece = 0;
  for (const b of bins) {
    if (!b.count) continue;
    b.accuracy /= b.count;
    b.confidence /= b.count;
    ece += (b.count / items.length) * Math.abs(b.accuracy - b.confidence);
  }
  const accuracy = items.filter((it) => it.correct).length / items.length;
  const meanConfidence = conf.reduce((a, c) => a + c, 0) / conf.length;
  return { bins, ece, accuracy, meanConfidence };
}

// ---------------------------------------------------------------- knowledge cutoff (toy)

/** Months are counted from January 2020 (0). */
export const monthLabel = (m: number): string => `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** Release months of an imaginary library, "examplelib". */
export const RELEASES: { version: string; month: number }[] = [
  { version: '1.0', month: 3 }, { version: '2.0', month: 18 }, { version: '3.0', month: 33 }, { version: '4.0', month: 46 }, { version: '5.0', month: 62 },
];

/** The newest release at or before month m (undefined before the first). */
export function latestAt(m: number): { version: string; month: number } | undefined {
  let best: { version: string; month: number } | undefined;
  for (const r of RELEASES) if (r.month <= m) best = r;
  return best;
}

/** What an ungrounded model would answer vs the truth at the question date. */
export function staleness(cutoff: number, asked: number): { believed?: string; actual?: string; stale: boolean; missed: number; gapMonths: number } {
  const believed = latestAt(cutoff);
  const actual = latestAt(asked);
  const missed = RELEASES.filter((r) => r.month > cutoff && r.month <= asked).length;
  return { believed: believed?.version, actual: actual?.version, stale: missed > 0, missed, gapMonths: Math.max(0, asked - cutoff) };
}
