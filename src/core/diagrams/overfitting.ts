/**
 * The computation behind the Overfitting diagram: seeded noisy samples of a known function,
 * a train/validation split, and least-squares polynomial fits solved by Householder QR.
 */

/** mulberry32: a small deterministic PRNG giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by the Box–Muller transform. */
export function gaussian(rand: () => number): number {
  const u = 1 - rand(); // in (0, 1], so log(u) is finite
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The function the data comes from. */
export const truth = (x: number): number => Math.sin(Math.PI * x);

export interface Point { x: number; y: number }
export interface Dataset { train: Point[]; validation: Point[] }

/**
 * n points at evenly spaced x in [−1, 1], y = sin(πx) + noise·N(0, 1). The two end points
 * always go to training (so validation measures interpolation, not extrapolation); a seeded
 * shuffle of the interior points sends nTrain − 2 more to training and the rest to validation.
 */
export function makeDataset(seed: number, n = 20, nTrain = 12, noise = 0.25): Dataset {
  const rand = mulberry32(seed);
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const x = -1 + (2 * i) / (n - 1);
    pts.push({ x, y: truth(x) + noise * gaussian(rand) });
  }
  const idx = pts.map((_, i) => i).slice(1, n - 1);
  for (let i = idx.length - 1; i > 0; i--) { // Fisher–Yates
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const trainSet = new Set([0, n - 1, ...idx.slice(0, nTrain - 2)]);
  return { train: pts.filter((_, i) => trainSet.has(i)), validation: pts.filter((_, i) => !trainSet.has(i)) };
}

/**
 * Least squares min ‖A c − y‖ by Householder QR: reduce A to upper-triangular R while applying
 * the same reflections to y, then back-substitute R c = Qᵀy. Better conditioned than forming
 * the normal equations AᵀA c = Aᵀy, which squares the condition number.
 */
export function leastSquares(A: readonly (readonly number[])[], y: readonly number[]): number[] {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  if (m < n) throw new Error(`need at least ${n} points for ${n} unknowns, got ${m}`);
  if (y.length !== m) throw new Error('A and y must have the same number of rows');
  const R = A.map((r) => r.slice());
  const b = y.slice();
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += R[i][k] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) throw new Error('matrix is rank deficient');
    const alpha = R[k][k] > 0 ? -norm : norm;
    const v = new Array<number>(m).fill(0);
    for (let i = k; i < m; i++) v[i] = R[i][k];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < m; i++) vv += v[i] ** 2;
    if (vv === 0) continue;
    for (let j = k; j < n; j++) { // R ← (I − 2vvᵀ/vᵀv) R
      let d = 0;
      for (let i = k; i < m; i++) d += v[i] * R[i][j];
      const f = (2 * d) / vv;
      for (let i = k; i < m; i++) R[i][j] -= f * v[i];
    }
    let d = 0;
    for (let i = k; i < m; i++) d += v[i] * b[i];
    const f = (2 * d) / vv;
    for (let i = k; i < m; i++) b[i] -= f * v[i];
  }
  const c = new Array<number>(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    let s = b[k];
    for (let j = k + 1; j < n; j++) s -= R[k][j] * c[j];
    if (Math.abs(R[k][k]) < 1e-14) throw new Error('matrix is rank deficient');
    c[k] = s / R[k][k];
  }
  return c;
}

/** Vandermonde row [1, x, x², …, x^degree]. */
export const powers = (x: number, degree: number): number[] => Array.from({ length: degree + 1 }, (_, i) => x ** i);

/** Coefficients c_0 … c_d of the least-squares polynomial of the given degree. */
export function polyfit(xs: readonly number[], ys: readonly number[], degree: number): number[] {
  return leastSquares(xs.map((x) => powers(x, degree)), ys);
}

/** Horner's rule: c_0 + x(c_1 + x(c_2 + …)). */
export function polyval(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i];
  return s;
}

export function mse(c: readonly number[], pts: readonly Point[]): number {
  return pts.reduce((s, p) => s + (polyval(c, p.x) - p.y) ** 2, 0) / pts.length;
}

export interface FitReport { degree: number; coeffs: number[]; trainMse: number; validationMse: number }

export function fitReport(data: Dataset, degree: number): FitReport {
  const coeffs = polyfit(data.train.map((p) => p.x), data.train.map((p) => p.y), degree);
  return { degree, coeffs, trainMse: mse(coeffs, data.train), validationMse: mse(coeffs, data.validation) };
}
