import { dpoLoss, expectedReward, kl, optimalPolicy, preferenceProb, TOY, tradeoffCurve } from '../../src/core/diagrams/rlhf';
import { activatable, clear, frame, s, scale, select, slider, type Mount } from './kit';

const SHORT: [string, string][] = [['slicing', '+ example'], ['.reverse()', 'only'], ['long', 'tangent'], ['“google', 'it”'], ['wrong', 'answer']];

type Stage = 'sft' | 'rm' | 'rl' | 'dpo';
const STAGES: Record<Stage, { title: string; formula: string }> = {
  sft: { title: 'supervised fine-tuning', formula: 'SFT: minimise −Σ_t log π(y_t | x, y_<t) on demonstration answers; the result becomes π_ref' },
  rm: { title: 'reward model', formula: 'reward model: minimise −log σ(r(x, y_w) − r(x, y_l)) over human preference pairs (Bradley–Terry)' },
  rl: { title: 'policy optimisation', formula: 'RL (e.g. PPO): maximise E_π[r(x, y)] − β·KL(π ‖ π_ref); the exact optimum is π* ∝ π_ref·exp(r/β)' },
  dpo: { title: 'DPO shortcut', formula: 'DPO: minimise −log σ(β[log π(y_w)/π_ref(y_w) − log π(y_l)/π_ref(y_l)]) directly on the preference pairs' },
};

