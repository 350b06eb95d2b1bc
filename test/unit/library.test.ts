import * as assert from 'node:assert/strict';
import { Library } from '../../src/core/catalog/library';
import { searchPages } from '../../src/core/catalog/search';
import { splitCatalog } from '../../src/core/catalog/types';
import { compileContent } from '../../src/core/content/compile';
import { chapter, concept, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

const { catalog } = compileContent([conceptIds, conceptParts, glossary, chapter(goodChapterFront), concept(3, 'attention', 'Attention')], facts, new Set());
const { index, html } = splitCatalog(catalog);
const lib = new Library(index);

describe('library queries', () => {
  it('walks the tree both ways', () => {
    assert.deepEqual(lib.children(undefined), index.roots);
    assert.deepEqual(lib.children('vol-1'), ['vol-1/ch-1', 'vol-1/ch-2']);
    assert.equal(lib.parent('vol-1/ch-2'), 'vol-1');
    assert.equal(lib.parent('vol-1'), undefined);
    assert.equal(lib.page('constructor'), undefined, 'no prototype keys');
  });

  it('keeps the HTML out of the index', () => {
    assert.equal((index.pages['vol-1/ch-1'] as { html?: string }).html, undefined);
    assert.match(html.get('vol-1/ch-1') ?? '', /katex/);
  });

  it('counts read progress under a page', () => {
    assert.deepEqual(lib.progress('vol-1', new Set(['vol-1/ch-1'])), { read: 1, total: 2 });
  });

  it('builds the reader view with neighbours and read state', () => {
    const v = lib.view('vol-1/ch-1', new Set(['vol-1/ch-1']), '<p>x</p>');
    assert.equal(v?.next?.id, 'vol-1/ch-2');
    assert.equal(v?.parentLabel, 'Vol. I — Basics');
    assert.equal(v?.read, true);
    assert.equal(lib.view('nope', new Set(), ''), undefined);
  });

  it('links a term to its concept', () => {
    const t = lib.term('softmax');
    assert.equal(t && lib.termTargets(t).concept?.id, 'concept/attention');
  });

  it('searches titles before summaries', () => {
    const found = searchPages(lib.allPages(), 'attention');
    assert.equal(found[0].id, 'concept/attention');
    assert.deepEqual(searchPages(lib.allPages(), 'zzzz'), []);
  });
});
