import { ACT_ORDER, ACTIVATIONS, readAt, sample, type ActName } from '../../src/core/diagrams/activation-functions';
import { clear, fmtNum, frame, s, scale, select, slider, type Mount } from './kit';

const X0 = -3, X1 = 3, Y0 = -1.25, Y1 = 3;
const PLOT = { left: 40, right: 380, top: 16, bottom: 300 };
const COLOR: Record<ActName, number> = { relu: 1, gelu: 2, sigmoid: 3, tanh: 4, silu: 5 };
let uid = 0;

/** Five activations on shared axes, a cursor that reads value and slope, and one function highlighted with its tangent. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Activation functions ReLU, GELU, sigmoid, tanh and SiLU on shared axes, with value and slope at a cursor', width: 570, height: 330 });
  let x = 1;
  let hi: ActName = 'relu';
  const sx = scale(X0, X1, PLOT.left, PLOT.right);
  const sy = scale(Y0, Y1, PLOT.bottom, PLOT.top);
  const clipId = `act-clip-${++uid}`;
  const defs = s('defs', {}, [s('clipPath', { id: clipId }, [s('rect', { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top })])]);
  const axes = s('g');
  const curves = s('g', { 'clip-path': `url(#${clipId})` });
  const cursor = s('g');
  const legend = s('g');
  // The plot and its legend sit side by side, or the legend goes under the plot in a narrow column.
  const [plot, side] = f.panels([{ x: 10, y: 0, width: 378, height: 332 }, { x: 388, y: 6, width: 180, height: 300 }]);
  plot.append(defs, axes, curves, cursor);
  side.append(legend);

  for (let gx = X0; gx <= X1; gx++) {
    axes.append(s('line', { x1: sx(gx), y1: PLOT.top, x2: sx(gx), y2: PLOT.bottom, class: 'dg-grid' }),
      s('text', { x: sx(gx), y: PLOT.bottom + 16, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(gx)]));
  }
  for (let gy = -1; gy <= Y1; gy++) {
    axes.append(s('line', { x1: PLOT.left, y1: sy(gy), x2: PLOT.right, y2: sy(gy), class: 'dg-grid' }),
      s('text', { x: PLOT.left - 6, y: sy(gy) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(gy)]));
  }
  axes.append(s('line', { x1: PLOT.left, y1: sy(0), x2: PLOT.right, y2: sy(0), class: 'dg-axis' }),
    s('line', { x1: sx(0), y1: PLOT.top, x2: sx(0), y2: PLOT.bottom, class: 'dg-axis' }),
    s('text', { x: PLOT.right, y: PLOT.bottom + 28, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['x']));

  const path = (name: ActName) => sample(ACTIVATIONS[name].f, X0, X1, 240)
    .map(([px, py], i) => `${i ? 'L' : 'M'}${sx(px).toFixed(1)},${sy(Math.max(Y0 - 1, Math.min(Y1 + 1, py))).toFixed(1)}`).join('');

  const draw = () => {
    clear(curves);
    clear(cursor);
    clear(legend);
    // Others first, the highlighted one on top.
    for (const name of [...ACT_ORDER.filter((n) => n !== hi), hi]) {
      const on = name === hi;
      curves.append(s('path', { d: path(name), class: `dg-stroke-${COLOR[name]}`, 'stroke-width': on ? 3.5 : 1.5, 'stroke-opacity': on ? 1 : 0.55, 'data-testid': `curve-${name}` }));
    }
    const fn = ACTIVATIONS[hi];
    const y = fn.f(x);
    const k = fn.df(x);
    const dx = 0.9;
    curves.append(s('line', { x1: sx(x - dx), y1: sy(y - k * dx), x2: sx(x + dx), y2: sy(y + k * dx), class: `dg-stroke-${COLOR[hi]}`, 'stroke-dasharray': '6 4', 'stroke-width': 2 }));
    cursor.append(s('line', { x1: sx(x), y1: PLOT.top, x2: sx(x), y2: PLOT.bottom, class: 'dg-edge', 'stroke-dasharray': '3 3' }));
    const reads = readAt(x);
    for (const r of reads) {
      if (r.value < Y0 || r.value > Y1) continue;
      cursor.append(s('circle', { cx: sx(x), cy: sy(r.value), r: r.name === hi ? 5.5 : 3.5, class: `dg-fill-${COLOR[r.name]}` }));
    }
    cursor.append(s('text', { x: sx(x) + (x > 2 ? -6 : 6), y: PLOT.top + 12, 'text-anchor': x > 2 ? 'end' : 'start', class: 'dg-small' }, [`x = ${fmtNum(x, 3)}`]));

    // Legend with live numbers, one row per function.
    legend.append(s('text', { x: 398, y: 26, class: 'dg-small dg-muted' }, ['value f(x) · slope f′(x)']));
    reads.forEach((r, i) => {
      const yy = 50 + i * 54;
      const on = r.name === hi;
      if (on) legend.append(s('rect', { x: 392, y: yy - 16, width: 172, height: 46, rx: 5, class: 'dg-node dg-highlight', 'fill-opacity': 0 }));
      legend.append(
        s('line', { x1: 400, y1: yy - 4, x2: 422, y2: yy - 4, class: `dg-stroke-${COLOR[r.name]}`, 'stroke-width': on ? 3.5 : 2 }),
        s('text', { x: 430, y: yy, class: on ? 'dg-text' : 'dg-small' }, [r.label]),
        s('text', { x: 400, y: yy + 20, class: 'dg-small' }, [`f = ${fmtNum(r.value, 3)}`]),
        s('text', { x: 478, y: yy + 20, class: 'dg-small' }, [`f′ = ${fmtNum(r.slope, 3)}`]),
      );
    });

    f.readout.textContent = `x = ${fmtNum(x, 3)}\n` + reads.map((r) => `${r.label.padEnd(20)} f(x) = ${fmtNum(r.value, 4).padEnd(8)} f′(x) = ${fmtNum(r.slope, 4)}`).join('\n')
      + '\nGELU here is the tanh approximation 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))).';
    const flat = reads.filter((r) => Math.abs(r.slope) < 0.05).map((r) => r.label);
    f.setSummary(`At x = ${fmtNum(x, 3)}, ${fn.label} has value ${fmtNum(y, 3)} and slope ${fmtNum(k, 3)}.`
      + (flat.length ? ` Nearly flat here (slope below 0.05): ${flat.join(', ')}.` : ' Every function still has a usable slope here.'));
  };

  slider(f.controls, { label: 'cursor x', min: X0, max: X1, step: 0.05, value: x, format: (v) => fmtNum(v, 3), onInput: (v) => { x = v; draw(); } });
  select<ActName>(f.controls, 'highlight', ACT_ORDER.map((n) => ({ value: n, text: ACTIVATIONS[n].label })), hi, (v) => { hi = v; draw(); });
  draw();
};
