import * as assert from 'node:assert/strict';
import { compileContent, type RawSourceFile, type SourceFile } from '../../src/core/content/compile';
import { formatError } from '../../src/core/content/diagnostics';
import { firstInvalidUtf8 } from '../../src/core/content/encoding';
import { chapter, conceptIds, conceptParts, facts, glossary, goodChapterFront } from './fixtures';

/**
 * Content that must never reach the reader: script and file links, raw HTML, TeX that links or
 * sets HTML, binary and non-UTF-8 files. Each kind fails the build with its exact `file:line`.
 */
const compile = (files: (SourceFile | RawSourceFile)[]) => compileContent([conceptIds, conceptParts, glossary, ...files], facts, new Set());
const messages = (files: (SourceFile | RawSourceFile)[]) => compile(files).errors.map(formatError);
const F = 'content/volumes/vol-1/ch-01.md';
const G = 'content/glossary/extra.yaml';
const T = 'content/volumes/vol-1/ch-01.numbers.yaml';
// The chapter's front matter and fences take lines 1-16; the body's heading is line 17.
const body = (extra: string) => `## What it covers\n\n${extra}\n\n## How it works\n\n${'word '.repeat(450)}\n\n## In code\n\ncode\n`;
const page = (extra: string) => chapter(goodChapterFront, body(extra));
const html = (files: SourceFile[]) => compile(files).catalog.pages['vol-1/ch-1'].html;
const bytes = (path: string, ...parts: (string | number[])[]): RawSourceFile => ({
  path, bytes: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))),
});
const term = (extra = '') => `- id: extra\n  title: Extra term\n  aliases: [extra_term]\n  definition: "A definition that is long enough for the glossary schema."\n${extra}`;

