/**
 * The computation behind the RLHF diagram, on a toy set of responses y to one prompt.
 *
 * The KL-regularised objective  max_π E_π[r(y)] − β · KL(π ‖ π_ref)  has the closed-form optimum
 *   π*(y) = π_ref(y) · exp(r(y)/β) / Z,   Z = Σ_y π_ref(y) · exp(r(y)/β).
 * Reward models are trained with the Bradley–Terry model P(y_w ≻ y_l) = σ(r(y_w) − r(y_l)).
 * DPO (Rafailov et al., 2023) skips the reward model and minimises, for a preference pair,
 *   L_DPO = −log σ( β·[log π(y_w)/π_ref(y_w) − log π(y_l)/π_ref(y_l)] ).
 */

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** π* ∝ π_ref · exp(r/β), computed in log space for stability. */
export function optimalPolicy(piRef: number[], rewards: number[], beta: number): number[] {
  if (piRef.length !== rewards.length) throw new Error('piRef and rewards must have the same length');
  if (!(beta > 0)) throw new Error('beta must be positive');
  const logits = piRef.map((p, i) => Math.log(p) + rewards[i] / beta);
  const max = Math.max(...logits);
  const w = logits.map((l) => Math.exp(l - max));
  const z = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / z);
}

export function expectedReward(pi: number[], rewards: number[]): number {
  return pi.reduce((a, p, i) => a + p * rewards[i], 0);
}

/** KL(p ‖ q) in nats. */
export function kl(p: number[], q: number[]): number {
  return p.reduce((a, pi, i) => (pi > 0 ? a + pi * Math.log(pi / q[i]) : a), 0);
}

/** Bradley–Terry probability that y_w is preferred to y_l. */
export function preferenceProb(rW: number, rL: number): number {
  return sigmoid(rW - rL);
}

/** DPO loss for one pair, from the policy's and the reference's probabilities of both responses. */
export function dpoLoss(piW: number, piL: number, refW: number, refL: number, beta: number): number {
  const margin = beta * (Math.log(piW / refW) - Math.log(piL / refL));
  // −log σ(m) = log(1 + e^(−m)), written to stay finite for large |m|
  return margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
}

/** The implicit reward DPO assigns: β · log(π(y)/π_ref(y)). */
export function implicitReward(pi: number, ref: number, beta: number): number {
  return beta * Math.log(pi / ref);
}

export interface Response { label: string }

/** Toy prompt, responses, reference probabilities and reward-model scores (illustrative). */
export const TOY = {
  prompt: 'How do I reverse a list in Python?',
  responses: ['slicing + example', 'lst.reverse() only', 'long tangent', '“just google it”', 'wrong answer'],
  piRef: [0.2, 0.3, 0.2, 0.15, 0.15],
  rewards: [2.0, 1.2, 0.2, -1.0, -2.0],
};

export interface Tradeoff { beta: number; reward: number; kl: number }

/** Expected reward and KL of π* over a range of β (log-spaced). */
export function tradeoffCurve(piRef: number[], rewards: number[], betas: number[]): Tradeoff[] {
  return betas.map((beta) => {
    const pi = optimalPolicy(piRef, rewards, beta);
    return { beta, reward: expectedReward(pi, rewards), kl: kl(pi, piRef) };
  });
}
