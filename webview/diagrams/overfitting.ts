import { fitReport, makeDataset, polyval, truth, type Dataset, type FitReport } from '../../src/core/diagrams/overfitting';
import { clear, fmtNum, frame, s, scale, select, slider, toggle, type Mount } from './kit';

const MAX_DEG = 11;
const SEEDS = [{ value: '42', text: 'sample 1 (seed 42)' }, { value: '7', text: 'sample 2 (seed 7)' }, { value: '2', text: 'sample 3 (seed 2)' }];
const P = { left: 36, right: 360, top: 16, bottom: 290 };
const E0 = -3, E1 = 2; // error axes: log10 MSE from 0.001 to 100
let uid = 0;

const fmtErr = (v: number) => (v < 1e-9 ? '≈ 0' : v >= 1e4 ? v.toExponential(1) : fmtNum(v, 3));
const sup = (k: number) => String(k).split('').map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');

/** Noisy points from sin(πx), a train/validation split, and a least-squares polynomial of chosen degree. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Overfitting: polynomial fits of growing degree to noisy points, with training and validation error', width: 600, height: 320 });
  let degree = 3;
  let seed = 42;
  let showTruth = true;
  let data: Dataset = makeDataset(seed);
  let reports: FitReport[] = [];
  const refit = () => { data = makeDataset(seed); reports = Array.from({ length: MAX_DEG + 1 }, (_, d) => fitReport(data, d)); };
  refit();

  const sx = scale(-1.05, 1.05, P.left, P.right);
  const sy = scale(-2, 2, P.bottom, P.top);
  const clipId = `overfit-clip-${++uid}`;
  f.svg.append(s('defs', {}, [s('clipPath', { id: clipId }, [s('rect', { x: P.left, y: P.top, width: P.right - P.left, height: P.bottom - P.top })])]));
  // The fit and the error charts sit side by side, or stack in a narrow column.
  const [plot, side] = f.panels([{ x: 6, y: 0, width: 364, height: 320 }, { x: 392, y: 0, width: 206, height: 320 }]);

  const curve = (fn: (x: number) => number) => {
    const pts: string[] = [];
    for (let i = 0; i <= 300; i++) {
      const x = -1.05 + (2.1 * i) / 300;
      pts.push(`${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(Math.max(-30, Math.min(30, fn(x)))).toFixed(1)}`);
    }
    return pts.join('');
  };

  const draw = () => {
    clear(plot);
    clear(side);
    const r = reports[degree];
    // Left: the data and the fit.
    for (const gy of [-2, -1, 0, 1, 2]) {
      plot.append(s('line', { x1: P.left, y1: sy(gy), x2: P.right, y2: sy(gy), class: gy === 0 ? 'dg-axis' : 'dg-grid' }),
        s('text', { x: P.left - 6, y: sy(gy) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(gy)]));
    }
    for (const gx of [-1, -0.5, 0, 0.5, 1]) {
      plot.append(s('line', { x1: sx(gx), y1: P.top, x2: sx(gx), y2: P.bottom, class: gx === 0 ? 'dg-axis' : 'dg-grid' }),
        s('text', { x: sx(gx), y: P.bottom + 16, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(gx)]));
    }
    const clipped = s('g', { 'clip-path': `url(#${clipId})` });
    if (showTruth) clipped.append(s('path', { d: curve(truth), class: 'dg-stroke-3', 'stroke-dasharray': '6 4' }));
    clipped.append(s('path', { d: curve((x) => polyval(r.coeffs, x)), class: 'dg-stroke-2', 'stroke-width': 3, 'data-testid': 'fit' }));
    plot.append(clipped);
    for (const p of data.train) plot.append(s('circle', { cx: sx(p.x), cy: sy(p.y), r: 4.5, class: 'dg-fill-1' }));
    for (const p of data.validation) plot.append(s('circle', { cx: sx(p.x), cy: sy(p.y), r: 4.5, class: 'dg-stroke-5', style: 'fill: var(--vscode-editor-background)' }));
    const legend: [string, string][] = [['dg-fill-1', 'train (12)'], ['dg-stroke-5', 'validation (8)'], ['dg-stroke-2', `fit, degree ${degree}`]];
    if (showTruth) legend.push(['dg-stroke-3', 'true sin(πx)']);
    legend.forEach(([cls, label], i) => {
      const y = P.top + 12 + i * 15;
      plot.append(cls.startsWith('dg-fill') || cls === 'dg-stroke-5'
        ? s('circle', { cx: P.left + 12, cy: y - 4, r: 4, class: cls, style: cls === 'dg-stroke-5' ? 'fill: var(--vscode-editor-background)' : undefined })
        : s('line', { x1: P.left + 5, y1: y - 4, x2: P.left + 19, y2: y - 4, class: cls, 'stroke-dasharray': cls === 'dg-stroke-3' ? '4 3' : undefined }),
      s('text', { x: P.left + 26, y, class: 'dg-small' }, [label]));
    });

    // Right top: error bars for this degree (log scale).
    const bx0 = 400, bx1 = 590;
    const ly = scale(E0, E1, 140, 30);
    const lg = (v: number) => Math.max(E0, Math.min(E1, Math.log10(Math.max(v, 1e-12))));
    side.append(s('text', { x: bx0, y: 14, class: 'dg-small' }, ['mean squared error (log scale)']));
    for (let e = E0; e <= E1; e++) {
      side.append(s('line', { x1: bx0 + 40, y1: ly(e), x2: bx1, y2: ly(e), class: 'dg-grid' }),
        s('text', { x: bx0 + 36, y: ly(e) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(10 ** e)]));
    }
    ([[r.trainMse, 'train', 'dg-fill-1'], [r.validationMse, 'valid.', 'dg-fill-5']] as const).forEach(([v, label, cls], i) => {
      const x = bx0 + 60 + i * 70;
      const top = ly(lg(v));
      side.append(s('rect', { x, y: top, width: 40, height: ly(E0) - top, class: cls, 'fill-opacity': 0.8, 'data-testid': `bar-${label}` }),
        s('text', { x: x + 20, y: Math.max(26, top - 4), 'text-anchor': 'middle', class: 'dg-small' }, [fmtErr(v)]),
        s('text', { x: x + 20, y: ly(E0) + 14, 'text-anchor': 'middle', class: 'dg-small' }, [label]));
    });

    // Right bottom: both errors against degree, with the current degree marked.
    const cx = scale(0, MAX_DEG, bx0 + 40, bx1);
    const cy = scale(E0, E1, 290, 185);
    side.append(s('text', { x: bx0, y: 178, class: 'dg-small' }, ['error vs degree']));
    for (let e = E0; e <= E1; e += 1) side.append(s('line', { x1: bx0 + 40, y1: cy(e), x2: bx1, y2: cy(e), class: 'dg-grid' }));
    side.append(s('text', { x: bx0 + 36, y: cy(E1) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['100']),
      s('text', { x: bx0 + 36, y: cy(E0) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['0.001']));
    side.append(s('line', { x1: cx(degree), y1: cy(E1), x2: cx(degree), y2: cy(E0), class: 'dg-highlight' }));
    for (const [key, cls] of [['trainMse', 'dg-stroke-1'], ['validationMse', 'dg-stroke-5']] as const) {
      side.append(s('polyline', { points: reports.map((q) => `${cx(q.degree)},${cy(lg(q[key]))}`).join(' '), class: cls }));
    }
    for (const d of [0, 3, 6, 9, 11]) side.append(s('text', { x: cx(d), y: 304, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(d)]));
    const best = reports.reduce((a, q) => (q.validationMse < a.validationMse ? q : a));

    const terms = r.coeffs.map((c, k) => `${fmtNum(c, 3)}${k ? `x${k > 1 ? sup(k) : ''}` : ''}`);
    f.readout.textContent = `p(x) = ${terms.slice(0, 5).join(' + ').replace(/\+ -/g, '− ')}${terms.length > 5 ? ` + … (${terms.length} coefficients)` : ''}\n`
      + `train MSE = ${fmtErr(r.trainMse)}   validation MSE = ${fmtErr(r.validationMse)}   (noise variance 0.0625)\n`
      + `lowest validation error on this sample: degree ${best.degree} (${fmtErr(best.validationMse)})`;
    const verdict = degree <= 1 ? 'underfits: a curve this simple cannot follow sin(πx)'
      : r.validationMse > 3 * best.validationMse && degree > best.degree ? 'overfits: it bends to chase the noise in the 12 training points'
        : r.validationMse > 3 * best.validationMse ? 'still underfits: validation error is well above the best degree'
          : 'generalises well: validation error is close to the best degree on this sample';
    f.setSummary(`Degree ${degree}: training error ${fmtErr(r.trainMse)}, validation error ${fmtErr(r.validationMse)}. This polynomial ${verdict}.`);
  };

  slider(f.controls, { label: 'polynomial degree', min: 0, max: MAX_DEG, step: 1, value: degree, format: (v) => String(v), onInput: (v) => { degree = v; draw(); } });
  select(f.controls, 'data', SEEDS, String(seed), (v) => { seed = Number(v); refit(); draw(); });
  toggle(f.controls, 'show true function', showTruth, (v) => { showTruth = v; draw(); });
  draw();
};
