/** The computation behind the Layers diagram: a forward pass through a small fixed MLP (2-3-3-2). */

export type LayerActivation = 'relu' | 'tanh' | 'identity';

const act: Record<LayerActivation, (z: number) => number> = {
  relu: (z) => Math.max(0, z),
  tanh: (z) => Math.tanh(z),
  identity: (z) => z,
};

export interface DenseLayer {
  /** weights[j][i]: from input unit i to output unit j (shape out × in, as in PyTorch's nn.Linear). */
  weights: number[][];
  bias: number[];
  activation: LayerActivation;
}

export interface ForwardTrace {
  /** activations[0] is the input; activations[l + 1] is the output of layer l. */
  activations: number[][];
  /** preActivations[l] = W_l a_l + b_l for layer l. */
  preActivations: number[][];
}

/** One dense layer: a = f(W x + b). */
export function dense(layer: DenseLayer, x: readonly number[]): { z: number[]; a: number[] } {
  const z = layer.weights.map((row, j) => {
    if (row.length !== x.length) throw new Error(`layer expects ${row.length} inputs, got ${x.length}`);
    return row.reduce((s, w, i) => s + w * x[i], layer.bias[j]);
  });
  return { z, a: z.map(act[layer.activation]) };
}

/** Run the whole network, keeping every layer's values (what the diagram draws). */
export function forward(net: readonly DenseLayer[], input: readonly number[]): ForwardTrace {
  const activations = [input.slice()];
  const preActivations: number[][] = [];
  for (const layer of net) {
    const { z, a } = dense(layer, activations[activations.length - 1]);
    preActivations.push(z);
    activations.push(a);
  }
  return { activations, preActivations };
}

/** Weights plus biases: Σ (in·out + out). */
export function parameterCount(net: readonly DenseLayer[]): number {
  return net.reduce((s, l) => s + l.weights.length * l.weights[0].length + l.bias.length, 0);
}

/** The fixed 2-3-3-2 network of the diagram (hand-picked weights; two ReLU hidden layers, linear output). */
export const NET: DenseLayer[] = [
  { weights: [[1.0, -1.0], [0.5, 1.0], [-1.0, 0.5]], bias: [0.0, -0.5, 0.2], activation: 'relu' },
  { weights: [[1.0, 0.5, -0.5], [-0.5, 1.0, 0.5], [0.5, -1.0, 1.0]], bias: [0.1, 0.0, -0.2], activation: 'relu' },
  { weights: [[1.0, -0.5, 0.5], [-1.0, 1.0, 0.5]], bias: [0.0, 0.1], activation: 'identity' },
];

/** Example inputs for the picker. */
export const INPUTS: { name: string; x: [number, number] }[] = [
  { name: 'A (1, 0)', x: [1, 0] },
  { name: 'B (0, 1)', x: [0, 1] },
  { name: 'C (−1, 0.5)', x: [-1, 0.5] },
  { name: 'D (1, 1)', x: [1, 1] },
  { name: 'E (−1, −1)', x: [-1, -1] },
];
