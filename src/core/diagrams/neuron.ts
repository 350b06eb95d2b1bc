/** The computation behind the Neuron diagram: a weighted sum plus bias, through an activation. */

export type Activation = 'relu' | 'sigmoid' | 'tanh' | 'identity';

export const activations: Record<Activation, (z: number) => number> = {
  relu: (z) => Math.max(0, z),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => Math.tanh(z),
  identity: (z) => z,
};

export interface NeuronResult {
  /** Each input times its weight. */
  products: number[];
  /** z = Σ w_i x_i + b */
  z: number;
  /** a = f(z) */
  output: number;
}

export function neuron(inputs: number[], weights: number[], bias: number, f: Activation): NeuronResult {
  if (inputs.length !== weights.length) throw new Error('inputs and weights must have the same length');
  const products = inputs.map((x, i) => x * weights[i]);
  const z = products.reduce((a, b) => a + b, 0) + bias;
  return { products, z, output: activations[f](z) };
}
