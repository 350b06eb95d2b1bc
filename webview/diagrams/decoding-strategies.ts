import {
  LOGITS, TREE, VOCAB, allSequences, beamSearch, sample, type TreeNode,
} from '../../src/core/diagrams/decoding-strategies';
import { clear, fmtNum, frame, s, select, slider, type Mount } from './kit';

/** Sampling filters on one logit vector (top) and greedy vs beam search on a small tree (bottom). */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Decoding strategies: temperature, top-k and top-p on fixed logits, and beam search on a small tree', width: 600, height: 522 });
  let T = 1;
  let topK = 0;
  let topP = 1;
  let width = 1;
  const pic = s('g');
  f.svg.append(pic);

  // Tree layout: leaves in order, inner nodes at the mean height of their leaves.
  interface Placed { node: TreeNode; path: number[]; x: number; y: number; depth: number }
  const placed: Placed[] = [];
  let leaf = 0;
  const place = (node: TreeNode, path: number[]): number => {
    const depth = path.length;
    let y: number;
    if (!node.children?.length) y = 300 + (leaf++) * 26;
    else {
      const ys = node.children.map((c, i) => place(c, [...path, i]));
      y = ys.reduce((a, b) => a + b, 0) / ys.length;
    }
    placed.push({ node, path, x: 44 + depth * 128, y, depth });
    return y;
  };
  place(TREE, []);
  const key = (p: number[]) => p.join('.');
  const byKey = new Map(placed.map((p) => [key(p.path), p]));
  const allSeq = allSequences(TREE);

  const draw = () => {
    clear(pic);
    const r = sample(LOGITS, { temperature: T, topK, topP });

    // --- Bars -----------------------------------------------------------
    const y0 = 200;
    const hgt = 150;
    const bw = 48;
    const bx = (i: number) => 70 + i * 66;
    pic.append(s('text', { x: 10, y: 18, class: 'dg-text' }, ['Next token after "The weather today is"']));
    for (let v = 0; v <= 1.0001; v += 0.25) {
      const yy = y0 - v * hgt;
      pic.append(s('line', { x1: 60, y1: yy, x2: 590, y2: yy, class: 'dg-grid' }), s('text', { x: 54, y: yy + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(v)]));
    }
    if (topP < 1) {
      const yy = y0 - topP * hgt;
      pic.append(s('line', { x1: 60, y1: yy, x2: 590, y2: yy, class: 'dg-stroke-5', 'stroke-dasharray': '6 4', 'stroke-width': 1.5 }),
        s('text', { x: 590, y: yy - 4, 'text-anchor': 'end', class: 'dg-small' }, [`p = ${topP.toFixed(2)}`]));
    }
    VOCAB.forEach((tok, i) => {
      const kept = r.kept[i];
      const before = r.probs[i];
      const after = r.final[i];
      pic.append(s('rect', { x: bx(i), y: y0 - before * hgt, width: bw, height: Math.max(0.5, before * hgt), class: 'dg-node', 'stroke-dasharray': '3 2', 'fill-opacity': 0 }));
      if (kept) pic.append(s('rect', { x: bx(i) + 6, y: y0 - after * hgt, width: bw - 12, height: Math.max(0.5, after * hgt), class: 'dg-fill-1', 'fill-opacity': 0.85 }));
      pic.append(
        s('text', { x: bx(i) + bw / 2, y: y0 + 16, 'text-anchor': 'middle', class: `dg-small${kept ? '' : ' dg-muted'}` }, [tok]),
        s('text', { x: bx(i) + bw / 2, y: y0 + 30, 'text-anchor': 'middle', class: `dg-small${kept ? '' : ' dg-muted'}` }, [kept ? after.toFixed(2) : 'dropped']),
        s('text', { x: bx(i) + bw / 2, y: y0 - Math.max(before, after) * hgt - 5, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [`z=${LOGITS[i]}`]),
      );
    });
    // Cumulative mass of the top-k survivors, left to right (the tokens are already in rank order).
    const afterK = r.probs.map((p, i) => (topK <= 0 || i < topK ? p : 0));
    const sumK = afterK.reduce((a, b) => a + b, 0);
    let cum = 0;
    const pts: string[] = [`${bx(0)},${y0}`];
    afterK.forEach((p, i) => { cum += p / sumK; pts.push(`${bx(i) + bw},${y0 - cum * hgt}`); });
    pic.append(s('polyline', { points: pts.join(' '), class: 'dg-stroke-4', 'stroke-width': 1.5 }));
    pic.append(s('text', { x: 10, y: 262, class: 'dg-small dg-muted' }, ['dashed outline = softmax(z/T); filled = renormalised kept set; purple line = cumulative mass (after top-k)']));

    // --- Tree -----------------------------------------------------------
    const { beams, best } = beamSearch(TREE, width);
    const considered = new Set<string>();
    const kept = new Set<string>();
    beams.forEach((beam, d) => {
      const parents = d === 0 ? [[] as number[]] : beams[d - 1].map((h) => h.path);
      for (const p of parents) (byKey.get(key(p))!.node.children ?? []).forEach((_, i) => considered.add(key([...p, i])));
      for (const h of beam) kept.add(key(h.path));
    });
    const bestKeys = new Set(best.path.map((_, i) => key(best.path.slice(0, i + 1))));
    pic.append(s('text', { x: 10, y: 286, class: 'dg-text' }, [width === 1 ? 'Greedy search (beam width 1)' : `Beam search, width ${width}`]));
    for (const p of placed) {
      if (!p.path.length) continue;
      const parent = byKey.get(key(p.path.slice(0, -1)))!;
      const k = key(p.path);
      const onBest = bestKeys.has(k);
      pic.append(s('line', {
        x1: parent.x + 34, y1: parent.y, x2: p.x - 30, y2: p.y,
        class: onBest ? 'dg-stroke-1' : 'dg-edge', 'stroke-width': onBest ? 3 : 1.2,
        'stroke-dasharray': considered.has(k) ? undefined : '3 3',
      }));
      pic.append(s('text', { x: p.x - 34, y: p.y - 5, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [String(p.node.p)]));
    }
    for (const p of placed) {
      const k = key(p.path);
      const isKept = !p.path.length || kept.has(k);
      const cls = !p.path.length ? 'dg-node' : isKept ? 'dg-node dg-accent' : 'dg-node';
      pic.append(
        s('rect', { x: p.x - 30, y: p.y - 10, width: p.path.length ? 60 : 68, height: 20, rx: 4, class: cls, 'stroke-dasharray': considered.has(k) || !p.path.length ? undefined : '3 3' }),
        s('text', { x: p.x + (p.path.length ? 0 : 4), y: p.y + 4, 'text-anchor': 'middle', class: `dg-small${considered.has(k) || !p.path.length ? '' : ' dg-muted'}` }, [p.node.token]),
      );
      if (!p.node.children?.length) {
        const seq = allSeq.find((h) => key(h.path) === k)!;
        const c = `dg-small${bestKeys.has(k) ? '' : ' dg-muted'}`;
        pic.append(s('text', { x: p.x + 84, y: p.y + 4, 'text-anchor': 'end', class: c }, [seq.logProb.toFixed(3)]),
          s('text', { x: p.x + 126, y: p.y + 4, 'text-anchor': 'end', class: c }, [Math.exp(seq.logProb).toFixed(3)]));
      }
    }
    pic.append(s('text', { x: 44 + 3 * 128 + 84, y: 286, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['Σ log p']),
      s('text', { x: 44 + 3 * 128 + 126, y: 286, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['p']));
    pic.append(s('text', { x: 10, y: 516, class: 'dg-small dg-muted' }, ['blue box = kept in the beam; dashed = never expanded; thick line = the returned sequence']));

    const keptList = VOCAB.map((t, i) => (r.kept[i] ? `${t} ${r.final[i].toFixed(3)}` : '')).filter(Boolean);
    const optimum = allSeq[0];
    f.readout.textContent = `p_i = exp(z_i/T) / Σ_j exp(z_j/T), T = ${T.toFixed(1)};  top-k = ${topK || 'off'};  top-p = ${topP >= 1 ? 'off' : topP.toFixed(2)}\n`
      + `kept ${keptList.length}/8: ${keptList.join(', ')}\n`
      + `width ${width}: "${best.tokens.join(' ')}" log p = ${best.logProb.toFixed(3)}  ·  best of all 8: "${optimum.tokens.join(' ')}" log p = ${optimum.logProb.toFixed(3)}`;
    f.setSummary(`At temperature ${T.toFixed(1)} the top token "${VOCAB[0]}" has probability ${fmtNum(r.probs[0], 3)}; after top-k and top-p, ${keptList.length} of 8 tokens remain and "${VOCAB[0]}" is sampled with probability ${fmtNum(r.final[0], 3)}. `
      + `${width === 1 ? 'Greedy search' : `Beam search with width ${width}`} returns "${best.tokens.join(' ')}" with sequence probability ${Math.exp(best.logProb).toFixed(3)}${key(best.path) === key(optimum.path) ? ', the best sequence in the tree.' : `, below the best sequence "${optimum.tokens.join(' ')}" at ${Math.exp(optimum.logProb).toFixed(3)}.`}`);
  };

  slider(f.controls, { label: 'temperature T', min: 0.1, max: 2, step: 0.1, value: T, format: (v) => v.toFixed(1), onInput: (v) => { T = v; draw(); } });
  select(f.controls, 'top-k', [{ value: '0', text: 'off' }, ...[1, 2, 3, 4, 5, 6, 7].map((k) => ({ value: String(k), text: String(k) }))], '0', (v) => { topK = Number(v); draw(); });
  slider(f.controls, { label: 'top-p', min: 0.05, max: 1, step: 0.05, value: topP, format: (v) => (v >= 1 ? 'off (1.0)' : v.toFixed(2)), onInput: (v) => { topP = v; draw(); } });
  select(f.controls, 'beam width', [{ value: '1', text: '1 (greedy)' }, { value: '2', text: '2' }, { value: '3', text: '3' }, { value: '4', text: '4' }], '1', (v) => { width = Number(v); draw(); });
  draw();
};
