import { attentionRow, entropyBits, KEYS, QUERIES, SENTENCE } from '../../src/core/diagrams/attention';
import { activatable, clear, fmtNum, frame, s, select, slider, type Mount } from './kit';

const SLOT = 57;
const X0 = 15;
const ROW_Y = 222; // top of the token boxes
const BAR_BASE = 212;
const BAR_MAX = 170;
const WIDE = X0 * 2 + SLOT * 10;
// Narrow layout: one row per token, bars to the right, arcs bulging to the left of the tokens.
const ROW_H = 28;
const NX = 48; // left edge of the token boxes
const NBAR = NX + 68; // bars start here
const NTOP = 44;

/** One query token's scaled dot-product attention over a sentence, with a temperature on the softmax. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Attention weights of one query token over the sentence, from scaled dot products and a softmax', width: 600, height: 330 });
  let query = SENTENCE.indexOf('it');
  let temperature = 1;
  const pic = s('g');
  const tokens = s('g');
  f.svg.append(pic, tokens);
  const cx = (i: number) => X0 + i * SLOT + SLOT / 2;
  slider(f.controls, { label: 'temperature T', min: 0.2, max: 3, step: 0.1, value: temperature, format: (v) => fmtNum(v, 2), onInput: (v) => { temperature = v; draw(); } });
  const sel = select(f.controls, 'query token', SENTENCE.map((w, i) => ({ value: String(i), text: `${i + 1}: ${w}` })), String(query), (v) => setQuery(Number(v)));
  const setQuery = (i: number) => { query = i; sel.value = String(i); draw(); };

  // Token boxes: each one is a keyboard-operable button that makes that token the query.
  const boxes = SENTENCE.map((w, i) => {
    const g = s('g', { 'data-testid': `token-${i}` });
    const rect = s('rect', { width: 52, height: 24, rx: 5, class: 'dg-node' });
    const label = s('text', { 'text-anchor': 'middle', stroke: 'none', style: 'font-size: 12px' }, [w]); // no focus-ring stroke on the letters
    g.append(rect, label);
    activatable(g, `make "${w}" (token ${i + 1}) the query`, () => setQuery(i));
    tokens.append(g);
    return { rect, label };
  });
  /** Place the token boxes in a row under the bars (wide) or in a column left of them (narrow). */
  const placeBoxes = (narrow: boolean) => boxes.forEach(({ rect, label }, i) => {
    const x = narrow ? NX + 30 : cx(i);
    const y = narrow ? NTOP + i * ROW_H : ROW_Y;
    // Wide enough for "because" at 12 px (it overflowed a 52-unit box).
    const w = narrow ? 60 : 56;
    rect.setAttribute('x', String(x - w / 2)); rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(w)); rect.setAttribute('height', String(narrow ? 24 : 28));
    label.setAttribute('x', String(x)); label.setAttribute('y', String(y + (narrow ? 16 : 19)));
  });

  const draw = () => {
    clear(pic);
    const r = attentionRow(QUERIES[query], KEYS, temperature);
    const top = r.weights.indexOf(Math.max(...r.weights));
    boxes.forEach((b, i) => b.rect.setAttribute('class', i === query ? 'dg-node dg-highlight' : 'dg-node'));
    const W = f.width();
    if (W < WIDE) drawNarrow(r.weights, top, Math.max(260, W));
    else drawWide(r.weights, top);
    readout(r, top);
  };

  const drawWide = (weights: number[], top: number) => {
    placeBoxes(false);
    f.svg.setAttribute('viewBox', `0 0 ${WIDE} 330`);
    pic.append(s('line', { x1: X0, y1: BAR_BASE, x2: X0 + SLOT * SENTENCE.length, y2: BAR_BASE, class: 'dg-axis' }));
    weights.forEach((wt, j) => {
      const hgt = wt * BAR_MAX;
      pic.append(
        s('rect', { x: cx(j) - 17, y: BAR_BASE - hgt, width: 34, height: Math.max(0.5, hgt), class: j === top ? 'dg-fill-2' : 'dg-fill-1', 'fill-opacity': 0.85, 'data-testid': `weight-${j}` }),
        s('text', { x: cx(j), y: BAR_BASE - hgt - 5, 'text-anchor': 'middle', class: 'dg-small' }, [`${(wt * 100).toFixed(wt < 0.1 ? 1 : 0)}%`]),
      );
      // Arcs under the sentence from the query to every key, as thick as the weight.
      if (j !== query) {
        const x1 = cx(query), x2 = cx(j);
        const depth = 14 + Math.abs(x2 - x1) * 0.12;
        pic.append(s('path', { d: `M${x1},${ROW_Y + 30} C${x1},${ROW_Y + 30 + depth} ${x2},${ROW_Y + 30 + depth} ${x2},${ROW_Y + 30}`, class: 'dg-stroke-2', 'stroke-width': 0.5 + wt * 10, 'stroke-opacity': 0.25 + wt * 0.75 }));
      } else {
        pic.append(s('circle', { cx: cx(j), cy: ROW_Y + 38, r: 2 + wt * 8, class: 'dg-fill-2', 'fill-opacity': 0.3 + wt * 0.7 }));
      }
    });
    pic.append(s('text', { x: X0, y: 14, class: 'dg-small dg-muted' }, [`query: "${SENTENCE[query]}" (token ${query + 1}) · bars: softmax weights over all 10 keys (sum 100%)`]));
  };

  const drawNarrow = (weights: number[], top: number, W: number) => {
    placeBoxes(true);
    const barMax = W - NBAR - 46;
    const yOf = (j: number) => NTOP + j * ROW_H + 12;
    pic.append(
      s('text', { x: 4, y: 14, class: 'dg-small dg-muted' }, [`query: "${SENTENCE[query]}" (token ${query + 1})`]),
      s('text', { x: 4, y: 30, class: 'dg-small dg-muted' }, ['bars: softmax weights over all 10 keys']),
      s('line', { x1: NBAR, y1: NTOP - 4, x2: NBAR, y2: NTOP + 10 * ROW_H, class: 'dg-axis' }),
    );
    weights.forEach((wt, j) => {
      const len = wt * barMax;
      pic.append(
        s('rect', { x: NBAR, y: yOf(j) - 9, width: Math.max(0.5, len), height: 18, class: j === top ? 'dg-fill-2' : 'dg-fill-1', 'fill-opacity': 0.85, 'data-testid': `weight-${j}` }),
        s('text', { x: NBAR + len + 5, y: yOf(j) + 4, class: 'dg-small' }, [`${(wt * 100).toFixed(wt < 0.1 ? 1 : 0)}%`]),
      );
      if (j !== query) {
        const y1 = yOf(query), y2 = yOf(j);
        const depth = 8 + Math.abs(y2 - y1) * 0.12;
        pic.append(s('path', { d: `M${NX},${y1} C${NX - depth},${y1} ${NX - depth},${y2} ${NX},${y2}`, class: 'dg-stroke-2', 'stroke-width': 0.5 + wt * 10, 'stroke-opacity': 0.25 + wt * 0.75 }));
      } else {
        pic.append(s('circle', { cx: NX - 8, cy: yOf(j), r: 2 + wt * 6, class: 'dg-fill-2', 'fill-opacity': 0.3 + wt * 0.7 }));
      }
    });
    f.svg.setAttribute('viewBox', `0 0 ${W} ${NTOP + 10 * ROW_H + 6}`);
  };

  const readout = (r: ReturnType<typeof attentionRow>, top: number) => {

    const H = entropyBits(r.weights);
    f.readout.textContent = `scores = q·kⱼ / √d_k, d_k = 4:  [${r.dots.map((d) => fmtNum(d / 2, 3)).join(', ')}]\n`
      + `weights = softmax(scores / T), T = ${fmtNum(temperature, 2)}:  [${r.weights.map((w) => fmtNum(w, 2)).join(', ')}]\n`
      + `largest: "${SENTENCE[top]}" ${(r.weights[top] * 100).toFixed(1)}%;  entropy ${H.toFixed(2)} bits (uniform over 10 = ${Math.log2(10).toFixed(2)})`;
    f.setSummary(`Query "${SENTENCE[query]}" at temperature ${fmtNum(temperature, 2)} gives its largest weight, ${(r.weights[top] * 100).toFixed(0)}%, to "${SENTENCE[top]}" (token ${top + 1}); the spread of the weights is ${H.toFixed(2)} bits.`);
  };

  f.onResize(draw);
  draw();
};
