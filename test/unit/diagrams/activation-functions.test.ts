import * as assert from 'node:assert/strict';
import { ACT_ORDER, ACTIVATIONS, gelu, numericDerivative, readAt, sample } from '../../../src/core/diagrams/activation-functions';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram activation-functions', () => {
  it('values at hand-checked points', () => {
    assert.equal(ACTIVATIONS.relu.f(-2), 0);
    assert.equal(ACTIVATIONS.relu.f(3), 3);
    assert.equal(ACTIVATIONS.sigmoid.f(0), 0.5);
    assert.equal(ACTIVATIONS.tanh.f(0), 0);
    assert.equal(ACTIVATIONS.silu.f(0), 0);
    assert.equal(gelu(0), 0);
    // SiLU(1) = 1·σ(1) = 1/(1 + e^−1) = 0.731059
    close(ACTIVATIONS.silu.f(1), 0.731059, 1e-6);
    // GELU tanh form at 1: 0.5·(1 + tanh(√(2/π)·(1 + 0.044715))) = 0.5·(1 + tanh(0.833562)) = 0.841192
    close(gelu(1), 0.841192, 1e-6);
    // the exact GELU is x·Φ(x) = Φ(1) = 0.841345 at 1: the approximation is within 2e-4
    assert.ok(Math.abs(gelu(1) - 0.841345) < 2e-4);
  });
  it('slopes at 0: sigmoid 1/4, tanh 1, SiLU 1/2, GELU 1/2, ReLU 0 (subgradient choice)', () => {
    // σ'(0) = σ(0)(1 − σ(0)) = 0.25; tanh'(0) = 1 − 0 = 1; SiLU'(0) = σ(0)(1 + 0) = 0.5; GELU'(0) = 0.5(1 + 0) + 0 = 0.5
    close(ACTIVATIONS.sigmoid.df(0), 0.25);
    close(ACTIVATIONS.tanh.df(0), 1);
    close(ACTIVATIONS.silu.df(0), 0.5);
    close(ACTIVATIONS.gelu.df(0), 0.5);
    assert.equal(ACTIVATIONS.relu.df(0), 0);
    assert.equal(ACTIVATIONS.relu.df(2), 1);
  });
  it('closed-form derivatives agree with central differences', () => {
    for (const name of ACT_ORDER) {
      for (const x of [-3, -1.3, -0.4, 0.25, 0.9, 2.2, 3.7]) {
        close(ACTIVATIONS[name].df(x), numericDerivative(ACTIVATIONS[name].f, x), 1e-6);
      }
    }
  });
  it('GELU and SiLU approach ReLU far from zero', () => {
    close(gelu(8), 8, 1e-6);
    close(gelu(-8), 0, 1e-6);
    close(ACTIVATIONS.silu.f(30), 30, 1e-6);
  });
  it('readAt lists all five; sample spans the interval', () => {
    const r = readAt(0);
    assert.deepEqual(r.map((e) => e.name), ['relu', 'gelu', 'sigmoid', 'tanh', 'silu']);
    const pts = sample((x) => x, -2, 2, 4);
    assert.deepEqual(pts.map((p) => p[0]), [-2, -1, 0, 1, 2]);
  });
});
