/**
 * The computation behind the Fine-tuning diagram: trainable parameters of full fine-tuning
 * versus LoRA (Hu et al., 2021). LoRA freezes W (d_out × d_in) and learns W' = W + (α/r)·B·A
 * with B: d_out × r (initialised to zero) and A: r × d_in, so each adapted matrix trains
 * r·(d_in + d_out) numbers instead of d_in·d_out.
 */

export interface LoraConfig {
  dIn: number;
  dOut: number;
  rank: number;
  /** Adapted matrices per layer (e.g. 2 for W_q and W_v). */
  matrices: number;
  layers: number;
}

export interface LoraReport {
  /** One full matrix: d_in · d_out. */
  fullPerMatrix: number;
  /** One adapter: r · (d_in + d_out). */
  loraPerMatrix: number;
  fullTotal: number;
  loraTotal: number;
  /** loraTotal / fullTotal. */
  ratio: number;
  /** Bytes of Adam moment estimates (two fp32 numbers per trainable parameter). */
  adamBytesFull: number;
  adamBytesLora: number;
}

export function loraCounts(c: LoraConfig): LoraReport {
  if (c.rank < 1 || c.rank > Math.min(c.dIn, c.dOut)) throw new Error('rank must be between 1 and min(d_in, d_out)');
  const fullPerMatrix = c.dIn * c.dOut;
  const loraPerMatrix = c.rank * (c.dIn + c.dOut);
  const k = c.matrices * c.layers;
  return {
    fullPerMatrix,
    loraPerMatrix,
    fullTotal: k * fullPerMatrix,
    loraTotal: k * loraPerMatrix,
    ratio: loraPerMatrix / fullPerMatrix,
    adamBytesFull: 8 * k * fullPerMatrix,
    adamBytesLora: 8 * k * loraPerMatrix,
  };
}

/** The rank at which the adapter is as large as the full matrix: d_in·d_out / (d_in + d_out). */
export function breakEvenRank(dIn: number, dOut: number): number {
  return (dIn * dOut) / (dIn + dOut);
}

export interface Rect { w: number; h: number }

/**
 * Rectangles for W (d_out × d_in), B (d_out × r) and A (r × d_in) on one linear scale that
 * maps the largest dimension to `maxPx`; sides thinner than `minPx` are widened to stay visible.
 */
export function shapes(dIn: number, dOut: number, rank: number, maxPx: number, minPx = 2): { W: Rect; B: Rect; A: Rect; pxPerUnit: number } {
  const k = maxPx / Math.max(dIn, dOut);
  const px = (v: number) => Math.max(minPx, v * k);
  return {
    W: { w: px(dIn), h: px(dOut) },
    B: { w: px(rank), h: px(dOut) },
    A: { w: px(dIn), h: px(rank) },
    pxPerUnit: k,
  };
}
