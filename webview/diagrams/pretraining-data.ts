import { funnel, LLAMA_MIX, normalise, rawNeeded, rebalance, SOURCES, STAGES, tokensBySource } from '../../src/core/diagrams/pretraining-data';
import { button, clear, frame, s, select, slider, type Mount } from './kit';

const FILLS = ['dg-fill-1', 'dg-fill-2', 'dg-fill-3', 'dg-fill-4', 'dg-fill-5', 'dg-fill-6'];
const tok = (n: number) => !Number.isFinite(n) ? '∞' : n >= 1e12 ? `${(n / 1e12).toFixed(2)}T` : n >= 1e9 ? `${(n / 1e9).toFixed(1)}B` : `${(n / 1e6).toFixed(0)}M`;

/** A data mixture (shares kept at 100%) and the filtering funnel that feeds its web share. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Pre-training data mixture and the filtering funnel for web text', width: 600, height: 340 });
  let shares = [...LLAMA_MIX];
  const keep = [0.6, 0.4, 0.95];
  let budget = 1.4e12;
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    clear(pic);
    const pct = normalise(shares);
    const tokens = tokensBySource(shares, budget);
    pic.append(s('text', { x: 20, y: 22, class: 'dg-text' }, [`Mixture of a ${tok(budget)}-token training run`]));
    let x = 20;
    const W = 560;
    pct.forEach((p, i) => {
      const w = (p / 100) * W;
      if (w <= 0) return;
      pic.append(s('rect', { x, y: 34, width: w, height: 28, class: FILLS[i], 'fill-opacity': 0.85 }, [s('title', {}, [`${SOURCES[i].label}: ${p.toFixed(1)}%`])]));
      if (w > 46) pic.append(s('text', { x: x + w / 2, y: 53, 'text-anchor': 'middle', class: 'dg-small', style: 'fill: var(--vscode-editor-background)' }, [`${SOURCES[i].label} ${p.toFixed(0)}%`]));
      x += w;
    });
    pic.append(s('rect', { x: 20, y: 34, width: W, height: 28, class: 'dg-axis' }));
    SOURCES.forEach((src, i) => {
      const cx = 20 + i * 95;
      pic.append(
        s('rect', { x: cx, y: 74, width: 11, height: 11, class: FILLS[i], 'fill-opacity': 0.85 }),
        s('text', { x: cx + 15, y: 84, class: 'dg-small' }, [`${src.label} ${pct[i].toFixed(1)}%`]),
        s('text', { x: cx + 15, y: 99, class: 'dg-small dg-muted' }, [tok(tokens[i])]),
      );
    });

    // The funnel: raw crawl needed so the web share survives every stage.
    const webTarget = tokens[0];
    const raw = rawNeeded(webTarget, keep);
    const counts = Number.isFinite(raw) ? funnel(raw, keep) : [Infinity, Infinity, Infinity, 0];
    pic.append(s('text', { x: 20, y: 134, class: 'dg-text' }, ['Filtering funnel for the web share']));
    const maxW = 300, cx = 300;
    counts.forEach((c, i) => {
      const y = 148 + i * 44;
      const frac = Number.isFinite(raw) && raw > 0 ? c / raw : i === 0 ? 1 : 0;
      const w = Math.max(2, frac * maxW);
      const last = i === counts.length - 1;
      pic.append(
        s('rect', { x: cx - w / 2, y, width: w, height: 30, rx: 3, class: 'dg-fill-1', 'fill-opacity': last ? 0.95 : 0.35 + 0.15 * i }),
        s('text', { x: 20, y: y + 19, class: 'dg-small' }, [last ? 'final: after tox/PII filter' : STAGES[i]]),
        s('text', { x: 580, y: y + 14, 'text-anchor': 'end', class: 'dg-small' }, [`${tok(c)} tokens`]),
        s('text', { x: 580, y: y + 28, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [i === 0 ? 'input' : `keeps ${(keep[i - 1] * 100).toFixed(0)}%`]),
      );
    });

    const total = keep.reduce((a, k) => a * k, 1);
    f.readout.textContent = [
      `shares: ${SOURCES.map((src, i) => `${src.label} ${pct[i].toFixed(1)}%`).join(', ')}  (sum ${pct.reduce((a, b) => a + b, 0).toFixed(1)}%)`,
      `web target = ${pct[0].toFixed(1)}% × ${tok(budget)} = ${tok(webTarget)} tokens`,
      `combined keep rate = ${keep.map((k) => k.toFixed(2)).join(' × ')} = ${total.toFixed(3)}`,
      `raw crawl needed = ${tok(webTarget)} / ${total.toFixed(3)} = ${tok(raw)} tokens`,
    ].join('\n');
    f.setSummary(`Web text is ${pct[0].toFixed(1)} percent of the mixture, ${tok(webTarget)} tokens. The filters keep ${(total * 100).toFixed(1)} percent of what goes in, so about ${tok(raw)} tokens of raw crawl are needed.`);
  };

  let syncing = false;
  const shareSliders: { set(v: number): void }[] = [];
  SOURCES.forEach((src, i) => {
    shareSliders.push(slider(f.controls, {
      label: `${src.label} %`, min: 0, max: 100, step: 0.5, value: shares[i], format: (v) => v.toFixed(1),
      onInput: (v) => {
        if (syncing) return;
        shares = rebalance(shares, i, v);
        syncing = true;
        shareSliders.forEach((sl, j) => { if (j !== i) sl.set(shares[j]); });
        syncing = false;
        draw();
      },
    }));
  });
  ['dedup keeps', 'quality keeps', 'tox/PII keeps'].forEach((label, i) => {
    slider(f.controls, { label, min: 0.05, max: 1, step: 0.05, value: keep[i], format: (v) => `${Math.round(v * 100)}%`, onInput: (v) => { keep[i] = v; draw(); } });
  });
  select(f.controls, 'token budget', [3e11, 1.4e12, 2e12, 1.5e13].map((v) => ({ value: String(v), text: tok(v) })), String(budget), (v) => { budget = Number(v); draw(); });
  button(f.controls, 'LLaMA mixture', () => {
    shares = [...LLAMA_MIX];
    syncing = true;
    shareSliders.forEach((sl, j) => sl.set(shares[j]));
    syncing = false;
    draw();
  });
  draw();
};
