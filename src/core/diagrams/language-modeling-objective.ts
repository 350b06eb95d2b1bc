/**
 * The computation behind the Language Modeling Objective diagram: a softmax over candidate
 * logits at temperature T, the cross-entropy of the true next token, and perplexity.
 *
 *   p_i = exp(z_i / T) / Σ_j exp(z_j / T)
 *   loss = −ln p_true          (nats)
 *   perplexity = exp(loss) = 1 / p_true   (one token); exp(mean loss) over a sequence
 */

import { softmax } from './softmax';

export { softmax };

/** −ln p of the token at index `target`. */
export function crossEntropy(probs: number[], target: number): number {
  if (target < 0 || target >= probs.length) throw new Error('target out of range');
  return -Math.log(probs[target]);
}

/** Shannon entropy in nats: the loss you would pay on average if the model were right about itself. */
export function entropy(probs: number[]): number {
  return -probs.reduce((a, p) => a + (p > 0 ? p * Math.log(p) : 0), 0);
}

/** Mean loss and perplexity of a sequence, given the probability the model gave each true token. */
export function sequenceLoss(trueProbs: number[]): { loss: number; perplexity: number } {
  if (trueProbs.length === 0) throw new Error('empty sequence');
  const loss = trueProbs.reduce((a, p) => a - Math.log(p), 0) / trueProbs.length;
  return { loss, perplexity: Math.exp(loss) };
}

/** Gradient of the loss with respect to the logits (at T = 1): p − onehot(target). */
export function logitGradient(probs: number[], target: number): number[] {
  return probs.map((p, i) => p - (i === target ? 1 : 0));
}

export interface NextTokenResult {
  probs: number[];
  loss: number;
  perplexity: number;
  entropy: number;
}

export function nextToken(logits: number[], target: number, temperature: number): NextTokenResult {
  const probs = softmax(logits, temperature);
  const loss = crossEntropy(probs, target);
  return { probs, loss, perplexity: Math.exp(loss), entropy: entropy(probs) };
}
