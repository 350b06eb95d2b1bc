import {
  CALIB, LIMITATIONS, RELEASES, SUMS, addition, calibration, chainSuccess, maxSteps, middleAccuracy, monthLabel, sigmoid, staleness,
  type LimitationId, type NumberScheme,
} from '../../src/core/diagrams/limitations';
import { clear, frame, h, s, scale, select, slider, type Frame, type Mount } from './kit';

const W = 600;
const H = 380;

type Demo = (f: Frame, pic: SVGGElement, sub: HTMLElement) => void;

/** Axes with light grid lines; returns the scales. */
function axes(pic: SVGGElement, o: { x0: number; x1: number; y0: number; y1: number; xMax: number; xMin?: number; yMax?: number; xTicks: number[]; yTicks: number[]; xLabel: string; yLabel: string; fmtY?: (v: number) => string }) {
  const sx = scale(o.xMin ?? 0, o.xMax, o.x0, o.x1);
  const sy = scale(0, o.yMax ?? 1, o.y0, o.y1);
  for (const v of o.yTicks) {
    pic.append(s('line', { x1: o.x0, y1: sy(v), x2: o.x1, y2: sy(v), class: 'dg-grid' }),
      s('text', { x: o.x0 - 6, y: sy(v) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [o.fmtY ? o.fmtY(v) : String(v)]));
  }
  for (const v of o.xTicks) pic.append(s('text', { x: sx(v), y: o.y0 + 16, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(v)]));
  pic.append(s('line', { x1: o.x0, y1: o.y0, x2: o.x1, y2: o.y0, class: 'dg-axis' }), s('line', { x1: o.x0, y1: o.y0, x2: o.x0, y2: o.y1, class: 'dg-axis' }),
    s('text', { x: o.x1, y: o.y0 + 32, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [o.xLabel]),
    s('text', { x: o.x0 - 40, y: o.y1 - 14, class: 'dg-small dg-muted' }, [o.yLabel]));
  return { sx, sy };
}

// ---------------------------------------------------------------- tokenization
const tokenization: Demo = (f, pic, sub) => {
  let which = 0;
  const draw = () => {
    clear(pic);
    const [a, b] = SUMS[which];
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, [`${a} + ${b}: the same digits, two tokenizers`]));
    const schemes: { id: NumberScheme; title: string }[] = [
      { id: 'digit', title: 'one token per digit (Llama style)' },
      { id: 'group3', title: 'runs of ≤ 3 digits from the left (cl100k style)' },
    ];
    const cw = 13;
    const views = schemes.map((sc) => addition(a, b, sc.id));
    schemes.forEach((sc, k) => {
      const v = views[k];
      const right = k === 0 ? 280 : 580;
      const y0 = 62;
      pic.append(s('text', { x: right, y: y0 - 16, 'text-anchor': 'end', class: 'dg-small' }, [sc.title]));
      [['', v.a], ['+', v.b], ['=', v.sum]].forEach(([op, toks], r) => {
        const tks = toks as string[];
        const y = y0 + r * 42;
        let x = right - tks.join('').length * cw;
        pic.append(s('text', { x: x - 12, y: y + 20, 'text-anchor': 'end', class: 'dg-text' }, [op as string]));
        tks.forEach((t, i) => {
          const w = t.length * cw;
          pic.append(s('rect', { x: x + 1, y, width: w - 2, height: 28, rx: 4, class: i % 2 ? 'dg-fill-2' : 'dg-fill-1', 'fill-opacity': 0.3 }),
            s('rect', { x: x + 1, y, width: w - 2, height: 28, rx: 4, class: 'dg-node', 'fill-opacity': 0 }));
          t.split('').forEach((d, j) => pic.append(s('text', { x: x + j * cw + cw / 2, y: y + 19, 'text-anchor': 'middle', class: 'dg-text', style: 'font-family: var(--vscode-editor-font-family)' }, [d])));
          x += w;
        });
        pic.append(s('text', { x: right - 240 + (k === 0 ? -10 : 0), y: y + 19, class: 'dg-small dg-muted' }, [`${tks.length} tok`]));
      });
      pic.append(s('text', { x: right, y: y0 + 3 * 42 + 8, 'text-anchor': 'end', class: `dg-small${v.aligned ? '' : ' dg-muted'}` }, [v.aligned ? 'units digits line up in every token' : 'units digits sit at different token offsets']));
    });
    pic.append(s('line', { x1: 300, y1: 40, x2: 300, y2: 210, class: 'dg-grid' }));
    const lines = [
      'A model reads the token ids, not the digits: with grouping, the column a digit',
      'belongs to depends on the length of the whole number, so carrying has to be',
      'learned separately for every way the groups can fall. Per-digit tokens make',
      'place value regular but cost more tokens per number.',
    ];
    lines.forEach((l, i) => pic.append(s('text', { x: 10, y: 244 + i * 18, class: 'dg-small' }, [l])));
    const g = views[1];
    f.readout.textContent = `${a} + ${b} = ${g.value}\nper digit: ${views[0].a.length} + ${views[0].b.length} → ${views[0].sum.length} tokens;  groups of 3: [${g.a.join('|')}] + [${g.b.join('|')}] = [${g.sum.join('|')}]`;
    f.setSummary(`${a} plus ${b} equals ${g.value}. Split per digit, the sum is ${views[0].sum.length} tokens; in groups of up to three it is ${g.sum.join(', ')}, and the units digits ${g.aligned ? 'line up' : 'do not line up'} across the operands and the sum.`);
  };
  select(sub, 'sum', SUMS.map(([a, b], i) => ({ value: String(i), text: `${a} + ${b}` })), '0', (v) => { which = Number(v); draw(); });
  draw();
};

