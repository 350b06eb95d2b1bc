import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatError } from '../../src/core/content/diagnostics';
import { compileRepoContent, readFacts, ROOT } from '../../scripts/content';
import { normaliseKey, pageDoc, pageText, searchLibrary, searchPages, termDoc } from '../../src/core/catalog/search';

/** The real library in content/: it compiles cleanly and covers everything the facts list. */
describe('the library in content/', () => {
  const { catalog, errors } = compileRepoContent();
  const facts = readFacts();
  const hasNotes = (id: string) => !!catalog.pages[id] && !catalog.pages[id].html.includes('class="missing"');

  it('compiles with no errors (schema, facts, links, math, word counts, originality)', () => {
    assert.deepEqual(errors.map(formatError), []);
  });

  it('names each chapter the glossary points to with its volume: "Vol. I ch. 6: Fine-Tuning…"', () => {
    const html = catalog.pages.glossary.html;
    const links = [...html.matchAll(/<a href="#" data-nav="(vol-\d+\/ch-\d+)">([^<]*)<\/a>/g)];
    assert.ok(links.length > 100, `${links.length} chapter links`);
    for (const [, id, text] of links) {
      const [v, c] = id.match(/\d+/g)!.map(Number);
      assert.match(text, new RegExp(`^Vol\\. [IVX]+ ch\\. ${c}: \\S`), `${id}: ${text}`);
      assert.ok(text.startsWith(`Vol. ${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][v]} `), `${id}: ${text}`);
      assert.doesNotMatch(text, /Chapter \d+ —|: \d+\. /, `${id}: ${text}`);
    }
  });

  it('has notes for every chapter whose title is known, and for the inferred Vol. III chapter 4', () => {
    const missing: string[] = [];
    for (const v of facts.series.volumes) {
      const n = Number(v.id.replace('primer-', ''));
      for (const c of v.chapters ?? []) {
        const id = `vol-${n}/ch-${c.number}`;
        if ((c.title !== null || id === 'vol-3/ch-4') && !hasNotes(id)) missing.push(id);
      }
    }
    assert.deepEqual(missing, []);
    assert.match(catalog.pages['vol-3/ch-4'].html, /Inferred topic/);
    assert.equal(catalog.pages['vol-3/ch-1'].label, 'Chapter 1 — title not yet known');
    // Its tooltip says what its page says: no notes are guessed for an unknown title.
    assert.match(catalog.pages['vol-3/ch-1'].summary, /not yet known, so no notes are guessed/);
  });

  it('has an overview for every volume, published or not', () => {
    for (let n = 1; n <= 7; n++) assert.ok(hasNotes(`vol-${n}`), `vol-${n}`);
    assert.match(catalog.pages['vol-5'].html, /not yet published/);
  });

  it('has the earlier guide with all 14 sections written', () => {
    assert.equal(catalog.pages.guide.children.length, 14);
    for (const id of catalog.pages.guide.children) assert.ok(hasNotes(id), id);
  });

  it('has all 25 concepts, each with a diagram, its computation module and unit tests', () => {
    const concepts = catalog.pages.concepts.children;
    assert.equal(concepts.length, 25);
    for (const id of concepts) {
      const slug = id.replace('concept/', '');
      assert.ok(hasNotes(id), `${id} has notes`);
      assert.equal(catalog.pages[id].diagram, slug);
      for (const f of [`webview/diagrams/${slug}.ts`, `src/core/diagrams/${slug}.ts`, `test/unit/diagrams/${slug}.test.ts`]) {
        assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists`);
      }
    }
  });

  it('links every concept from at least one chapter that covers it', () => {
    const uncited = catalog.pages.concepts.children.filter((id) => catalog.pages[id].related.length === 0);
    assert.deepEqual(uncited, []);
  });

  it('finds pages by what they cover, not only by title', () => {
    const ids = searchPages(Object.values(catalog.pages), 'kv cache', 10).map((p) => p.id);
    assert.ok(ids.includes('concept/inference-loop'), ids.join(', '));
    const bm25 = searchPages(Object.values(catalog.pages), 'bm25', 5).map((p) => p.id);
    assert.ok(bm25.includes('vol-3/ch-5'), bm25.join(', '));
  });

  describe('search over pages and glossary terms', () => {
    const docs = [
      ...Object.values(catalog.pages).filter((p) => p.kind !== 'group').map((p) => pageDoc(p, pageText(p.html))),
      ...catalog.terms.map(termDoc),
    ];
    const top = (q: string, n = 5) => searchLibrary(docs, q, n).map((h) => `${h.doc.kind}:${h.doc.id}`);

    it('puts the concept The Attention Mechanism first for "attention"', () => {
      const hits = searchLibrary(docs, 'attention', 10);
      assert.equal(hits[0].doc.id, 'concept/attention', top('attention', 10).join(', '));
      assert.equal(hits[0].field, 'title');
      assert.equal(hits[0].doc.label, '8. The Attention Mechanism');
      assert.deepEqual(hits[0].titleMatches, [[7, 16]], 'the match is highlighted in the label');
    });

    it('finds the lora_alpha glossary term for "lora alpha", "lora_alpha" and "loraAlpha", and opens its glossary entry', () => {
      for (const q of ['lora alpha', 'lora_alpha', 'loraAlpha']) {
        const hit = searchLibrary(docs, q, 5)[0];
        assert.equal(hit?.doc.id, 'lora-alpha', `${q}: ${top(q).join(', ')}`);
        assert.deepEqual(hit.doc.target, { id: 'glossary', anchor: 'term-lora-alpha' });
      }
    });

    it('ranks a title match above an alias, a summary and a body match', () => {
      const hits = searchLibrary(docs, 'kv cache', 50);
      const fields = hits.map((h) => h.field);
      const order = ['title', 'alias', 'summary', 'body'];
      for (let i = 1; i < fields.length; i++) assert.ok(order.indexOf(fields[i - 1]) <= order.indexOf(fields[i]), fields.join(' '));
      assert.equal(hits[0].doc.id, 'kv-cache', 'the glossary term titled "KV cache"');
      const concept = hits.findIndex((h) => h.doc.id === 'concept/inference-loop');
      assert.ok(concept >= 0 && concept < 4, `the Inference Loop concept is near the top (${concept})`);
      assert.ok(fields.includes('body'), 'pages that only mention it in their text are found too');
    });

    it('finds a term by an alias only (top_p), a page by its body only, and nothing for nonsense', () => {
      assert.equal(searchLibrary(docs, 'top_p', 3)[0]?.doc.id, catalog.terms.find((t) => t.keys.includes(normaliseKey('top_p')))?.id);
      const body = searchLibrary(docs, 'chinchilla', 50);
      assert.ok(body.some((h) => h.field === 'body' && h.doc.kind === 'chapter'), top('chinchilla', 50).join(', '));
      assert.deepEqual(searchLibrary(docs, 'zzqqxx'), []);
    });
  });

  it('gives every Vol. II chapter at least three display equations', () => {
    for (const id of catalog.pages['vol-2'].children) {
      const n = (catalog.pages[id].html.match(/class="katex-display"/g) ?? []).length;
      assert.ok(n >= 3, `${id} has ${n}`);
    }
  });
});
