import { HEADS, multiHead, TOKENS, X } from '../../src/core/diagrams/multi-head-attention';
import { isPreset } from '../../src/core/models/presets';
import { clear, frame, presetNote, s, select, toggle, type Mount } from './kit';

const CELL = 30;
const LABEL_W = 36;
const BLOCK_H = 36 + CELL * TOKENS.length; // title + column labels + grid
const BLOCK_W = LABEL_W + CELL * TOKENS.length;
const WIDE = 520;
const NARROW = 14 + BLOCK_W + 14;
/** Heads in a 2 × 2 grid, or in one column when the reader is narrower than the grid. */
const origins = (oneColumn: boolean): [number, number][] => [0, 1, 2, 3].map((k) => (oneColumn
  ? [14, 10 + k * (BLOCK_H + 20)]
  : [14 + (k % 2) * (BLOCK_W + 40), 10 + Math.floor(k / 2) * (BLOCK_H + 20)]));
const MASKED = 'fill: var(--vscode-descriptionForeground)';

/** Four heads over the same six tokens, each with its own Q/K projections; a causal mask can hide the future. */
export const mount: Mount = (root, env) => {
  // A model card's preset adds a strip below: this model's query heads grouped by the K/V head they share.
  const mp = isPreset(env.preset, 'multi-head-attention') ? env.preset : undefined;
  const STRIP_H = mp ? 96 : 0;
  const f = frame(root, { label: 'Multi-head attention: four heads’ attention matrices over the same sentence, with an optional causal mask', width: 520, height: 2 * BLOCK_H + 58 + STRIP_H });
  if (mp) presetNote(root, `Preset from the model card: ${mp.name} (${mp.heads} query heads, ${mp.kvHeads} K/V heads, head_dim ${mp.headDim}, d_model ${mp.hidden}, ${mp.layers} layers)`);
  let causal = false;
  let row = 2;
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    clear(pic);
    const oneColumn = f.width() < WIDE;
    const bodyH = (oneColumn ? 4 : 2) * (BLOCK_H + 20);
    const results = multiHead(X, HEADS, causal);
    results.forEach((res, hIdx) => {
      const [ox, oy] = origins(oneColumn)[hIdx];
      const head = HEADS[hIdx];
      pic.append(s('text', { x: ox, y: oy + 12, class: 'dg-small' }, [`${head.name}: ${head.role}`]));
      const gx = ox + LABEL_W, gy = oy + 36;
      TOKENS.forEach((t, j) => {
        pic.append(s('text', { x: gx + j * CELL + CELL / 2, y: gy - 6, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [t]));
        pic.append(s('text', { x: gx - 5, y: gy + j * CELL + CELL / 2 + 4, 'text-anchor': 'end', class: j === row ? 'dg-small' : 'dg-small dg-muted' }, [t]));
      });
      res.weights.forEach((r, i) => r.forEach((wt, j) => {
        const x = gx + j * CELL, y = gy + i * CELL;
        const masked = causal && j > i;
        if (masked) {
          pic.append(s('rect', { x: x + 1, y: y + 1, width: CELL - 2, height: CELL - 2, style: MASKED, 'fill-opacity': 0.18 }));
          pic.append(s('text', { x: x + CELL / 2, y: y + CELL / 2 + 4, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['–']));
        } else {
          pic.append(s('rect', { x: x + 1, y: y + 1, width: CELL - 2, height: CELL - 2, class: 'dg-cell', 'fill-opacity': 0.06 + 0.94 * wt, 'data-testid': `cell-${hIdx}-${i}-${j}` }));
          if (wt >= 0.005) pic.append(s('text', { x: x + CELL / 2, y: y + CELL / 2 + 4, 'text-anchor': 'middle', class: 'dg-small' }, [wt >= 0.995 ? '1' : wt.toFixed(2).replace(/^0/, '')]));
        }
      }));
      pic.append(s('rect', { x: gx, y: gy + row * CELL, width: CELL * TOKENS.length, height: CELL, rx: 2, class: 'dg-highlight', fill: 'none' }));
    });
    const legend = ['rows: queries · columns: keys · each row sums to 1', ...(causal ? ['grey: masked future keys'] : [])];
    const legendLines = oneColumn ? legend : [legend.join(' · ')];
    legendLines.forEach((l, i) => pic.append(s('text', { x: 14, y: bodyH + 12 + i * 16, class: 'dg-small dg-muted' }, [l])));
    const extra = (legendLines.length - 1) * 16;
    if (mp) drawGroups(pic, mp, bodyH + 32 + extra);
    f.svg.setAttribute('viewBox', `0 0 ${oneColumn ? NARROW : WIDE} ${bodyH + 18 + extra + STRIP_H}`);

    const lines = results.map((res, hIdx) => `${HEADS[hIdx].name}  ${TOKENS[row]} → [${res.weights[row].map((w, j) => (causal && j > row ? '—' : w.toFixed(2))).join(', ')}]`);
    const hidden = causal ? TOKENS.length - 1 - row : 0;
    f.readout.textContent = `${lines.join('\n')}\nscores = Q·Kᵀ / √d_head, d_head = 2; ${causal ? `causal mask: ${hidden} future key${hidden === 1 ? '' : 's'} set to −∞, so the row renormalises over ${row + 1} visible key${row ? 's' : ''}` : 'no mask: every query sees all 6 keys'}`;
    const tops = results.map((res, hIdx) => {
      const w = res.weights[row];
      const j = w.indexOf(Math.max(...w));
      return `${HEADS[hIdx].name.toLowerCase()} looks most at "${TOKENS[j]}" (${j + 1})`;
    });
    f.setSummary(`${causal ? 'Causal mask on' : 'No mask'}. For query "${TOKENS[row]}" (token ${row + 1}): ${tops.join('; ')}.`);
    if (mp) {
      f.readout.textContent += `\n${mp.name}: ${groupsText(mp)}; scores scaled by 1/√${mp.headDim}`;
      f.setSummary(`${causal ? 'Causal mask on' : 'No mask'}. For query "${TOKENS[row]}" (token ${row + 1}): ${tops.join('; ')}. The model from the card has ${groupsText(mp)}.`);
    }
  };

  toggle(f.controls, 'causal mask', causal, (v) => { causal = v; draw(); });
  select(f.controls, 'query row', TOKENS.map((t, i) => ({ value: String(i), text: `${i + 1}: ${t}` })), String(row), (v) => { row = Number(v); draw(); });
  f.onResize(draw);
  draw();
};

type HeadsPreset = { heads: number; kvHeads: number; headDim: number; hidden: number; layers: number; name: string };

function groupsText(p: HeadsPreset): string {
  if (p.kvHeads === p.heads) return `${p.heads} query heads, each with its own K/V head (multi-head attention)`;
  if (p.kvHeads === 1) return `${p.heads} query heads sharing one K/V head (multi-query attention)`;
  return `${p.heads} query heads in ${p.kvHeads} groups of ${p.heads / p.kvHeads}, one K/V head per group (grouped-query attention)`;
}

/** The model's query heads as small squares, coloured by the K/V head their group shares. */
function drawGroups(pic: SVGGElement, p: HeadsPreset, y: number): void {
  const per = Math.max(1, Math.round(p.heads / p.kvHeads));
  const w = Math.min(24, 492 / p.heads);
  pic.append(s('text', { x: 14, y, class: 'dg-small' }, [`this model: ${groupsText(p)}`]));
  for (let h = 0; h < p.heads; h++) {
    const g = Math.floor(h / per);
    pic.append(s('rect', { x: 14 + h * w, y: y + 10, width: Math.max(1, w - 2), height: 18, class: `dg-fill-${(g % 6) + 1}`, 'data-testid': 'preset-head' }));
  }
  for (let g = 0; g < Math.min(p.kvHeads, 64); g++) {
    pic.append(s('rect', { x: 14 + g * per * w, y: y + 34, width: Math.max(1, per * w - 2), height: 10, class: `dg-fill-${(g % 6) + 1}`, 'fill-opacity': 0.5 }));
    if (per * w >= 40) pic.append(s('text', { x: 14 + g * per * w + 2, y: y + 58, class: 'dg-small dg-muted' }, [`K/V ${g + 1}`]));
  }
  pic.append(s('text', { x: 14, y: y + 74, class: 'dg-small dg-muted' }, [`query heads (top) and the K/V head each group reads (below); head_dim ${p.headDim} × ${p.heads} = ${p.headDim * p.heads}${p.headDim * p.heads !== p.hidden ? ` (d_model ${p.hidden})` : ''}`]));
}