// ---------------------------------------------------------------- reasoning depth
const reasoning: Demo = (f, pic, sub) => {
  let p = 0.95;
  let n = 20;
  const N = 60;
  const draw = () => {
    clear(pic);
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, [`P(all n steps right) = pⁿ with p = ${p.toFixed(3)}`]));
    const { sx, sy } = axes(pic, { x0: 60, x1: 580, y0: 320, y1: 60, xMax: N, xTicks: [0, 10, 20, 30, 40, 50, 60], yTicks: [0, 0.25, 0.5, 0.75, 1], xLabel: 'steps n', yLabel: 'P(chain right)' });
    const pts: string[] = [];
    const ref: string[] = [];
    for (let k = 0; k <= N; k++) { pts.push(`${sx(k)},${sy(chainSuccess(p, k))}`); ref.push(`${sx(k)},${sy(chainSuccess(0.99, k))}`); }
    pic.append(s('polyline', { points: ref.join(' '), class: 'dg-edge', 'stroke-dasharray': '4 3' }),
      s('text', { x: sx(36), y: sy(chainSuccess(0.99, 36)) - 8, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['p = 0.99 (reference)']));
    pic.append(s('polyline', { points: pts.join(' '), class: 'dg-stroke-1' }));
    pic.append(s('line', { x1: sx(0), y1: sy(0.5), x2: sx(N), y2: sy(0.5), class: 'dg-stroke-5', 'stroke-dasharray': '5 4', 'stroke-width': 1 }));
    const m = maxSteps(p, 0.5);
    const v = chainSuccess(p, n);
    pic.append(s('line', { x1: sx(n), y1: sy(0), x2: sx(n), y2: sy(v), class: 'dg-edge' }), s('circle', { cx: sx(n), cy: sy(v), r: 6, class: 'dg-fill-2' }),
      s('text', { x: sx(n) + 9, y: sy(v) - 8, class: 'dg-small' }, [`n = ${n}: ${v.toFixed(3)}`]));
    f.readout.textContent = `${p.toFixed(3)}^${n} = ${v.toFixed(4)};  longest chain with P ≥ 0.5: ⌊ln 0.5 / ln ${p.toFixed(3)}⌋ = ${Number.isFinite(m) ? m : '∞'} steps`;
    f.setSummary(`If each step is right with probability ${p.toFixed(3)} and errors are independent, a ${n}-step chain is right with probability ${v.toFixed(3)}; chains longer than ${Number.isFinite(m) ? m : 'any length'} steps fail more often than they succeed.`);
  };
  slider(sub, { label: 'per-step accuracy p', min: 0.8, max: 0.999, step: 0.001, value: p, format: (v) => v.toFixed(3), onInput: (v) => { p = v; draw(); } });
  slider(sub, { label: 'steps n', min: 1, max: N, step: 1, value: n, onInput: (v) => { n = v; draw(); } });
  draw();
};