/** The RLHF pipeline, and the KL-regularised optimum over five toy responses as β changes. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'RLHF pipeline and the KL-regularised optimal policy over five toy responses', width: 600, height: 370 });
  let logBeta = 0;
  let chosen = 0, rejected = 4;
  let stage: Stage = 'rl';
  const pic = s('g');
  f.svg.append(pic);
  const betas = Array.from({ length: 121 }, (_, i) => 10 ** (-2 + (3.5 * i) / 120));
  const curve = tradeoffCurve(TOY.piRef, TOY.rewards, betas);

  const draw = () => {
    const beta = 10 ** logBeta;
    const pi = optimalPolicy(TOY.piRef, TOY.rewards, beta);
    const er = expectedReward(pi, TOY.rewards);
    const k = kl(pi, TOY.piRef);
    clear(pic);

    // Pipeline.
    const boxes: [Stage, number, string, string][] = [['sft', 20, '1  SFT', 'demonstrations'], ['rm', 215, '2  Reward model', 'preference pairs'], ['rl', 410, '3  RL + KL penalty', 'PPO against r'],];
    boxes.forEach(([id, x, title, sub], i) => {
      const g = s('g');
      g.append(
        s('rect', { x, y: 12, width: 170, height: 44, rx: 7, class: `dg-node${stage === id ? ' dg-highlight' : ''}` }),
        s('text', { x: x + 85, y: 31, 'text-anchor': 'middle', class: 'dg-text' }, [title]),
        s('text', { x: x + 85, y: 48, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [sub]),
      );
      activatable(g, `${STAGES[id].title}: show its objective`, () => { stage = id; draw(); });
      pic.append(g);
      if (i < 2) pic.append(s('line', { x1: x + 172, y1: 34, x2: x + 193, y2: 34, class: 'dg-edge' }), s('polygon', { points: `${x + 195},34 ${x + 188},30 ${x + 188},38`, class: 'dg-muted' }));
    });
    const dg = s('g');
    dg.append(
      s('path', { d: 'M 105 56 L 105 78 L 495 78 L 495 60', class: `dg-edge${stage === 'dpo' ? ' dg-highlight' : ''}`, 'stroke-dasharray': '6 4' }),
      s('polygon', { points: '495,57 491,64 499,64', class: 'dg-muted' }),
      s('rect', { x: 200, y: 70, width: 200, height: 16, class: 'dg-node', 'stroke-opacity': 0 }),
      s('text', { x: 300, y: 82, 'text-anchor': 'middle', class: 'dg-small' }, ['DPO: pairs → policy, no reward model']),
    );
    activatable(dg, 'DPO shortcut: show its loss', () => { stage = 'dpo'; draw(); });
    pic.append(dg);

    // Bars: π_ref (outline) and π* (filled) per response.
    const base = 300, maxH = 170;
    const y = scale(0, 1, base, base - maxH);
    pic.append(
      s('text', { x: 20, y: 112, class: 'dg-small' }, [`“${TOY.prompt}”`]),
      s('line', { x1: 16, y1: base, x2: 330, y2: base, class: 'dg-axis' }),
      s('rect', { x: 196, y: 119, width: 10, height: 10, class: 'dg-node', 'fill-opacity': 0 }), s('text', { x: 210, y: 128, class: 'dg-small' }, ['π_ref']),
      s('rect', { x: 252, y: 119, width: 10, height: 10, class: 'dg-fill-1' }), s('text', { x: 266, y: 128, class: 'dg-small' }, ['π*']),
    );
    pi.forEach((p, i) => {
      const x = 22 + i * 62;
      const isW = i === chosen, isL = i === rejected;
      pic.append(
        s('rect', { x, y: y(TOY.piRef[i]), width: 22, height: base - y(TOY.piRef[i]), class: 'dg-node', 'fill-opacity': 0 }),
        s('rect', { x: x + 25, y: y(p), width: 24, height: Math.max(0.5, base - y(p)), class: 'dg-fill-1' }),
        s('text', { x: x + 37, y: y(p) - 5, 'text-anchor': 'middle', class: 'dg-small' }, [p.toFixed(2)]),
        s('text', { x: x + 25, y: base + 14, 'text-anchor': 'middle', class: 'dg-small' }, [SHORT[i][0]]),
        s('text', { x: x + 25, y: base + 27, 'text-anchor': 'middle', class: 'dg-small' }, [SHORT[i][1]]),
        s('text', { x: x + 25, y: base + 42, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`r = ${TOY.rewards[i].toFixed(1)}${isW ? ' ✓' : isL ? ' ✗' : ''}`]),
      );
    });

    // Reward vs KL frontier traced by β.
    const kMax = Math.log(5) * 1.05;
    const rMin = expectedReward(TOY.piRef, TOY.rewards) - 0.1;
    const px = scale(0, kMax, 380, 586);
    const py = scale(rMin, 2.1, base, base - maxH);
    pic.append(
      s('line', { x1: 380, y1: base, x2: 586, y2: base, class: 'dg-axis' }),
      s('line', { x1: 380, y1: base, x2: 380, y2: base - maxH, class: 'dg-axis' }),
      s('polyline', { points: curve.map((c) => `${px(c.kl).toFixed(1)},${py(c.reward).toFixed(1)}`).join(' '), class: 'dg-stroke-4' }),
      s('text', { x: 380, y: base - maxH - 12, class: 'dg-small' }, ['E[r] under π*']),
      s('text', { x: 586, y: base + 16, 'text-anchor': 'end', class: 'dg-small' }, ['KL(π* ‖ π_ref), nats']),
      s('text', { x: 380, y: base + 16, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['0']),
      s('text', { x: 586, y: base + 30, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['small β → right; large β → origin']),
      s('line', { x1: 380, y1: py(2), x2: 586, y2: py(2), class: 'dg-grid', 'stroke-dasharray': '4 3' }),
      s('text', { x: 400, y: py(2) + 14, class: 'dg-small dg-muted' }, ['best response, r = 2']),
      s('text', { x: 386, y: py(expectedReward(TOY.piRef, TOY.rewards)) + 4, class: 'dg-small dg-muted' }, ['π_ref']),
      s('circle', { cx: px(k), cy: py(er), r: 6, class: 'dg-fill-2 dg-highlight' }),
      s('text', { x: Math.min(px(k) + 9, 540), y: py(er) + 16, class: 'dg-small' }, [`β = ${beta.toFixed(2)}`]),
    );

    const pRef = preferenceProb(TOY.rewards[chosen], TOY.rewards[rejected]);
    const lossRef = dpoLoss(TOY.piRef[chosen], TOY.piRef[rejected], TOY.piRef[chosen], TOY.piRef[rejected], beta);
    const lossStar = dpoLoss(pi[chosen], pi[rejected], TOY.piRef[chosen], TOY.piRef[rejected], beta);
    const pair = chosen === rejected ? 'pick two different responses for the DPO pair' :
      `DPO pair “${SHORT[chosen].join(' ')}” ≻ “${SHORT[rejected].join(' ')}”: reward model says P = σ(${TOY.rewards[chosen]} − ${TOY.rewards[rejected]}) = ${pRef.toFixed(3)}; DPO loss at π_ref = ${lossRef.toFixed(3)} (ln 2), at π* = ${lossStar.toFixed(3)}`;
    f.readout.textContent = [
      STAGES[stage].formula,
      `β = ${beta.toFixed(3)}:  π* = (${pi.map((p) => p.toFixed(3)).join(', ')})`,
      `E[r] = ${er.toFixed(3)} (π_ref: ${expectedReward(TOY.piRef, TOY.rewards).toFixed(3)}),  KL(π* ‖ π_ref) = ${k.toFixed(3)} nats,  objective E[r] − β·KL = ${(er - beta * k).toFixed(3)}`,
      pair,
    ].join('\n');
    f.setSummary(`With β = ${beta.toFixed(2)} the optimal policy puts ${(pi[0] * 100).toFixed(0)} percent on the best response, earning expected reward ${er.toFixed(2)} at a KL cost of ${k.toFixed(2)} nats from the reference.`);
  };

  slider(f.controls, { label: 'KL coefficient β', min: -2, max: 1.5, step: 0.05, value: logBeta, format: (v) => (10 ** v).toFixed(2), onInput: (v) => { logBeta = v; draw(); } });
  const opts = TOY.responses.map((t, i) => ({ value: String(i), text: t }));
  select(f.controls, 'DPO chosen', opts, String(chosen), (v) => { chosen = Number(v); draw(); });
  select(f.controls, 'DPO rejected', opts, String(rejected), (v) => { rejected = Number(v); draw(); });
  draw();
};
