/**
 * The computation behind the Activation Functions diagram: five activations and their exact
 * derivatives. GELU uses the tanh approximation of Hendrycks & Gimpel (2016), the form GPT-2
 * used ("gelu_new" / approximate="tanh" in PyTorch).
 */

export type ActName = 'relu' | 'gelu' | 'sigmoid' | 'tanh' | 'silu';

export interface ActFn {
  name: ActName;
  label: string;
  f: (x: number) => number;
  /** The derivative f'(x), in closed form. ReLU uses 0 at x = 0 (the usual subgradient choice). */
  df: (x: number) => number;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** sqrt(2/π), the constant inside the tanh approximation of GELU. */
export const GELU_C = Math.sqrt(2 / Math.PI);
export const GELU_A = 0.044715;

export function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(GELU_C * (x + GELU_A * x ** 3)));
}

export function geluDerivative(x: number): number {
  const t = Math.tanh(GELU_C * (x + GELU_A * x ** 3));
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * GELU_A * x * x);
}

export const ACTIVATIONS: Record<ActName, ActFn> = {
  relu: { name: 'relu', label: 'ReLU', f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
  gelu: { name: 'gelu', label: 'GELU (tanh approx.)', f: gelu, df: geluDerivative },
  sigmoid: { name: 'sigmoid', label: 'sigmoid', f: sigmoid, df: (x) => { const s = sigmoid(x); return s * (1 - s); } },
  tanh: { name: 'tanh', label: 'tanh', f: Math.tanh, df: (x) => 1 - Math.tanh(x) ** 2 },
  silu: { name: 'silu', label: 'SiLU (swish)', f: (x) => x * sigmoid(x), df: (x) => { const s = sigmoid(x); return s * (1 + x * (1 - s)); } },
};

export const ACT_ORDER: ActName[] = ['relu', 'gelu', 'sigmoid', 'tanh', 'silu'];

/** Central finite difference, used by the tests to check the closed forms. */
export function numericDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Sample a function on [x0, x1] at n + 1 evenly spaced points (for plotting). */
export function sample(f: (x: number) => number, x0: number, x1: number, n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n;
    out.push([x, f(x)]);
  }
  return out;
}

/** Value and slope of every activation at x. */
export function readAt(x: number): { name: ActName; label: string; value: number; slope: number }[] {
  return ACT_ORDER.map((n) => ({ name: n, label: ACTIVATIONS[n].label, value: ACTIVATIONS[n].f(x), slope: ACTIVATIONS[n].df(x) }));
}