// ---------------------------------------------------------------- lost in the middle
const context: Demo = (f, pic, sub) => {
  let docs = 20;
  let pos = 10;
  const ref: { pos?: { input: HTMLInputElement; set(v: number): void } } = {};
  const draw = () => {
    clear(pic);
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, [`Answer accuracy vs where the relevant document sits among ${docs} (toy curve)`]));
    const { sx, sy } = axes(pic, { x0: 60, x1: 580, y0: 320, y1: 60, xMin: 0.5, xMax: docs + 0.5, xTicks: [1, Math.round(docs / 2), docs], yTicks: [0, 0.25, 0.5, 0.75, 1], xLabel: 'position of the relevant document', yLabel: 'accuracy' });
    const bw = (sx(2) - sx(1)) * 0.7;
    for (let i = 1; i <= docs; i++) {
      const a = middleAccuracy(i, docs);
      pic.append(s('rect', { x: sx(i) - bw / 2, y: sy(a), width: bw, height: sy(0) - sy(a), class: i === pos ? 'dg-fill-2' : 'dg-fill-1', 'fill-opacity': i === pos ? 0.95 : 0.5 }));
    }
    const a = middleAccuracy(pos, docs);
    pic.append(s('text', { x: sx(pos), y: sy(a) - 8, 'text-anchor': 'middle', class: 'dg-small' }, [a.toFixed(2)]));
    pic.append(s('text', { x: 60, y: 366, class: 'dg-small dg-muted' }, ['Shape after Liu et al. (2023), "Lost in the Middle"; the numbers here are illustrative, not measured.']));
    const best = Math.max(middleAccuracy(1, docs), middleAccuracy(docs, docs));
    f.readout.textContent = `acc(pos) = floor + primacy·e^(−(pos−1)/τ) + recency·e^(−(n−pos)/τ), τ = 0.15·n\nposition ${pos} of ${docs}: ${a.toFixed(3)};  best end: ${best.toFixed(3)};  drop: ${(best - a).toFixed(3)}`;
    f.setSummary(`With the relevant document at position ${pos} of ${docs}, the toy model answers correctly ${Math.round(a * 100)}% of the time, against ${Math.round(best * 100)}% when it sits at the best end of the context.`);
  };
  select(sub, 'documents', [10, 20, 30].map((v) => ({ value: String(v), text: String(v) })), String(docs), (v) => {
    docs = Number(v);
    pos = Math.min(pos, docs);
    if (ref.pos) { ref.pos.input.max = String(docs); ref.pos.set(pos); } else draw();
  });
  ref.pos = slider(sub, { label: 'relevant doc at', min: 1, max: docs, step: 1, value: pos, onInput: (v) => { pos = v; draw(); } });
  draw();
};

