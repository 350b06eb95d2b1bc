import * as assert from 'node:assert/strict';
import { lrAt, nqm, schedule, trainingRun } from '../../../src/core/diagrams/pretraining-loop';

const near = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

describe('diagram pretraining-loop', () => {
  const cfg = { peak: 1e-3, warmup: 100, total: 1000, minRatio: 0.1 };

  it('warms up linearly from zero to the peak', () => {
    // η(t) = 1e-3 · t / 100
    near(lrAt(0, cfg), 0);
    near(lrAt(50, cfg), 5e-4);
    near(lrAt(100, cfg), 1e-3);
  });

  it('decays along a cosine to 10% of the peak', () => {
    // halfway through the decay (t = 550): 1e-4 + ½ · 9e-4 · (1 + cos(π/2)) = 1e-4 + 4.5e-4 = 5.5e-4
    near(lrAt(550, cfg), 5.5e-4);
    // end (t = 1000): 1e-4 + ½ · 9e-4 · (1 + cos π) = 1e-4
    near(lrAt(1000, cfg), 1e-4);
    // a quarter of the way (t = 325): 1e-4 + 4.5e-4 · (1 + cos(π/4)) = 1e-4 + 4.5e-4 · 1.70711 = 8.6820e-4
    near(lrAt(325, cfg), 1e-4 + 4.5e-4 * (1 + Math.SQRT1_2));
    const s = schedule(cfg);
    assert.equal(s.length, 1000);
    for (let t = 1; t < 1000; t++) {
      if (t <= 100) assert.ok(s[t] >= s[t - 1], `warmup rises at ${t}`);
      else assert.ok(s[t] <= s[t - 1], `decay falls at ${t}`);
    }
  });

  it('one noiseless direction shrinks by (1 − ηh)² per step', () => {
    // h = 1, m₀ = 2 (loss ½·1·2 = 1), η = 0.5: m → 2·0.25 = 0.5 → 0.125; loss 1 → 0.25 → 0.0625
    const r = nqm([0.5, 0.5], { batch: 1, modes: 1, hMax: 1, sigma2: 0, floor: 0, start: 1 });
    assert.equal(r.loss.length, 3);
    near(r.loss[0], 1);
    near(r.loss[1], 0.25);
    near(r.loss[2], 0.0625);
    assert.equal(r.divergedAt, -1);
  });

  it('gradient noise leaves a floor η σ² / (2B (2 − ηh)) · h that halves when the batch doubles', () => {
    // fixed point m* = η² h σ²/B / (1 − (1 − ηh)²) = η σ² / (B (2 − ηh));
    // h = 1, σ² = 1, η = 0.5: B = 1 → m* = 0.5 / 1.5 = 1/3, loss ½ m* = 1/6; B = 2 → 1/12
    const lrs = new Array(200).fill(0.5);
    const one = { modes: 1, hMax: 1, sigma2: 1, floor: 0, start: 1 };
    near(nqm(lrs, { ...one, batch: 1 }).loss[200], 1 / 6, 1e-9);
    near(nqm(lrs, { ...one, batch: 2 }).loss[200], 1 / 12, 1e-9);
  });

  it('a step with ηh > 2 makes the direction grow: divergence', () => {
    // η = 2.5, h = 1: (1 − 2.5)² = 2.25 > 1 per step, so the loss passes 1000 within a few steps
    const r = nqm(new Array(50).fill(2.5), { batch: 1, modes: 1, hMax: 1, sigma2: 0, floor: 0, start: 1 });
    assert.ok(r.divergedAt >= 0 && r.divergedAt < 10);
  });

  it('a fixed budget of sequences sets the number of steps', () => {
    // 2^20 sequences / batch 256 = 4096 steps; warmup 5% = 205 steps
    const r = trainingRun({ peak: 1e-3, batch: 256, warmupFrac: 0.05, sequences: 2 ** 20 });
    assert.equal(r.steps, 4096);
    assert.equal(r.lr.length, 4096);
    near(r.lr[205], 1e-3);
    assert.equal(r.loss.length, 4097);
    // the toy starts at floor + start = 2 + 8.8 and ends well below
    near(r.loss[0], 10.8, 1e-9);
    assert.ok(r.loss[4096] < 3);
  });

  it('decaying the learning rate ends lower than holding it at the peak when noise dominates', () => {
    // small batch, high learning rate: the noise floor ∝ η / B is large unless η is annealed
    const r = trainingRun({ peak: 1e-3, batch: 128, warmupFrac: 0.05, sequences: 2 ** 20 });
    assert.ok(r.loss[r.steps] < r.constantLoss[r.steps]);
  });
});
