import * as assert from 'node:assert/strict';
import { attentionRow, entropyBits, KEYS, QUERIES, SENTENCE, softmax } from '../../../src/core/diagrams/attention';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram attention', () => {
  it('softmax of a known vector', () => {
    // e^1 = 2.718282, e^2 = 7.389056, e^3 = 20.085537; sum = 30.192875
    // → 2.718282/30.192875 = 0.090031, 7.389056/30.192875 = 0.244728, 20.085537/30.192875 = 0.665241
    const p = softmax([1, 2, 3]);
    close(p[0], 0.090031, 1e-6);
    close(p[1], 0.244728, 1e-6);
    close(p[2], 0.665241, 1e-6);
    close(p[0] + p[1] + p[2], 1);
  });
  it('softmax of (0, ln 3) is exactly (1/4, 3/4)', () => {
    // e^0 = 1, e^(ln 3) = 3, sum 4
    const p = softmax([0, Math.log(3)]);
    close(p[0], 0.25);
    close(p[1], 0.75);
  });
  it('softmax ignores a constant shift and survives large scores', () => {
    // subtracting the max first means e^1000 is never formed
    const a = softmax([1001, 1002, 1003]);
    const b = softmax([1, 2, 3]);
    a.forEach((v, i) => close(v, b[i]));
  });
  it('a −∞ score gets exactly zero weight', () => {
    assert.deepEqual(softmax([0, -Infinity]), [1, 0]);
  });
  it('scaled dot product: divides by sqrt(d_k) and by the temperature', () => {
    // d_k = 4, q = e1, k1 = (2 ln 3) e1, k2 = e2: dots (2 ln 3, 0); / sqrt(4) = 2 → (ln 3, 0) → (3/4, 1/4)
    const keys = [[2 * Math.log(3), 0, 0, 0], [0, 1, 0, 0]];
    const r = attentionRow([1, 0, 0, 0], keys);
    close(r.dots[0], 2 * Math.log(3));
    close(r.weights[0], 0.75);
    close(r.weights[1], 0.25);
    // T = 2: scores (ln 3 / 2, 0) = (ln √3, 0) → √3/(√3 + 1) = 0.633975
    const hot = attentionRow([1, 0, 0, 0], keys, 2);
    close(hot.weights[0], Math.sqrt(3) / (Math.sqrt(3) + 1));
    close(hot.weights[0], 0.633975, 1e-6);
    assert.throws(() => attentionRow([1], [[1]], 0), /positive/);
  });
  it('entropy: uniform over 4 is 2 bits, one-hot is 0', () => {
    close(entropyBits([0.25, 0.25, 0.25, 0.25]), 2);
    close(entropyBits([1, 0, 0]), 0);
  });
  it('built-in example: "it" attends most to "cat", and lower temperature sharpens it', () => {
    const i = SENTENCE.indexOf('it');
    const w1 = attentionRow(QUERIES[i], KEYS, 1).weights;
    const best = w1.indexOf(Math.max(...w1));
    assert.equal(SENTENCE[best], 'cat');
    const w05 = attentionRow(QUERIES[i], KEYS, 0.5).weights;
    assert.ok(w05[best] > w1[best]);
    assert.ok(entropyBits(w05) < entropyBits(w1));
    assert.equal(KEYS.length, SENTENCE.length);
    assert.equal(QUERIES.length, SENTENCE.length);
  });
});