// ---------------------------------------------------------------- calibration
const hallucination: Demo = (f, pic, sub) => {
  let T = 1;
  let nBins = 5;
  const draw = () => {
    clear(pic);
    const c = calibration(CALIB, T, nBins);
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, [`Reliability of a toy model's confidence (20 answers), temperature ${T.toFixed(2)}`]));
    const { sx, sy } = axes(pic, { x0: 60, x1: 360, y0: 330, y1: 60, xMax: 1, xTicks: [0, 0.5, 1], yTicks: [0, 0.5, 1], xLabel: 'stated confidence', yLabel: 'accuracy' });
    pic.append(s('line', { x1: sx(0), y1: sy(0), x2: sx(1), y2: sy(1), class: 'dg-edge', 'stroke-dasharray': '4 3' }));
    for (const b of c.bins) {
      if (!b.count) continue;
      const x = sx(b.lo) + 2; const w = sx(b.hi) - sx(b.lo) - 4;
      pic.append(s('rect', { x, y: sy(b.accuracy), width: w, height: sy(0) - sy(b.accuracy), class: 'dg-fill-1', 'fill-opacity': 0.6 }),
        s('line', { x1: x, y1: sy(b.confidence), x2: x + w, y2: sy(b.confidence), class: 'dg-stroke-5', 'stroke-width': 2.5 }),
        s('text', { x: x + w / 2, y: sy(0) - 4, 'text-anchor': 'middle', class: 'dg-small' }, [`n=${b.count}`]));
    }
    // Each answer as a dot on a confidence line, filled when correct.
    const dx = scale(0.5, 1, 400, 580);
    pic.append(s('text', { x: 400, y: 70, class: 'dg-small' }, ['each answer (● right, ○ wrong)']),
      s('line', { x1: 400, y1: 120, x2: 580, y2: 120, class: 'dg-axis' }),
      s('text', { x: 400, y: 136, class: 'dg-small dg-muted' }, ['0.5']), s('text', { x: 580, y: 136, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['1.0']));
    const stack = new Map<number, number>();
    for (const it of CALIB) {
      const conf = sigmoid(it.logit / T);
      const key = Math.round(dx(conf) / 7);
      const k = stack.get(key) ?? 0;
      stack.set(key, k + 1);
      pic.append(s('circle', { cx: dx(conf), cy: 112 - k * 8, r: 3.5, class: it.correct ? 'dg-fill-3' : 'dg-node' }));
    }
    const over = c.meanConfidence - c.accuracy;
    [
      `accuracy        ${c.accuracy.toFixed(2)}`,
      `mean confidence ${c.meanConfidence.toFixed(2)}`,
      `ECE             ${c.ece.toFixed(3)}`,
      over > 0.02 ? 'over-confident: says more than it knows' : over < -0.02 ? 'under-confident' : 'confidence ≈ accuracy',
    ].forEach((l, i) => pic.append(s('text', { x: 400, y: 180 + i * 20, class: 'dg-small', style: i < 3 ? 'font-family: var(--vscode-editor-font-family); white-space: pre' : undefined }, [l])));
    pic.append(s('text', { x: 400, y: 280, class: 'dg-small dg-muted' }, ['bars: accuracy per bin']), s('text', { x: 400, y: 298, class: 'dg-small dg-muted' }, ['red ticks: mean confidence per bin']),
      s('text', { x: 400, y: 316, class: 'dg-small dg-muted' }, ['dashed: perfect calibration']));
    f.readout.textContent = `confidence = σ(logit / T);  ECE = Σ_b (n_b/N)·|acc_b − conf_b| = ${c.ece.toFixed(3)} over ${nBins} bins`;
    f.setSummary(`At temperature ${T.toFixed(2)} the toy model states ${Math.round(c.meanConfidence * 100)}% confidence on average while ${Math.round(c.accuracy * 100)}% of its answers are right; the expected calibration error is ${c.ece.toFixed(3)}.`);
  };
  slider(sub, { label: 'temperature T', min: 0.5, max: 8, step: 0.25, value: T, format: (v) => v.toFixed(2), onInput: (v) => { T = v; draw(); } });
  select(sub, 'bins', [{ value: '5', text: '5' }, { value: '10', text: '10' }], '5', (v) => { nBins = Number(v); draw(); });
  draw();
};

