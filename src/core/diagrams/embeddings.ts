/**
 * The computation behind the Embeddings diagram: cosine similarity and nearest neighbours over a
 * small hand-made word set, vector analogies, and a fixed linear projection to a 2-D map.
 */

export function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('vectors must have the same length');
  return a.reduce((s, v, i) => s + v * b[i], 0);
}

export const norm = (a: readonly number[]): number => Math.sqrt(dot(a, a));

/** cos θ = a·b / (‖a‖ ‖b‖), in [−1, 1]. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  const d = norm(a) * norm(b);
  if (d === 0) throw new Error('cosine is undefined for a zero vector');
  return Math.max(-1, Math.min(1, dot(a, b) / d)); // clamp rounding just outside [−1, 1]
}

export const addVec = (a: readonly number[], b: readonly number[]): number[] => a.map((v, i) => v + b[i]);
export const subVec = (a: readonly number[], b: readonly number[]): number[] => a.map((v, i) => v - b[i]);

export interface Neighbour { word: string; similarity: number }

/** The k words most similar to `query` by cosine, excluding the words in `exclude`; ties keep table order. */
export function nearest(query: readonly number[], table: Readonly<Record<string, readonly number[]>>, k: number, exclude: readonly string[] = []): Neighbour[] {
  return Object.entries(table)
    .filter(([w]) => !exclude.includes(w))
    .map(([word, v]) => ({ word, similarity: cosine(query, v) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}

/** a − b + c, and the nearest word to it that is not one of a, b, c. */
export function analogy(table: Readonly<Record<string, readonly number[]>>, a: string, b: string, c: string): { vector: number[]; answer: Neighbour } {
  const vector = addVec(subVec(table[a], table[b]), table[c]);
  return { vector, answer: nearest(vector, table, 1, [a, b, c])[0] };
}

/**
 * The built-in word set: hand-made 8-d vectors whose dimensions have names, so the arithmetic
 * can be checked by eye. Real embeddings have hundreds of unnamed dimensions.
 */
export const DIMENSIONS = ['person', 'royalty', 'male (+) / female (−)', 'youth', 'animal', 'dog (+) / cat (−)', 'food', 'sweet (+) / savoury (−)'] as const;

export const WORDS: Readonly<Record<string, readonly number[]>> = {
  king: [1.0, 1.0, 0.9, 0.0, 0.0, 0.0, 0.0, 0.0],
  queen: [1.0, 0.95, -0.85, 0.05, 0.0, 0.0, 0.0, 0.0],
  prince: [1.0, 0.8, 0.9, 0.7, 0.0, 0.0, 0.0, 0.0],
  princess: [1.0, 0.8, -0.9, 0.7, 0.0, 0.0, 0.0, 0.0],
  man: [1.0, 0.0, 0.9, 0.1, 0.0, 0.0, 0.0, 0.0],
  woman: [1.0, 0.0, -0.9, 0.1, 0.0, 0.0, 0.0, 0.0],
  boy: [1.0, 0.0, 0.8, 0.9, 0.0, 0.0, 0.0, 0.0],
  girl: [1.0, 0.0, -0.8, 0.9, 0.0, 0.0, 0.0, 0.0],
  dog: [0.1, 0.0, 0.0, 0.0, 1.0, 0.5, 0.0, 0.0],
  puppy: [0.1, 0.0, 0.0, 0.8, 1.0, 0.5, 0.0, 0.0],
  cat: [0.1, 0.0, 0.0, 0.0, 1.0, -0.5, 0.1, 0.0],
  kitten: [0.1, 0.0, 0.0, 0.8, 1.0, -0.5, 0.1, 0.0],
  apple: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.9],
  bread: [0.0, 0.0, 0.0, 0.0, 0.05, 0.0, 0.9, 0.0],
  cheese: [0.0, 0.0, 0.0, 0.1, 0.2, 0.0, 0.9, -0.6],
};

/**
 * The 2-D map: a fixed linear projection (2 × 8 matrix) picked so the groups are legible.
 * Because it is linear, the projection of a − b + c equals proj(a) − proj(b) + proj(c), so an
 * analogy parallelogram in the full space stays a parallelogram on the map. Distances on the map
 * are only a hint; similarities are always computed on the full vectors.
 */
export const PROJECTION: readonly (readonly number[])[] = [
  [-1.2, -0.7, 0.0, 0.6, 0.5, 0.0, 0.7, 0.6],
  [0.0, 0.35, 0.9, 0.0, 0.4, 0.8, -0.9, 0.0],
];

export const project = (v: readonly number[]): [number, number] => [dot(PROJECTION[0], v), dot(PROJECTION[1], v)];

/** Analogies offered by the diagram: a − b + c should land near `expected`. */
export const ANALOGIES: { a: string; b: string; c: string; expected: string }[] = [
  { a: 'king', b: 'man', c: 'woman', expected: 'queen' },
  { a: 'prince', b: 'boy', c: 'girl', expected: 'princess' },
  { a: 'puppy', b: 'dog', c: 'cat', expected: 'kitten' },
];
