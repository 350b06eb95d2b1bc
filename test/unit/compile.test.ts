import * as assert from 'node:assert/strict';
import { compileContent, type SourceFile } from '../../src/core/content/compile';
import { formatError } from '../../src/core/content/diagnostics';
import { runHashes } from '../../src/core/content/originality';
import { chapter, concept, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

const compile = (files: SourceFile[], seeds: Set<string> = new Set()) => compileContent([conceptIds, conceptParts, glossary, ...files], facts, seeds);
const messages = (files: SourceFile[]) => compile(files).errors.map(formatError);

describe('content compiler', () => {
  it('builds the tree from the facts, with unknown titles shown as unknown', () => {
    const { catalog, errors } = compile([chapter(goodChapterFront)]);
    assert.deepEqual(errors, []);
    assert.deepEqual(catalog.roots, ['vol-1', 'vol-2', 'concepts', 'guide', 'glossary']);
    assert.equal(catalog.pages['vol-1'].label, 'Vol. I — Basics');
    assert.equal(catalog.pages['vol-2'].label, 'Vol. II — title not yet known');
    assert.equal(catalog.pages['vol-2'].titleKnown, false);
    assert.equal(catalog.pages['vol-1/ch-2'].label, 'Chapter 2 — title not yet known');
    assert.equal(catalog.pages['vol-1/ch-2'].source, undefined, '"NOT FOUND" is not a link');
    assert.equal(catalog.pages['vol-1/ch-1'].source, 'https://example.org/p/one');
    assert.equal(catalog.pages['vol-1/ch-1'].next, 'vol-1/ch-2');
    assert.equal(catalog.pages['vol-1/ch-2'].prev, 'vol-1/ch-1');
    assert.deepEqual(catalog.pages.concepts.children, ['concept/neuron', 'concept/layers', 'concept/attention']);
  });

  it('renders the quiz, math and concept links into the chapter page', () => {
    const { catalog } = compile([chapter(goodChapterFront)]);
    const html = catalog.pages['vol-1/ch-1'].html;
    assert.match(html, /<details class="quiz-item">/);
    assert.match(html, /class="katex"/);
    assert.match(html, /data-nav="concept\/attention"/);
  });

  it('reports bad front matter at the line of the field', () => {
    const errs = messages([chapter(goodChapterFront.replace('chapter: 1', 'chapter: one'))]);
    assert.ok(errs.some((e) => e.startsWith('content/volumes/vol-1/ch-01.md:3: "chapter" must be integer')), errs.join('\n'));
  });

  it('reports unknown fields, missing fields and YAML syntax errors with file and line', () => {
    assert.ok(messages([chapter(`${goodChapterFront}\ncolour: red`)]).some((e) => /ch-01\.md:\d+: front matter: unknown field "colour"/.test(e)));
    assert.ok(messages([chapter(goodChapterFront.replace(/^summary:.*$/m, ''))]).some((e) => /missing required field "summary"/.test(e)));
    assert.ok(messages([chapter(`${goodChapterFront}\nconcepts: [a`)]).some((e) => /ch-01\.md:\d+: YAML:/.test(e)));
  });

  it('rejects a title that differs from the facts', () => {
    const errs = messages([chapter(goodChapterFront.replace('title: First Steps', 'title: First Step'))]);
    assert.ok(errs.some((e) => /ch-01\.md:4: title must be "First Steps" as in the facts/.test(e)), errs.join('\n'));
  });

  it('rejects math that KaTeX cannot compile, naming the line', () => {
    const body = `## What it covers\n\nScope.\n\n## How it works\n\n${'word '.repeat(450)}\n\n$$\n\\frac{1}{\n$$\n\n## In code\n\ncode\n`;
    const errs = messages([chapter(goodChapterFront, body)]);
    const line = `---\n${goodChapterFront}\n---\n${body}`.split('\n').findIndex((l) => l === '$$') + 1;
    assert.ok(errs.some((e) => e.startsWith(`content/volumes/vol-1/ch-01.md:${line}: math does not compile`)), errs.join('\n'));
  });

  it('rejects links that do not resolve and links of other schemes', () => {
    const body = `## What it covers\n\nSee [x](primer:vol-1/ch-9) and [y](http://insecure.example) and [z](primer:concept/attention).\n\n## How it works\n\n${'word '.repeat(450)}\n\n## In code\n\ncode\n`;
    const errs = messages([chapter(goodChapterFront, body)]);
    assert.ok(errs.some((e) => /link "primer:vol-1\/ch-9" does not resolve: no page "vol-1\/ch-9"/.test(e)), errs.join('\n'));
    assert.ok(errs.some((e) => /link "http:\/\/insecure\.example" is neither/.test(e)), errs.join('\n'));
    assert.equal(errs.length, 2);
  });

  it('enforces the required sections and the word bounds of "How it works"', () => {
    const short = `## What it covers\n\nScope.\n\n## How it works\n\nToo short.\n\n## In code\n\ncode\n`;
    const errs = messages([chapter(goodChapterFront, short)]);
    assert.ok(errs.some((e) => /ch-01\.md:21: "How it works" has 2 words; it must have 400–900/.test(e)), errs.join('\n'));
    const noCode = `## What it covers\n\nScope.\n\n## How it works\n\n${'word '.repeat(450)}\n`;
    assert.ok(messages([chapter(goodChapterFront, noCode)]).some((e) => /missing section "## In code"/.test(e)));
  });

  it('escapes HTML in content instead of passing it through', () => {
    const body = `## What it covers\n\n<script>alert(1)</script> and 1 < 2.\n\n## How it works\n\n${'word '.repeat(450)}\n\n## In code\n\ncode\n`;
    const { catalog } = compile([chapter(goodChapterFront, body)]);
    assert.doesNotMatch(catalog.pages['vol-1/ch-1'].html, /<script>/);
    assert.match(catalog.pages['vol-1/ch-1'].html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('checks concept pages against the facts and the concept ids', () => {
    assert.deepEqual(compile([concept(1, 'neuron', 'The Neuron')]).errors, []);
    const errs = messages([concept(3, 'attn', 'Attention')]);
    assert.ok(errs.some((e) => /id must be "attention"/.test(e)), errs.join('\n'));
    assert.ok(messages([concept(1, 'neuron', 'A Neuron')]).some((e) => /title must be "The Neuron"/.test(e)));
  });

  it('refuses a page that shares an 8-word run with the source pages', () => {

    const borrowed = 'the quick brown fox jumps over the lazy dog';
    const seeds = runHashes(`Once upon a time ${borrowed} and ran.`);
    const body = `${'gamma '.repeat(200)} ${borrowed}.`;
    const errs = compile([concept(1, 'neuron', 'The Neuron', body)], seeds).errors.map(formatError);
    assert.ok(errs.some((e) => /shares the run "the quick brown fox jumps over the lazy/.test(e)), errs.join('\n'));
  });

  it('compiles glossary terms to normalised keys, weak keys apart, and refuses an alias used twice', () => {
    const { catalog } = compile([]);
    const q = catalog.terms.find((t) => t.id === 'query');
    assert.deepEqual(q?.keys, ['querystates', 'query']);
    assert.deepEqual(q?.weakKeys, ['query']);
    const dup: SourceFile = { path: 'content/glossary/zz-dup.yaml', text: '- id: other\n  title: Other\n  aliases: [Past-Key-Values]\n  definition: A duplicate alias that the build must refuse.\n' };
    assert.ok(compile([dup]).errors.map(formatError).some((e) => /content\/glossary\/zz-dup\.yaml:3: term "other": alias "Past-Key-Values" already belongs to "kv-cache"/.test(e)));
  });

  it('keeps a shared alias as a second sense of its owner\'s alias, and refuses one that no term owns', () => {
    const share = (alias: string): SourceFile => ({ path: 'content/glossary/zz-share.yaml', text: `- id: other\n  title: Other\n  aliases: [other_name]\n  shared_aliases: [${alias}]\n  definition: A second sense of a word that another term owns.\n` });
    const ok = compile([share('past_key_values')]);
    assert.deepEqual(ok.errors.map(formatError), []);
    assert.deepEqual(ok.catalog.terms.find((t) => t.id === 'other')?.sharedKeys, ['pastkeyvalues']);
    const errs = compile([share('nobody_has_this')]).errors.map(formatError);
    assert.ok(errs.some((e) => /content\/glossary\/zz-share\.yaml:4: term "other": shared alias "nobody_has_this" is no term's alias/.test(e)), errs.join('\n'));
    const own = compile([share('other_name')]).errors.map(formatError);
    assert.ok(own.some((e) => /shared alias "other_name" is already its own alias/.test(e)), own.join('\n'));
  });
});
