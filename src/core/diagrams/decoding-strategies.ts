/**
 * The computation behind the Decoding Strategies diagram: temperature, top-k and top-p applied
 * to one fixed logit vector (in the order Hugging Face's generate applies them), and greedy and
 * beam search over a tiny fixed tree of continuations.
 */

import { softmax } from './softmax';

export { softmax };

/** Indices sorted by probability, highest first (lower index wins a tie). */
function order(p: number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
}

/** Keep the k most probable entries (k <= 0 or k >= length keeps everything). */
export function topKMask(p: number[], k: number): boolean[] {
  if (k <= 0 || k >= p.length) return p.map(() => true);
  const keep = new Set(order(p).slice(0, k));
  return p.map((_, i) => keep.has(i));
}

/**
 * Nucleus (top-p) filter: walk the tokens from most to least probable and keep each one while
 * the mass of the tokens already kept is still below p. The token that carries the running sum
 * to p or beyond is kept; at least one token always survives. A 1e-9 tolerance keeps exact
 * boundaries (mass already equal to p) from flipping on rounding.
 */
export function topPMask(p: number[], topP: number): boolean[] {
  const keep = p.map(() => false);
  let mass = 0;
  for (const i of order(p)) {
    if (mass >= topP - 1e-9 && keep.some(Boolean)) break;
    keep[i] = true;
    mass += p[i];
  }
  return keep;
}

/** Zero the dropped entries and rescale the kept ones to sum to 1. */
export function renormalise(p: number[], keep: boolean[]): number[] {
  const sum = p.reduce((a, v, i) => a + (keep[i] ? v : 0), 0);
  return p.map((v, i) => (keep[i] ? v / sum : 0));
}

export interface SamplingSettings {
  temperature: number;
  /** 0 means off. */
  topK: number;
  /** 1 means off. */
  topP: number;
}

export interface SamplingResult {
  /** softmax(logits / T) before any filter. */
  probs: number[];
  /** Survivors of top-k then top-p. */
  kept: boolean[];
  /** The distribution actually sampled from. */
  final: number[];
}

/** Temperature, then top-k, then top-p on the renormalised top-k survivors. */
export function sample(logits: number[], o: SamplingSettings): SamplingResult {
  const probs = softmax(logits, o.temperature);
  const afterK = topKMask(probs, o.topK);
  const pk = renormalise(probs, afterK);
  const afterP = topPMask(pk, o.topP).map((v, i) => v && afterK[i]);
  return { probs, kept: afterP, final: renormalise(probs, afterP) };
}

/** The fixed next-token candidates for "The weather today is". */
export const VOCAB = ['sunny', 'cloudy', 'warm', 'rainy', 'nice', 'cold', 'perfect', 'purple'];
export const LOGITS = [3.2, 2.6, 2.1, 1.7, 1.2, 0.8, 0.3, -1.5];

/** A node of the continuation tree: the token and its probability given its parent's path. */
export interface TreeNode { token: string; p: number; children?: TreeNode[] }

/** "The chef" → three more tokens; built so greedy, beam 2 and beam 3 all end differently. */
export const TREE: TreeNode = {
  token: 'The chef', p: 1, children: [
    { token: 'cooked', p: 0.55, children: [
      { token: 'the', p: 0.52, children: [{ token: 'fish', p: 0.55 }, { token: 'rice', p: 0.45 }] },
      { token: 'a', p: 0.48, children: [{ token: 'meal', p: 0.95 }, { token: 'egg', p: 0.05 }] },
    ] },
    { token: 'served', p: 0.45, children: [
      { token: 'dinner', p: 0.9, children: [{ token: '.', p: 0.6 }, { token: 'late', p: 0.4 }] },
      { token: 'us', p: 0.1, children: [{ token: 'soup', p: 0.7 }, { token: 'tea', p: 0.3 }] },
    ] },
  ],
};

export interface Hypothesis {
  /** Child indices from the root, e.g. [1, 0] = served → dinner. */
  path: number[];
  tokens: string[];
  /** Sum of ln p along the path. */
  logProb: number;
}

function nodeAt(root: TreeNode, path: number[]): TreeNode {
  let n = root;
  for (const i of path) n = n.children![i];
  return n;
}

/**
 * Beam search: at each depth extend every kept hypothesis by every child, score by the summed
 * log-probability, keep the `width` best. Width 1 is greedy decoding. Returns the beam after
 * each depth (beams[0] is the first token) so the diagram can show what was kept and pruned.
 */
export function beamSearch(root: TreeNode, width: number): { beams: Hypothesis[][]; best: Hypothesis } {
  let beam: Hypothesis[] = [{ path: [], tokens: [], logProb: 0 }];
  const beams: Hypothesis[][] = [];
  for (;;) {
    const cands: Hypothesis[] = [];
    for (const h of beam) {
      const n = nodeAt(root, h.path);
      (n.children ?? []).forEach((c, i) => cands.push({ path: [...h.path, i], tokens: [...h.tokens, c.token], logProb: h.logProb + Math.log(c.p) }));
    }
    if (!cands.length) break;
    cands.sort((a, b) => b.logProb - a.logProb);
    beam = cands.slice(0, width);
    beams.push(beam);
  }
  return { beams, best: beam[0] };
}

/** Every root-to-leaf sequence with its log-probability, best first (the exhaustive answer). */
export function allSequences(root: TreeNode): Hypothesis[] {
  const out: Hypothesis[] = [];
  const walk = (n: TreeNode, h: Hypothesis) => {
    if (!n.children?.length) { if (h.path.length) out.push(h); return; }
    n.children.forEach((c, i) => walk(c, { path: [...h.path, i], tokens: [...h.tokens, c.token], logProb: h.logProb + Math.log(c.p) }));
  };
  walk(root, { path: [], tokens: [], logProb: 0 });
  return out.sort((a, b) => b.logProb - a.logProb);
}
