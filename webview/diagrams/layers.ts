import { forward, INPUTS, NET } from '../../src/core/diagrams/layers';
import { animate, button, clear, fmtNum, frame, s, select, slider, type Mount } from './kit';

const COL_X = [70, 210, 350, 490];
const TITLES = ['input x', 'hidden 1 · ReLU', 'hidden 2 · ReLU', 'output · linear'];
const NAMES = ['x', 'h¹', 'h²', 'y'];

const ys = (n: number): number[] => (n === 2 ? [115, 205] : [80, 160, 240]);
const fmtVec = (v: number[]) => `(${v.map((x) => fmtNum(x, 3)).join(', ')})`;

/** A 2-3-3-2 network with fixed weights: pick an input and watch the activations move layer by layer. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'A small multilayer network: activations flowing from the input through two hidden layers to the output', width: 560, height: 300 });
  const x: [number, number] = [INPUTS[0].x[0], INPUTS[0].x[1]];
  /** How many layers have been computed (0 = input only, 3 = everything). */
  let shown = NET.length;
  let stop: () => void = () => undefined;
  const edges = s('g');
  const nodes = s('g');
  f.svg.append(edges, nodes);

  const draw = () => {
    const t = forward(NET, x);
    clear(edges);
    clear(nodes);
    // Edges of layer l connect column l to column l + 1; once computed, their opacity shows |w·a|, the signal they carry.
    NET.forEach((layer, l) => {
      const y0 = ys(layer.weights[0].length);
      const y1 = ys(layer.weights.length);
      layer.weights.forEach((row, j) => row.forEach((w, i) => {
        const flow = Math.abs(w * t.activations[l][i]);
        const live = l < shown;
        edges.append(s('line', {
          x1: COL_X[l] + 22, y1: y0[i], x2: COL_X[l + 1] - 22, y2: y1[j],
          class: w >= 0 ? 'dg-edge-pos' : 'dg-edge-neg',
          'stroke-width': 1 + Math.abs(w) * 1.5,
          'stroke-opacity': live ? 0.2 + 0.8 * Math.min(1, flow) : 0.15,
        }));
      }));
    });
    t.activations.forEach((a, l) => {
      nodes.append(s('text', { x: COL_X[l], y: 24, 'text-anchor': 'middle', class: 'dg-small' }, [TITLES[l]]));
      const known = l <= shown;
      const yy = ys(a.length);
      a.forEach((v, j) => {
        const g = s('g', { 'data-testid': `node-${l}-${j}` });
        g.append(s('circle', { cx: COL_X[l], cy: yy[j], r: 22, class: l === shown && l > 0 ? 'dg-node dg-accent' : 'dg-node' }));
        if (known && v !== 0) {
          g.append(s('circle', { cx: COL_X[l], cy: yy[j], r: 20, class: v > 0 ? 'dg-fill-1' : 'dg-fill-5', 'fill-opacity': 0.12 + 0.6 * Math.min(1, Math.abs(v) / 1.5) }));
        }
        const label = known ? fmtNum(v, 3) : '?';
        g.append(s('text', { x: COL_X[l], y: yy[j] + 5, 'text-anchor': 'middle', class: `${label.length > 4 ? 'dg-small' : 'dg-text'}${known ? '' : ' dg-muted'}` }, [label]));
        if (l > 0 && l < NET.length && known) {
          const z = t.preActivations[l - 1][j];
          nodes.append(s('text', { x: COL_X[l], y: yy[j] + 36, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`z=${fmtNum(z, 2)}`]));
        }
        nodes.append(g);
      });
    });
    nodes.append(s('text', { x: 280, y: 292, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['fill: blue positive, red negative, stronger = larger |a|; edges: blue w > 0, red dashed w < 0']));

    const lines = [`x = ${fmtVec(t.activations[0])}`];
    NET.forEach((layer, l) => {
      if (l >= shown) return;
      const f2 = layer.activation === 'relu' ? 'ReLU' : '';
      const z = fmtVec(t.preActivations[l]);
      lines.push(`${NAMES[l + 1]} = ${f2 ? `${f2}(W${l + 1}·${NAMES[l]} + b${l + 1}) = ${f2}${z} = ${fmtVec(t.activations[l + 1])}` : `W${l + 1}·${NAMES[l]} + b${l + 1} = ${z}`}`);
    });
    if (shown < NET.length) lines.push(`next: press "Step" to compute ${TITLES[shown + 1]}`);
    f.readout.textContent = lines.join('\n');
    const dead = t.activations.slice(1, 3).flat().filter((v) => v === 0).length;
    f.setSummary(shown === NET.length
      ? `Input ${fmtVec(x)} gives output ${fmtVec(t.activations[3])}. ${dead} of the 6 hidden units are switched off by ReLU for this input.`
      : `Input ${fmtVec(x)}: ${shown} of ${NET.length} layers computed; the last computed layer holds ${fmtVec(t.activations[shown])}.`);
  };

  const presetValue = () => String(INPUTS.findIndex((p) => p.x[0] === x[0] && p.x[1] === x[1]));
  let sliders: { set(v: number): void }[] = [];
  const sel = select(f.controls, 'input', [...INPUTS.map((p, i) => ({ value: String(i), text: p.name })), { value: '-1', text: 'custom (sliders)' }], '0', (v) => {
    const p = INPUTS[Number(v)];
    if (!p) return;
    stop();
    sliders[0].set(p.x[0]);
    sliders[1].set(p.x[1]);
  });
  sliders = [0, 1].map((i) => slider(f.controls, {
    label: `x${i + 1}`, min: -1.5, max: 1.5, step: 0.1, value: x[i],
    onInput: (v) => { x[i] = Math.round(v * 10) / 10; sel.value = presetValue(); draw(); },
  }));
  button(f.controls, 'Step', () => {
    stop();
    shown = shown >= NET.length ? 0 : shown + 1;
    draw();
  });
  button(f.controls, 'Run all layers', () => {
    stop();
    shown = 0;
    draw();
    stop = animate(env, 500, () => { shown++; draw(); return shown < NET.length; });
  });
  draw();
  return () => stop();
};
