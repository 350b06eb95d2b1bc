/**
 * softmax(z / T): the one implementation every diagram uses. Computed stably by subtracting
 * the largest scaled entry; entries of −∞ (masked positions) get probability 0.
 */
export function softmax(z: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new Error('temperature must be positive');
  if (z.length === 0) return [];
  const scaled = z.map((v) => v / temperature);
  const m = Math.max(...scaled);
  if (m === -Infinity) throw new Error('softmax needs at least one finite entry');
  const e = scaled.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