// ---------------------------------------------------------------- knowledge cutoff
const cutoff: Demo = (f, pic, sub) => {
  let cut = 40;
  let asked = 65;
  const M = 71;
  const draw = () => {
    clear(pic);
    const st = staleness(cut, asked);
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, ['"What is the latest version of examplelib?" (an imaginary library)']));
    const sx = scale(0, M, 30, 580);
    const y = 150;
    pic.append(s('rect', { x: sx(0), y: y - 40, width: sx(cut) - sx(0), height: 80, class: 'dg-fill-1', 'fill-opacity': 0.18 }),
      s('text', { x: sx(0) + 6, y: y - 26, class: 'dg-small' }, ['in the training data']));
    pic.append(s('line', { x1: sx(0), y1: y, x2: sx(M), y2: y, class: 'dg-axis' }));
    for (let yr = 0; yr <= 5; yr++) pic.append(s('line', { x1: sx(yr * 12), y1: y - 4, x2: sx(yr * 12), y2: y + 4, class: 'dg-axis' }), s('text', { x: sx(yr * 12), y: y + 58, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(2020 + yr)]));
    for (const r of RELEASES) {
      const known = r.month <= cut;
      pic.append(s('circle', { cx: sx(r.month), cy: y, r: 7, class: known ? 'dg-fill-1' : 'dg-node' }),
        s('text', { x: sx(r.month), y: y + 24, 'text-anchor': 'middle', class: `dg-small${known ? '' : ' dg-muted'}` }, [`v${r.version}`]),
        s('text', { x: sx(r.month), y: y + 38, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [monthLabel(r.month)]));
    }
    pic.append(s('line', { x1: sx(cut), y1: y - 50, x2: sx(cut), y2: y + 44, class: 'dg-stroke-1', 'stroke-width': 2 }),
      s('text', { x: sx(cut), y: y - 56, 'text-anchor': 'middle', class: 'dg-small' }, [`cutoff ${monthLabel(cut)}`]));
    pic.append(s('line', { x1: sx(asked), y1: y - 30, x2: sx(asked), y2: y + 70, class: 'dg-stroke-2', 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
      s('text', { x: sx(asked), y: y + 84, 'text-anchor': 'middle', class: 'dg-small' }, [`asked ${monthLabel(asked)}`]));
    const lines = [
      `Ungrounded answer: "${st.believed ? `v${st.believed}` : 'I do not know of it'}"  ·  true at the question date: ${st.actual ? `v${st.actual}` : 'not released yet'}`,
      st.stale ? `Stale by ${st.missed} release${st.missed === 1 ? '' : 's'}; the model cannot tell, because nothing in its weights marks the gap.` : st.gapMonths > 0 ? 'Correct, but only because nothing was released after the cutoff.' : 'The question falls inside the training period.',
      'Retrieval or a tool call with the current release list grounds the answer.',
    ];
    lines.forEach((l, i) => pic.append(s('text', { x: 10, y: 290 + i * 20, class: 'dg-small' }, [l])));
    f.readout.textContent = `cutoff ${monthLabel(cut)}, asked ${monthLabel(asked)}: ${st.gapMonths} months apart, ${st.missed} release(s) unseen`;
    f.setSummary(`With a training cutoff of ${monthLabel(cut)} and the question asked in ${monthLabel(asked)}, the model would name ${st.believed ? `version ${st.believed}` : 'no version'} while the latest is ${st.actual ? `version ${st.actual}` : 'none'}${st.stale ? `: ${st.missed} release${st.missed === 1 ? '' : 's'} behind` : ''}.`);
  };
  slider(sub, { label: 'training cutoff', min: 0, max: M, step: 1, value: cut, format: monthLabel, onInput: (v) => { cut = v; draw(); } });
  slider(sub, { label: 'question date', min: 0, max: M, step: 1, value: asked, format: monthLabel, onInput: (v) => { asked = v; draw(); } });
  draw();
};

const DEMOS: Record<LimitationId, Demo> = { tokenization, reasoning, context, hallucination, cutoff };

/** A map of limitations; each shows a small computed demonstration with its own controls. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: "What LLMs can't do yet: a computed demonstration for each limitation", width: W, height: H });
  const pic = s('g');
  f.svg.append(pic);
  const sub = h('span', { style: 'display: contents' });
  const show = (id: LimitationId) => {
    clear(sub);
    clear(pic);
    f.svg.setAttribute('viewBox', `0 0 ${W} ${id === 'tokenization' ? 330 : H}`);
    DEMOS[id](f, pic, sub);
  };
  select<LimitationId>(f.controls, 'limitation', LIMITATIONS.map((l) => ({ value: l.id, text: l.name })), LIMITATIONS[0].id, show);
  f.controls.append(sub);
  show(LIMITATIONS[0].id);
};
