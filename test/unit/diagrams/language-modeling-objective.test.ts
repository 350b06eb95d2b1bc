import * as assert from 'node:assert/strict';
import { crossEntropy, entropy, logitGradient, nextToken, sequenceLoss, softmax } from '../../../src/core/diagrams/language-modeling-objective';

const near = (a: number, b: number, tol = 1e-4) => assert.ok(Math.abs(a - b) < tol, `${a} ≉ ${b}`);

describe('diagram language-modeling-objective', () => {
  it('softmax of logits (2, 1, 0) at T = 1', () => {
    // e² = 7.3891, e¹ = 2.7183, e⁰ = 1, sum = 11.1073
    // p = (0.66524, 0.24473, 0.09003)
    const p = softmax([2, 1, 0]);
    near(p[0], 0.66524);
    near(p[1], 0.24473);
    near(p[2], 0.09003);
    near(p.reduce((a, b) => a + b, 0), 1, 1e-12);
  });

  it('cross-entropy and perplexity of the most likely token', () => {
    // −ln 0.66524 = 0.40761, perplexity = 1 / 0.66524 = 1.50321
    const r = nextToken([2, 1, 0], 0, 1);
    near(r.loss, 0.40761);
    near(r.perplexity, 1.50321);
  });

  it('a uniform guess over 6 tokens has loss ln 6 and perplexity 6', () => {
    // ln 6 = 1.79176; the perplexity counts the equally likely choices
    const r = nextToken([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], 4, 1);
    near(r.loss, Math.log(6), 1e-12);
    near(r.perplexity, 6, 1e-9);
    near(r.entropy, Math.log(6), 1e-12);
  });

  it('temperature 2 halves the logits: (2, 1, 0) becomes (1, 0.5, 0)', () => {
    // e¹ = 2.71828, e^0.5 = 1.64872, 1 → sum 5.36700 → p₀ = 0.50648
    near(softmax([2, 1, 0], 2)[0], 0.50648);
    // low temperature concentrates the mass on the top logit
    assert.ok(softmax([2, 1, 0], 0.1)[0] > 0.9999);
  });

  it('the loss of an unlikely true token is large', () => {
    // p₂ = 0.09003 → −ln p = 2.40761 = 2 + 0.40761 (the logit gap adds directly)
    near(crossEntropy(softmax([2, 1, 0]), 2), 2.40761);
  });

  it('sequence perplexity is the geometric mean of 1/p', () => {
    // p = (0.5, 0.25): mean loss = (ln 2 + ln 4) / 2 = 1.5 ln 2 = 1.03972; perplexity = 2^1.5 = 2.82843
    const r = sequenceLoss([0.5, 0.25]);
    near(r.loss, 1.5 * Math.LN2, 1e-12);
    near(r.perplexity, 2 * Math.SQRT2, 1e-12);
  });

  it('the gradient on the logits is p minus the one-hot target', () => {
    const g = logitGradient([0.7, 0.2, 0.1], 1);
    near(g[0], 0.7, 1e-12);
    near(g[1], -0.8, 1e-12);
    near(g[2], 0.1, 1e-12);
    near(entropy([1, 0, 0]), 0, 1e-12);
  });

  it('rejects a non-positive temperature and an out-of-range target', () => {
    assert.throws(() => softmax([1, 2], 0), /temperature/);
    assert.throws(() => crossEntropy([0.5, 0.5], 2), /range/);
  });
});
