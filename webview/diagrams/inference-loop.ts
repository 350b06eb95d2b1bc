import {
  EOS, PRESETS, formatBytes, kvBytesPerToken, kvCacheBytes, start, step, type InferenceState, type KvConfig,
} from '../../src/core/diagrams/inference-loop';
import { isPreset } from '../../src/core/models/presets';
import { animate, button, clear, frame, presetNote, s, select, slider, type Mount } from './kit';

const PROMPT = ['The', 'cat'];
const DEFAULT_LENGTHS = [1024, 2048, 4096, 8192, 32768, 131072];

/** Step generation one pass at a time and watch K and V blocks stack up in every layer's cache. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'The inference loop: one forward pass per token, with a growing key/value cache', width: 600, height: 420 });
  let st: InferenceState = start(PROMPT);
  // A model card's preset ("Open in diagram") comes first and is selected; the defaults stay otherwise.
  const mp = isPreset(env.preset, 'inference-loop') ? env.preset : undefined;
  const presets = mp
    ? [{ id: 'model-card', name: mp.name, config: { layers: mp.layers, kvHeads: mp.kvHeads, headDim: mp.headDim, bytes: mp.bytes } }, ...PRESETS]
    : PRESETS;
  const LENGTHS = mp?.maxContext && !DEFAULT_LENGTHS.includes(mp.maxContext) ? [...DEFAULT_LENGTHS, mp.maxContext].sort((a, b) => a - b) : DEFAULT_LENGTHS;
  const cfg: KvConfig = { ...presets[0].config };
  let lengthIdx = mp?.maxContext ? LENGTHS.indexOf(mp.maxContext) : 2;
  if (mp) presetNote(root, `Preset from the model card: ${mp.name} (${mp.layers} layers, ${mp.kvHeads} KV heads, head_dim ${mp.headDim}${mp.maxContext ? `, context ${mp.maxContext.toLocaleString('en-US')}` : ''})`);
  const withValue = (list: number[], v: number) => (list.includes(v) ? list : [...list, v].sort((a, b) => a - b));
  let stop: () => void = () => undefined;
  const pic = s('g');
  f.svg.append(pic);

  const x0 = 92;
  const colW = 63;
  const colX = (i: number) => x0 + i * colW;

  const draw = (fresh: boolean) => {
    stop();
    clear(pic);
    const perTok = kvBytesPerToken(cfg);
    const total = kvCacheBytes(cfg, st.cached);
    const atLen = kvCacheBytes(cfg, LENGTHS[lengthIdx]);

    // Header: what the last pass did.
    const head = st.phase === 'start'
      ? 'Ready: press "Next token" to run the first forward pass (prefill).'
      : `Pass ${st.cached - st.promptLength + 1} (${st.phase}): processed ${st.processed} token${st.processed === 1 ? '' : 's'}, chose "${st.last?.token}" (p = ${st.last?.prob})`;
    pic.append(s('text', { x: 10, y: 20, class: 'dg-text' }, [head]));

    // Token strip.
    pic.append(s('text', { x: 10, y: 57, class: 'dg-small dg-muted' }, ['tokens']));
    st.tokens.forEach((t, i) => {
      const isPrompt = i < st.promptLength;
      const isNew = !isPrompt && i === st.tokens.length - 1 && st.phase !== 'start';
      pic.append(
        s('rect', { x: colX(i), y: 38, width: colW - 8, height: 28, rx: 5, class: `dg-node${isNew ? ' dg-accent' : ''}`, 'stroke-dasharray': isPrompt ? undefined : '4 2' }),
        s('text', { x: colX(i) + (colW - 8) / 2, y: 57, 'text-anchor': 'middle', class: 'dg-text' }, [t === EOS ? '<eos>' : t]),
      );
    });
    pic.append(s('text', { x: 10, y: 84, class: 'dg-small dg-muted' }, ['solid = prompt, dashed = generated; blue outline = chosen by the last pass (not cached yet)']));

    // KV cache: layer 1, layer 2, …, layer L; K row and V row per layer.
    const shown = cfg.layers >= 3 ? [1, 2, cfg.layers] : Array.from({ length: cfg.layers }, (_, i) => i + 1);
    let y = 100;
    const newFrom = st.cached - st.processed;
    const freshEls: SVGElement[] = [];
    shown.forEach((layer, li) => {
      if (li === 2 && cfg.layers > 3) {
        pic.append(s('text', { x: 40, y: y + 2, class: 'dg-text dg-muted', 'text-anchor': 'middle' }, ['⋮']),
          s('text', { x: x0, y: y + 2, class: 'dg-small dg-muted' }, [`${cfg.layers - 3} more layer${cfg.layers - 3 === 1 ? '' : 's'}, same shape`]));
        y += 16;
      }
      (['K', 'V'] as const).forEach((kv, r) => {
        const yy = y + r * 20;
        pic.append(s('text', { x: 10, y: yy + 13, class: 'dg-small' }, [`layer ${layer} ${kv}`]));
        for (let i = 0; i < st.cached; i++) {
          const isNewBlock = i >= newFrom && st.phase !== 'start';
          const rect = s('rect', {
            x: colX(i), y: yy, width: colW - 8, height: 16, rx: 2,
            class: `${kv === 'K' ? 'dg-fill-1' : 'dg-fill-2'}${isNewBlock ? ' dg-highlight' : ''}`,
            'fill-opacity': isNewBlock && fresh ? 0.15 : 0.75,
          });
          if (isNewBlock && fresh) freshEls.push(rect);
          pic.append(rect);
        }
        if (st.cached === 0) pic.append(s('text', { x: x0, y: yy + 12, class: 'dg-small dg-muted' }, ['empty']));
      });
      y += 52;
    });

    // Memory arithmetic as factor boxes.
    y += 6;
    pic.append(s('line', { x1: 10, y1: y, x2: 590, y2: y, class: 'dg-grid' }));
    y += 24;
    pic.append(s('text', { x: 10, y, class: 'dg-text' }, ['bytes per token']));
    const factors: [string, string][] = [
      ['2', 'K and V'], [String(cfg.layers), 'layers'], [String(cfg.kvHeads), 'KV heads'],
      [String(cfg.headDim), 'head_dim'], [String(cfg.bytes), 'bytes'],
    ];
    y += 14;
    factors.forEach(([v, lab], i) => {
      const bx = 10 + i * 84;
      pic.append(
        s('rect', { x: bx, y, width: 62, height: 30, rx: 4, class: 'dg-node' }),
        s('text', { x: bx + 31, y: y + 20, 'text-anchor': 'middle', class: 'dg-text' }, [v]),
        s('text', { x: bx + 31, y: y + 44, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [lab]),
      );
      pic.append(s('text', { x: bx + 73, y: y + 20, 'text-anchor': 'middle', class: 'dg-text' }, [i < factors.length - 1 ? '×' : '=']));
    });
    pic.append(s('text', { x: 432, y: y + 20, class: 'dg-text', 'data-testid': 'per-token' }, [`${perTok.toLocaleString('en-US')} B`]));
    pic.append(s('text', { x: 432, y: y + 44, class: 'dg-small dg-muted' }, [`= ${formatBytes(perTok)} per token`]));
    y += 74;
    pic.append(
      s('text', { x: 10, y, class: 'dg-text' }, [`cache now: ${st.cached} token${st.cached === 1 ? '' : 's'} × ${formatBytes(perTok)} = ${formatBytes(total)}`]),
      s('text', { x: 10, y: y + 22, class: 'dg-text' }, [`at ${LENGTHS[lengthIdx].toLocaleString('en-US')} tokens: ${formatBytes(atLen)} per sequence`]),
    );

    f.readout.textContent = `bytes/token = 2 × layers × kv_heads × head_dim × bytes = 2 × ${cfg.layers} × ${cfg.kvHeads} × ${cfg.headDim} × ${cfg.bytes} = ${perTok.toLocaleString('en-US')} B (${formatBytes(perTok)})\n`
      + `cache = ${st.cached} × ${perTok.toLocaleString('en-US')} B = ${total.toLocaleString('en-US')} B (${formatBytes(total)});  at ${LENGTHS[lengthIdx].toLocaleString('en-US')} tokens: ${formatBytes(atLen)}`;
    const what = st.phase === 'start'
      ? 'Nothing has run yet and the cache is empty.'
      : `The ${st.phase} pass processed ${st.processed} token${st.processed === 1 ? '' : 's'} and chose "${st.last?.token}" with probability ${st.last?.prob}.`;
    f.setSummary(`${what} Each of the ${cfg.layers} layers caches keys and values for ${st.cached} tokens: ${formatBytes(perTok)} per token, ${formatBytes(total)} in total, ${formatBytes(atLen)} at ${LENGTHS[lengthIdx].toLocaleString('en-US')} tokens.${st.done ? ' Generation has ended.' : ''}`);
    next.disabled = st.done;

    if (freshEls.length) {
      let k = 0;
      stop = animate(env, 40, () => {
        k++;
        for (const el of freshEls) el.setAttribute('fill-opacity', String(Math.min(0.75, 0.15 + k * 0.1)));
        return k < 6;
      });
    }
  };

  const next = button(f.controls, 'Next token', () => { st = step(st); draw(true); });
  button(f.controls, 'Reset', () => { st = start(PROMPT); draw(false); });

  const layersIn = slider(f.controls, { label: 'layers', min: 1, max: Math.max(96, cfg.layers), step: 1, value: cfg.layers, onInput: (v) => { cfg.layers = v; draw(false); } });
  const headsSel = select(f.controls, 'KV heads', withValue([1, 2, 4, 8, 16, 32, 40, 64, 96], cfg.kvHeads).map((n) => ({ value: String(n), text: String(n) })), String(cfg.kvHeads), (v) => { cfg.kvHeads = Number(v); draw(false); });
  const dimSel = select(f.controls, 'head_dim', withValue([64, 80, 96, 128, 256], cfg.headDim).map((n) => ({ value: String(n), text: String(n) })), String(cfg.headDim), (v) => { cfg.headDim = Number(v); draw(false); });
  const bytesSel = select(f.controls, 'precision', [
    { value: '4', text: 'fp32 (4 B)' }, { value: '2', text: 'fp16/bf16 (2 B)' }, { value: '1', text: 'int8/fp8 (1 B)' }, { value: '0.5', text: 'int4 (0.5 B)' },
  ], String(cfg.bytes), (v) => { cfg.bytes = Number(v); draw(false); });
  select(f.controls, 'preset', presets.map((p) => ({ value: p.id, text: p.name })), presets[0].id, (id) => {
    const p = presets.find((q) => q.id === id)!;
    Object.assign(cfg, p.config);
    layersIn.set(cfg.layers);
    headsSel.value = String(cfg.kvHeads);
    dimSel.value = String(cfg.headDim);
    bytesSel.value = String(cfg.bytes);
    draw(false);
  });
  slider(f.controls, {
    label: 'total at', min: 0, max: LENGTHS.length - 1, step: 1, value: lengthIdx,
    format: (v) => `${LENGTHS[v].toLocaleString('en-US')} tokens`, onInput: (v) => { lengthIdx = v; draw(false); },
  });
  draw(false);
  return () => stop();
};
