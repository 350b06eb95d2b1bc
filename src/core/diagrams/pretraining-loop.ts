/**
 * The computation behind the Pre-training Loop diagram: a learning-rate schedule with linear
 * warmup and cosine decay, and the expected loss of SGD on a noisy quadratic model (NQM) that
 * follows that schedule.
 *
 * Schedule (t = step, W = warmup steps, S = total steps, η_min = minRatio · η_peak):
 *   η(t) = η_peak · t / W                                             for t < W
 *   η(t) = η_min + ½ (η_peak − η_min) (1 + cos(π (t − W) / (S − W)))   for W ≤ t ≤ S
 *
 * Toy model (noisy quadratic, in the spirit of Zhang et al., 2019): the loss is
 * L = L_floor + Σ_i ½ h_i x_i², one independent direction per curvature h_i = h_max · i^(−p).
 * Each step takes x ← x − η (h x + noise), where the gradient noise has variance h_i σ² / B for
 * batch size B. The expected squared distance m_i = E[x_i²] then evolves deterministically:
 *   m_i ← (1 − η h_i)² m_i + η² h_i σ² / B
 * so the curve is exact (no random numbers). Directions with η h_i > 2 blow up: divergence.
 */

export interface ScheduleConfig {
  peak: number;
  warmup: number;
  total: number;
  /** Final learning rate as a fraction of the peak (0.1 in the LLaMA recipe). */
  minRatio: number;
}

export function lrAt(step: number, c: ScheduleConfig): number {
  if (step < c.warmup) return (c.peak * step) / c.warmup;
  const span = Math.max(1, c.total - c.warmup);
  const progress = Math.min(1, (step - c.warmup) / span);
  const min = c.minRatio * c.peak;
  return min + 0.5 * (c.peak - min) * (1 + Math.cos(Math.PI * progress));
}

/** Learning rate used at each step 0 … total − 1. */
export function schedule(c: ScheduleConfig): number[] {
  return Array.from({ length: c.total }, (_, t) => lrAt(t, c));
}

export interface NqmOptions {
  batch: number;
  /** Number of directions (default 200). */
  modes?: number;
  /** Largest curvature (default 1000, so learning rates above 2/1000 diverge). */
  hMax?: number;
  /** Curvature decay exponent p in h_i = h_max · i^(−p) (default 1.5). */
  p?: number;
  /** Gradient-noise scale σ² (default 60). */
  sigma2?: number;
  /** Irreducible loss (default 2). */
  floor?: number;
  /** Initial loss above the floor (default 8.8, so the run starts near ln 50257 ≈ 10.8). */
  start?: number;
}

export interface NqmResult {
  /** Expected loss before each step and after the last: length lrs.length + 1. */
  loss: number[];
  /** The first step at which a direction exploded, or −1. */
  divergedAt: number;
}

export function nqm(lrs: number[], o: NqmOptions): NqmResult {
  const n = o.modes ?? 200;
  const hMax = o.hMax ?? 1000;
  const p = o.p ?? 1.5;
  const sigma2 = o.sigma2 ?? 60;
  const floor = o.floor ?? 2;
  const start = o.start ?? 8.8;
  const h: number[] = [];
  const m: number[] = [];
  // Initial loss share of direction i ∝ i^(−1/2), scaled so the excess loss is `start`.
  const w = Array.from({ length: n }, (_, i) => (i + 1) ** -0.5);
  const wSum = w.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    h.push(hMax * (i + 1) ** -p);
    m.push((2 * start * w[i]) / wSum / h[i]);
  }
  const lossOf = () => floor + m.reduce((a, mi, i) => a + 0.5 * h[i] * mi, 0);
  const loss = [lossOf()];
  let divergedAt = -1;
  for (let t = 0; t < lrs.length; t++) {
    const eta = lrs[t];
    for (let i = 0; i < n; i++) {
      const r = 1 - eta * h[i];
      m[i] = r * r * m[i] + (eta * eta * h[i] * sigma2) / o.batch;
    }
    const l = lossOf();
    if (!Number.isFinite(l) || l > 1e3) { divergedAt = t; break; }
    loss.push(l);
  }
  return { loss, divergedAt };
}

export interface RunConfig {
  peak: number;
  batch: number;
  /** Warmup as a fraction of all steps. */
  warmupFrac: number;
  /** Fixed budget of training sequences; steps = budget / batch. */
  sequences: number;
  minRatio?: number;
}

export interface RunResult {
  steps: number;
  lr: number[];
  loss: number[];
  divergedAt: number;
  /** The same run with the learning rate held at its peak after warmup (no decay). */
  constantLoss: number[];
}

export function trainingRun(c: RunConfig): RunResult {
  const steps = Math.max(1, Math.round(c.sequences / c.batch));
  const warmup = Math.round(c.warmupFrac * steps);
  const cfg: ScheduleConfig = { peak: c.peak, warmup, total: steps, minRatio: c.minRatio ?? 0.1 };
  const lr = schedule(cfg);
  const run = nqm(lr, { batch: c.batch });
  const flat = lr.map((v, t) => (t < warmup ? v : c.peak));
  return { steps, lr, loss: run.loss, divergedAt: run.divergedAt, constantLoss: nqm(flat, { batch: c.batch }).loss };
}
