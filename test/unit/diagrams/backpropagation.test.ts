import * as assert from 'node:assert/strict';
import { add, backward, buildLoss, gradientStep, handGradients, leaf, mul, square, sub } from '../../../src/core/diagrams/backpropagation';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram backpropagation', () => {
  it('forward values of L = (w·x + b − y)² at w=2, x=3, b=1, y=5', () => {
    // p = 6, z = 7, r = 2, L = 4
    const g = buildLoss(2, 3, 1, 5);
    assert.deepEqual([g.p.value, g.z.value, g.r.value, g.L.value], [6, 7, 2, 4]);
  });
  it('autodiff gradients equal the hand derivatives', () => {
    // ∂L/∂r = 2r = 4; ∂L/∂z = 4·1; ∂L/∂p = 4; ∂L/∂b = 4; ∂L/∂y = 4·(−1) = −4
    // ∂L/∂w = ∂L/∂p · x = 4·3 = 12 = 2(wx + b − y)·x; ∂L/∂x = 4·w = 8
    const g = buildLoss(2, 3, 1, 5);
    backward(g.L);
    assert.equal(g.L.grad, 1);
    assert.equal(g.r.grad, 4);
    assert.equal(g.z.grad, 4);
    assert.equal(g.b.grad, 4);
    assert.equal(g.y.grad, -4);
    assert.equal(g.w.grad, 12);
    assert.equal(g.x.grad, 8);
    const hand = handGradients(2, 3, 1, 5);
    assert.equal(hand.dw, 12);
    assert.equal(hand.db, 4);
  });
  it('matches the hand formula and a finite difference at other points', () => {
    for (const [w, x, b, y] of [[0.5, 1.5, 0, 2], [-1.2, 0.7, 0.3, -0.4], [3, -2, 1, 1]]) {
      const g = buildLoss(w, x, b, y);
      backward(g.L);
      const hand = handGradients(w, x, b, y);
      close(g.w.grad, hand.dw);
      close(g.b.grad, hand.db);
      const h = 1e-6;
      close(g.w.grad, (buildLoss(w + h, x, b, y).L.value - buildLoss(w - h, x, b, y).L.value) / (2 * h), 1e-5);
    }
  });
  it('reports each edge\'s gradient, from the loss back to the leaves', () => {
    const g = buildLoss(2, 3, 1, 5);
    const edges = backward(g.L);
    assert.deepEqual(edges.map((e) => `${e.from}->${e.to}:${e.grad}`), ['r->L:4', 'z->r:4', 'y->r:-4', 'p->z:4', 'b->z:4', 'w->p:12', 'x->p:8']);
  });
  it('accumulates when a node is used twice: d(x·x)/dx = 2x, d(x² − x)/dx = 2x − 1', () => {
    const x = leaf('x', 3);
    backward(mul(x, x));
    assert.equal(x.grad, 6);
    const x2 = leaf('x', 3);
    backward(sub(square(x2), x2));
    assert.equal(x2.grad, 5);
    const a = leaf('a', 1);
    backward(add(a, a));
    assert.equal(a.grad, 2);
  });
  it('a gradient step lowers the loss; lr = 0.02 gives w = 1.76, b = 0.92, L = 1.44', () => {
    // w ← 2 − 0.02·12 = 1.76; b ← 1 − 0.02·4 = 0.92; r = 1.76·3 + 0.92 − 5 = 1.2; L = 1.44
    const s = gradientStep(2, 1, 3, 5, 0.02);
    close(s.w, 1.76);
    close(s.b, 0.92);
    close(s.lossBefore, 4);
    close(s.lossAfter, 1.44);
  });
});