describe('content the build rejects', () => {
  it('the fixture page builds cleanly (so every error below comes from the change made)', () => {
    assert.deepEqual(messages([page('Plain text.')]), []);
  });

  it('rejects javascript:, data: and file: links at the line they are on', () => {
    const para = 'First line of a paragraph,\n[run](javascript:alert(1)) on its second line,\n[img](data:text/html;base64,PHNjcmlwdD4=) and [f](file:///etc/passwd) on its third.';
    assert.deepEqual(messages([page(para)]), [
      `${F}:20: link "javascript:alert(1)" uses the javascript: scheme, which is never allowed: use a primer: link or an https:// URL`,
      `${F}:21: link "data:text/html;base64,PHNjcmlwdD4=" uses the data: scheme, which is never allowed: use a primer: link or an https:// URL`,
      `${F}:21: link "file:///etc/passwd" uses the file: scheme, which is never allowed: use a primer: link or an https:// URL`,
    ]);
    assert.doesNotMatch(html([page(para)]), /javascript:|data:text|file:\/\//);
  });

  it('rejects the same schemes however they are spelled, as autolinks and as reference links', () => {
    assert.deepEqual(messages([page('See <JavaScript:alert(1)> here.')]),
      [`${F}:19: link "JavaScript:alert(1)" uses the javascript: scheme, which is never allowed: use a primer: link or an https:// URL`]);
    assert.deepEqual(messages([page('See [x][r].\n\n[r]: file:///etc/passwd')]),
      [`${F}:19: link "file:///etc/passwd" uses the file: scheme, which is never allowed: use a primer: link or an https:// URL`]);
  });

  it('rejects images, naming a dangerous scheme in their source', () => {
    assert.deepEqual(messages([page('Text.\n![x](javascript:alert(1))')]),
      [`${F}:20: image "javascript:alert(1)" uses the javascript: scheme, which is never allowed; images are not allowed in content either: draw diagrams in code`]);
    assert.deepEqual(messages([page('![x](data:image/png;base64,AAAA)')]),
      [`${F}:19: image "data:image/png;base64,AAAA" uses the data: scheme, which is never allowed; images are not allowed in content either: draw diagrams in code`]);
    assert.doesNotMatch(html([page('![x](data:image/png;base64,AAAA)')]), /data:image/);
  });

  it('rejects a script link in a front-matter link field and in a quiz answer, at their lines', () => {
    assert.deepEqual(messages([chapter(goodChapterFront.replace('source: https://example.org/p/one', 'source: javascript:alert(1)'))]),
      [`${F}:6: "source" must match pattern "^https://"`]);
    assert.deepEqual(messages([chapter(goodChapterFront.replace('a: Four, by counting.', 'a: "Four, see [x](file:///etc/passwd)."'))]),
      [`${F}:12: link "file:///etc/passwd" uses the file: scheme, which is never allowed: use a primer: link or an https:// URL`]);
  });

  it('rejects raw HTML, block and inline, and still shows it as text', () => {
    assert.deepEqual(messages([page('<div onclick="x()">block</div>')]),
      [`${F}:19: raw HTML is not allowed in content: write Markdown, or put the text in \`code\` if it shows markup`]);
    assert.deepEqual(messages([page('Some text\nand <img src=x onerror=alert(1)> inline.')]),
      [`${F}:20: raw HTML is not allowed in content: write Markdown, or put the text in \`code\` if it shows markup`]);
    assert.deepEqual(messages([chapter(goodChapterFront.replace('a: Four, by counting.', 'a: "Four, <b>bold</b>."'))]), [
      `${F}:12: raw HTML is not allowed in content: write Markdown, or put the text in \`code\` if it shows markup`,
      `${F}:12: raw HTML is not allowed in content: write Markdown, or put the text in \`code\` if it shows markup`,
    ]);
    const out = html([page('<div onclick="x()">block</div>\n\nand <img src=x onerror=alert(1)> inline.')]);
    assert.doesNotMatch(out, /<div onclick|<img/);
    assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt;/);
    // Markup inside code is text, not HTML.
    assert.deepEqual(messages([page('The placeholder `<PERSON>` stays.')]), []);
  });

  it('rejects every TeX command that links, loads an image or sets HTML, inline and displayed', () => {
    const cases = ['\\href{https://x.org}{a}', '\\url{https://x.org}', '\\htmlData{a=b}{x}', '\\htmlId{a}{x}',
      '\\htmlClass{a}{x}', '\\htmlStyle{color:red}{x}', '\\includegraphics{x.png}'];
    for (const tex of cases) {
      const command = tex.slice(0, tex.indexOf('{'));
      const want = `math must not use ${command}: links, images and HTML are not allowed in math`;
      assert.deepEqual(messages([page(`Inline $${tex}$ math.`)]), [`${F}:19: ${want}`], tex);
      assert.deepEqual(messages([page(`Text.\n\n$$\n${tex}\n$$`)]), [`${F}:21: ${want}`], tex);
    }
  });

  it('rejects TeX commands outside the allow-list, in pages and glossary formulas', () => {
    assert.deepEqual(messages([page('Text $\\def\\x{1} \\x$ here.')]),
      [`${F}:19: math uses \\def, which is not in the allowed TeX commands (src/core/content/tex.ts)`]);
    assert.deepEqual(messages([page('Fine: $\\frac{a}{b} \\\\ x_{<t} \\cdot \\mathrm{PPL}$.')]), []);
    assert.deepEqual(messages([{ path: G, text: term('  formula: \\href{https://x.org}{x}\n') }]),
      [`${G}:5: term "extra": formula: math must not use \\href: links, images and HTML are not allowed in math`]);
  });

  it('rejects NUL characters in pages, glossary files and tables of worked numbers, at their line', () => {
    assert.deepEqual(messages([bytes(F, page('Plain text.').text.replace('Plain text.', 'Plain\0text.'))]),
      [`${F}:19: the file contains a NUL character: content files are text, not binary`]);
    assert.deepEqual(messages([{ path: G, text: term().replace('enough', 'en\0ough') }]),
      [`${G}:4: the file contains a NUL character: content files are text, not binary`]);
    assert.deepEqual(messages([page('Plain text.'), bytes(T, '- value: "2"\n', [0], '  expr: 1 + 1\n')]),
      [`${T}:2: the file contains a NUL character: content files are text, not binary`]);
  });

  it('rejects files that are not UTF-8 at the line of the first bad byte', () => {
    const [before, after] = page('Caf\u00e9.').text.split('\u00e9');
    assert.deepEqual(messages([bytes(F, before, [0xe9], after)]), [`${F}:19: the file is not UTF-8 text (byte 0xE9): save it as UTF-8`]);
    const [g1, g2] = term().split('enough');
    assert.deepEqual(messages([bytes(G, g1, [0xff, 0xfe], g2)]), [`${G}:4: the file is not UTF-8 text (byte 0xFF): save it as UTF-8`]);
    assert.deepEqual(messages([page('Plain text.'), bytes(T, '- value: "2"\n  expr: 1 + 1\n  note: caf', [0xc3])]),
      [`${T}:3: the file is not UTF-8 text (byte 0xC3): save it as UTF-8`]);
  });

  it('finds the first bad byte of malformed UTF-8: overlong forms, surrogates, stray continuations', () => {
    const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
    assert.equal(at(0x61, 0xc3, 0xa9, 0x62, 0xf0, 0x9f, 0x98, 0x80), 8); // "aéb😀" is valid
    assert.equal(at(0x61, 0xe9, 0x2e), 1); // Latin-1 "é."
    assert.equal(at(0x61, 0xc0, 0xaf), 1); // overlong "/"
    assert.equal(at(0x61, 0xe0, 0x80, 0xaf), 1); // overlong three-byte form
    assert.equal(at(0x61, 0xed, 0xa0, 0x80), 1); // a UTF-16 surrogate
    assert.equal(at(0x61, 0xf4, 0x90, 0x80, 0x80), 1); // above U+10FFFF
    assert.equal(at(0x61, 0x80), 1); // a continuation byte with no lead
    assert.equal(at(0x61, 0xe2, 0x82, 0x41), 1); // a sequence broken in its third byte
    assert.equal(at(0x61, 0xf0, 0x9f, 0x98), 1); // cut off at the end
  });

  it('accepts a UTF-8 byte-order mark in pages, glossary files and tables, and drops it', () => {
    const bom = [0xef, 0xbb, 0xbf];
    assert.deepEqual(messages([bytes(F, bom, page('Plain text.').text)]), []);
    assert.deepEqual(messages([{ ...page('Plain text.'), text: `\uFEFF${page('Plain text.').text}` }]), []);
    const r = compile([bytes(G, bom, term())]);
    assert.deepEqual(r.errors.map(formatError), []);
    assert.ok(r.catalog.terms.some((t) => t.id === 'extra'));
    assert.deepEqual(messages([page('Plain text. Two is 2.'), bytes(T, bom, '- value: "2"\n  expr: 1 + 1\n')]), []);
  });

  it('rejects a script or local-file URL in a glossary definition, but not markup shown as text', () => {
    assert.deepEqual(messages([{ path: G, text: term().replace('A definition', 'See javascript:alert(1), a definition') }]),
      [`${G}:4: term "extra": definition must not contain a javascript: URL`]);
    assert.deepEqual(messages([{ path: G, text: term().replace('A definition', 'The token </s> ends it, for data: a definition') }]), []);
  });

  it('reports unknown fields and glossary problems at the line of the field', () => {
    assert.deepEqual(messages([chapter(goodChapterFront.replace('concepts: [attention]', 'concepts: [attention]\ncolour: red'))]),
      [`${F}:9: front matter: unknown field "colour"`]);
    assert.deepEqual(messages([{ path: G, text: term('  concept: nowhere\n').replace('A definition', 'A $x$ definition') }]), [
      `${G}:5: term "extra": no concept "nowhere"`,
      `${G}:4: term "extra": definitions are shown in hovers and must not use $ math`,
    ]);
  });
});
