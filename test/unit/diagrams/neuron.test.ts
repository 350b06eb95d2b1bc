import * as assert from 'node:assert/strict';
import { neuron } from '../../../src/core/diagrams/neuron';

describe('diagram neuron', () => {
  it('computes the weighted sum plus bias worked out by hand', () => {
    // 0.5*2 + (-1)*1 + 0.2 = 0.2
    const r = neuron([2, 1], [0.5, -1], 0.2, 'relu');
    assert.deepEqual(r.products, [1, -1]);
    assert.ok(Math.abs(r.z - 0.2) < 1e-12);
    assert.ok(Math.abs(r.output - 0.2) < 1e-12);
  });
  it('ReLU clips a negative sum to zero; sigmoid(0) is one half', () => {
    assert.equal(neuron([1], [-3], 0, 'relu').output, 0);
    assert.equal(neuron([1], [0], 0, 'sigmoid').output, 0.5);
  });
  it('rejects mismatched lengths', () => {
    assert.throws(() => neuron([1, 2], [1], 0, 'identity'), /same length/);
  });
});
