import { allocate, CHINCHILLA, fittedOptimum, isoFlop, KNOWN_MODELS, loss, powerOfTen, trainingFlops } from '../../src/core/diagrams/compute-and-scale';
import { isPreset } from '../../src/core/models/presets';
import { clear, frame, presetNote, s, scale, slider, toggle, type Mount } from './kit';

const big = (n: number) => n >= 1e12 ? `${(n / 1e12).toFixed(2)}T` : n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(0)}M` : n.toExponential(1);
const sci = (v: number) => powerOfTen(Math.log10(v), 3).text;

/** Label offsets so the known models do not collide. */
const LABEL: Record<string, { dx: number; dy: number; anchor: string }> = {
  'GPT-3': { dx: -6, dy: 14, anchor: 'end' }, Gopher: { dx: 6, dy: 14, anchor: 'start' }, Chinchilla: { dx: 10, dy: 16, anchor: 'start' },
  'Llama 2 7B': { dx: -7, dy: 4, anchor: 'end' }, 'Llama 3 8B': { dx: 7, dy: 4, anchor: 'start' },
};

/** Compute budget → compute-optimal model size and data, on the (N, D) plane and the iso-FLOP loss curve. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'Scaling-law explorer: compute budget, model size, training tokens and fitted loss', width: 600, height: 320 });
  // A model card's preset: the budget that trains this model on its Chinchilla tokens (C = 6·N·D, D = tokens).
  const mp = isPreset(env.preset, 'compute-and-scale') ? env.preset : undefined;
  const clampLogC = (v: number) => Math.min(26, Math.max(18, v));
  let logC = mp ? clampLogC(Math.log10(trainingFlops(mp.params, mp.tokens))) : Math.log10(5.76e23);
  let logRatio = mp ? Math.min(3.3, Math.max(0, Math.log10(mp.tokens / mp.params))) : Math.log10(20);
  if (mp) presetNote(root, `Preset from the model card: ${mp.name} (N = ${big(mp.params)} parameters, D = ${big(mp.tokens)} tokens, C = 6ND = ${sci(trainingFlops(mp.params, mp.tokens))} FLOPs)`);
  let showModels = true;
  // Two panels that stack in a narrow column: the (N, D) plane, then the loss curve.
  const [left, right] = f.panels([{ x: 4, y: 0, width: 308, height: 312 }, { x: 316, y: 8, width: 280, height: 304 }]);

  const draw = () => {
    const C = 10 ** logC;
    const ratio = 10 ** logRatio;
    const rule = allocate(C, 20);
    const opt = fittedOptimum(C);
    const mine = allocate(C, ratio);
    clear(left);
    clear(right);

    // Left: the (N, D) plane, log-log.
    const x = scale(7, 13, 56, 296);
    const y = scale(8, 14, 272, 32);
    const lx = (N: number) => x(Math.log10(N));
    const ly = (D: number) => y(Math.log10(D));
    left.append(
      s('rect', { x: 56, y: 32, width: 240, height: 240, class: 'dg-axis' }),
      s('text', { x: 176, y: 304, 'text-anchor': 'middle', class: 'dg-small' }, ['parameters N']),
      s('text', { x: 14, y: 152, 'text-anchor': 'middle', class: 'dg-small', transform: 'rotate(-90 14 152)' }, ['training tokens D']),
    );
    for (let e = 7; e <= 13; e += 2) left.append(s('text', { x: x(e), y: 288, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`1e${e}`]));
    for (let e = 8; e <= 14; e += 2) left.append(s('text', { x: 52, y: y(e) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [`1e${e}`]));
    // Iso-FLOP lines: log D = log(C/6) − log N.
    const isoLine = (c: number, cls: string) => {
      const k = Math.log10(c / 6);
      const n0 = Math.max(7, k - 14), n1 = Math.min(13, k - 8);
      if (n1 <= n0) return;
      left.append(s('line', { x1: x(n0), y1: y(k - n0), x2: x(n1), y2: y(k - n1), class: cls }));
    };
    for (const e of [18, 20, 22, 24, 26]) isoLine(10 ** e, 'dg-grid');
    isoLine(C, 'dg-stroke-4');
    // D = 20N.
    const r20 = Math.log10(20);
    left.append(
      s('line', { x1: x(7), y1: y(7 + r20), x2: x(14 - r20 > 13 ? 13 : 14 - r20), y2: y(Math.min(14, 13 + r20)), class: 'dg-edge', 'stroke-dasharray': '5 4' }),
      s('text', { x: x(8.2), y: y(8.2 + r20) - 8, class: 'dg-small dg-muted', transform: `rotate(-45 ${x(8.2)} ${y(8.2 + r20) - 8})` }, ['D = 20N']),
    );
    if (showModels) {
      for (const m of KNOWN_MODELS) {
        const l = LABEL[m.name];
        left.append(
          s('rect', { x: lx(m.N) - 3.5, y: ly(m.D) - 3.5, width: 7, height: 7, class: 'dg-fill-6' }),
          s('text', { x: lx(m.N) + l.dx, y: ly(m.D) + l.dy, 'text-anchor': l.anchor, class: 'dg-small' }, [m.name]),
        );
      }
    }
    if (mp) {
      left.append(
        s('rect', { x: lx(mp.params) - 5, y: ly(mp.tokens) - 5, width: 10, height: 10, class: 'dg-fill-4', 'data-testid': 'preset-model' }),
        s('text', { x: lx(mp.params) + 8, y: ly(mp.tokens) - 8, class: 'dg-small' }, ['this model']),
      );
    }
    left.append(
      s('circle', { cx: lx(opt.N), cy: ly(opt.D), r: 5, class: 'dg-fill-3' }),
      s('circle', { cx: lx(rule.N), cy: ly(rule.D), r: 6, class: 'dg-fill-2' }),
      s('circle', { cx: lx(mine.N), cy: ly(mine.D), r: 8, class: 'dg-node dg-highlight', 'fill-opacity': 0 }),
    );

    // Right: loss along the iso-FLOP line.
    const lo = Math.log10(rule.N) - 1.6, hi = Math.log10(rule.N) + 1.6;
    const Ns = Array.from({ length: 81 }, (_, i) => 10 ** (lo + ((hi - lo) * i) / 80));
    const Ls = isoFlop(C, Ns);
    const lMin = Math.min(...Ls), lMax = Math.max(...Ls);
    const span = Math.max(0.02, lMax - lMin);
    const px = scale(lo, hi, 350, 586);
    const py = scale(lMin - 0.05 * span, lMin + 1.05 * span, 272, 52);
    right.append(
      s('rect', { x: 350, y: 52, width: 236, height: 220, class: 'dg-axis' }),
      s('text', { x: 350, y: 24, class: 'dg-small' }, ['fitted loss along this budget']),
      s('text', { x: 350, y: 40, class: 'dg-small dg-muted' }, ['L(N, C/6N), Hoffmann et al. (2022)']),
      s('polyline', { points: Ns.map((N, i) => `${px(Math.log10(N)).toFixed(1)},${py(Ls[i]).toFixed(1)}`).join(' '), class: 'dg-stroke-4' }),
      s('text', { x: 350, y: 288, class: 'dg-small dg-muted' }, [big(Ns[0])]),
      s('text', { x: 586, y: 288, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [big(Ns[80])]),
      s('text', { x: 468, y: 304, 'text-anchor': 'middle', class: 'dg-small' }, ['parameters N (log)']),
      s('text', { x: 582, y: 266, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['loss']),
      s('text', { x: 346, y: py(lMin) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [lMin.toFixed(2)]),
      s('text', { x: 346, y: py(lMax) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [lMax.toFixed(2)]),
    );
    const mark = (N: number, cls: string, r: number, extra: Record<string, string | number> = {}) => {
      const lN = Math.log10(N);
      if (lN < lo || lN > hi) return;
      right.append(s('circle', { cx: px(lN), cy: py(loss(N, C / (6 * N))), r, class: cls, ...extra }));
    };
    mark(opt.N, 'dg-fill-3', 5);
    mark(rule.N, 'dg-fill-2', 6);
    mark(mine.N, 'dg-node dg-highlight', 8, { 'fill-opacity': 0 });
    // Legend.
    right.append(
      s('circle', { cx: 372, cy: 90, r: 5, class: 'dg-fill-2' }), s('text', { x: 382, y: 94, class: 'dg-small' }, ['20 tokens per parameter']),
      s('circle', { cx: 372, cy: 108, r: 5, class: 'dg-fill-3' }), s('text', { x: 382, y: 112, class: 'dg-small' }, ['minimum of fitted L']),
      s('circle', { cx: 372, cy: 126, r: 6, class: 'dg-node dg-highlight', 'fill-opacity': 0 }), s('text', { x: 382, y: 130, class: 'dg-small' }, [`your split: ${ratio.toFixed(0)} tokens/param`]),
    );

    const Lr = loss(rule.N, rule.D), Lo = loss(opt.N, opt.D), Lm = loss(mine.N, mine.D);
    const a100Days = C / (0.4 * 312e12) / 86400;
    f.readout.textContent = [
      `C = ${sci(C)} FLOPs ≈ 6·N·D  (≈ ${Math.round(a100Days).toLocaleString('en-US')} A100-days at 40% of 312 TFLOP/s)`,
      `D = 20N:        N = √(C/120) = ${big(rule.N)},  D = ${big(rule.D)},  L = ${Lr.toFixed(3)}`,
      `fitted minimum: N = ${big(opt.N)},  D = ${big(opt.D)} (${(opt.D / opt.N).toFixed(0)} tokens/param),  L = ${Lo.toFixed(3)}`,
      `your split:     N = ${big(mine.N)},  D = ${big(mine.D)},  L = ${Lm.toFixed(3)} (+${(Lm - Lo).toFixed(3)} over the minimum)`,
      `L(N, D) = ${CHINCHILLA.E} + ${CHINCHILLA.A}/N^${CHINCHILLA.alpha} + ${CHINCHILLA.B}/D^${CHINCHILLA.beta}`,
      ...(mp ? [`this model:     N = ${big(mp.params)},  D = ${big(mp.tokens)},  C = 6ND = ${sci(trainingFlops(mp.params, mp.tokens))},  L = ${loss(mp.params, mp.tokens).toFixed(3)}`] : []),
    ].join('\n');
    const near = KNOWN_MODELS.filter((m) => Math.abs(Math.log10(trainingFlops(m.N, m.D) / C)) < 0.5).map((m) => m.name);
    f.setSummary(`A budget of ${sci(C)} FLOPs. The 20-tokens-per-parameter rule gives ${big(rule.N)} parameters and ${big(rule.D)} tokens; the fitted loss is lowest at ${big(opt.N)} parameters and ${big(opt.D)} tokens.${near.length ? ` Models trained with a similar budget: ${near.join(', ')}.` : ''}`);
  };

  // Steps of a tenth of a decade (Page Up/Down move further); the value reads as 5.8×10²³ FLOPs.
  slider(f.controls, { label: 'compute C', min: 18, max: 26, step: 0.1, value: logC, format: (v) => `${powerOfTen(v).text} FLOPs`, valueText: (v) => `${powerOfTen(v).spoken} FLOPs`, onInput: (v) => { logC = v; draw(); } });
  slider(f.controls, { label: 'tokens per parameter', min: 0, max: 3.3, step: 0.05, value: logRatio, format: (v) => (10 ** v).toFixed(0), onInput: (v) => { logRatio = v; draw(); } });
  toggle(f.controls, 'known models', showModels, (v) => { showModels = v; draw(); });
  draw();
};
