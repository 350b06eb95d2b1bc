import * as assert from 'node:assert/strict';
import { funnel, LLAMA_MIX, normalise, rawNeeded, rebalance, tokensBySource } from '../../../src/core/diagrams/pretraining-data';

const near = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≉ ${b}`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('diagram pretraining-data', () => {
  it('the LLaMA mixture sums to 100%', () => {
    // 82 + 4.5 + 4.5 + 2.5 + 4.5 + 2 = 100
    near(sum(LLAMA_MIX), 100);
  });

  it('normalise turns raw weights into percentages', () => {
    // (1, 1, 2) → (25, 25, 50)
    assert.deepEqual(normalise([1, 1, 2]), [25, 25, 50]);
    assert.deepEqual(normalise([0, 0]), [50, 50]);
  });

  it('rebalance keeps the total at 100 and the other sources in proportion', () => {
    // web 82 → 50: the other five (18 in total) share the remaining 50, each × 50/18
    // code 4.5 · 50/18 = 12.5, papers 2.5 · 50/18 = 6.944…, Q&A 2 · 50/18 = 5.555…
    const r = rebalance(LLAMA_MIX, 0, 50);
    near(r[0], 50);
    near(r[1], 12.5);
    near(r[3], 125 / 18);
    near(r[5], 50 / 9);
    near(sum(r), 100);
    // the ratio code : papers stays 4.5 : 2.5
    near(r[1] / r[3], 4.5 / 2.5);
  });

  it('rebalance splits the remainder equally when the others are all zero', () => {
    assert.deepEqual(rebalance([100, 0, 0], 0, 40), [40, 30, 30]);
    assert.deepEqual(rebalance([10, 20], 1, 150), [0, 100]);
  });

  it('tokens per source for a 1.4T-token budget', () => {
    // web 82% of 1.4e12 = 1.148e12; papers 2.5% = 3.5e10
    const t = tokensBySource(LLAMA_MIX, 1.4e12);
    near(t[0], 1.148e12);
    near(t[3], 3.5e10);
  });

  it('the funnel multiplies the keep rates stage by stage', () => {
    // 100 → ×0.5 = 50 → ×0.4 = 20 → ×0.9 = 18
    const c = funnel(100, [0.5, 0.4, 0.9]);
    assert.equal(c.length, 4);
    near(c[1], 50);
    near(c[2], 20);
    near(c[3], 18);
    assert.throws(() => funnel(1, [1.2]), /between 0 and 1/);
  });

  it('raw crawl needed to supply the web share', () => {
    // keep 0.6 · 0.4 · 0.95 = 0.228; 1.148e12 / 0.228 = 5.0351e12
    near(rawNeeded(1.148e12, [0.6, 0.4, 0.95]), 1.148e12 / 0.228);
    assert.equal(rawNeeded(1, [0.5, 0]), Infinity);
  });
});
