import { hasIdentityPath, partParams, upstream, wiring, type NormPlacement, type PartId } from '../../src/core/diagrams/transformer-block';
import { activatable, clear, fmtNum, frame, s, select, type Mount } from './kit';

const NAMES: Record<PartId, string> = {
  input: 'input x', norm1: 'first LayerNorm', attn: 'multi-head attention', add1: 'first residual add',
  norm2: 'second LayerNorm', ffn: 'feed-forward network', add2: 'second residual add', output: 'output y',
};

/** One transformer block drawn left to right; the wiring comes from the core module. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'A transformer block: attention and feed-forward sublayers with residual adds and layer norms', width: 600, height: 290 });
  let placement: NormPlacement = 'pre';
  let selected: PartId = 'attn';
  let d = 768;
  const pic = s('g');
  f.svg.append(pic);

  const Y = 175;
  const slotX = (i: number) => 38 + i * 75;

  const arrow = (x: number, y: number, dir: 'right' | 'down', on: boolean) => {
    const pts = dir === 'right' ? `${x},${y} ${x - 7},${y - 4} ${x - 7},${y + 4}` : `${x},${y} ${x - 4},${y - 7} ${x + 4},${y - 7}`;
    return s('polygon', { points: pts, class: on ? '' : 'dg-muted', style: on ? 'fill: var(--vscode-focusBorder)' : undefined });
  };

  let partSel: HTMLSelectElement;

  const choose = (id: PartId) => { selected = id; partSel.value = id; draw(); };

  const draw = () => {
    const w = wiring(placement);
    const up = upstream(w, selected);
    clear(pic);
    const xOf = (id: PartId) => slotX(w.order.indexOf(id));
    const halfW = (id: PartId) => {
      const k = w.parts[id].kind;
      return k === 'io' ? 16 : k === 'add' ? 13 : k === 'attn' ? 33 : 30;
    };

    pic.append(
      s('text', { x: 160, y: 26, 'text-anchor': 'middle', class: 'dg-text' }, [w.equations[0]]),
      s('text', { x: 440, y: 26, 'text-anchor': 'middle', class: 'dg-text' }, [w.equations[1]]),
      s('text', { x: 300, y: 46, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [placement === 'pre' ? 'pre-norm: normalise the input of each sublayer' : 'post-norm: normalise after each residual add (Vaswani et al., 2017)']),
      s('rect', { x: slotX(1) - 40, y: 62, width: slotX(6) - slotX(1) + 80, height: 162, rx: 10, class: 'dg-grid', 'stroke-dasharray': '4 3' }),
      s('text', { x: slotX(6) + 38, y: 218, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['one block (repeated L times)']),
    );

    // Edges first, so nodes sit on top.
    w.edges.forEach((e, i) => {
      const on = up.edges.has(i);
      const cls = on ? 'dg-edge dg-highlight' : 'dg-edge';
      if (e.kind === 'main') {
        const x1 = xOf(e.from) + halfW(e.from);
        const x2 = xOf(e.to) - halfW(e.to);
        pic.append(s('line', { x1, y1: Y, x2: x2 - 1, y2: Y, class: cls }), arrow(x2, Y, 'right', on));
      } else {
        const fromIdx = w.order.indexOf(e.from);
        const bx = (slotX(fromIdx) + slotX(fromIdx + 1)) / 2 + (w.parts[e.from].kind === 'add' ? 4 : 0);
        const tx = xOf(e.to);
        const top = 92;
        pic.append(
          s('circle', { cx: bx, cy: Y, r: 3.5, class: on ? '' : 'dg-muted', style: on ? 'fill: var(--vscode-focusBorder)' : undefined }),
          s('path', { d: `M ${bx} ${Y} L ${bx} ${top} L ${tx} ${top} L ${tx} ${Y - 14}`, class: cls }),
          arrow(tx, Y - 13, 'down', on),
          s('text', { x: (bx + tx) / 2, y: top - 6, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, ['residual (skip)']),
        );
      }
    });

    for (const id of w.order) {
      const p = w.parts[id];
      const x = xOf(id);
      const isSel = id === selected;
      const cls = `dg-node${isSel ? ' dg-highlight' : up.parts.has(id) ? ' dg-accent' : ''}`;
      const g = s('g');
      if (p.kind === 'io') {
        g.append(s('circle', { cx: x, cy: Y, r: 16, class: cls }), s('text', { x, y: Y + 5, 'text-anchor': 'middle', class: 'dg-text' }, [p.label]));
      } else if (p.kind === 'add') {
        g.append(s('circle', { cx: x, cy: Y, r: 13, class: cls }), s('text', { x, y: Y + 6, 'text-anchor': 'middle', class: 'dg-text' }, ['+']));
      } else {
        const hw = halfW(id);
        const hh = p.kind === 'attn' ? 32 : 24;
        const big = p.kind === 'attn' ? 'MHA' : p.kind === 'ffn' ? 'FFN' : id === 'norm1' ? 'LN₁' : 'LN₂';
        const small = p.kind === 'attn' ? 'attention' : p.kind === 'ffn' ? 'MLP, 4d' : 'LayerNorm';
        g.append(
          s('rect', { x: x - hw, y: Y - hh, width: 2 * hw, height: 2 * hh, rx: 6, class: cls }),
          s('text', { x, y: Y - 1, 'text-anchor': 'middle', class: 'dg-text' }, [big]),
          s('text', { x, y: Y + 15, 'text-anchor': 'middle', class: 'dg-small' }, [small]),
        );
      }
      activatable(g, `${NAMES[id]}: show its path and formula`, () => choose(id));
      pic.append(g);
    }

    const idx = w.order.indexOf(selected);
    pic.append(s('text', { x: slotX(idx), y: Y + 66, 'text-anchor': idx === 0 ? 'start' : idx === 7 ? 'end' : 'middle', class: 'dg-small' }, ['▲ selected']));

    const kind = w.parts[selected].kind;
    const params = partParams(kind, d);
    const identity = hasIdentityPath(w);
    f.readout.textContent = [
      `${NAMES[selected]} (${placement}-norm):`,
      w.parts[selected].formula,
      kind === 'attn' || kind === 'ffn' || kind === 'norm'
        ? `learned parameters at d = ${d}: ${fmtNum(params)}${kind === 'attn' ? ' (4d² + 4d for Q, K, V, O)' : kind === 'ffn' ? ' (8d² + 5d)' : ' (γ and β)'}`
        : 'no learned parameters',
      `block: ${w.equations.join(';  ')}`,
      identity ? 'a clean identity path runs from x to y through the two adds only' : 'no identity path: every route from x to y passes through LN₂',
    ].join('\n');
    const deps = [...up.parts].filter((p) => p !== selected).map((p) => NAMES[p]);
    f.setSummary(`${placement === 'pre' ? 'Pre-norm' : 'Post-norm'} wiring. Selected: ${NAMES[selected]}. It depends on ${deps.length ? deps.join(', ') : 'nothing upstream'}. ${identity ? 'The residual stream passes from input to output without any normalisation.' : 'The output of the block is always freshly normalised, so no path from input to output avoids a LayerNorm.'}`);
  };

  select<NormPlacement>(f.controls, 'norm placement', [
    { value: 'pre', text: 'pre-norm (GPT-2, Llama)' }, { value: 'post', text: 'post-norm (2017 Transformer)' },
  ], placement, (v) => { placement = v; draw(); });
  partSel = select<PartId>(f.controls, 'part', (Object.keys(NAMES) as PartId[]).map((id) => ({ value: id, text: NAMES[id] })), selected, (v) => { selected = v; draw(); });
  select(f.controls, 'width d', ['512', '768', '1024', '4096'].map((v) => ({ value: v, text: v })), String(d), (v) => { d = Number(v); draw(); });
  draw();
};
