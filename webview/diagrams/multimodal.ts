import {
  SCENE, attentionPairs, patchDim, patchGrid, patchRegions, projectionParams, type Region,
} from '../../src/core/diagrams/multimodal';
import { clear, frame, s, select, slider, toggle, type Mount } from './kit';

const SIZES = [8, 14, 16, 28, 32, 56];
const REGION_CLASS: Record<Region, string> = {
  sky: 'dg-fill-1', sun: 'dg-fill-6', mountain: 'dg-fill-4', ground: 'dg-fill-3', house: 'dg-fill-5', roof: 'dg-fill-2',
};
const REGION_OPACITY: Record<Region, number> = { sky: 0.35, sun: 0.9, mountain: 0.75, ground: 0.7, house: 0.8, roof: 0.85 };
const pts = (t: [number, number][], ox: number, oy: number) => t.map(([x, y]) => `${ox + Math.max(0, x)},${oy + y}`).join(' ');

/** An image cut into p × p patches that become tokens, ViT style, with the arithmetic of the counts. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Multimodal input: an image cut into patches, each patch becomes one token', width: 600, height: 400 });
  let pIdx = 2;
  let size = 224;
  let dModel = 768;
  let cls = true;
  const pic = s('g');
  f.svg.append(pic);

  const drawScene = (ox: number, oy: number) => {
    const S = SCENE.size;
    pic.append(
      s('rect', { x: ox, y: oy, width: S, height: S, class: REGION_CLASS.sky, 'fill-opacity': REGION_OPACITY.sky }),
      s('polygon', { points: pts(SCENE.mountain, ox, oy), class: REGION_CLASS.mountain, 'fill-opacity': REGION_OPACITY.mountain }),
      s('circle', { cx: ox + SCENE.sun.cx, cy: oy + SCENE.sun.cy, r: SCENE.sun.r, class: REGION_CLASS.sun, 'fill-opacity': REGION_OPACITY.sun }),
      s('rect', { x: ox, y: oy + SCENE.groundY, width: S, height: S - SCENE.groundY, class: REGION_CLASS.ground, 'fill-opacity': REGION_OPACITY.ground }),
      s('rect', { x: ox + SCENE.house.x, y: oy + SCENE.house.y, width: SCENE.house.w, height: SCENE.house.h, class: REGION_CLASS.house, 'fill-opacity': REGION_OPACITY.house }),
      s('polygon', { points: pts(SCENE.roof, ox, oy), class: REGION_CLASS.roof, 'fill-opacity': REGION_OPACITY.roof }),
    );
  };

  const draw = () => {
    clear(pic);
    const p = SIZES[pIdx];
    const g = patchGrid(size, size, p, cls);
    const regions = patchRegions(size, p);
    const dim = patchDim(p);

    // Image with the patch grid (shown at 224 units whatever the pixel size).
    const ox = 10; const oy = 26; const S = SCENE.size;
    const u = S / size; // display units per pixel
    pic.append(s('text', { x: ox, y: 16, class: 'dg-text' }, [`image ${size} × ${size} px, patch ${p} px`]));
    drawScene(ox, oy);
    for (let r = 0; r <= g.rows; r++) pic.append(s('line', { x1: ox, y1: oy + r * p * u, x2: ox + g.cols * p * u, y2: oy + r * p * u, class: 'dg-axis', 'stroke-width': g.rows > 30 ? 0.4 : 0.8 }));
    for (let c = 0; c <= g.cols; c++) pic.append(s('line', { x1: ox + c * p * u, y1: oy, x2: ox + c * p * u, y2: oy + g.rows * p * u, class: 'dg-axis', 'stroke-width': g.cols > 30 ? 0.4 : 0.8 }));
    if (!g.divisible) {
      pic.append(
        s('rect', { x: ox + g.cols * p * u, y: oy, width: g.cropW * u, height: S, class: 'dg-node', 'fill-opacity': 0.75 }),
        s('rect', { x: ox, y: oy + g.rows * p * u, width: S, height: g.cropH * u, class: 'dg-node', 'fill-opacity': 0.75 }),
      );
    }
    pic.append(s('rect', { x: ox, y: oy, width: p * u, height: p * u, class: 'dg-highlight', fill: 'none' }));

    // Token sequence: [CLS] then the patches in row-major order, coloured by dominant region.
    const tx = 260; const tw = 330; const th = 204;
    const flat = regions.flat();
    const n = flat.length + (cls ? 1 : 0);
    let cell = Math.floor(Math.sqrt((tw * th) / n));
    while (cell > 2 && Math.ceil(n / Math.floor(tw / cell)) * cell > th) cell--;
    const perRow = Math.floor(tw / cell);
    pic.append(s('text', { x: tx, y: 16, class: 'dg-text' }, [`${g.tokens} tokens, in reading order`]));
    const gap = cell > 6 ? 1 : 0.3;
    let i = 0;
    if (cls) {
      pic.append(s('rect', { x: tx, y: oy, width: cell - gap, height: cell - gap, class: 'dg-node dg-accent' }));
      i++;
    }
    for (const reg of flat) {
      const x = tx + (i % perRow) * cell;
      const y = oy + Math.floor(i / perRow) * cell;
      pic.append(s('rect', { x, y, width: cell - gap, height: cell - gap, class: REGION_CLASS[reg], 'fill-opacity': REGION_OPACITY[reg] }));
      if (i === (cls ? 1 : 0)) pic.append(s('rect', { x, y, width: cell - gap, height: cell - gap, class: 'dg-highlight', fill: 'none' }));
      i++;
    }
    const usedH = Math.ceil(n / perRow) * cell;
    pic.append(s('text', { x: tx, y: oy + usedH + 16, class: 'dg-small dg-muted' }, [cls ? 'first cell: [CLS]; outlined: patch 1 (top-left)' : 'outlined: patch 1 (top-left)']));

    // Arithmetic.
    const ay = oy + S + 26;
    const lines = [
      `patches = (H/p)·(W/p) = ⌊${size}/${p}⌋ · ⌊${size}/${p}⌋ = ${g.rows} · ${g.cols} = ${g.patches}${cls ? `;  + [CLS] = ${g.tokens} tokens` : ' tokens'}`,
      `one patch = p·p·3 = ${p}·${p}·3 = ${dim} numbers  →  W_E (${dim} × ${dModel})  →  a ${dModel}-dim token`,
      `projection parameters = ${dim}·${dModel} + ${dModel} = ${projectionParams(p, 3, dModel).toLocaleString('en-US')};  attention pairs per head = ${g.tokens}² = ${attentionPairs(g.tokens).toLocaleString('en-US')}`,
    ];
    if (!g.divisible) lines.push(`${size} is not a multiple of ${p}: the last ${g.cropW} px of each row and column are dropped (greyed)`);
    lines.forEach((l, j) => pic.append(s('text', { x: 10, y: ay + j * 20, class: 'dg-small' }, [l])));
    f.svg.setAttribute('viewBox', `0 0 600 ${ay + lines.length * 20}`);

    f.readout.textContent = `${lines[0]}\n${lines[1]}`;
    f.setSummary(`A ${size}-pixel image cut into ${p}-pixel patches gives a ${g.rows} by ${g.cols} grid: ${g.patches} patches${cls ? ` and ${g.tokens} tokens with the [CLS] token` : ''}. Each patch flattens to ${dim} numbers and is projected to ${dModel} dimensions; attention compares ${attentionPairs(g.tokens).toLocaleString('en-US')} token pairs per head.`);
  };

  slider(f.controls, { label: 'patch size p', min: 0, max: SIZES.length - 1, step: 1, value: pIdx, format: (v) => `${SIZES[v]} px`, onInput: (v) => { pIdx = v; draw(); } });
  select(f.controls, 'image size', [224, 336, 384].map((v) => ({ value: String(v), text: `${v} × ${v}` })), String(size), (v) => { size = Number(v); draw(); });
  select(f.controls, 'd_model', [
    { value: '768', text: '768 (ViT-Base)' }, { value: '1024', text: '1024 (ViT-Large)' }, { value: '1280', text: '1280 (ViT-Huge)' },
  ], String(dModel), (v) => { dModel = Number(v); draw(); });
  toggle(f.controls, '[CLS] token', cls, (v) => { cls = v; draw(); });
  draw();
};
