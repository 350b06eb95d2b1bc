/**
 * The computation behind the Multimodal Models diagram: a ViT-style patch embedding. An H × W
 * image is cut into p × p patches; each patch (p·p·C numbers) is flattened and projected to a
 * d_model vector, and a [CLS] token is prepended. The built-in image is a procedural scene, so
 * each patch's content (its dominant region) is computed, not stored.
 */

export interface PatchGrid {
  rows: number;
  cols: number;
  patches: number;
  /** patches + 1 with a [CLS] token. */
  tokens: number;
  /** Pixels left over on the bottom and right when the size is not a multiple of p. */
  cropH: number;
  cropW: number;
  divisible: boolean;
}

/** (H/p)·(W/p) patches (floor when p does not divide the size), plus an optional [CLS] token. */
export function patchGrid(H: number, W: number, p: number, cls = true): PatchGrid {
  if (p < 1 || p > Math.min(H, W)) throw new Error('patch size must be between 1 and the image size');
  const rows = Math.floor(H / p);
  const cols = Math.floor(W / p);
  return { rows, cols, patches: rows * cols, tokens: rows * cols + (cls ? 1 : 0), cropH: H - rows * p, cropW: W - cols * p, divisible: H % p === 0 && W % p === 0 };
}

/** Numbers in one flattened patch: p · p · channels. */
export function patchDim(p: number, channels = 3): number {
  return p * p * channels;
}

/** Weights and biases of the patch projection (a p×p convolution with stride p): (p·p·C)·d + d. */
export function projectionParams(p: number, channels: number, dModel: number): number {
  return patchDim(p, channels) * dModel + dModel;
}

/** Query–key pairs in one attention head of one layer over the image tokens. */
export function attentionPairs(tokens: number): number {
  return tokens * tokens;
}

// ---------------------------------------------------------------- the scene (224 × 224 units)

export type Region = 'sky' | 'sun' | 'mountain' | 'ground' | 'house' | 'roof';
export const REGIONS: Region[] = ['sky', 'sun', 'mountain', 'ground', 'house', 'roof'];

/** Shapes in a 224-unit square; the webview draws the same shapes. */
export const SCENE = {
  size: 224,
  sun: { cx: 172, cy: 50, r: 24 },
  mountain: [[-10, 150], [76, 60], [162, 150]] as [number, number][],
  groundY: 150,
  house: { x: 138, y: 120, w: 60, h: 52 },
  roof: [[130, 120], [168, 90], [206, 120]] as [number, number][],
};

function inTriangle(x: number, y: number, t: [number, number][]): boolean {
  const [[x1, y1], [x2, y2], [x3, y3]] = t;
  const d1 = (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const d2 = (x - x3) * (y2 - y3) - (x2 - x3) * (y - y3);
  const d3 = (x - x1) * (y3 - y1) - (x3 - x1) * (y - y1);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** What the scene shows at (x, y) in 224-unit coordinates; front objects win. */
export function sceneRegion(x: number, y: number): Region {
  const { house, sun } = SCENE;
  if (x >= house.x && x <= house.x + house.w && y >= house.y && y <= house.y + house.h) return 'house';
  if (inTriangle(x, y, SCENE.roof)) return 'roof';
  if ((x - sun.cx) ** 2 + (y - sun.cy) ** 2 <= sun.r ** 2) return 'sun';
  if (y >= SCENE.groundY) return 'ground';
  if (inTriangle(x, y, SCENE.mountain)) return 'mountain';
  return 'sky';
}

/**
 * The dominant region of every patch when the scene is rendered at `size` pixels and cut into
 * p-pixel patches: the majority over a k × k grid of sample points at pixel centres.
 */
export function patchRegions(size: number, p: number, k = 4): Region[][] {
  const g = patchGrid(size, size, p, false);
  const unit = SCENE.size / size;
  const out: Region[][] = [];
  for (let r = 0; r < g.rows; r++) {
    const row: Region[] = [];
    for (let c = 0; c < g.cols; c++) {
      const votes = new Map<Region, number>();
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
        const px = c * p + ((j + 0.5) * p) / k;
        const py = r * p + ((i + 0.5) * p) / k;
        const reg = sceneRegion(px * unit, py * unit);
        votes.set(reg, (votes.get(reg) ?? 0) + 1);
      }
      let best: Region = 'sky';
      let n = -1;
      for (const reg of REGIONS) { const v = votes.get(reg) ?? 0; if (v > n) { n = v; best = reg; } }
      row.push(best);
    }
    out.push(row);
  }
  return out;
}
