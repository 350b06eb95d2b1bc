import { backward, buildLoss, topoOrder, type EdgeGrad, type GraphNode, type LossGraph } from '../../src/core/diagrams/backpropagation';
import { animate, button, clear, fmtNum, frame, s, slider, type Mount } from './kit';

const X_IN = 3, Y_TARGET = 5, W0 = 2, B0 = 1;
const R = 27;
const POS: Record<string, [number, number]> = {
  w: [55, 60], x: [55, 165], p: [190, 110], b: [190, 235], z: [320, 165], y: [320, 275], r: [440, 210], L: [560, 210],
};
const OP_LABEL: Record<string, string> = { p: '× multiply', z: '+ add', r: '− subtract', L: '( )² square' };
const GRAD_STYLE = 'fill: var(--vscode-charts-orange)';

type Phase = 'start' | 'forward' | 'backward';

/** L = (w·x + b − y)²: a forward pass fills in values, a backward pass sends gradients along the edges. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'Backpropagation on the graph L = (w·x + b − y) squared: values forward, gradients backward', width: 600, height: 305 });
  let w = W0, b = B0, lr = 0.02;
  let g: LossGraph = buildLoss(w, X_IN, b, Y_TARGET);
  let edgeGrads: EdgeGrad[] = [];
  let phase: Phase = 'start';
  let revealed = 0; // forward: computed op nodes; backward: edges with a gradient
  const history: number[] = [];
  let stop: () => void = () => undefined;
  const edgesG = s('g');
  const nodesG = s('g');
  const chartG = s('g');
  f.svg.append(edgesG, nodesG, chartG);

  const ops = (): GraphNode[] => topoOrder(g.L).filter((n) => n.op !== 'leaf');
  const valueKnown = (n: GraphNode) => n.op === 'leaf' || phase === 'backward' || (phase === 'forward' && ops().indexOf(n) < revealed);

  const draw = () => {
    clear(edgesG);
    clear(nodesG);
    clear(chartG);
    const shownGrads = phase === 'backward' ? edgeGrads.slice(0, revealed) : [];
    for (const n of topoOrder(g.L)) {
      for (const inp of n.inputs) {
        const [x1, y1] = POS[inp.id];
        const [x2, y2] = POS[n.id];
        const len = Math.hypot(x2 - x1, y2 - y1);
        const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
        const ax = x2 - ux * (R + 2), ay = y2 - uy * (R + 2);
        const eg = shownGrads.find((e) => e.from === inp.id && e.to === n.id);
        edgesG.append(
          s('line', { x1: x1 + ux * R, y1: y1 + uy * R, x2: ax, y2: ay, class: eg ? 'dg-stroke-2' : 'dg-edge', 'stroke-width': eg ? 2.5 : 1.5 }),
          s('polygon', { points: `${ax},${ay} ${ax - ux * 9 - uy * 5},${ay - uy * 9 + ux * 5} ${ax - ux * 9 + uy * 5},${ay - uy * 9 - ux * 5}`, class: eg ? 'dg-fill-2' : 'dg-muted' }),
        );
        if (eg) {
          // label on a background patch over the middle of the edge
          const label = `∂L/∂${inp.id} = ${fmtNum(eg.grad, 3)}`;
          const mx = (x1 + x2) / 2, my = (y1 + y2) / 2 - (Math.abs(uy) < 0.2 ? 16 : 0); // a flat edge is short: label above it
          const wd = label.length * 6.3 + 8;
          edgesG.append(
            s('rect', { x: mx - wd / 2, y: my - 9, width: wd, height: 17, rx: 3, style: 'fill: var(--vscode-editor-background)', 'fill-opacity': 0.9 }),
            s('text', { x: mx, y: my + 4, 'text-anchor': 'middle', class: 'dg-small', style: GRAD_STYLE, 'data-testid': `grad-${inp.id}` }, [label]),
          );
        }
      }
    }
    for (const n of topoOrder(g.L)) {
      const [cx, cy] = POS[n.id];
      const known = valueKnown(n);
      const param = n.id === 'w' || n.id === 'b';
      nodesG.append(s('circle', { cx, cy, r: R, class: param ? 'dg-node dg-accent' : 'dg-node' }));
      nodesG.append(s('text', { x: cx, y: cy - 6, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [n.id]));
      nodesG.append(s('text', { x: cx, y: cy + 12, 'text-anchor': 'middle', class: 'dg-text', 'data-testid': `value-${n.id}` }, [known ? fmtNum(n.value, 3) : '?']));
      if (OP_LABEL[n.id]) nodesG.append(s('text', { x: cx, y: cy - R - 6, 'text-anchor': 'middle', class: 'dg-small' }, [OP_LABEL[n.id]]));
      else nodesG.append(s('text', { x: cx, y: cy - R - 6, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [param ? 'parameter' : 'data']));
    }
    nodesG.append(s('text', { x: POS.L[0], y: POS.L[1] + R + 18, 'text-anchor': 'middle', class: 'dg-small' }, ['loss']));

    // Loss after each gradient step (the current loss last).
    const losses = [...history, g.L.value].slice(-8);
    const top = Math.max(...losses, 1e-9);
    chartG.append(s('text', { x: 450, y: 20, class: 'dg-small dg-muted' }, ['loss per step']));
    losses.forEach((v, i) => {
      const hgt = Math.max(1, (v / top) * 55);
      chartG.append(s('rect', { x: 450 + i * 16, y: 85 - hgt, width: 12, height: hgt, class: i === losses.length - 1 ? 'dg-fill-1' : 'dg-fill-4', 'fill-opacity': 0.8 }));
    });

    const lines = [`w = ${fmtNum(w, 4)}, x = ${X_IN}, b = ${fmtNum(b, 4)}, y = ${Y_TARGET};  learning rate η = ${lr}`];
    if (phase !== 'start') {
      lines.push(`forward: p = w·x = ${fmtNum(g.p.value, 4)};  z = p + b = ${fmtNum(g.z.value, 4)};  r = z − y = ${fmtNum(g.r.value, 4)};  L = r² = ${fmtNum(g.L.value, 4)}`);
    }
    if (phase === 'backward' && revealed >= edgeGrads.length) {
      lines.push(`backward: ∂L/∂r = 2r = ${fmtNum(g.r.grad, 4)};  ∂L/∂z = ∂L/∂r · 1;  ∂L/∂p = ∂L/∂z · 1`);
      lines.push(`∂L/∂w = ∂L/∂p · x = ${fmtNum(g.p.grad, 4)} · ${X_IN} = ${fmtNum(g.w.grad, 4)};  ∂L/∂b = ∂L/∂z · 1 = ${fmtNum(g.b.grad, 4)}`);
      lines.push(`next step: w ← w − η·∂L/∂w = ${fmtNum(w - lr * g.w.grad, 4)};  b ← b − η·∂L/∂b = ${fmtNum(b - lr * g.b.grad, 4)}`);
    }
    f.readout.textContent = lines.join('\n');
    f.setSummary(phase === 'start'
      ? `Inputs w = ${fmtNum(w, 4)}, x = ${X_IN}, b = ${fmtNum(b, 4)}, y = ${Y_TARGET}. Press Forward to compute the loss.`
      : phase === 'forward'
        ? `Forward pass: ${revealed} of 4 operations computed${revealed === 4 ? `; loss L = ${fmtNum(g.L.value, 4)}. Press Backward for the gradients.` : '.'}`
        : `Backward pass: ${revealed} of ${edgeGrads.length} edge gradients computed${revealed >= edgeGrads.length ? `; ∂L/∂w = ${fmtNum(g.w.grad, 4)}, ∂L/∂b = ${fmtNum(g.b.grad, 4)}.` : '.'}`);
  };

  const runForward = () => {
    stop();
    g = buildLoss(w, X_IN, b, Y_TARGET);
    phase = 'forward';
    revealed = 0;
    draw();
    stop = animate(env, 350, () => { revealed++; draw(); return revealed < 4; });
  };
  const runBackward = () => {
    stop();
    if (phase === 'start') g = buildLoss(w, X_IN, b, Y_TARGET);
    edgeGrads = backward(g.L);
    phase = 'backward';
    revealed = 0;
    draw();
    stop = animate(env, 300, () => { revealed++; draw(); return revealed < edgeGrads.length; });
  };

  button(f.controls, 'Forward', runForward);
  button(f.controls, 'Backward', runBackward);
  button(f.controls, 'Gradient step', () => {
    stop();
    if (phase !== 'backward') edgeGrads = backward(g.L);
    history.push(g.L.value);
    w -= lr * g.w.grad;
    b -= lr * g.b.grad;
    g = buildLoss(w, X_IN, b, Y_TARGET);
    phase = 'forward';
    revealed = 4;
    draw();
  });
  slider(f.controls, { label: 'learning rate η', min: 0.005, max: 0.12, step: 0.005, value: lr, format: (v) => fmtNum(v, 3), onInput: (v) => { lr = v; draw(); } });
  button(f.controls, 'Reset', () => {
    stop();
    w = W0; b = B0; history.length = 0;
    g = buildLoss(w, X_IN, b, Y_TARGET);
    phase = 'start';
    revealed = 0;
    draw();
  });
  draw();
  return () => stop();
};
