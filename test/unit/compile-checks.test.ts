import * as assert from 'node:assert/strict';
import { compileContent, type SourceFile } from '../../src/core/content/compile';
import { formatError } from '../../src/core/content/diagnostics';
import { chapter, concept, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

/** The error paths of checks.ts and documents.ts, each with its exact `file:line: message`. */
const messages = (files: SourceFile[]) => compileContent([conceptIds, conceptParts, glossary, ...files], facts, new Set()).errors.map(formatError);
const body = (extra: string) => `## What it covers\n\n${extra}\n\n## How it works\n\n${'word '.repeat(450)}\n\n## Details\n\nMore.\n\n## In code\n\ncode\n`;
const F = 'content/volumes/vol-1/ch-01.md';

describe('content checks', () => {
  it('checks the date and the source of a chapter against the facts', () => {
    assert.deepEqual(messages([chapter(goodChapterFront.replace('date: "2026-01-01"', 'date: "2026-01-09"'))]),
      [`${F}:5: date must be "2026-01-01" as in the facts`]);
    assert.deepEqual(messages([chapter(goodChapterFront.replace('source: https://example.org/p/one', 'source: https://example.org/p/two'))]),
      [`${F}:6: source must be "https://example.org/p/one" as in the facts`]);
  });

  it('asks to remove a source the facts do not give, and for the inferred topic of an unknown title', () => {
    const front = goodChapterFront.replace('chapter: 1', 'chapter: 2').replace('title: First Steps', 'title: null')
      .replace('date: "2026-01-01"', 'date: "2026-01-02"');
    assert.deepEqual(messages([{ ...chapter(front), path: 'content/volumes/vol-1/ch-02.md' }]), [
      'content/volumes/vol-1/ch-02.md:6: the facts give no link for this chapter: remove "source"',
      'content/volumes/vol-1/ch-02.md:4: a chapter with an unknown title needs "inferredTopic" and "inferredFrom"',
    ]);
  });

  it('names a concept reference that does not exist at its line', () => {
    assert.deepEqual(messages([chapter(goodChapterFront.replace('concepts: [attention]', 'concepts: [attention, nope]'))]),
      [`${F}:8: no concept "nope"`]);
  });

  it('requires a concept diagram named after the concept', () => {
    const c = concept(2, 'layers', 'Layers');
    assert.deepEqual(messages([{ ...c, text: c.text.replace('diagram: layers', 'diagram: stack') }]),
      ['content/concepts/02-layers.md:5: diagram must be "layers", the concept\'s id']);
  });

  it('reports a page defined twice and a page the facts do not have', () => {
    assert.deepEqual(messages([chapter(goodChapterFront), { ...chapter(goodChapterFront), path: 'content/volumes/vol-1/ch-1.md' }]),
      [`content/volumes/vol-1/ch-1.md:1: duplicate page "vol-1/ch-1" (also defined in ${F})`]);
    const nine = goodChapterFront.replace('chapter: 1', 'chapter: 9');
    assert.deepEqual(messages([{ ...chapter(nine), path: 'content/volumes/vol-1/ch-09.md' }]),
      ['content/volumes/vol-1/ch-09.md:1: "vol-1/ch-9" matches nothing in the facts: check volume/chapter/concept numbers']);
  });

  it('resolves links to headings and glossary terms, and names those that do not resolve', () => {
    const line = 19; // 16 lines of front matter and fences, then the heading, a blank line, the paragraph
    const ok = body('See [a](primer:vol-1/ch-1#details), [b](primer:glossary#term-softmax) and [c](primer:glossary).');
    assert.deepEqual(messages([chapter(goodChapterFront, ok)]), []);
    const bad = body('See [a](primer:vol-1/ch-1#nowhere) and [b](primer:glossary#term-nothing).');
    assert.deepEqual(messages([chapter(goodChapterFront, bad)]), [
      `${F}:${line}: link "primer:vol-1/ch-1#nowhere" does not resolve: page "vol-1/ch-1" has no heading "#nowhere"`,
      `${F}:${line}: link "primer:glossary#term-nothing" does not resolve: no glossary term "term-nothing"`,
    ]);
  });

  it('checks links inside quiz answers at the line of the question', () => {
    const front = goodChapterFront.replace('a: Four, by counting.', 'a: "Four, see [x](primer:vol-1/ch-7)."');
    assert.deepEqual(messages([chapter(front)]), [`${F}:12: link "primer:vol-1/ch-7" does not resolve: no page "vol-1/ch-7"`]);
  });
});
