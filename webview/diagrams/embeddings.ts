import { analogy, ANALOGIES, nearest, project, WORDS } from '../../src/core/diagrams/embeddings';
import { clear, fmtNum, frame, s, scale, select, slider, toggle, type Mount } from './kit';

const GROUP: Record<string, number> = {
  king: 1, queen: 1, prince: 1, princess: 1, man: 1, woman: 1, boy: 1, girl: 1,
  dog: 3, puppy: 3, cat: 3, kitten: 3, apple: 2, bread: 2, cheese: 2,
};
const WORD_LIST = Object.keys(WORDS);
const sx = scale(-2.05, 1.3, 24, 500);
const sy = scale(-0.98, 1.25, 312, 22);

function arrow(x1: number, y1: number, x2: number, y2: number, cls: string, dash?: string): SVGElement[] {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len, uy = (y2 - y1) / len;
  const bx = x2 - ux * 10, by = y2 - uy * 10;
  return [
    s('line', { x1, y1, x2: bx, y2: by, class: cls.replace('fill', 'stroke'), 'stroke-width': 2.5, 'stroke-dasharray': dash }),
    s('polygon', { points: `${x2},${y2} ${bx - uy * 5},${by + ux * 5} ${bx + uy * 5},${by - ux * 5}`, class: cls }),
  ];
}

/** A 2-D map of a small vocabulary: nearest neighbours by cosine similarity, and vector analogies. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Word embeddings on a 2-D map: nearest neighbours by cosine similarity and an analogy arrow', width: 560, height: 356 });
  let word = 'king';
  let k = 3;
  let showAnalogy = false;
  let which = 0;
  const links = s('g');
  const points = s('g');
  const extra = s('g');
  f.svg.append(links, points, extra);

  const draw = () => {
    clear(links);
    clear(points);
    clear(extra);
    const nn = nearest(WORDS[word], WORDS, k, [word]);
    const [qx, qy] = project(WORDS[word]);
    nn.forEach((n) => {
      const [x, y] = project(WORDS[n.word]);
      links.append(s('line', { x1: sx(qx), y1: sy(qy), x2: sx(x), y2: sy(y), class: 'dg-edge-pos', 'stroke-width': 1 + 3 * Math.max(0, n.similarity), 'stroke-opacity': 0.7 }));
    });
    const an = ANALOGIES[which];
    const res = analogy(WORDS, an.a, an.b, an.c);
    for (const w of WORD_LIST) {
      const [x, y] = project(WORDS[w]);
      const isQ = w === word;
      const isN = nn.some((n) => n.word === w);
      const isAns = showAnalogy && w === res.answer.word;
      points.append(s('circle', { cx: sx(x), cy: sy(y), r: isQ ? 7 : 5, class: `dg-fill-${GROUP[w]}${isQ || isAns ? ' dg-highlight' : ''}`, 'data-testid': `word-${w}` }));
      const left = w === 'cheese'; // its neighbour "bread" sits just to the right
      const label = s('text', { x: sx(x) + (left ? -9 : 9), y: sy(y) + 4, 'text-anchor': left ? 'end' : 'start', class: isQ || isN || isAns ? 'dg-text' : 'dg-small' }, [w]);
      const sim = nn.find((n) => n.word === w);
      if (sim) label.append(s('tspan', { class: 'dg-small', style: 'fill: var(--vscode-charts-blue)', dx: 4 }, [`cos ${fmtNum(sim.similarity, 3)}`]));
      points.append(label);
    }
    if (showAnalogy) {
      const [ax, ay] = project(WORDS[an.a]);
      const [bx, by] = project(WORDS[an.b]);
      const [cx, cy] = project(WORDS[an.c]);
      const [rx, ry] = project(res.vector);
      extra.append(...arrow(sx(bx), sy(by), sx(cx), sy(cy), 'dg-fill-2', '5 4'));
      extra.append(...arrow(sx(ax), sy(ay), sx(rx), sy(ry), 'dg-fill-2'));
      extra.append(s('circle', { cx: sx(rx), cy: sy(ry), r: 9, class: 'dg-stroke-2', 'stroke-dasharray': '3 2' }));
      extra.append(s('text', { x: 24, y: 334, class: 'dg-small', style: 'fill: var(--vscode-charts-orange)' },
        [`orange: dashed ${an.b} → ${an.c}; solid ${an.a} → ${an.a} − ${an.b} + ${an.c} (dashed ring), nearest word ${res.answer.word}`]));
    }
    points.append(s('text', { x: 24, y: 350, class: 'dg-small dg-muted' }, ['dots: blue people, green animals, orange food; lines join the word to its nearest neighbours']));

    const v = WORDS[word];
    let txt = `${word} = (${v.map((x) => fmtNum(x, 2)).join(', ')})\nnearest by cosine: ${nn.map((n) => `${n.word} ${fmtNum(n.similarity, 3)}`).join(', ')}`;
    if (showAnalogy) {
      txt += `\n${an.a} − ${an.b} + ${an.c} = (${res.vector.map((x) => fmtNum(x, 2)).join(', ')}) → nearest other word: ${res.answer.word} (cosine ${fmtNum(res.answer.similarity, 4)})`;
    }
    f.readout.textContent = txt;
    f.setSummary(`The ${k} nearest neighbour${k > 1 ? 's' : ''} of "${word}" by cosine similarity: ${nn.map((n) => `${n.word} (${fmtNum(n.similarity, 3)})`).join(', ')}.`
      + (showAnalogy ? ` The analogy ${an.a} − ${an.b} + ${an.c} lands nearest to ${res.answer.word}.` : ''));
  };

  select(f.controls, 'word', WORD_LIST.map((w) => ({ value: w, text: w })), word, (w) => { word = w; draw(); });
  slider(f.controls, { label: 'neighbours', min: 1, max: 5, step: 1, value: k, format: (x) => String(x), onInput: (x) => { k = x; draw(); } });
  toggle(f.controls, 'analogy arrow', showAnalogy, (on) => { showAnalogy = on; draw(); });
  select(f.controls, 'analogy', ANALOGIES.map((a, i) => ({ value: String(i), text: `${a.a} − ${a.b} + ${a.c}` })), '0', (x) => { which = Number(x); showAnalogy = true; box.checked = true; draw(); });
  const box = f.controls.querySelector<HTMLInputElement>('input[type=checkbox]')!;
  draw();
};
