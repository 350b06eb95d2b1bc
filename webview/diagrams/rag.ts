import { QUERIES, assemblePrompt, rank, terms, vocabulary } from '../../src/core/diagrams/rag';
import { clear, frame, s, scale, select, slider, type Mount } from './kit';

const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/** Query → bag-of-words vector → cosine scores over eight passages → top k → the assembled prompt. */
export const mount: Mount = (root) => {
  const f = frame(root, { label: 'Retrieval-augmented generation: a query is embedded, passages are ranked by cosine similarity, the top k go into the prompt', width: 600, height: 470 });
  let qi = 0;
  let k = 2;
  let minScore = 0;
  const vocab = new Set(vocabulary());
  const pic = s('g');
  f.svg.append(pic);

  const draw = () => {
    clear(pic);
    // Laid out for the column's width (1 unit = 1 CSS px): narrower bars, no shared-terms column
    // and shorter prompt lines in a narrow reader, so the text never shrinks.
    const W = Math.max(280, Math.min(600, f.width()));
    const wide = W >= 540;
    const query = QUERIES[qi];
    const ranked = rank(query);
    const hits = ranked.slice(0, k).filter((h) => h.score >= minScore);
    const hitIds = new Set(hits.map((h) => h.passage.id));

    // Query and its terms.
    pic.append(s('rect', { x: 10, y: 6, width: W - 20, height: 26, rx: 5, class: 'dg-node dg-accent' }),
      s('text', { x: 20, y: 24, class: 'dg-text' }, [clip(`query: ${query}`, Math.floor((W - 30) / 7))]));
    pic.append(s('text', { x: 10, y: 52, class: 'dg-small dg-muted' }, ['embed →']));
    // Term chips wrap onto more rows when the column is narrow.
    let cx = 62;
    let ty = 39;
    for (const t of [...new Set(terms(query))]) {
      const known = vocab.has(t);
      const w = 12 + t.length * 7;
      if (cx + w > W - 6 && cx > 62) { cx = 62; ty += 24; }
      pic.append(s('rect', { x: cx, y: ty, width: w, height: 19, rx: 4, class: known ? 'dg-fill-1' : 'dg-node', 'fill-opacity': known ? 0.35 : 0, 'stroke-dasharray': known ? undefined : '3 2' }),
        s('text', { x: cx + w / 2, y: ty + 13, 'text-anchor': 'middle', class: `dg-small${known ? '' : ' dg-muted'}` }, [t]));
      cx += w + 6;
    }
    const unknown = [...new Set(terms(query))].filter((t) => !vocab.has(t));
    if (unknown.length && cx + 150 < W) pic.append(s('text', { x: cx + 4, y: ty + 13, class: 'dg-small dg-muted' }, ['dashed = unknown, ignored']));

    // Ranked passages with score bars.
    const bx0 = 150; const bx1 = wide ? 390 : W - 50;
    const sx = scale(0, 1, bx0, bx1);
    const top = ty + 37; const rowH = 26;
    pic.append(s('text', { x: 14, y: top + 8, class: 'dg-small dg-muted' }, ['rank  passage']),
      s('text', { x: bx0, y: top + 8, class: 'dg-small dg-muted' }, ['cosine similarity']),
    );
    if (wide) pic.append(s('text', { x: 432, y: top + 8, class: 'dg-small dg-muted' }, ['shared terms']));
    ranked.forEach((h, r) => {
      const y = top + 16 + r * rowH;
      const hit = hitIds.has(h.passage.id);
      if (hit) pic.append(s('rect', { x: 6, y: y - 2, width: W - 12, height: rowH - 2, rx: 4, class: 'dg-node dg-accent', 'fill-opacity': 0 }));
      pic.append(
        s('text', { x: 16, y: y + 15, class: `dg-small${hit ? '' : ' dg-muted'}` }, [`${h.rank}.`]),
        s('text', { x: 36, y: y + 15, class: `dg-small${hit ? '' : ' dg-muted'}` }, [h.passage.title]),
        s('rect', { x: bx0, y: y + 4, width: bx1 - bx0, height: 14, class: 'dg-grid' }),
        s('rect', { x: bx0, y: y + 4, width: Math.max(0, sx(h.score) - bx0), height: 14, class: hit ? 'dg-fill-1' : 'dg-fill-4', 'fill-opacity': hit ? 0.85 : 0.4 }),
        s('text', { x: bx1 + 6, y: y + 15, class: 'dg-small' }, [h.score.toFixed(3)]),
      );
      if (wide) pic.append(s('text', { x: 432, y: y + 15, class: 'dg-small dg-muted' }, [clip(h.shared.join(', ') || '—', 24)]));
    });
    if (minScore > 0) {
      const x = sx(minScore);
      pic.append(s('line', { x1: x, y1: top + 12, x2: x, y2: top + 16 + ranked.length * rowH, class: 'dg-stroke-5', 'stroke-dasharray': '5 3', 'stroke-width': 1.5 }));
    }

    // What the generator gets.
    const gy = top + 24 + ranked.length * rowH;
    pic.append(s('text', { x: 10, y: gy + 12, class: 'dg-text' }, [`→ generator prompt (${hits.length} passage${hits.length === 1 ? '' : 's'})`]));
    const lines = ['Answer using only the context. Cite passages as [n]. If the context …',
      ...(hits.length ? hits.map((h, i) => `[${i + 1}] ${h.passage.text}`) : ['(no passage passed the threshold: the model should say it does not know)'])];
    lines.push(`Question: ${query}`);
    pic.append(s('rect', { x: 10, y: gy + 20, width: W - 20, height: 10 + lines.length * 17, rx: 5, class: 'dg-node' }));
    lines.forEach((l, i) => pic.append(s('text', { x: 20, y: gy + 38 + i * 17, class: `dg-small${i === 0 ? ' dg-muted' : ''}` }, [clip(l, Math.floor((W - 40) / 6.2))])));
    f.svg.setAttribute('viewBox', `0 0 ${W} ${gy + 36 + lines.length * 17}`);

    f.readout.textContent = `cos(q, d) = q·d / (‖q‖ ‖d‖)   scores: ${ranked.slice(0, 4).map((h) => `${h.passage.title} ${h.score.toFixed(3)}`).join(', ')} …`
      + `${unknown.length ? `\nquery words outside the vocabulary (no dimension, ignored): ${unknown.join(', ')}` : ''}\n\n${assemblePrompt(query, hits)}`;
    const top1 = ranked[0];
    const noise = hits.filter((h) => h.shared.length === 0).length;
    f.setSummary(`For "${query}" the best passage is "${top1.passage.title}" with cosine ${top1.score.toFixed(3)}. With k = ${k}${minScore > 0 ? ` and a minimum score of ${minScore.toFixed(2)}` : ''}, ${hits.length} passage${hits.length === 1 ? '' : 's'} go${hits.length === 1 ? 'es' : ''} into the prompt${noise ? `, ${noise} of them sharing no term with the query` : ''}.`);
  };

  select(f.controls, 'query', QUERIES.map((q, i) => ({ value: String(i), text: q })), '0', (v) => { qi = Number(v); draw(); });
  slider(f.controls, { label: 'top k', min: 1, max: 5, step: 1, value: k, onInput: (v) => { k = v; draw(); } });
  slider(f.controls, { label: 'min score', min: 0, max: 0.6, step: 0.05, value: minScore, format: (v) => (v === 0 ? 'none' : v.toFixed(2)), onInput: (v) => { minScore = v; draw(); } });
  f.onResize(draw);
  draw();
};
