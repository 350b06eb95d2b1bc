import { neuron, type Activation } from '../../src/core/diagrams/neuron';
import { clear, fmtNum, frame, s, select, slider, type Mount } from './kit';

/** Three inputs, three weights and a bias feed one neuron; every control recomputes z and f(z). */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'A neuron: inputs times weights, summed with a bias, through an activation', width: 520, height: 260 });
  const x = [1, 0.5, -1];
  const w = [0.8, -0.4, 0.3];
  let b = 0.1;
  let act: Activation = 'relu';
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    const r = neuron(x, w, b, act);
    clear(pic);
    const cy = [50, 130, 210];
    cy.forEach((y, i) => {
      const width = 1 + Math.min(6, Math.abs(w[i]) * 3);
      pic.append(
        s('circle', { cx: 60, cy: y, r: 22, class: 'dg-node' }),
        s('text', { x: 60, y: y + 5, 'text-anchor': 'middle', class: 'dg-text' }, [fmtNum(x[i], 2)]),
        s('line', { x1: 82, y1: y, x2: 258, y2: 130, class: w[i] >= 0 ? 'dg-edge-pos' : 'dg-edge-neg', 'stroke-width': width }),
        s('text', { x: 150, y: (y + 130) / 2 - 6, class: 'dg-small' }, [`w${i + 1}=${fmtNum(w[i], 2)}`]),
      );
    });
    pic.append(
      s('circle', { cx: 290, cy: 130, r: 34, class: 'dg-node dg-accent' }),
      s('text', { x: 290, y: 126, 'text-anchor': 'middle', class: 'dg-text' }, ['Σ + b']),
      s('text', { x: 290, y: 144, 'text-anchor': 'middle', class: 'dg-small' }, [`z=${fmtNum(r.z, 3)}`]),
      s('line', { x1: 324, y1: 130, x2: 410, y2: 130, class: 'dg-edge-pos', 'stroke-width': 2 }),
      s('rect', { x: 410, y: 105, width: 90, height: 50, rx: 8, class: 'dg-node' }),
      s('text', { x: 455, y: 127, 'text-anchor': 'middle', class: 'dg-small' }, [`${act}(z)`]),
      s('text', { x: 455, y: 145, 'text-anchor': 'middle', class: 'dg-text', 'data-testid': 'output' }, [fmtNum(r.output, 3)]),
    );
    f.readout.textContent = `z = ${r.products.map((p) => fmtNum(p, 3)).join(' + ')} + ${fmtNum(b, 2)} = ${fmtNum(r.z, 3)};  output = ${act}(z) = ${fmtNum(r.output, 3)}`;
    f.setSummary(`The weighted sum z is ${fmtNum(r.z, 3)} and the ${act} activation outputs ${fmtNum(r.output, 3)}.`);
  };

  x.forEach((v, i) => slider(f.controls, { label: `x${i + 1}`, min: -2, max: 2, step: 0.1, value: v, onInput: (nv) => { x[i] = nv; draw(); } }));
  w.forEach((v, i) => slider(f.controls, { label: `w${i + 1}`, min: -2, max: 2, step: 0.1, value: v, onInput: (nv) => { w[i] = nv; draw(); } }));
  slider(f.controls, { label: 'bias b', min: -2, max: 2, step: 0.1, value: b, onInput: (nv) => { b = nv; draw(); } });
  select<Activation>(f.controls, 'activation', [
    { value: 'relu', text: 'ReLU' }, { value: 'sigmoid', text: 'sigmoid' }, { value: 'tanh', text: 'tanh' }, { value: 'identity', text: 'none (linear)' },
  ], act, (v) => { act = v; draw(); });
  draw();
};
