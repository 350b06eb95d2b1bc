import { countParams, PRESETS, type ModelShape, type PartKey } from '../../src/core/diagrams/stacking-layers';
import { clear, fmtNum, frame, s, select, slider, toggle, type Mount } from './kit';

const STYLE: Record<PartKey, { cls: string; op: number }> = {
  tokEmb: { cls: 'dg-fill-1', op: 1 }, posEmb: { cls: 'dg-fill-1', op: 0.5 },
  q: { cls: 'dg-fill-2', op: 1 }, k: { cls: 'dg-fill-2', op: 0.8 }, v: { cls: 'dg-fill-2', op: 0.6 }, o: { cls: 'dg-fill-2', op: 0.42 },
  ffn: { cls: 'dg-fill-3', op: 1 }, norms: { cls: 'dg-fill-6', op: 1 }, unemb: { cls: 'dg-fill-4', op: 1 },
};

const human = (n: number) => n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : String(n);

/** A GPT-style model drawn as a tower of blocks, with its parameter count split by part. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Parameter count of a decoder-only transformer, by part', width: 600, height: 320 });
  const m: ModelShape = { ...PRESETS['gpt2-small'] };
  // The tower and the parameter table sit side by side, or stack in a narrow column.
  const [pic, side] = f.panels([{ x: 0, y: 14, width: 240, height: 296 }, { x: 216, y: 8, width: 378, height: 320 }]);

  const draw = () => {
    const r = countParams(m);
    clear(pic);
    clear(side);

    // Tower: embeddings at the bottom, L blocks, final norm and unembedding at the top.
    const tx = 20, tw = 150;
    pic.append(
      s('rect', { x: tx, y: 270, width: tw, height: 30, rx: 5, class: 'dg-node' }),
      s('rect', { x: tx + 4, y: 274, width: tw - 8, height: 22, rx: 3, class: 'dg-fill-1', 'fill-opacity': 0.35 }),
      s('text', { x: tx + tw / 2, y: 289, 'text-anchor': 'middle', class: 'dg-small' }, [m.context ? 'token + position emb.' : 'token embeddings']),
    );
    const shown = Math.min(m.layers, 32);
    const top = 60, bottom = 262;
    const slabH = (bottom - top) / shown;
    const proj = r.parts.find((p) => p.key === 'q')!.params * 4 / m.layers;
    const attnShare = proj / r.perLayer;
    for (let i = 0; i < shown; i++) {
      const y = bottom - (i + 1) * slabH;
      const h = Math.max(1.5, slabH - (slabH > 4 ? 1.5 : 0.5));
      pic.append(
        s('rect', { x: tx, y, width: tw * attnShare, height: h, class: 'dg-fill-2', 'fill-opacity': 0.85 }),
        s('rect', { x: tx + tw * attnShare, y, width: tw * (1 - attnShare), height: h, class: 'dg-fill-3', 'fill-opacity': 0.85 }),
      );
    }
    pic.append(
      s('rect', { x: tx, y: 20, width: tw, height: 30, rx: 5, class: 'dg-node' }),
      s('rect', { x: tx + 4, y: 24, width: tw - 8, height: 22, rx: 3, class: m.tied ? 'dg-fill-1' : 'dg-fill-4', 'fill-opacity': 0.35 }),
      s('text', { x: tx + tw / 2, y: 39, 'text-anchor': 'middle', class: 'dg-small' }, [m.tied ? 'unembedding (tied)' : 'unembedding']),
      s('text', { x: tx + tw + 6, y: (top + bottom) / 2 - 4, class: 'dg-small' }, [`× ${m.layers}`]),
      s('text', { x: tx + tw + 6, y: (top + bottom) / 2 + 11, class: 'dg-small dg-muted' }, [m.layers > shown ? `(${shown} drawn)` : 'blocks']),
    );
    if (m.tied) {
      pic.append(s('path', { d: `M ${tx} 35 L ${tx - 10} 35 L ${tx - 10} 285 L ${tx} 285`, class: 'dg-edge', 'stroke-dasharray': '4 3' }));
    }

    // Stacked bar and legend.
    const bx = 222, bw = 364;
    side.append(
      s('text', { x: bx, y: 26, class: 'dg-text' }, [`${fmtNum(r.total)} parameters (${human(r.total)})`]),
      s('text', { x: bx, y: 44, class: 'dg-small dg-muted' }, [`one block: ${fmtNum(r.perLayer)}; FFN hidden ${r.ffnHidden}; head size ${Number.isNaN(r.headDim) ? 'n/a' : r.headDim}`]),
    );
    let x = bx;
    for (const p of r.parts) {
      const w = (p.params / r.total) * bw;
      if (w <= 0) continue;
      const st = STYLE[p.key];
      side.append(s('rect', { x, y: 54, width: w, height: 26, class: st.cls, 'fill-opacity': st.op }, [s('title', {}, [`${p.label}: ${fmtNum(p.params)}`])]));
      x += w;
    }
    side.append(s('rect', { x: bx, y: 54, width: bw, height: 26, class: 'dg-axis' }));
    r.parts.forEach((p, i) => {
      const y = 104 + i * 22;
      const st = STYLE[p.key];
      const pct = (100 * p.params) / r.total;
      side.append(
        s('rect', { x: bx, y: y - 10, width: 12, height: 12, class: st.cls, 'fill-opacity': st.op }),
        s('text', { x: bx + 18, y, class: 'dg-small' }, [p.label]),
        s('text', { x: bx + 250, y, 'text-anchor': 'end', class: 'dg-small' }, [p.params ? fmtNum(p.params) : p.key === 'unemb' ? 'shared (0)' : '0']),
        s('text', { x: bx + bw, y, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [`${pct < 0.1 && pct > 0 ? '<0.1' : pct.toFixed(1)}%`]),
      );
    });

    const emb = r.parts.filter((p) => p.key === 'tokEmb' || p.key === 'posEmb' || p.key === 'unemb').reduce((a, p) => a + p.params, 0);
    const blocks = r.total - emb;
    f.readout.textContent = [
      `per block: Q,K,V,O 4(d² + d) + FFN 2·${m.ffnMult}d² + ${m.ffnMult}d + d + norms 4d = ${fmtNum(r.perLayer)}`,
      `total = V·d + T·d + L·block + 2d${m.tied ? '' : ' + V·d'} = ${fmtNum(r.total)}`,
      `blocks ${(100 * blocks / r.total).toFixed(1)}%, embeddings ${(100 * emb / r.total).toFixed(1)}%${Number.isNaN(r.headDim) ? `;  ${m.heads} heads do not divide d = ${m.dModel}` : ''}`,
    ].join('\n');
    f.setSummary(`${m.layers} layers of width ${m.dModel}, vocabulary ${m.vocab}, FFN ${m.ffnMult} times wider, ${m.heads} heads, ${m.tied ? 'tied' : 'separate'} unembedding: ${human(r.total)} parameters, of which the embedding tables are ${(100 * emb / r.total).toFixed(1)} percent.`);
  };

  const layers = slider(f.controls, { label: 'layers L', min: 1, max: 96, step: 1, value: m.layers, onInput: (v) => { m.layers = v; draw(); } });
  const dSel = select(f.controls, 'width d_model', [256, 512, 768, 1024, 1280, 1600, 2048, 4096, 5120, 8192, 12288].map((v) => ({ value: String(v), text: String(v) })), String(m.dModel), (v) => { m.dModel = Number(v); draw(); });
  const vSel = select(f.controls, 'vocab V', [32000, 50257, 100277, 128256, 256000].map((v) => ({ value: String(v), text: v.toLocaleString('en-US') })), String(m.vocab), (v) => { m.vocab = Number(v); draw(); });
  const ffn = slider(f.controls, { label: 'FFN ×', min: 1, max: 8, step: 0.5, value: m.ffnMult, onInput: (v) => { m.ffnMult = v; draw(); } });
  const hSel = select(f.controls, 'heads', [1, 2, 4, 8, 12, 16, 20, 25, 32, 64, 96].map((v) => ({ value: String(v), text: String(v) })), String(m.heads), (v) => { m.heads = Number(v); draw(); });
  const cSel = select(f.controls, 'learned positions T', [0, 512, 1024, 2048, 4096].map((v) => ({ value: String(v), text: v ? String(v) : 'none (RoPE)' })), String(m.context), (v) => { m.context = Number(v); draw(); });
  const tiedBox = toggle(f.controls, 'tied unembedding', m.tied, (v) => { m.tied = v; draw(); });
  select(f.controls, 'preset', [
    { value: 'gpt2-small', text: 'GPT-2 small' }, { value: 'gpt2-medium', text: 'GPT-2 medium' }, { value: 'gpt2-large', text: 'GPT-2 large' },
    { value: 'gpt2-xl', text: 'GPT-2 XL' }, { value: 'gpt3-175b', text: 'GPT-3 175B' },
  ], 'gpt2-small', (v) => {
    Object.assign(m, PRESETS[v]);
    dSel.value = String(m.dModel); vSel.value = String(m.vocab); hSel.value = String(m.heads); cSel.value = String(m.context); tiedBox.checked = m.tied;
    ffn.set(m.ffnMult);
    layers.set(m.layers);
  });
  draw();
};
