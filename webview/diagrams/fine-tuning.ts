import { breakEvenRank, loraCounts, shapes } from '../../src/core/diagrams/fine-tuning';
import { isPreset } from '../../src/core/models/presets';
import { clear, fmtNum, frame, presetNote, s, scale, select, slider, type Mount } from './kit';

const bytes = (b: number) => b >= 2 ** 30 ? `${(b / 2 ** 30).toFixed(1)} GiB` : b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(1)} MiB` : `${(b / 2 ** 10).toFixed(1)} KiB`;
const DIMS = [512, 768, 1024, 2048, 4096, 5120, 8192, 11008, 14336];

/** W beside the low-rank update B·A, drawn to scale, with trainable-parameter counts. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'Full fine-tuning versus LoRA: a frozen weight matrix and its low-rank update, drawn to scale', width: 600, height: 300 });
  let log2r = 3;
  let dIn = 4096, dOut = 4096, matrices = 2, layers = 32;
  // A model card's preset: its most common adapted shape, target count and layers; the rank
  // is exact until the rank slider moves (the slider steps by powers of two).
  const mp = isPreset(env.preset, 'fine-tuning') ? env.preset : undefined;
  let exactRank: number | undefined;
  if (mp) {
    ({ dIn, dOut, matrices, layers } = mp);
    log2r = Math.min(8, Math.max(0, Math.round(Math.log2(mp.rank))));
    if (2 ** log2r !== mp.rank) exactRank = mp.rank;
    presetNote(root, `Preset from the model card: ${mp.name} (r = ${mp.rank}; ${mp.targets}; ${mp.total.toLocaleString('en-US')} trainable in all)`);
  }
  const dims = mp ? [...new Set([...DIMS, mp.dIn, mp.dOut])].sort((a, b) => a - b) : DIMS;
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    const rank = Math.min(exactRank ?? 2 ** log2r, dIn, dOut);
    const r = loraCounts({ dIn, dOut, rank, matrices, layers });
    const sh = shapes(dIn, dOut, rank, 170, 2);
    clear(pic);
    const top = 56;
    pic.append(s('text', { x: 20, y: 24, class: 'dg-text' }, ['W′ = W + (α / r) · B · A']));
    // W, frozen.
    pic.append(
      s('rect', { x: 20, y: top, width: sh.W.w, height: sh.W.h, class: 'dg-fill-1', 'fill-opacity': 0.25 }),
      s('rect', { x: 20, y: top, width: sh.W.w, height: sh.W.h, class: 'dg-axis' }),
      s('text', { x: 20 + sh.W.w / 2, y: top + sh.W.h / 2 - 4, 'text-anchor': 'middle', class: 'dg-text' }, ['W (frozen)']),
      s('text', { x: 20 + sh.W.w / 2, y: top + sh.W.h / 2 + 14, 'text-anchor': 'middle', class: 'dg-small' }, [`${dOut} × ${dIn}`]),
      s('text', { x: 20 + sh.W.w / 2, y: top + sh.W.h / 2 + 30, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`${fmtNum(r.fullPerMatrix)} numbers`]),
    );
    const bx = 20 + sh.W.w + 34;
    pic.append(s('text', { x: bx - 17, y: top + 20, 'text-anchor': 'middle', class: 'dg-text' }, ['+']));
    // B (d_out × r) and A (r × d_in), trainable.
    const ax = bx + sh.B.w + 26;
    pic.append(
      s('rect', { x: bx, y: top, width: sh.B.w, height: sh.B.h, class: 'dg-fill-2' }),
      s('text', { x: bx + sh.B.w / 2, y: top + sh.B.h + 16, 'text-anchor': 'middle', class: 'dg-text' }, ['B']),
      s('text', { x: bx + sh.B.w / 2, y: top + sh.B.h + 31, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`${dOut}×${rank}`]),
      s('text', { x: ax - 13, y: top + 20, 'text-anchor': 'middle', class: 'dg-text' }, ['·']),
      s('rect', { x: ax, y: top, width: sh.A.w, height: sh.A.h, class: 'dg-fill-3' }),
      s('text', { x: ax, y: top + sh.A.h + 16, class: 'dg-text' }, ['A']),
      s('text', { x: ax + 14, y: top + sh.A.h + 16, class: 'dg-small dg-muted' }, [`${rank}×${dIn}`]),
      s('text', { x: ax, y: top + sh.A.h + 36, class: 'dg-small' }, [`B·A: ${dOut} × ${dIn}, rank ≤ ${rank}`]),
      s('text', { x: ax, y: top + sh.A.h + 52, class: 'dg-small dg-muted' }, [`${fmtNum(r.loraPerMatrix)} trainable numbers`]),
      s('text', { x: ax, y: top + sh.A.h + 68, class: 'dg-small dg-muted' }, ['B = 0 at step 0, so W′ = W']),
    );

    // Log-scale bars: all trainable parameters, full vs LoRA.
    const y = scale(3, 12, 270, 60);
    const barY = (v: number) => y(Math.log10(Math.max(1e3, v)));
    pic.append(
      s('line', { x1: 478, y1: 270, x2: 590, y2: 270, class: 'dg-axis' }),
      s('text', { x: 534, y: 40, 'text-anchor': 'middle', class: 'dg-small' }, ['trainable (log)']),
    );
    for (const e of [3, 6, 9, 12]) {
      pic.append(
        s('line', { x1: 478, y1: y(e), x2: 590, y2: y(e), class: 'dg-grid' }),
        s('text', { x: 474, y: y(e) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [`1e${e}`]),
      );
    }
    ([['full', r.fullTotal, 'dg-fill-1'], ['LoRA', r.loraTotal, 'dg-fill-2']] as const).forEach(([name, v, cls], i) => {
      const x = 490 + i * 52;
      pic.append(
        s('rect', { x, y: barY(v), width: 36, height: 270 - barY(v), class: cls }),
        s('text', { x: x + 18, y: 286, 'text-anchor': 'middle', class: 'dg-small' }, [name]),
        s('text', { x: x + 18, y: barY(v) - 5, 'text-anchor': 'middle', class: 'dg-small' }, [v >= 1e9 ? `${(v / 1e9).toFixed(2)}B` : v >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : `${(v / 1e3).toFixed(0)}K`]),
      );
    });

    const k = matrices * layers;
    f.readout.textContent = [
      `full:  d_in·d_out = ${dIn}·${dOut} = ${fmtNum(r.fullPerMatrix)} per matrix`,
      `LoRA:  r·(d_in + d_out) = ${rank}·(${dIn} + ${dOut}) = ${fmtNum(r.loraPerMatrix)} per matrix (${(100 * r.ratio).toFixed(3)}% of full)`,
      `× ${matrices} matrices × ${layers} layers = ${k} adapters: full ${fmtNum(r.fullTotal)} vs LoRA ${fmtNum(r.loraTotal)}`,
      `Adam moments (2 × fp32 per trainable number): ${bytes(r.adamBytesFull)} vs ${bytes(r.adamBytesLora)}`,
      `LoRA stops saving at rank ${breakEvenRank(dIn, dOut).toFixed(0)} = d_in·d_out/(d_in + d_out)`,
      ...(mp ? [`model card (${mp.name}): ${mp.targets}: ${mp.total.toLocaleString('en-US')} trainable over every target`] : []),
    ].join('\n');
    f.setSummary(`Rank ${rank} adapters on ${k} matrices of shape ${dOut} by ${dIn}: ${fmtNum(r.loraTotal)} trainable parameters instead of ${fmtNum(r.fullTotal)}, which is ${(100 * r.ratio).toFixed(2)} percent.`);
  };

  slider(f.controls, { label: 'rank r', min: 0, max: 8, step: 1, value: log2r, format: (v) => String(exactRank ?? 2 ** v), onInput: (v) => { exactRank = undefined; log2r = v; draw(); } });
  select(f.controls, 'd_in', dims.map((v) => ({ value: String(v), text: String(v) })), String(dIn), (v) => { dIn = Number(v); draw(); });
  select(f.controls, 'd_out', dims.map((v) => ({ value: String(v), text: String(v) })), String(dOut), (v) => { dOut = Number(v); draw(); });
  slider(f.controls, { label: 'matrices per layer', min: 1, max: Math.max(7, matrices), step: 1, value: matrices, onInput: (v) => { matrices = v; draw(); } });
  slider(f.controls, { label: 'layers', min: 1, max: Math.max(96, layers), step: 1, value: layers, onInput: (v) => { layers = v; draw(); } });
  draw();
};
