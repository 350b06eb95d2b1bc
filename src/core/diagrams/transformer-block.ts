/**
 * The computation behind the Transformer Block diagram: the two standard wirings of a block
 * (pre-norm and post-norm) described as data, the path of tensors that feeds each part, and
 * the parameter count of each part for a given width.
 *
 *   pre-norm  (GPT-2 and most current LLMs):  h = x + MHA(LN1(x)),   y = h + FFN(LN2(h))
 *   post-norm (Vaswani et al., 2017):         h = LN1(x + MHA(x)),   y = LN2(h + FFN(h))
 */

export type NormPlacement = 'pre' | 'post';
export type PartId = 'input' | 'norm1' | 'attn' | 'add1' | 'norm2' | 'ffn' | 'add2' | 'output';
export type PartKind = 'io' | 'norm' | 'attn' | 'ffn' | 'add';

export interface Part {
  id: PartId;
  kind: PartKind;
  /** Short label for the drawing. */
  label: string;
  /** The part's formula in plain text (Unicode), for the readout. */
  formula: string;
}

export interface Edge {
  from: PartId;
  to: PartId;
  /** 'main' edges carry the sublayer path, 'residual' edges the skip connection. */
  kind: 'main' | 'residual';
}

export interface Wiring {
  placement: NormPlacement;
  /** Parts in the order the data meets them along the main path. */
  order: PartId[];
  edges: Edge[];
  parts: Record<PartId, Part>;
  /** The whole block as two equations. */
  equations: [string, string];
}

const ATTN = 'MHA(u) = Concat(head₁…head_H)·W_O,  head_i = softmax(Q_i K_iᵀ / √d_k)·V_i,  Q_i = u·W_Q,i  K_i = u·W_K,i  V_i = u·W_V,i';
const FFN = 'FFN(u) = GELU(u·W₁ + b₁)·W₂ + b₂   (W₁: d × 4d, W₂: 4d × d)';
const LN = 'LN(u) = γ ⊙ (u − μ) / √(σ² + ε) + β   (μ, σ² over the d features of each token)';

