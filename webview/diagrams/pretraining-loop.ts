import { trainingRun, type RunResult } from '../../src/core/diagrams/pretraining-loop';
import { animate, button, clear, fmtNum, frame, s, scale, select, slider, type Mount } from './kit';

const SEQUENCES = 2 ** 20;
const SEQ_LEN = 1024;
const lrText = (v: number) => v.toExponential(1).replace('e-', 'e−');

/** Learning-rate schedule and the toy loss curve it produces, animated step by step. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'Learning-rate schedule with warmup and cosine decay, and the resulting training loss of a toy model', width: 600, height: 330 });
  let peak = 1e-3;
  let batch = 256;
  let warmupFrac = 0.05;
  let run: RunResult = trainingRun({ peak, batch, warmupFrac, sequences: SEQUENCES });
  let cursor = run.steps;
  let stop: () => void = () => undefined;
  const pic = s('g');
  f.svg.append(pic);

  const X0 = 60;
  const draw = () => {
    clear(pic);
    // The time axis spans the column (1 unit = 1 CSS px), so a narrow reader keeps 11 px labels.
    const W = Math.max(280, Math.min(600, f.width()));
    const X1 = W - 20;
    const narrow = W < 520;
    f.svg.setAttribute('viewBox', `0 0 ${W} 330`);
    const steps = run.steps;
    const x = scale(0, steps, X0, X1);
    const lrMax = 2.4e-3;
    const yl = scale(0, lrMax, 110, 26);
    const yL = scale(1.5, 11, 292, 140);
    const K = 260;
    const idx = Array.from({ length: K + 1 }, (_, j) => Math.round((j * steps) / K));
    const end = run.divergedAt >= 0 ? Math.min(cursor, run.divergedAt) : cursor;

    // Axes and labels.
    pic.append(
      s('line', { x1: X0, y1: 110, x2: X1, y2: 110, class: 'dg-axis' }),
      s('line', { x1: X0, y1: 26, x2: X0, y2: 110, class: 'dg-axis' }),
      s('text', { x: X0 - 6, y: yl(2e-3) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['2e−3']),
      s('line', { x1: X0, y1: yl(2e-3), x2: X1, y2: yl(2e-3), class: 'dg-grid' }),
      s('text', { x: X1, y: yl(2e-3) - 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [narrow ? 'limit 2/h_max' : 'stability limit 2/h_max']),
      s('text', { x: X0 + 6, y: 20, class: 'dg-small' }, ['learning rate η(t)']),
      s('line', { x1: X0, y1: 292, x2: X1, y2: 292, class: 'dg-axis' }),
      s('line', { x1: X0, y1: 140, x2: X0, y2: 292, class: 'dg-axis' }),
      s('text', { x: X0 + 6, y: 136, class: 'dg-small' }, ['training loss (toy model)']),
      s('text', { x: X1, y: 310, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [narrow ? `step (${steps.toLocaleString('en-US')} × ${batch} seq.)` : `step (${steps.toLocaleString('en-US')} steps × ${batch} sequences × ${SEQ_LEN} tokens)`]),
      s('text', { x: X0, y: 310, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['0']),
    );
    for (const v of [2, 4, 6, 8, 10]) {
      pic.append(
        s('line', { x1: X0, y1: yL(v), x2: X1, y2: yL(v), class: 'dg-grid' }),
        s('text', { x: X0 - 6, y: yL(v) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(v)]),
      );
    }

    // LR schedule (whole) and loss curves (up to the cursor).
    pic.append(s('polyline', { points: idx.map((t) => `${x(t).toFixed(1)},${yl(run.lr[Math.min(t, steps - 1)]).toFixed(1)}`).join(' '), class: 'dg-stroke-4' }));
    const curve = (arr: number[], cls: string, dash?: string) => {
      const pts = idx.filter((t) => t <= end && t < arr.length).map((t) => `${x(t).toFixed(1)},${yL(Math.min(11, arr[t])).toFixed(1)}`);
      if (pts.length > 1) pic.append(s('polyline', { points: pts.join(' '), class: cls, 'stroke-dasharray': dash }));
    };
    curve(run.constantLoss, 'dg-stroke-2', '5 4');
    curve(run.loss, 'dg-stroke-1');
    const cx = x(Math.min(cursor, steps));
    pic.append(s('line', { x1: cx, y1: 26, x2: cx, y2: 292, class: 'dg-edge', 'stroke-dasharray': '2 3' }));
    const lx = Math.max(X0 + 36, X1 - 210); // upper right of the loss chart, where the curve has already fallen
    pic.append(
      s('line', { x1: lx, y1: 156, x2: lx + 24, y2: 156, class: 'dg-stroke-1' }),
      s('text', { x: lx + 30, y: 160, class: 'dg-small' }, ['warmup + cosine decay']),
      s('line', { x1: lx, y1: 174, x2: lx + 24, y2: 174, class: 'dg-stroke-2', 'stroke-dasharray': '5 4' }),
      s('text', { x: lx + 30, y: 178, class: 'dg-small' }, ['η held at peak (no decay)']),
    );
    if (run.divergedAt >= 0 && cursor >= run.divergedAt) {
      pic.append(s('text', { x: Math.min(x(run.divergedAt) + 6, X1 - 160), y: 200, class: 'dg-text' }, [`diverged at step ${run.divergedAt}`]));
    }

    const t = Math.min(cursor, end, run.loss.length - 1);
    const lrNow = run.lr[Math.min(t, steps - 1)];
    const final = run.loss[run.loss.length - 1];
    const finalConst = run.constantLoss[run.constantLoss.length - 1];
    f.readout.textContent = [
      `schedule: warmup ${Math.round(warmupFrac * steps)} steps to η_peak = ${lrText(peak)}, cosine to ${lrText(peak / 10)}`,
      `step ${t}: η = ${lrText(lrNow)}, loss = ${run.loss[t].toFixed(3)}, tokens seen = ${fmtNum(t * batch * SEQ_LEN)}`,
      run.divergedAt >= 0
        ? `diverged: η·h_max = ${fmtNum(peak * 1000, 3)} > 2, the stiffest direction grows every step`
        : `final loss ${final.toFixed(3)} with decay vs ${finalConst.toFixed(3)} without`,
      'toy model: SGD on a noisy quadratic, m_i ← (1 − η h_i)² m_i + η² h_i σ²/B, loss = 2 + Σ ½ h_i m_i',
    ].join('\n');
    f.setSummary(run.divergedAt >= 0
      ? `With peak learning rate ${lrText(peak)} the toy model diverges at step ${run.divergedAt}.`
      : `Step ${t} of ${steps} at batch size ${batch}: learning rate ${lrText(lrNow)}, loss ${run.loss[t].toFixed(2)}. The full run ends at ${final.toFixed(2)}, against ${finalConst.toFixed(2)} if the rate were never decayed.`);
  };

  const recompute = () => {
    stop();
    run = trainingRun({ peak, batch, warmupFrac, sequences: SEQUENCES });
    cursor = run.steps;
    draw();
  };

  slider(f.controls, { label: 'peak LR', min: 1e-4, max: 2.4e-3, step: 1e-4, value: peak, format: lrText, onInput: (v) => { peak = v; recompute(); } });
  select(f.controls, 'batch size (sequences)', [128, 256, 512, 1024, 2048].map((v) => ({ value: String(v), text: String(v) })), String(batch), (v) => { batch = Number(v); recompute(); });
  slider(f.controls, { label: 'warmup', min: 0, max: 0.2, step: 0.01, value: warmupFrac, format: (v) => `${Math.round(v * 100)}%`, onInput: (v) => { warmupFrac = v; recompute(); } });
  button(f.controls, 'Play training', () => {
    stop();
    cursor = 0;
    const stride = Math.max(1, Math.round(run.steps / 90));
    stop = animate(env, 30, () => {
      cursor = Math.min(run.steps, cursor + stride);
      draw();
      return cursor < run.steps && !(run.divergedAt >= 0 && cursor >= run.divergedAt);
    });
  });
  f.onResize(draw);
  draw();
  return () => stop();
};
