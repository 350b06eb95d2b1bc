import * as assert from 'node:assert/strict';
import { Library } from '../../src/core/catalog/library';
import { splitCatalog } from '../../src/core/catalog/types';
import { compileContent } from '../../src/core/content/compile';
import { continueTarget, readingOrder } from '../../src/core/progress/continueReading';
import { chapter, concept, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

const order = ['vol-1/ch-1', 'vol-1/ch-2', 'vol-1/ch-3', 'vol-2/ch-1', 'vol-2/ch-2'];

describe('continue reading', () => {
  it('starts at the first chapter when nothing was opened or read', () => {
    assert.deepEqual(continueTarget(order, new Set(), undefined), { id: 'vol-1/ch-1', started: false });
  });

  it('goes to the first unread chapter after the last one read, across volumes', () => {
    const read = new Set(['vol-1/ch-1', 'vol-1/ch-2', 'vol-1/ch-3']);
    assert.deepEqual(continueTarget(order, read, 'vol-1/ch-3'), { id: 'vol-2/ch-1', started: true });
  });

  it('skips read chapters after the last one, and resumes an unread last chapter itself', () => {
    assert.equal(continueTarget(order, new Set(['vol-1/ch-2', 'vol-1/ch-3']), 'vol-1/ch-2')?.id, 'vol-2/ch-1');
    assert.equal(continueTarget(order, new Set(['vol-1/ch-1']), 'vol-1/ch-3')?.id, 'vol-1/ch-3');
  });

  it('wraps round to unread chapters before the last one', () => {
    const read = new Set(['vol-1/ch-2', 'vol-2/ch-1', 'vol-2/ch-2']);
    assert.deepEqual(continueTarget(order, read, 'vol-2/ch-2'), { id: 'vol-1/ch-1', started: true });
  });

  it('counts read chapters as started even with no last chapter (or one no longer in the library)', () => {
    assert.deepEqual(continueTarget(order, new Set(['vol-1/ch-1']), undefined), { id: 'vol-1/ch-2', started: true });
    assert.deepEqual(continueTarget(order, new Set(['vol-1/ch-1']), 'vol-9/ch-1'), { id: 'vol-1/ch-2', started: true });
  });

  it('has nothing to continue with when every chapter is read, or there are none', () => {
    assert.equal(continueTarget(order, new Set(order), 'vol-1/ch-2'), undefined);
    assert.equal(continueTarget([], new Set(), undefined), undefined);
  });

  it('reads the chapters of the library in volume then chapter order, leaving out concepts', () => {
    const second = { path: 'content/volumes/vol-1/ch-02.md', text: chapter(goodChapterFront.replace('chapter: 1', 'chapter: 2').replace('title: First Steps', 'title: null')).text };
    const { catalog } = compileContent([conceptIds, conceptParts, glossary, chapter(goodChapterFront), second, concept(3, 'attention', 'Attention')], facts, new Set());
    const lib = new Library(splitCatalog(catalog).index);
    const ids = readingOrder(lib);
    assert.ok(ids.length > 0);
    assert.ok(ids.every((id) => lib.page(id)?.kind === 'chapter' && lib.page(id)?.readable), ids.join(', '));
    assert.deepEqual(ids, lib.pagesOfKind('chapter').map((p) => p.id));
    assert.equal(ids[0], 'vol-1/ch-1');
  });
});
