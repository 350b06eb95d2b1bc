import { encode, SAMPLE_TEXT, SPACE, trainBpe, type Token } from '../../src/core/diagrams/tokenization';
import { button, clear, frame, h, s, slider, type Mount } from './kit';

const MAX_MERGES = 60;
const WIDE = 600;
const CHAR_W = 7.8; // monospace advance at 13px
const MONO = 'font-family: var(--vscode-editor-font-family), monospace; font-size: 13px';

/** A BPE tokenizer trained on a built-in text: step through its merges and watch a sentence fall into fewer, longer tokens. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Byte-pair encoding: merges learned from a sample text, applied to a sentence you type', width: WIDE, height: 260 });
  const model = trainBpe(SAMPLE_TEXT, MAX_MERGES);
  const maxK = model.merges.length;
  let k = 10;
  let text = 'the readers of the model spell unfamiliar words';
  const pic = s('g');
  f.svg.append(pic);
  // Drawn for the column's width (1 unit = 1 CSS px): chips wrap sooner, headings stack.
  let W = WIDE;

  /** Lay out chips left to right, wrapping; returns the y below the last row. */
  const chips = (tokens: Token[], y0: number, fresh: string | undefined): number => {
    let x = 10, y = y0;
    for (const t of tokens) {
      const wd = Math.max(22, t.text.length * CHAR_W + 10);
      if (x + wd > W - 10) { x = 10; y += 44; }
      const cls = t.id < 0 ? 'dg-fill-5' : `dg-fill-${(t.id % 6) + 1}`;
      pic.append(
        s('rect', { x, y, width: wd, height: 22, rx: 4, class: cls, 'fill-opacity': 0.3 }),
        s('rect', { x, y, width: wd, height: 22, rx: 4, class: t.text === fresh ? 'dg-highlight' : 'dg-grid', fill: 'none' }),
        s('text', { x: x + wd / 2, y: y + 15, 'text-anchor': 'middle', style: MONO }, [t.text]),
        s('text', { x: x + wd / 2, y: y + 35, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [t.id < 0 ? 'unk' : String(t.id)]),
      );
      x += wd + 4;
    }
    return y + 44;
  };

  const draw = () => {
    clear(pic);
    W = Math.max(260, Math.min(WIDE, f.width()));
    const narrow = W < WIDE;
    const cols = narrow ? 1 : 2;
    const last = k > 0 ? model.merges[k - 1] : undefined;
    const fresh = last ? last.left + last.right : undefined;
    const heading = [`merges applied: ${k} of ${maxK}`, `vocabulary ${model.base.length} base symbols + ${k} merged = ${model.base.length + k}`];
    (narrow ? heading : [heading.join(' · ')]).forEach((l, i) => pic.append(s('text', { x: 10, y: 16 + i * 16, class: 'dg-small dg-muted' }, [l])));
    const my = narrow ? 54 : 36;
    // The most recent merges, newest first.
    const recent = model.merges.slice(Math.max(0, k - 4), k).map((m, i) => ({ ...m, n: Math.max(0, k - 4) + i + 1 })).reverse();
    recent.forEach((m, i) => {
      pic.append(s('text', { x: 10 + (i % cols) * 295, y: my + Math.floor(i / cols) * 18, class: i === 0 ? 'dg-text' : 'dg-small' },
        [`#${m.n}  "${m.left}" + "${m.right}" → "${m.left + m.right}"  (seen ${m.count}×)`]));
    });
    if (!recent.length) pic.append(s('text', { x: 10, y: my, class: 'dg-small' }, ['no merges yet: every character is its own token']));
    const ty = my + Math.ceil(4 / cols) * 18 + 14;
    const tokens = encode(model, text, k);
    pic.append(s('text', { x: 10, y: ty, class: 'dg-small dg-muted' }, ['your text as tokens (id below each; ▁ marks a space)']));
    const bottom = chips(tokens, ty + 10, fresh);
    const height = Math.max(200, bottom + 4);
    f.svg.setAttribute('viewBox', `0 0 ${W} ${height}`);

    const chars = [...text].length;
    f.readout.textContent = `${chars} characters → ${tokens.length} tokens (${(chars / Math.max(1, tokens.length)).toFixed(2)} characters per token)\n`
      + `ids: [${tokens.map((t) => t.id).join(', ')}]\n`
      + (last ? `merge #${k}: "${last.left}" + "${last.right}" → "${fresh}" (id ${model.base.length + k - 1}); ties go to the pair first in alphabetical order` : 'training text is split into characters; merges will join the most frequent adjacent pairs');
    const unk = tokens.filter((t) => t.id < 0).length;
    f.setSummary(`With ${k} merges the text becomes ${tokens.length} tokens${fresh ? `; the newest token is "${fresh.replace(SPACE, '▁')}"` : ''}.${unk ? ` ${unk} character${unk === 1 ? ' is' : 's are'} outside the vocabulary.` : ''}`);
  };

  const kSlider = slider(f.controls, { label: 'merges applied: k', min: 0, max: maxK, step: 1, value: k, format: (v) => String(v), onInput: (v) => { k = v; draw(); } });
  button(f.controls, 'Apply next merge', () => kSlider.set(k >= maxK ? 0 : k + 1));
  const field = h('input', { type: 'text', value: text, spellcheck: 'false', 'aria-label': 'text to tokenize', style: 'width: 20rem; max-width: calc(100vw - 7rem)' });
  field.addEventListener('input', () => { text = field.value; draw(); });
  f.controls.append(h('label', { class: 'dg-field' }, [h('span', { class: 'dg-label' }, ['text']), field]));
  f.onResize(draw);
  draw();
};
