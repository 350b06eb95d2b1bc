import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatError } from '../../src/core/content/diagnostics';
import { compileRepoContent, readFacts, ROOT } from '../../scripts/content';
import { searchPages } from '../../src/core/catalog/search';

/** The real library in content/: it compiles cleanly and covers everything the facts list. */
describe('the library in content/', () => {
  const { catalog, errors } = compileRepoContent();
  const facts = readFacts();
  const hasNotes = (id: string) => !!catalog.pages[id] && !catalog.pages[id].html.includes('class="missing"');

  it('compiles with no errors (schema, facts, links, math, word counts, originality)', () => {
    assert.deepEqual(errors.map(formatError), []);
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

  it('gives every Vol. II chapter at least three display equations', () => {
    for (const id of catalog.pages['vol-2'].children) {
      const n = (catalog.pages[id].html.match(/class="katex-display"/g) ?? []).length;
      assert.ok(n >= 3, `${id} has ${n}`);
    }
  });
});
