/**
 * The computation behind the Context Window diagram: which tokens of an n-token document fit a
 * window of W tokens under three policies, and how the cost of full self-attention grows.
 */

/** A half-open span [start, end) of token positions. */
export interface Span { start: number; end: number }

export type Policy = 'keep-first' | 'keep-last' | 'sliding';

/** Truncation keeps one span: the first W tokens or the last W (all of them when n ≤ W). */
export function truncate(n: number, W: number, keep: 'keep-first' | 'keep-last'): Span {
  if (n <= W) return { start: 0, end: n };
  return keep === 'keep-first' ? { start: 0, end: W } : { start: n - W, end: n };
}

/**
 * Sliding windows of width W every `stride` tokens, starting at 0, stopping at the first
 * window that reaches the end (the loop used for strided perplexity evaluation). Consecutive
 * windows overlap by W − stride tokens when stride < W; stride > W would skip tokens, so it is
 * clamped to W.
 */
export function slidingWindows(n: number, W: number, stride: number): Span[] {
  if (W < 1 || stride < 1) throw new Error('window and stride must be at least 1');
  const st = Math.min(stride, W);
  const out: Span[] = [];
  for (let start = 0; ; start += st) {
    const end = Math.min(start + W, n);
    out.push({ start, end });
    if (end >= n) break;
  }
  return out;
}

/** Closed form of the window count: 1 if n ≤ W, else ⌈(n − W) / stride⌉ + 1. */
export function windowCount(n: number, W: number, stride: number): number {
  const st = Math.min(stride, W);
  return n <= W ? 1 : Math.ceil((n - W) / st) + 1;
}

/** Query–key pairs scored by full self-attention over n tokens: n². */
export function attentionPairs(n: number): number {
  return n * n;
}

/** Pairs with a causal mask (each token sees itself and the ones before it): n(n + 1) / 2. */
export function causalPairs(n: number): number {
  return (n * (n + 1)) / 2;
}

/** Total pairs when each sliding window is attended separately: Σ (window length)². */
export function slidingPairs(n: number, W: number, stride: number): number {
  return slidingWindows(n, W, stride).reduce((a, w) => a + (w.end - w.start) ** 2, 0);
}

/**
 * Approximate FLOPs of the two attention matmuls (QKᵀ and A·V) in one layer: each is an
 * n × n × d product of 2·n²·d FLOPs, so 4·n²·d in total.
 */
export function attentionFlops(n: number, d: number): number {
  return 4 * n * n * d;
}

/** Which tokens a policy lets the model see (union of spans), as a boolean per position. */
export function visible(n: number, spans: Span[]): boolean[] {
  const v = new Array<boolean>(n).fill(false);
  for (const s of spans) for (let i = s.start; i < s.end; i++) v[i] = true;
  return v;
}
