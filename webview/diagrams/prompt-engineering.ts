import {
  PART_IDS, assemble, charEstimate, layout, promptText, tokensByPart, type PartId, type Piece, type Template,
} from '../../src/core/diagrams/prompt-engineering';
import { clear, frame, s, select, toggle, type Mount } from './kit';

const CLS: Record<Piece, string> = {
  system: 'dg-fill-4', instructions: 'dg-fill-1', examples: 'dg-fill-3', input: 'dg-fill-2', template: 'dg-grid',
};
const NAME: Record<Piece, string> = {
  system: 'system', instructions: 'instructions', examples: 'examples', input: 'input', template: 'template markers',
};
const MAXC = 80;
const LH = 16;
const MONO = 'font-family: var(--vscode-editor-font-family)';

/** Toggle the parts of a prompt and see the assembled text and its estimated token count. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Prompt anatomy: system message, instructions, examples and input assembled into a chat template, with token counts', width: 600, height: 420 });
  const on: Record<PartId, boolean> = { system: true, instructions: true, examples: true, input: true };
  let template: Template = 'chatml';
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    clear(pic);
    const segs = assemble(on, template);
    const lines = layout(segs, MAXC);
    const counts = tokensByPart(segs);
    const text = promptText(segs);

    pic.append(s('text', { x: 10, y: 16, class: 'dg-text' }, [template === 'chatml' ? 'Assembled prompt (ChatML-style chat template)' : 'Assembled prompt (plain text, completion style)']));
    const y0 = 30;
    pic.append(s('rect', { x: 4, y: y0 - 4, width: 592, height: Math.max(1, lines.length) * LH + 10, rx: 5, class: 'dg-node' }));
    lines.forEach((line, i) => {
      const y = y0 + i * LH;
      const main = line.find((p) => p.part !== 'template')?.part ?? 'template';
      if (main !== 'template') pic.append(s('rect', { x: 8, y: y + 2, width: 5, height: LH - 2, class: CLS[main] }));
      const t = s('text', { x: 20, y: y + 13, class: 'dg-small', style: MONO });
      for (const p of line) t.append(s('tspan', { class: p.part === 'template' ? 'dg-muted' : undefined }, [p.text]));
      pic.append(t);
    });
    if (!lines.length || !text.trim()) pic.append(s('text', { x: 20, y: y0 + 13, class: 'dg-small dg-muted' }, ['(empty prompt)']));

    // Token counts: a stacked bar and a legend.
    const by = y0 + Math.max(1, lines.length) * LH + 30;
    pic.append(s('text', { x: 10, y: by, class: 'dg-text' }, [`≈ ${counts.total} tokens (split rule)  ·  ≈ ${charEstimate(text)} by characters / 4`]));
    const bw = 580;
    let x = 10;
    const order: Piece[] = ['system', 'instructions', 'examples', 'input', 'template'];
    for (const p of order) {
      const w = counts.total ? (counts[p] / counts.total) * bw : 0;
      if (w > 0) pic.append(s('rect', { x, y: by + 10, width: w, height: 18, class: CLS[p], 'fill-opacity': p === 'template' ? 0.6 : 0.8, stroke: p === 'template' ? undefined : 'none' }));
      if (p === 'template' && w > 0) pic.append(s('rect', { x, y: by + 10, width: w, height: 18, class: 'dg-node', 'fill-opacity': 0 }));
      x += w;
    }
    order.forEach((p, i) => {
      const lx = 10 + (i % 3) * 196;
      const ly = by + 48 + Math.floor(i / 3) * 18;
      pic.append(s('rect', { x: lx, y: ly - 10, width: 12, height: 12, class: p === 'template' ? 'dg-node' : CLS[p] }),
        s('text', { x: lx + 18, y: ly, class: `dg-small${p !== 'template' && !on[p as PartId] ? ' dg-muted' : ''}` }, [`${NAME[p]}: ${counts[p]}${p !== 'template' && !on[p as PartId] ? ' (off)' : ''}`]));
    });
    f.svg.setAttribute('viewBox', `0 0 600 ${by + 76}`);

    const parts = order.map((p) => `${NAME[p]} ${counts[p]}`).join(' + ');
    f.readout.textContent = `tokens ≈ ${parts} = ${counts.total}\n`
      + `estimate: one token per word (letter run), digit run, punctuation mark or special marker; characters/4 gives ${charEstimate(text)} for ${text.replace(/<\|[a-z_]+\|>/g, '').length} characters`;
    const active = PART_IDS.filter((p) => on[p]);
    f.setSummary(`The prompt uses ${active.length ? active.join(', ') : 'no parts'} in the ${template === 'chatml' ? 'chat template' : 'plain'} layout: about ${counts.total} tokens, of which ${counts.template} are template markers.`);
  };

  toggle(f.controls, 'system message', on.system, (v) => { on.system = v; draw(); });
  toggle(f.controls, 'instructions', on.instructions, (v) => { on.instructions = v; draw(); });
  toggle(f.controls, 'few-shot examples', on.examples, (v) => { on.examples = v; draw(); });
  toggle(f.controls, 'input', on.input, (v) => { on.input = v; draw(); });
  select<Template>(f.controls, 'layout', [{ value: 'chatml', text: 'chat template (ChatML-style)' }, { value: 'plain', text: 'plain text' }], template, (v) => { template = v; draw(); });
  draw();
};
