import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GlossaryTerm } from '../../src/core/catalog/types';
import { glossaryMatcher } from '../../src/core/reader/glossaryFilter';
import { pageOutline, parentSection } from '../../src/core/reader/outline';
import { formatReference, parseReference } from '../../src/core/reader/reference';
import { normaliseKey } from '../../src/core/terms/normalise';
import { findInFilesArgs, searchKeys, workspaceSearchQuery } from '../../src/core/terms/workspaceSearch';

const term = (id: string, keys: string[], weakKeys: string[] = []): GlossaryTerm =>
  ({ id, title: id, definition: '', keys, weakKeys, unlessKeys: [], chapters: [] });

/** What VS Code's search does with matchWholeWord and no case sensitivity (`\b` around the query as written), in JavaScript's dialect. */
const searchRe = (query: string) => new RegExp(`\\b${query}\\b`, 'i');

describe('page outline', () => {
  it('lists the h2 and h3 headings with ids, in order, as plain text', () => {
    const html = '<h1 id="t">Title</h1><p>x</p><h2 id="what-it-covers">What it <em>covers</em></h2>'
      + '<h3 id="q-k-v">Q, K &amp; V</h3><h4 id="deep">Too deep</h4><h2>No id</h2>'
      + '<h2 id="math">Softmax <span class="katex"><span class="katex-mathml">MATHML</span><span class="katex-html">σ</span></span></h2>';
    assert.deepEqual(pageOutline(html), [
      { anchor: 'what-it-covers', level: 2, text: 'What it covers' },
      { anchor: 'q-k-v', level: 3, text: 'Q, K & V' },
      { anchor: 'math', level: 2, text: 'Softmax σ' },
    ]);
    assert.deepEqual(pageOutline('<p>no headings</p>'), []);
  });

  it('finds the h2 an h3 belongs to', () => {
    const outline = pageOutline('<h3 id="a">A</h3><h2 id="b">B</h2><h3 id="c">C</h3>');
    assert.equal(parentSection(outline, 'c')?.anchor, 'b');
    assert.equal(parentSection(outline, 'b')?.anchor, 'b');
    assert.equal(parentSection(outline, 'a'), undefined);
    assert.equal(parentSection(outline, 'nope'), undefined);
  });
});

describe('glossary filter', () => {
  it('keeps entries with a word that starts with the text, or a code spelling that does', () => {
    const lora = glossaryMatcher(' LoRA ');
    assert.ok(lora('LoRA (low-rank adaptation) Fine-tuning that…', []));
    assert.ok(lora('Adapters: today the term often covers LoRA weights too.', []));
    assert.ok(lora('MLA', ['kvlorarank', 'lorarank']), 'a key that starts with it');
    assert.equal(lora('Win rate: exploration of outputs', ['elorating']), false, 'inside a word or a key');
    assert.ok(glossaryMatcher('lora_al')('LoRA alpha', ['loraalpha']), 'the code spelling, normalised');
    assert.ok(glossaryMatcher('top-p')('Nucleus sampling (top-p)', []));
    assert.ok(glossaryMatcher('(')('Tanh (hyperbolic tangent)', []), 'punctuation is literal text');
    assert.ok(glossaryMatcher('   ')('anything', []), 'no text keeps everything');
    assert.equal(glossaryMatcher('zzqqxx')('LoRA', ['lora']), false);
  });
});

describe('links to sections', () => {
  it('formats a page and a section, and reads them back', () => {
    assert.equal(formatReference({ id: 'vol-2/ch-4', anchor: 'key-equations' }), 'vol-2/ch-4#key-equations');
    assert.equal(formatReference({ id: 'glossary' }), 'glossary');
    assert.deepEqual(parseReference('vol-2/ch-4#key-equations'), { id: 'vol-2/ch-4', anchor: 'key-equations' });
    assert.deepEqual(parseReference('  `concept/attention`  '), { id: 'concept/attention' });
    assert.deepEqual(parseReference('primer:glossary#term-lora'), { id: 'glossary', anchor: 'term-lora' });
    assert.deepEqual(parseReference('(vol-1/ch-2#in-code).'), { id: 'vol-1/ch-2', anchor: 'in-code' });
  });

  it('refuses what is not a reference', () => {
    for (const s of ['', '#x', 'https://example.com/a', 'vol-1/', 'vol-1//ch-2', '../etc/passwd', 'vol-1#Bad Anchor', 'vol-1#', 'Vol-1', 'a b'])
      assert.equal(parseReference(s), undefined, s);
  });

  it('reads back every reference it formats (property)', () => {
    const ref = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9-]{1,8}){0,2}$/),
      anchor: fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: undefined }),
    });
    fc.assert(fc.property(ref, (r) => {
      const back = parseReference(formatReference(r));
      assert.deepEqual(back, r.anchor ? { id: r.id, anchor: r.anchor } : { id: r.id });
    }));
  });
});

describe('find a term in the workspace', () => {
  const lora = term('lora', ['lora', 'loraa', 'mergeandunload', 'r'], ['r']);

  it('builds whole-word, case-insensitive regex arguments from the keys, weak keys left out', () => {
    const args = findInFilesArgs([lora]);
    assert.deepEqual(args, {
      query: '(?:m[_-]?e[_-]?r[_-]?g[_-]?e[_-]?a[_-]?n[_-]?d[_-]?u[_-]?n[_-]?l[_-]?o[_-]?a[_-]?d|l[_-]?o[_-]?r[_-]?a[_-]?a|l[_-]?o[_-]?r[_-]?a)',
      isRegex: true, isCaseSensitive: false, matchWholeWord: true, triggerSearch: true,
    });
    assert.equal(findInFilesArgs([term('r', ['r'], ['r'])]), undefined, 'nothing worth searching');
    assert.deepEqual(searchKeys([lora, term('qlora', ['qlora', 'lora'])]), ['mergeandunload', 'loraa', 'qlora', 'lora']);
  });

  it('finds the code spellings of a key and not longer identifiers that contain it', () => {
    const re = searchRe(workspaceSearchQuery(searchKeys([lora])) ?? '');
    for (const hit of ['model.lora_A', 'loraA = 1', 'LORA', 'peft.merge_and_unload()', 'mergeAndUnload(x)', 'use-lora'])
      assert.ok(re.test(hit), hit);
    for (const miss of ['floral', 'lorax', 'r = 8', 'lora_config_x'])
      assert.equal(re.test(miss), false, miss);
  });

  it('matches any identifier that normalises to a key (property)', () => {
    const key = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(fc.property(key, fc.array(fc.constantFrom('', '', '_', '-'), { minLength: 12, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      (k, seps, upper) => {
        const spelled = [...k].map((c, i) => (upper[i] ? c.toUpperCase() : c) + (i < k.length - 1 ? seps[i] : '')).join('');
        assert.equal(normaliseKey(spelled), k);
        assert.ok(searchRe(workspaceSearchQuery([k]) ?? '').test(` ${spelled} `), spelled);
      }));
  });
});
