/**
 * The computation behind the Stacking Layers diagram: the parameter count of a GPT-style
 * decoder (learned positions, biases on every linear layer, LayerNorm with γ and β, a final
 * LayerNorm), part by part.
 *
 * Per block, with width d and FFN hidden size m·d:
 *   Q, K, V, O projections: 4 × (d² + d)
 *   FFN: (d·md + md) + (md·d + d)
 *   two LayerNorms: 2 × 2d
 * Embeddings: V·d (tokens) + T·d (positions); unembedding V·d unless tied to the token table.
 */

export interface ModelShape {
  layers: number;
  dModel: number;
  vocab: number;
  /** FFN hidden size as a multiple of d_model (4 in GPT-2 and GPT-3). */
  ffnMult: number;
  heads: number;
  /** Learned positional embeddings for this many positions (0 for rotary/none). */
  context: number;
  /** Output projection shares the token-embedding matrix. */
  tied: boolean;
  /** Biases on the linear layers (GPT-2: yes; Llama: no). */
  bias?: boolean;
}

export type PartKey = 'tokEmb' | 'posEmb' | 'q' | 'k' | 'v' | 'o' | 'ffn' | 'norms' | 'unemb';

export interface PartCount { key: PartKey; label: string; params: number }

export interface ParamReport {
  parts: PartCount[];
  total: number;
  /** Parameters in one block. */
  perLayer: number;
  /** FFN hidden size, rounded to an integer. */
  ffnHidden: number;
  /** d_model / heads, or NaN when heads does not divide d_model. */
  headDim: number;
}

export const PART_LABELS: Record<PartKey, string> = {
  tokEmb: 'token embeddings', posEmb: 'position embeddings', q: 'attention W_Q', k: 'attention W_K',
  v: 'attention W_V', o: 'attention W_O', ffn: 'feed-forward', norms: 'LayerNorms', unemb: 'unembedding',
};

export function countParams(m: ModelShape): ParamReport {
  const d = m.dModel;
  const L = m.layers;
  const b = m.bias === false ? 0 : 1;
  const hidden = Math.round(m.ffnMult * d);
  const proj = d * d + b * d;
  const ffnPerLayer = d * hidden + b * hidden + hidden * d + b * d;
  const normsPerLayer = 2 * 2 * d;
  const parts: PartCount[] = [
    { key: 'tokEmb', label: PART_LABELS.tokEmb, params: m.vocab * d },
    { key: 'posEmb', label: PART_LABELS.posEmb, params: m.context * d },
    { key: 'q', label: PART_LABELS.q, params: L * proj },
    { key: 'k', label: PART_LABELS.k, params: L * proj },
    { key: 'v', label: PART_LABELS.v, params: L * proj },
    { key: 'o', label: PART_LABELS.o, params: L * proj },
    { key: 'ffn', label: PART_LABELS.ffn, params: L * ffnPerLayer },
    { key: 'norms', label: PART_LABELS.norms, params: L * normsPerLayer + 2 * d },
    { key: 'unemb', label: PART_LABELS.unemb, params: m.tied ? 0 : m.vocab * d },
  ];
  return {
    parts,
    total: parts.reduce((a, p) => a + p.params, 0),
    perLayer: 4 * proj + ffnPerLayer + normsPerLayer,
    ffnHidden: hidden,
    headDim: d % m.heads === 0 ? d / m.heads : NaN,
  };
}

/** Published shapes (Radford et al., 2019; Brown et al., 2020). */
export const PRESETS: Record<string, ModelShape> = {
  'gpt2-small': { layers: 12, dModel: 768, vocab: 50257, ffnMult: 4, heads: 12, context: 1024, tied: true },
  'gpt2-medium': { layers: 24, dModel: 1024, vocab: 50257, ffnMult: 4, heads: 16, context: 1024, tied: true },
  'gpt2-large': { layers: 36, dModel: 1280, vocab: 50257, ffnMult: 4, heads: 20, context: 1024, tied: true },
  'gpt2-xl': { layers: 48, dModel: 1600, vocab: 50257, ffnMult: 4, heads: 25, context: 1024, tied: true },
  'gpt3-175b': { layers: 96, dModel: 12288, vocab: 50257, ffnMult: 4, heads: 96, context: 2048, tied: true },
};
