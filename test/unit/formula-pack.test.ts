import * as assert from 'node:assert/strict';
import { formulaSvg } from '../../scripts/formulas';
import { isFormulaPack, packFormulas, unpackFormula } from '../../src/core/formulas/pack';

/** The SVG as MathJax wrote it, with its per-formula id prefix (MJX-<n>-) taken off. */
const normalised = (svg: string) => svg.replace(/MJX-\d+-TEX-/g, 'TEX-');
const glyphsOf = (svg: string) => [...svg.matchAll(/<path id="([^"]+)" d="([^"]*)">/g)].map((m) => `${m[1]}=${m[2]}`).sort();
const withoutDefs = (svg: string) => svg.replace(/<defs>[\s\S]*?<\/defs>/, '');

describe('formula pack: each glyph stored once', () => {
  const tex = {
    softmax: '\\mathrm{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}',
    logits: 'p_i = \\frac{e^{z_i / T}}{\\sum_j e^{z_j / T}}',
    lora: 'W = W_0 + \\frac{\\alpha}{r} B A',
  };
  const svgs = Object.fromEntries(Object.entries(tex).map(([id, t]) => [id, formulaSvg(t).svg!]));
  const pack = packFormulas(svgs);

  it('gives back every formula with the same drawing and exactly the glyphs it uses', () => {
    for (const [id, svg] of Object.entries(svgs)) {
      const back = unpackFormula(pack, id)!;
      assert.equal(withoutDefs(back), withoutDefs(normalised(svg)), id);
      assert.deepEqual(glyphsOf(back), [...new Set(glyphsOf(normalised(svg)))].sort(), id);
      for (const m of back.matchAll(/href="#([^"]+)"/g)) assert.ok(back.includes(`id="${m[1]}"`), `${id}: #${m[1]} is defined`);
    }
  });

  it('stores a glyph shared by several formulas once', () => {
    const total = Object.values(svgs).reduce((n, s) => n + glyphsOf(s).length, 0);
    const distinct = new Set(Object.values(svgs).flatMap((s) => glyphsOf(normalised(s)))).size;
    assert.equal(Object.keys(pack.glyphs).length, distinct);
    assert.ok(distinct < total, `${distinct} distinct of ${total} glyph paths`);
    assert.ok(JSON.stringify(pack).length < JSON.stringify(svgs).length);
  });

  it('answers undefined for an unknown term, an inherited name or a missing glyph', () => {
    assert.equal(unpackFormula(pack, 'nope'), undefined);
    assert.equal(unpackFormula(pack, 'constructor'), undefined);
    const broken = { glyphs: {}, svgs: { x: pack.svgs.softmax } };
    assert.equal(unpackFormula(broken, 'x'), undefined);
  });

  it('refuses defs it does not understand, and checks the shape of a loaded pack', () => {
    assert.throws(() => packFormulas({ x: '<svg><defs><linearGradient id="g"/></defs></svg>' }), /formula "x": unexpected definitions/);
    assert.ok(isFormulaPack(pack));
    for (const bad of [null, [], {}, { glyphs: {}, svgs: [] }, { glyphs: { a: 1 }, svgs: {} }, { glyphs: {}, svgs: { a: null } }]) assert.equal(isFormulaPack(bad), false, JSON.stringify(bad));
  });
});
