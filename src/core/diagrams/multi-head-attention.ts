/**
 * The computation behind the Multi-Head Attention diagram: several heads, each with its own
 * query and key projections of the same token vectors, each producing its own attention matrix
 * softmax(Q Kᵀ / √d_head), optionally with a causal mask.
 */
import { softmax } from './attention';

export type Matrix = number[][];

export function matmul(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): Matrix {
  const inner = B.length;
  return A.map((row) => {
    if (row.length !== inner) throw new Error(`shape mismatch: ${row.length} vs ${inner}`);
    return B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0));
  });
}

export const transpose = (A: readonly (readonly number[])[]): Matrix => A[0].map((_, j) => A.map((r) => r[j]));

export interface HeadResult {
  Q: Matrix;
  K: Matrix;
  /** Scaled scores Q Kᵀ / √d_head, with −Infinity where masked. */
  scores: Matrix;
  /** Row-wise softmax of the scores: row i is how query i spreads its attention. */
  weights: Matrix;
}

/**
 * One head. With `causal`, query i may only see keys j ≤ i: scores above the diagonal become
 * −∞, so softmax gives them exactly 0 and renormalises the remaining entries of the row.
 */
export function attentionHead(X: readonly (readonly number[])[], Wq: readonly (readonly number[])[], Wk: readonly (readonly number[])[], causal: boolean): HeadResult {
  const Q = matmul(X, Wq);
  const K = matmul(X, Wk);
  const dHead = Wq[0].length;
  const raw = matmul(Q, transpose(K));
  const scores = raw.map((row, i) => row.map((v, j) => (causal && j > i ? -Infinity : v / Math.sqrt(dHead))));
  return { Q, K, scores, weights: scores.map((r) => softmax(r)) };
}

export interface HeadSpec { name: string; role: string; Wq: number[][]; Wk: number[][] }

export function multiHead(X: readonly (readonly number[])[], heads: readonly HeadSpec[], causal: boolean): HeadResult[] {
  return heads.map((h) => attentionHead(X, h.Wq, h.Wk, causal));
}

/** The sentence and its word classes. */
export const TOKENS = ['the', 'cat', 'sat', 'on', 'the', 'mat'] as const;
const CLASSES = ['det', 'noun', 'verb', 'prep', 'det', 'noun'] as const;
const CLASS_DIMS = ['det', 'noun', 'verb', 'prep'] as const;

/** Angle step of the 2-d position code (cos iθ, sin iθ). */
export const THETA = 0.5;

/**
 * Token vectors X (6 × 6): dims 0–3 one-hot word class (det, noun, verb, prep), dims 4–5 a
 * position code (cos iθ, sin iθ). A real model learns these; here they are built so each head's
 * pattern can be traced to its weights.
 */
export const X: Matrix = TOKENS.map((_, i) => [
  ...CLASS_DIMS.map((c) => (CLASSES[i] === c ? 1 : 0)),
  Math.cos(i * THETA),
  Math.sin(i * THETA),
]);

const zeros = (r: number, c: number): number[][] => Array.from({ length: r }, () => new Array<number>(c).fill(0));
function weights(entries: [number, number, number][]): number[][] {
  const W = zeros(6, 2);
  for (const [i, j, v] of entries) W[i][j] = v;
  return W;
}

const S = 18; // sharpness of the positional head
const c = Math.cos(THETA), s = Math.sin(THETA);

/** Four heads, each a pair of 6 × 2 projections (d_head = 2). */
export const HEADS: HeadSpec[] = [
  {
    name: 'Head 1', role: 'previous token',
    // q_i = S·(cos (i−1)θ, sin (i−1)θ): the position code rotated back one step; k_j = position code.
    // q_i · k_j = S·cos((i − 1 − j)θ), largest at j = i − 1.
    Wq: weights([[4, 0, S * c], [5, 0, S * s], [4, 1, -S * s], [5, 1, S * c]]),
    Wk: weights([[4, 0, 1], [5, 1, 1]]),
  },
  {
    name: 'Head 2', role: 'noun → det, verb/prep → noun',
    // keys: dim 0 = "is a determiner", dim 1 = "is a noun"; nouns ask for determiners, verbs and prepositions ask for nouns.
    Wq: weights([[1, 0, 4], [2, 1, 4], [3, 1, 4]]),
    Wk: weights([[0, 0, 1], [1, 1, 1]]),
  },
  {
    name: 'Head 3', role: 'same word class',
    // query and key both carry (is-det, is-noun): dets attend to dets, nouns to nouns.
    Wq: weights([[0, 0, 4], [1, 1, 4]]),
    Wk: weights([[0, 0, 1], [1, 1, 1]]),
  },
  {
    name: 'Head 4', role: 'start of the sentence',
    // every query is the constant-ish (3, 0) from the class one-hots; k_j = (cos jθ, ·): early tokens score highest.
    Wq: weights([[0, 0, 3], [1, 0, 3], [2, 0, 3], [3, 0, 3]]),
    Wk: weights([[4, 0, 1], [5, 1, 0.3]]),
  },
];
