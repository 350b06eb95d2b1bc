import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/content';
import { classesIn, pruneFontFaces, usedKatexFamilies } from '../../scripts/katex-fonts';

const CSS = [
  '@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}',
  '@font-face{font-family:KaTeX_Fraktur;src:url(fonts/KaTeX_Fraktur-Regular.woff2) format("woff2")}',
  '@font-face{font-family:KaTeX_Size1;src:url(fonts/KaTeX_Size1-Regular.woff2) format("woff2")}',
  '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}',
  '.katex .mathfrak,.katex .textfrak{font-family:KaTeX_Fraktur}',
  '.katex .delimsizing.size1{font-family:KaTeX_Size1}',
].join('');

describe('KaTeX fonts packaged', () => {
  it('keeps a family when one of its selectors can match the pages, and drops the rest with their files', () => {
    const classes = classesIn(['<span class="katex"><span class="mord  delimsizing">x</span><span class="size1">(</span></span>']);
    const used = usedKatexFamilies(CSS, classes);
    assert.deepEqual([...used].sort(), ['KaTeX_Main', 'KaTeX_Size1']);
    const { css, dropped } = pruneFontFaces(CSS, used);
    assert.deepEqual(dropped, ['KaTeX_Fraktur-Regular.woff2']);
    assert.doesNotMatch(css, /@font-face\{font-family:KaTeX_Fraktur/);
    assert.match(css, /@font-face\{font-family:KaTeX_Main/);
    assert.match(css, /\.katex \.mathfrak/, 'class rules stay: only the font files go');
  });

  it('brings a family back as soon as a page uses it', () => {
    const used = usedKatexFamilies(CSS, classesIn(['<span class="katex"><span class="mord textfrak">g</span></span>']));
    assert.ok(used.has('KaTeX_Fraktur'));
    assert.deepEqual(pruneFontFaces(CSS, used).dropped, ['KaTeX_Size1-Regular.woff2']);
  });

  it('ships every font the built stylesheet names, and a font for every family the built pages use', () => {
    const dir = path.join(ROOT, 'dist', 'webview', 'katex');
    const css = fs.readFileSync(path.join(dir, 'katex.min.css'), 'utf8');
    const named = [...css.matchAll(/url\(fonts\/([^)]+)\)/g)].map((m) => m[1]).sort();
    assert.deepEqual(fs.readdirSync(path.join(dir, 'fonts')).sort(), named);
    const pagesDir = path.join(ROOT, 'dist', 'pages');
    const classes = classesIn(fs.readdirSync(pagesDir).map((f) => fs.readFileSync(path.join(pagesDir, f), 'utf8')));
    for (const family of usedKatexFamilies(css, classes)) {
      assert.match(css, new RegExp(`@font-face\\{[^}]*font-family:${family}[;}]`), `${family} is used but has no font`);
    }
  });
});
