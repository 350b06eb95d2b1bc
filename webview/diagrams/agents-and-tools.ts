import { TASKS, runAgent, type StepKind, type TraceStep } from '../../src/core/diagrams/agents-and-tools';
import { animate, button, clear, frame, s, select, type Mount } from './kit';

/** Greedy word wrap to at most `max` characters per line. */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && (line + ' ' + w).length > max) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

const KIND_CLASS: Record<StepKind, string> = {
  question: 'dg-fill-6', thought: 'dg-fill-4', action: 'dg-fill-1', observation: 'dg-fill-3', answer: 'dg-fill-2',
};
const LINE = 15;
const TOP = 132;
const MAXC = 78;

/** Step through a ReAct trace: thought, tool call, observation, … answer. The tools really run. */
export const mount: Mount = (root, env) => {
  const f = frame(root, { label: 'An agent loop: the model thinks, calls a tool, reads the observation, and finally answers', width: 600, height: 480 });
  let taskIdx = 0;
  let trace: TraceStep[] = runAgent(TASKS[0]);
  let pos = 0;
  let stop: () => void = () => undefined;
  const pic = s('g');
  f.svg.append(pic);

  const cardHeight = (st: TraceStep) => wrap(st.text, MAXC).length * LINE + 8;

  const box = (x: number, y: number, w: number, h: number, label: string, sub: string, on: boolean) => {
    pic.append(
      s('rect', { x, y, width: w, height: h, rx: 6, class: `dg-node${on ? ' dg-accent' : ''}` }),
      s('text', { x: x + w / 2, y: y + (sub ? 20 : h / 2 + 5), 'text-anchor': 'middle', class: 'dg-text' }, [label]),
    );
    if (sub) pic.append(s('text', { x: x + w / 2, y: y + 36, 'text-anchor': 'middle', class: 'dg-small dg-muted' }, [sub]));
  };
  const arrow = (x1: number, y1: number, x2: number, y2: number, on: boolean, label: string, lx: number, ly: number) => {
    pic.append(s('line', { x1, y1, x2, y2, class: on ? 'dg-stroke-1' : 'dg-edge', 'stroke-width': on ? 3 : 1.2, 'marker-end': 'url(#ag-arrow)' }));
    if (label) pic.append(s('text', { x: lx, y: ly, 'text-anchor': 'middle', class: `dg-small${on ? '' : ' dg-muted'}` }, [label]));
  };

  const draw = (fresh: boolean) => {
    stop();
    clear(pic);
    const cur = trace[pos];
    const tool = cur.tool;
    pic.append(s('defs', {}, [s('marker', { id: 'ag-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, [
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'dg-fill-1' }),
    ])]));

    // The loop.
    box(10, 20, 100, 46, 'Question', 'user', cur.kind === 'question');
    box(160, 20, 140, 46, 'Model', 'thinks, picks a tool', cur.kind === 'thought');
    box(410, 4, 180, 46, 'calculator', 'real arithmetic', tool === 'calculator' && cur.kind !== 'thought');
    box(410, 58, 180, 46, 'lookup', 'model table', tool === 'lookup' && cur.kind !== 'thought');
    box(160, 84, 140, 34, 'Answer', '', cur.kind === 'answer');
    arrow(110, 43, 158, 43, cur.kind === 'question', '', 0, 0);
    const ty = tool === 'lookup' ? 70 : 16;
    arrow(300, 34, 408, ty, cur.kind === 'action', 'action', 350, ty < 40 ? 18 : 44);
    arrow(408, ty + 22, 300, 56, cur.kind === 'observation', 'observation', 350, ty < 40 ? 62 : 98);
    arrow(230, 66, 230, 82, cur.kind === 'answer', '', 0, 0);
    pic.append(s('text', { x: 10, y: 110, class: 'dg-small dg-muted' }, [`step ${pos + 1} of ${trace.length}`]));

    // The trace so far.
    let y = TOP;
    const freshEls: SVGElement[] = [];
    trace.slice(0, pos + 1).forEach((st, i) => {
      const h = cardHeight(st);
      const g = s('g', { opacity: fresh && i === pos ? 0.2 : 1 });
      g.append(
        s('rect', { x: 10, y, width: 580, height: h - 3, rx: 4, class: `dg-node${i === pos ? ' dg-accent' : ''}`, 'fill-opacity': 0 }),
        s('rect', { x: 10, y, width: 88, height: h - 3, rx: 4, class: KIND_CLASS[st.kind], 'fill-opacity': 0.3 }),
        s('text', { x: 18, y: y + 14, class: 'dg-small' }, [st.kind]),
      );
      wrap(st.text, MAXC).forEach((l, j) => g.append(s('text', { x: 106, y: y + 14 + j * LINE, class: `dg-small${st.error ? ' dg-muted' : ''}` }, [l])));
      pic.append(g);
      if (fresh && i === pos) freshEls.push(g);
      y += h;
    });
    // Steps not reached yet: empty dashed slots, so the layout does not jump.
    trace.slice(pos + 1).forEach((st) => {
      const h = cardHeight(st);
      pic.append(s('rect', { x: 10, y, width: 580, height: h - 3, rx: 4, class: 'dg-grid', 'stroke-dasharray': '4 3' }));
      y += h;
    });

    const facts = trace.slice(0, pos + 1).filter((t) => t.kind === 'observation' && t.tool === 'lookup' && !t.error).map((t) => `${t.input} = ${t.value}`);
    const calls = trace.slice(0, pos + 1).filter((t) => t.kind === 'action').length;
    f.readout.textContent = `scratchpad: ${facts.length ? facts.join(', ') : '(empty)'}\ntool calls so far: ${calls}${cur.kind === 'observation' && cur.tool === 'calculator' && !cur.error ? `;  calculator evaluated ${cur.input} = ${cur.text}` : ''}`;
    f.setSummary(`Step ${pos + 1} of ${trace.length}, ${/^[aeiou]/.test(cur.kind) ? 'an' : 'a'} ${cur.kind}: ${cur.text}`);
    next.disabled = pos >= trace.length - 1;
    back.disabled = pos === 0;
    if (freshEls.length) {
      let k = 0;
      stop = animate(env, 40, () => { k++; freshEls.forEach((e) => e.setAttribute('opacity', String(Math.min(1, 0.2 + k * 0.2)))); return k < 4; });
    }
  };

  const fullHeight = () => TOP + trace.reduce((a, st) => a + cardHeight(st), 0) + 6;
  const next = button(f.controls, 'Next step', () => { if (pos < trace.length - 1) { pos++; draw(true); } });
  const back = button(f.controls, 'Back', () => { if (pos > 0) { pos--; draw(false); } });
  button(f.controls, 'Reset', () => { pos = 0; draw(false); });
  select(f.controls, 'task', TASKS.map((t, i) => ({ value: String(i), text: t.question })), '0', (v) => {
    taskIdx = Number(v);
    trace = runAgent(TASKS[taskIdx]);
    pos = 0;
    f.svg.setAttribute('viewBox', `0 0 600 ${fullHeight()}`);
    draw(false);
  });
  f.svg.setAttribute('viewBox', `0 0 600 ${fullHeight()}`);
  draw(false);
  return () => stop();
};
