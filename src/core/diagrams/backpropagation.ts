/**
 * The computation behind the Backpropagation diagram: a tiny reverse-mode automatic
 * differentiation engine, and the graph L = (w·x + b − y)² built with it.
 */

export type Op = 'leaf' | 'mul' | 'add' | 'sub' | 'square';

export interface GraphNode {
  id: string;
  op: Op;
  inputs: GraphNode[];
  value: number;
  /** ∂L/∂(this node), filled in by backward(); 0 before. */
  grad: number;
}

let counter = 0;
function node(op: Op, inputs: GraphNode[], value: number, id?: string): GraphNode {
  return { id: id ?? `${op}${++counter}`, op, inputs, value, grad: 0 };
}

export const leaf = (id: string, value: number): GraphNode => node('leaf', [], value, id);
export const mul = (a: GraphNode, b: GraphNode, id?: string): GraphNode => node('mul', [a, b], a.value * b.value, id);
export const add = (a: GraphNode, b: GraphNode, id?: string): GraphNode => node('add', [a, b], a.value + b.value, id);
export const sub = (a: GraphNode, b: GraphNode, id?: string): GraphNode => node('sub', [a, b], a.value - b.value, id);
export const square = (a: GraphNode, id?: string): GraphNode => node('square', [a], a.value * a.value, id);

/** Local derivative ∂(out)/∂(out.inputs[i]) for each op. */
export function localDerivative(out: GraphNode, i: number): number {
  const [a, b] = out.inputs;
  switch (out.op) {
    case 'mul': return i === 0 ? b.value : a.value;
    case 'add': return 1;
    case 'sub': return i === 0 ? 1 : -1;
    case 'square': return 2 * a.value;
    case 'leaf': throw new Error('a leaf has no inputs');
  }
}

/** Nodes in an order where every node comes after its inputs (depth-first post-order). */
export function topoOrder(out: GraphNode): GraphNode[] {
  const seen = new Set<GraphNode>();
  const order: GraphNode[] = [];
  const visit = (n: GraphNode) => {
    if (seen.has(n)) return;
    seen.add(n);
    n.inputs.forEach(visit);
    order.push(n);
  };
  visit(out);
  return order;
}

/** One edge's share of the gradient: ∂L/∂to · ∂to/∂from, flowing back from `to` into `from`. */
export interface EdgeGrad { from: string; to: string; grad: number }

/**
 * Reverse mode: seed ∂L/∂L = 1, walk the nodes from the output back to the leaves and push
 * each node's gradient into its inputs through the chain rule (accumulating with +=, so a
 * node used twice receives both contributions). Returns the edge contributions in the order
 * they were computed.
 */
export function backward(out: GraphNode): EdgeGrad[] {
  const order = topoOrder(out);
  for (const n of order) n.grad = 0;
  out.grad = 1;
  const edges: EdgeGrad[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k];
    n.inputs.forEach((inp, i) => {
      const g = n.grad * localDerivative(n, i);
      inp.grad += g;
      edges.push({ from: inp.id, to: n.id, grad: g });
    });
  }
  return edges;
}

export interface LossGraph {
  w: GraphNode; x: GraphNode; b: GraphNode; y: GraphNode;
  /** p = w·x */ p: GraphNode;
  /** z = p + b (the prediction) */ z: GraphNode;
  /** r = z − y (the residual) */ r: GraphNode;
  /** L = r² */ L: GraphNode;
}

/** Build (and so evaluate forward) L = (w·x + b − y)². */
export function buildLoss(w: number, x: number, b: number, y: number): LossGraph {
  const W = leaf('w', w), X = leaf('x', x), B = leaf('b', b), Y = leaf('y', y);
  const p = mul(W, X, 'p');
  const z = add(p, B, 'z');
  const r = sub(z, Y, 'r');
  const L = square(r, 'L');
  return { w: W, x: X, b: B, y: Y, p, z, r, L };
}

/** The hand derivatives, for checking: ∂L/∂w = 2(wx + b − y)·x, ∂L/∂b = 2(wx + b − y). */
export function handGradients(w: number, x: number, b: number, y: number): { dw: number; db: number } {
  const r = w * x + b - y;
  return { dw: 2 * r * x, db: 2 * r };
}

/** One step of gradient descent on w and b, with gradients from the autodiff engine. */
export function gradientStep(w: number, b: number, x: number, y: number, lr: number): { w: number; b: number; lossBefore: number; lossAfter: number } {
  const g = buildLoss(w, x, b, y);
  backward(g.L);
  const w2 = w - lr * g.w.grad;
  const b2 = b - lr * g.b.grad;
  return { w: w2, b: b2, lossBefore: g.L.value, lossAfter: buildLoss(w2, x, b2, y).L.value };
}
