import { nextToken } from '../../src/core/diagrams/language-modeling-objective';
import { activatable, clear, fmtNum, frame, s, scale, select, slider, type Mount } from './kit';

const PROMPT = 'The cat sat on the';
const TOKENS = ['mat', 'floor', 'sofa', 'bed', 'roof', 'moon'];
const LOGITS = [3.0, 2.2, 1.6, 1.3, 0.5, -1.0];

/** Next-token bars, the true token, and where its −ln p falls on the loss curve. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Next-token distribution, the true token, and its cross-entropy loss', width: 600, height: 300 });
  let temperature = 1;
  let target = 0;
  // The bars and the loss curve sit side by side, or stack in a narrow column.
  const [pic, right] = f.panels([{ x: 8, y: 0, width: 372, height: 300 }, { x: 392, y: 60, width: 206, height: 240 }]);
  let tokSel: HTMLSelectElement;

  const draw = () => {
    const r = nextToken(LOGITS, target, temperature);
    clear(pic);
    clear(right);
    pic.append(
      s('text', { x: 20, y: 24, class: 'dg-text' }, [`“${PROMPT} ___”`]),
      s('text', { x: 20, y: 42, class: 'dg-small dg-muted' }, ['model’s probability for each candidate next token']),
    );
    const base = 250, maxH = 170;
    const y = scale(0, 1, base, base - maxH);
    pic.append(s('line', { x1: 14, y1: base, x2: 372, y2: base, class: 'dg-axis' }));
    r.probs.forEach((p, i) => {
      const x = 24 + i * 58;
      const isT = i === target;
      const g = s('g');
      g.append(
        s('rect', { x, y: y(p), width: 44, height: Math.max(0.5, base - y(p)), class: `${isT ? 'dg-fill-2' : 'dg-fill-1'}${isT ? ' dg-highlight' : ''}`, 'fill-opacity': isT ? 1 : 0.75 }),
        s('rect', { x: x - 4, y: base - maxH - 4, width: 52, height: maxH + 44, class: 'dg-node', 'fill-opacity': 0, 'stroke-opacity': 0 }),
        s('text', { x: x + 22, y: y(p) - 5, 'text-anchor': 'middle', class: 'dg-small' }, [p.toFixed(3)]),
        s('text', { x: x + 22, y: base + 18, 'text-anchor': 'middle', class: isT ? 'dg-text' : 'dg-small' }, [TOKENS[i]]),
        s('text', { x: x + 22, y: base + 34, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`z=${LOGITS[i]}`]),
      );
      activatable(g, `make “${TOKENS[i]}” the true next token (p = ${p.toFixed(3)})`, () => { target = i; tokSel.value = String(i); draw(); });
      pic.append(g);
    });
    pic.append(s('text', { x: 24 + target * 58 + 22, y: y(r.probs[target]) - 22, 'text-anchor': 'middle', class: 'dg-small' }, ['true ▼']));

    // Loss curve −ln p on the right.
    const px = scale(0, 1, 420, 585);
    const py = scale(0, 5, base, base - maxH);
    const pts: string[] = [];
    for (let k = 0; k <= 100; k++) {
      const p = Math.max(0.0068, k / 100);
      pts.push(`${px(p).toFixed(1)},${py(-Math.log(p)).toFixed(1)}`);
    }
    right.append(
      s('line', { x1: px(0), y1: base, x2: px(1), y2: base, class: 'dg-axis' }),
      s('line', { x1: px(0), y1: base, x2: px(0), y2: base - maxH, class: 'dg-axis' }),
      s('polyline', { points: pts.join(' '), class: 'dg-stroke-1' }),
      s('text', { x: px(0) + 6, y: base - maxH + 6, class: 'dg-small' }, ['loss = −ln p']),
      s('text', { x: px(1), y: base + 18, 'text-anchor': 'end', class: 'dg-small' }, ['p = 1']),
      s('text', { x: px(0), y: base + 18, 'text-anchor': 'middle', class: 'dg-small' }, ['0']),
      s('text', { x: px(0.5), y: base + 34, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['p(true token)']),
    );
    for (const v of [1, 2, 3, 4]) {
      right.append(
        s('line', { x1: px(0) - 3, y1: py(v), x2: px(0), y2: py(v), class: 'dg-axis' }),
        s('text', { x: px(0) - 6, y: py(v) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(v)]),
      );
    }
    const pt = r.probs[target];
    const ly = py(Math.min(5, r.loss));
    right.append(
      s('line', { x1: px(pt), y1: base, x2: px(pt), y2: ly, class: 'dg-edge', 'stroke-dasharray': '3 3' }),
      s('circle', { cx: px(pt), cy: ly, r: 6, class: 'dg-fill-2 dg-highlight' }),
      s('text', { x: Math.min(px(pt) + 10, 545), y: ly - 8, class: 'dg-small' }, [fmtNum(r.loss, 3)]),
    );

    f.readout.textContent = [
      `p(${TOKENS[target]}) = ${pt.toFixed(4)}   at temperature T = ${temperature.toFixed(2)} (p_i = e^(z_i/T) / Σ_j e^(z_j/T))`,
      `cross-entropy loss = −ln p = ${r.loss.toFixed(4)} nats (${(r.loss / Math.LN2).toFixed(3)} bits)`,
      `perplexity = e^loss = 1/p = ${r.perplexity.toFixed(3)}`,
      `entropy of the distribution H = ${r.entropy.toFixed(3)} nats (e^H = ${Math.exp(r.entropy).toFixed(2)} of 6 tokens "in play")`,
      `∂loss/∂z_true = (p − 1)/T = ${((pt - 1) / temperature).toFixed(3)} (training raises it); ∂loss/∂z_i = p_i/T for the others`,
    ].join('\n');
    f.setSummary(`The true next token is ${TOKENS[target]}, which the model gives probability ${pt.toFixed(3)} at temperature ${temperature.toFixed(2)}. The loss is ${r.loss.toFixed(3)} nats and the perplexity ${r.perplexity.toFixed(2)}.`);
  };

  slider(f.controls, { label: 'temperature T', min: 0.2, max: 3, step: 0.1, value: temperature, format: (v) => v.toFixed(1), onInput: (v) => { temperature = v; draw(); } });
  tokSel = select(f.controls, 'true next token', TOKENS.map((t, i) => ({ value: String(i), text: t })), String(target), (v) => { target = Number(v); draw(); });
  draw();
};
