import { HEADS, multiHead, TOKENS, X } from '../../src/core/diagrams/multi-head-attention';
import { clear, frame, s, select, toggle, type Mount } from './kit';

const CELL = 30;
const LABEL_W = 36;
const BLOCK_H = 36 + CELL * TOKENS.length; // title + column labels + grid
const ORIGINS: [number, number][] = [[14, 10], [14 + LABEL_W + CELL * TOKENS.length + 40, 10], [14, 30 + BLOCK_H], [14 + LABEL_W + CELL * TOKENS.length + 40, 30 + BLOCK_H]];
const MASKED = 'fill: var(--vscode-descriptionForeground)';

/** Four heads over the same six tokens, each with its own Q/K projections; a causal mask can hide the future. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Multi-head attention: four heads’ attention matrices over the same sentence, with an optional causal mask', width: 520, height: 2 * BLOCK_H + 58 });
  let causal = false;
  let row = 2;
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    clear(pic);
    const results = multiHead(X, HEADS, causal);
    results.forEach((res, hIdx) => {
      const [ox, oy] = ORIGINS[hIdx];
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
    pic.append(s('text', { x: 14, y: 2 * BLOCK_H + 52, class: 'dg-small dg-muted' }, ['rows: queries · columns: keys · each row sums to 1' + (causal ? ' · grey: masked future keys' : '')]));

    const lines = results.map((res, hIdx) => `${HEADS[hIdx].name}  ${TOKENS[row]} → [${res.weights[row].map((w, j) => (causal && j > row ? '—' : w.toFixed(2))).join(', ')}]`);
    const hidden = causal ? TOKENS.length - 1 - row : 0;
    f.readout.textContent = `${lines.join('\n')}\nscores = Q·Kᵀ / √d_head, d_head = 2; ${causal ? `causal mask: ${hidden} future key${hidden === 1 ? '' : 's'} set to −∞, so the row renormalises over ${row + 1} visible key${row ? 's' : ''}` : 'no mask: every query sees all 6 keys'}`;
    const tops = results.map((res, hIdx) => {
      const w = res.weights[row];
      const j = w.indexOf(Math.max(...w));
      return `${HEADS[hIdx].name.toLowerCase()} looks most at "${TOKENS[j]}" (${j + 1})`;
    });
    f.setSummary(`${causal ? 'Causal mask on' : 'No mask'}. For query "${TOKENS[row]}" (token ${row + 1}): ${tops.join('; ')}.`);
  };

  toggle(f.controls, 'causal mask', causal, (v) => { causal = v; draw(); });
  select(f.controls, 'query row', TOKENS.map((t, i) => ({ value: String(i), text: `${i + 1}: ${t}` })), String(row), (v) => { row = Number(v); draw(); });
  draw();
};
