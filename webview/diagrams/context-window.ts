import {
  attentionPairs, slidingPairs, slidingWindows, truncate, visible, type Policy, type Span,
} from '../../src/core/diagrams/context-window';
import { clear, frame, s, scale, select, slider, type Mount } from './kit';

const N_MAX = 64;

/** A document of n tokens against a window of W: what is kept, and what attention over it costs. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Context window: truncation and sliding windows over a document, and the quadratic cost of attention', width: 600, height: 470 });
  let W = 12;
  let n = 40;
  let policy: Policy = 'keep-last';
  let stride = 8;
  const pic = s('g');
  f.svg.append(pic);

  const policyCost = (m: number): number => {
    if (policy === 'sliding') return slidingPairs(m, W, stride);
    const sp = truncate(m, W, policy);
    return (sp.end - sp.start) ** 2;
  };

  const draw = () => {
    clear(pic);
    const st = Math.min(stride, W);
    const spans: Span[] = policy === 'sliding' ? slidingWindows(n, W, st) : [truncate(n, W, policy)];
    const seen = visible(n, spans);
    const keptCount = seen.filter(Boolean).length;

    // Document strip.
    const cw = Math.min(18, 560 / n);
    const x = (i: number) => 20 + i * cw;
    pic.append(s('text', { x: 20, y: 18, class: 'dg-text' }, [`document: n = ${n} tokens, window W = ${W}`]));
    for (let i = 0; i < n; i++) {
      pic.append(s('rect', { x: x(i) + 0.5, y: 28, width: cw - 1, height: 20, class: seen[i] ? 'dg-cell' : 'dg-node', 'fill-opacity': seen[i] ? 0.8 : 0.2 }));
    }
    for (let i = 0; i <= n; i += 8) pic.append(s('text', { x: x(i), y: 62, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(i)]));

    // Windows.
    const top = 76;
    const area = 124;
    const rowH = Math.min(16, area / spans.length);
    spans.forEach((sp, r) => {
      pic.append(s('rect', { x: x(sp.start) + 0.5, y: top + r * rowH, width: Math.max(1, (sp.end - sp.start) * cw - 1), height: Math.max(1.5, rowH - 2), rx: Math.min(3, rowH / 3), class: r % 2 ? 'dg-fill-2' : 'dg-fill-1', 'fill-opacity': 0.75 }));
    });
    const caption = policy === 'sliding'
      ? `${spans.length} window${spans.length === 1 ? '' : 's'} of ${W}, stride ${st}, overlap ${W - st}: every token is seen, some more than once`
      : n <= W ? 'the whole document fits' : `kept ${keptCount}, dropped ${n - keptCount} tokens from the ${policy === 'keep-first' ? 'end' : 'start'}`;
    pic.append(s('text', { x: 20, y: Math.min(top + area, top + spans.length * rowH) + 14, class: 'dg-small' }, [caption]));

    // Cost plot: n vs n² with the current policy's cost.
    const px0 = 70; const px1 = 570; const py0 = 440; const py1 = 268;
    const sx = scale(0, N_MAX, px0, px1);
    const sy = scale(0, N_MAX * N_MAX, py0, py1);
    pic.append(s('text', { x: 20, y: 246, class: 'dg-text' }, ['attention cost (query–key pairs) vs document length']));
    for (let v = 0; v <= 4096; v += 1024) {
      pic.append(s('line', { x1: px0, y1: sy(v), x2: px1, y2: sy(v), class: 'dg-grid' }),
        s('text', { x: px0 - 6, y: sy(v) + 4, 'text-anchor': 'end', class: 'dg-small dg-muted' }, [v.toLocaleString('en-US')]));
    }
    for (let v = 0; v <= N_MAX; v += 16) pic.append(s('text', { x: sx(v), y: py0 + 16, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [String(v)]));
    pic.append(s('line', { x1: px0, y1: py0, x2: px1, y2: py0, class: 'dg-axis' }), s('line', { x1: px0, y1: py0, x2: px0, y2: py1, class: 'dg-axis' }));
    pic.append(s('text', { x: px1, y: py0 + 30, 'text-anchor': 'end', class: 'dg-small dg-muted' }, ['n (tokens)']));
    const full: string[] = [];
    const mine: string[] = [];
    for (let m = 1; m <= N_MAX; m++) {
      full.push(`${sx(m)},${sy(attentionPairs(m))}`);
      mine.push(`${sx(m)},${sy(policyCost(m))}`);
    }
    pic.append(s('polyline', { points: full.join(' '), class: 'dg-stroke-1' }), s('polyline', { points: mine.join(' '), class: 'dg-stroke-2' }));
    pic.append(s('line', { x1: sx(n), y1: py0, x2: sx(n), y2: py1, class: 'dg-edge', 'stroke-dasharray': '4 3' }));
    const cFull = attentionPairs(n);
    const cMine = policyCost(n);
    pic.append(s('circle', { cx: sx(n), cy: sy(cFull), r: 5, class: 'dg-fill-1' }), s('circle', { cx: sx(n), cy: sy(cMine), r: 5, class: 'dg-fill-2' }));
    pic.append(
      s('text', { x: px0 + 8, y: py1 + 6, class: 'dg-small' }, [`blue: full attention n² (now ${cFull.toLocaleString('en-US')})`]),
      s('text', { x: px0 + 8, y: py1 + 22, class: 'dg-small' }, [`orange: ${policy === 'sliding' ? 'Σ window²' : 'kept²'} (now ${cMine.toLocaleString('en-US')})`]),
    );

    const spanTxt = spans.slice(0, 6).map((sp) => `[${sp.start}, ${sp.end})`).join(' ') + (spans.length > 6 ? ` … ${spans.length} windows in all` : '');
    f.readout.textContent = `spans: ${spanTxt}\nfull attention: n² = ${n}² = ${cFull.toLocaleString('en-US')} pairs;  ${policy === 'sliding' ? `windows: Σ len² = ${cMine.toLocaleString('en-US')}` : `kept: ${keptCount}² = ${cMine.toLocaleString('en-US')}`};  doubling n multiplies full cost by 4`;
    const what = policy === 'sliding'
      ? `${spans.length} sliding windows of ${W} tokens with stride ${st} cover all ${n} tokens`
      : n <= W ? `All ${n} tokens fit in the window of ${W}` : `Truncation keeps the ${policy === 'keep-first' ? 'first' : 'last'} ${W} of ${n} tokens and drops ${n - W}`;
    f.setSummary(`${what}. Full attention over ${n} tokens scores ${cFull.toLocaleString('en-US')} query–key pairs; the chosen policy scores ${cMine.toLocaleString('en-US')}.`);
  };

  slider(f.controls, { label: 'window W', min: 4, max: 32, step: 1, value: W, onInput: (v) => { W = v; draw(); } });
  slider(f.controls, { label: 'document n', min: 4, max: N_MAX, step: 1, value: n, onInput: (v) => { n = v; draw(); } });
  // The stride means something only for sliding windows: disabled (and said so) under truncation.
  let strideInput: HTMLInputElement | undefined;
  const syncStride = () => { if (strideInput) { strideInput.disabled = policy !== 'sliding'; strideInput.title = strideInput.disabled ? 'only for the sliding window' : ''; } };
  select<Policy>(f.controls, 'policy', [
    { value: 'keep-last', text: 'truncate: keep last W' }, { value: 'keep-first', text: 'truncate: keep first W' }, { value: 'sliding', text: 'sliding window' },
  ], policy, (v) => { policy = v; syncStride(); draw(); });
  strideInput = slider(f.controls, { label: 'stride', min: 1, max: 32, step: 1, value: stride, format: (v) => (v > W ? `${v} → ${W}` : String(v)), onInput: (v) => { stride = v; draw(); } }).input;
  syncStride();
  draw();
};