export function wiring(placement: NormPlacement): Wiring {
  if (placement === 'pre') {
    return {
      placement,
      order: ['input', 'norm1', 'attn', 'add1', 'norm2', 'ffn', 'add2', 'output'],
      edges: [
        { from: 'input', to: 'norm1', kind: 'main' },
        { from: 'norm1', to: 'attn', kind: 'main' },
        { from: 'attn', to: 'add1', kind: 'main' },
        { from: 'input', to: 'add1', kind: 'residual' },
        { from: 'add1', to: 'norm2', kind: 'main' },
        { from: 'norm2', to: 'ffn', kind: 'main' },
        { from: 'ffn', to: 'add2', kind: 'main' },
        { from: 'add1', to: 'add2', kind: 'residual' },
        { from: 'add2', to: 'output', kind: 'main' },
      ],
      parts: {
        input: { id: 'input', kind: 'io', label: 'x', formula: 'x ∈ ℝ^(n×d): one d-dimensional vector per token (the residual stream)' },
        norm1: { id: 'norm1', kind: 'norm', label: 'LayerNorm', formula: `u = LN₁(x);  ${LN}` },
        attn: { id: 'attn', kind: 'attn', label: 'Multi-head attention', formula: `a = MHA(LN₁(x));  ${ATTN}` },
        add1: { id: 'add1', kind: 'add', label: '+', formula: 'h = x + MHA(LN₁(x))   (residual add: the raw x skips the sublayer)' },
        norm2: { id: 'norm2', kind: 'norm', label: 'LayerNorm', formula: `v = LN₂(h);  ${LN}` },
        ffn: { id: 'ffn', kind: 'ffn', label: 'FFN', formula: `f = FFN(LN₂(h));  ${FFN}` },
        add2: { id: 'add2', kind: 'add', label: '+', formula: 'y = h + FFN(LN₂(h))   (residual add)' },
        output: { id: 'output', kind: 'io', label: 'y', formula: 'y = h + FFN(LN₂(h)),  h = x + MHA(LN₁(x)); y goes to the next block unnormalised' },
      },
      equations: ['h = x + MHA(LN₁(x))', 'y = h + FFN(LN₂(h))'],
    };
  }
  return {
    placement,
    order: ['input', 'attn', 'add1', 'norm1', 'ffn', 'add2', 'norm2', 'output'],
    edges: [
      { from: 'input', to: 'attn', kind: 'main' },
      { from: 'attn', to: 'add1', kind: 'main' },
      { from: 'input', to: 'add1', kind: 'residual' },
      { from: 'add1', to: 'norm1', kind: 'main' },
      { from: 'norm1', to: 'ffn', kind: 'main' },
      { from: 'ffn', to: 'add2', kind: 'main' },
      { from: 'norm1', to: 'add2', kind: 'residual' },
      { from: 'add2', to: 'norm2', kind: 'main' },
      { from: 'norm2', to: 'output', kind: 'main' },
    ],
    parts: {
      input: { id: 'input', kind: 'io', label: 'x', formula: 'x ∈ ℝ^(n×d): one d-dimensional vector per token' },
      attn: { id: 'attn', kind: 'attn', label: 'Multi-head attention', formula: `a = MHA(x);  ${ATTN}` },
      add1: { id: 'add1', kind: 'add', label: '+', formula: 'x + MHA(x)   (residual add before the norm)' },
      norm1: { id: 'norm1', kind: 'norm', label: 'LayerNorm', formula: `h = LN₁(x + MHA(x));  ${LN}` },
      ffn: { id: 'ffn', kind: 'ffn', label: 'FFN', formula: `f = FFN(h);  ${FFN}` },
      add2: { id: 'add2', kind: 'add', label: '+', formula: 'h + FFN(h)   (residual add before the norm)' },
      norm2: { id: 'norm2', kind: 'norm', label: 'LayerNorm', formula: `y = LN₂(h + FFN(h));  ${LN}` },
      output: { id: 'output', kind: 'io', label: 'y', formula: 'y = LN₂(h + FFN(h)),  h = LN₁(x + MHA(x)); every output has just been normalised' },
    },
    equations: ['h = LN₁(x + MHA(x))', 'y = LN₂(h + FFN(h))'],
  };
}

/** Every part and edge upstream of `target` (the data it depends on), target included. */
export function upstream(w: Wiring, target: PartId): { parts: Set<PartId>; edges: Set<number> } {
  const parts = new Set<PartId>([target]);
  const edges = new Set<number>();
  const stack: PartId[] = [target];
  while (stack.length) {
    const cur = stack.pop()!;
    w.edges.forEach((e, i) => {
      if (e.to !== cur) return;
      edges.add(i);
      if (!parts.has(e.from)) { parts.add(e.from); stack.push(e.from); }
    });
  }
  return { parts, edges };
}

/**
 * Whether some path from input to output passes through no LayerNorm and no sublayer: the
 * clean identity path that lets gradients reach early blocks undisturbed. True for pre-norm.
 */
export function hasIdentityPath(w: Wiring): boolean {
  const clean = (p: PartId) => w.parts[p].kind === 'io' || w.parts[p].kind === 'add';
  const seen = new Set<PartId>(['input']);
  const stack: PartId[] = ['input'];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur === 'output') return true;
    for (const e of w.edges) {
      if (e.from === cur && clean(e.to) && !seen.has(e.to)) { seen.add(e.to); stack.push(e.to); }
    }
  }
  return false;
}

/**
 * Learned parameters of a part for width d and FFN hidden size ffnMult·d, with biases as in
 * GPT-2: attention 4d² + 4d (Q, K, V, O), FFN 2·m·d² + m·d + d, LayerNorm 2d (γ and β).
 */
export function partParams(kind: PartKind, d: number, ffnMult = 4): number {
  switch (kind) {
    case 'attn': return 4 * d * d + 4 * d;
    case 'ffn': return 2 * ffnMult * d * d + ffnMult * d + d;
    case 'norm': return 2 * d;
    default: return 0;
  }
}
