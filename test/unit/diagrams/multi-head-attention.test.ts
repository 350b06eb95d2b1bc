import * as assert from 'node:assert/strict';
import { attentionHead, HEADS, matmul, multiHead, TOKENS, transpose, X } from '../../../src/core/diagrams/multi-head-attention';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram multi-head-attention', () => {
  it('matmul and transpose on a known 2 × 2', () => {
    // [[1,2],[3,4]]·[[5,6],[7,8]] = [[5+14, 6+16], [15+28, 18+32]]
    assert.deepEqual(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[19, 22], [43, 50]]);
    assert.deepEqual(transpose([[1, 2, 3]]), [[1], [2], [3]]);
    assert.throws(() => matmul([[1, 2]], [[1, 2]]), /shape/);
  });
  it('one head worked by hand, without and with the causal mask', () => {
    // X = I₂, W_Q = √2·ln3·I, W_K = I → Q Kᵀ = √2·ln3·I; / √2 → ln3·I
    // row 0: softmax(ln 3, 0) = (3/4, 1/4); row 1: (1/4, 3/4)
    const a = Math.SQRT2 * Math.log(3);
    const h = attentionHead([[1, 0], [0, 1]], [[a, 0], [0, a]], [[1, 0], [0, 1]], false);
    close(h.weights[0][0], 0.75);
    close(h.weights[0][1], 0.25);
    close(h.weights[1][1], 0.75);
    // causal: row 0 may only see itself → (1, 0); row 1 sees both → unchanged (1/4, 3/4)
    const c = attentionHead([[1, 0], [0, 1]], [[a, 0], [0, a]], [[1, 0], [0, 1]], true);
    assert.deepEqual(c.weights[0], [1, 0]);
    close(c.weights[1][0], 0.25);
    assert.equal(c.scores[0][1], -Infinity);
  });
  it('every row of every head sums to 1; masked cells are exactly 0', () => {
    for (const causal of [false, true]) {
      for (const h of multiHead(X, HEADS, causal)) {
        h.weights.forEach((row, i) => {
          close(row.reduce((s, v) => s + v, 0), 1);
          if (causal) row.forEach((v, j) => { if (j > i) assert.equal(v, 0); });
        });
      }
    }
  });
  it('the mask renormalises: a causal row equals softmax over the visible prefix', () => {
    const full = attentionHead(X, HEADS[2].Wq, HEADS[2].Wk, false);
    const masked = attentionHead(X, HEADS[2].Wq, HEADS[2].Wk, true);
    const i = 3;
    const prefix = full.weights[i].slice(0, i + 1);
    const total = prefix.reduce((s, v) => s + v, 0);
    prefix.forEach((v, j) => close(masked.weights[i][j], v / total));
  });
  it('head 1 looks at the previous token; head 3 matches word classes', () => {
    const [h1, , h3] = multiHead(X, HEADS, false);
    for (let i = 1; i < TOKENS.length; i++) {
      const row = h1.weights[i];
      assert.equal(row.indexOf(Math.max(...row)), i - 1);
    }
    // "cat" (noun) attends equally to both nouns, "cat" and "mat"
    close(h3.weights[1][1], h3.weights[1][5]);
    assert.ok(h3.weights[1][1] > 0.4);
  });
});
