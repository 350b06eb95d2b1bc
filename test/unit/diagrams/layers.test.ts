import * as assert from 'node:assert/strict';
import { dense, forward, NET, parameterCount } from '../../../src/core/diagrams/layers';

const closeAll = (a: number[], b: number[]) => a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) < 1e-12, `${a} vs ${b}`));

describe('diagram layers', () => {
  it('forward pass of input (1, 0) worked out by hand', () => {
    // layer 1: z = (1·1 − 1·0 + 0, 0.5·1 + 1·0 − 0.5, −1·1 + 0.5·0 + 0.2) = (1, 0, −0.8) → ReLU (1, 0, 0)
    // layer 2: z = (1·1 + 0.1, −0.5·1, 0.5·1 − 0.2) = (1.1, −0.5, 0.3) → ReLU (1.1, 0, 0.3)
    // layer 3: y = (1.1 + 0.5·0.3, −1.1 + 0.5·0.3 + 0.1) = (1.25, −0.85), linear
    const t = forward(NET, [1, 0]);
    closeAll(t.preActivations[0], [1, 0, -0.8]);
    closeAll(t.activations[1], [1, 0, 0]);
    closeAll(t.preActivations[1], [1.1, -0.5, 0.3]);
    closeAll(t.activations[2], [1.1, 0, 0.3]);
    closeAll(t.activations[3], [1.25, -0.85]);
    assert.equal(t.activations.length, 4);
  });
  it('ReLU zeroes negative pre-activations; the linear output keeps its sign', () => {
    // input (0, 1): layer 1 z = (−1, 0.5, 0.7) → (0, 0.5, 0.7)
    const t = forward(NET, [0, 1]);
    closeAll(t.activations[1], [0, 0.5, 0.7]);
    // layer 2: z = (0.25 − 0.35 + 0.1, 0.5 + 0.35, −0.5 + 0.7 − 0.2) = (0, 0.85, 0) ; output (−0.425, 0.95)
    closeAll(t.activations[3], [-0.425, 0.95]);
  });
  it('counts parameters: (2·3 + 3) + (3·3 + 3) + (3·2 + 2) = 29', () => {
    assert.equal(parameterCount(NET), 29);
  });
  it('a tanh layer squashes, and a wrong input size is rejected', () => {
    const r = dense({ weights: [[2]], bias: [0], activation: 'tanh' }, [0.5]);
    assert.ok(Math.abs(r.a[0] - Math.tanh(1)) < 1e-12);
    assert.throws(() => dense(NET[0], [1, 2, 3]), /expects 2 inputs/);
  });
});
