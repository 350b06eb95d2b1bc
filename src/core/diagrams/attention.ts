/**
 * The computation behind the Attention diagram: scaled dot-product attention weights of one
 * query over a short sentence, from small built-in query and key vectors.
 */

import { softmax } from './softmax';

export { softmax };

export function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('vectors must have the same length');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export interface AttentionRow {
  /** Raw dot products q·k_j. */
  dots: number[];
  /** Scaled scores q·k_j / (sqrt(d) · T). */
  scores: number[];
  /** softmax(scores): non-negative, sums to 1. */
  weights: number[];
}

/**
 * Attention weights of one query over all keys: softmax(q·k_j / (sqrt(d_k) · T)).
 * T = 1 is the standard scaled dot product; T < 1 sharpens, T > 1 flattens.
 */
export function attentionRow(q: readonly number[], keys: readonly (readonly number[])[], temperature = 1): AttentionRow {
  if (!(temperature > 0)) throw new Error('temperature must be positive');
  const dots = keys.map((k) => dot(q, k));
  const scale = Math.sqrt(q.length) * temperature;
  const scores = dots.map((v) => v / scale);
  return { dots, scores, weights: softmax(scores) };
}

/** Shannon entropy in bits: 0 for a one-hot distribution, log2(n) for a uniform one. */
export function entropyBits(p: readonly number[]): number {
  return -p.reduce((acc, v) => (v > 0 ? acc + v * Math.log2(v) : acc), 0);
}

/**
 * The built-in example. Dimensions of the 4-d vectors (hand-made, so the pattern is readable):
 * 0 "is a noun / refers to a thing", 1 "is an action", 2 "is a function word", 3 "is animate".
 * Queries ask for what each token needs: the pronoun "it" asks for an animate noun, the verb
 * for its subject, the adjective "tired" for the thing it describes.
 */
export const SENTENCE = ['the', 'cat', 'sat', 'on', 'the', 'mat', 'because', 'it', 'was', 'tired'] as const;

export const KEYS: readonly (readonly number[])[] = [
  [0.2, 0.0, 1.5, 0.0], // the
  [1.5, 0.0, 0.0, 1.6], // cat
  [0.0, 1.6, 0.0, 0.2], // sat
  [0.0, 0.3, 1.4, 0.0], // on
  [0.2, 0.0, 1.5, 0.0], // the
  [1.6, 0.0, 0.1, -0.6], // mat
  [0.0, 0.4, 1.3, 0.0], // because
  [0.9, 0.0, 0.4, 1.0], // it
  [0.0, 1.2, 0.8, 0.0], // was
  [0.3, 0.9, 0.0, 0.5], // tired
];

export const QUERIES: readonly (readonly number[])[] = [
  [1.6, 0.0, 0.0, 0.3], // the: looks for the noun it introduces
  [0.3, 1.5, 0.0, 0.2], // cat: looks for its action
  [1.2, 0.0, 0.0, 1.4], // sat: looks for an animate subject
  [1.5, 0.0, 0.0, -0.4], // on: looks for a place noun
  [1.6, 0.0, 0.0, -0.2], // the: looks for the noun it introduces
  [0.0, 1.0, 0.9, 0.0], // mat: looks for the preposition and verb
  [0.0, 1.4, 0.0, 0.6], // because: looks for the clause it links
  [1.3, 0.0, 0.0, 1.8], // it: looks for an animate noun
  [1.2, 0.0, 0.0, 1.2], // was: looks for its subject
  [1.4, 0.3, 0.0, 1.6], // tired: looks for who is tired
];
