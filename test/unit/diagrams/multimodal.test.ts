import * as assert from 'node:assert/strict';
import { attentionPairs, patchDim, patchGrid, patchRegions, projectionParams, sceneRegion } from '../../../src/core/diagrams/multimodal';

describe('diagram multimodal', () => {
  it('ViT-B/16 at 224 px: 14 × 14 = 196 patches, 197 tokens with [CLS], 768 numbers per patch', () => {
    const g = patchGrid(224, 224, 16);
    assert.equal(g.rows, 14);
    assert.equal(g.patches, 196);
    assert.equal(g.tokens, 197);
    assert.ok(g.divisible);
    // 16 · 16 · 3 = 768, which ViT-B then projects to d_model = 768
    assert.equal(patchDim(16), 768);
    // projection: 768 · 768 weights + 768 biases = 589,824 + 768 = 590,592
    assert.equal(projectionParams(16, 3, 768), 590_592);
  });
  it('other patch sizes at 224 px', () => {
    // 224 / 14 = 16 → 256 patches; 224 / 32 = 7 → 49; 224 / 8 = 28 → 784
    assert.equal(patchGrid(224, 224, 14).patches, 256);
    assert.equal(patchGrid(224, 224, 32).patches, 49);
    assert.equal(patchGrid(224, 224, 8).patches, 784);
    assert.equal(patchGrid(224, 224, 8, false).tokens, 784);
    // p = 14 flattens 14 · 14 · 3 = 588 numbers
    assert.equal(patchDim(14), 588);
  });
  it('higher resolution: 336 px with p = 14 and 384 px with p = 16 both give 24 × 24 = 576 patches', () => {
    assert.equal(patchGrid(336, 336, 14).patches, 576);
    assert.equal(patchGrid(384, 384, 16).patches, 576);
  });
  it('a size that p does not divide drops the remainder', () => {
    // 336 / 32 = 10.5 → 10 × 10 = 100 patches, 336 − 320 = 16 px cropped
    const g = patchGrid(336, 336, 32);
    assert.equal(g.patches, 100);
    assert.equal(g.cropH, 16);
    assert.equal(g.divisible, false);
    assert.throws(() => patchGrid(224, 224, 0), /patch size/);
  });
  it('attention over image tokens grows with the square of the count', () => {
    // 197² = 38,809; halving p to 8 gives 785² = 616,225 (about 16×)
    assert.equal(attentionPairs(197), 38_809);
    assert.equal(attentionPairs(patchGrid(224, 224, 8).tokens), 616_225);
  });
  it('the procedural scene and its patch regions', () => {
    assert.equal(sceneRegion(172, 50), 'sun');
    assert.equal(sceneRegion(5, 5), 'sky');
    assert.equal(sceneRegion(76, 100), 'mountain');
    assert.equal(sceneRegion(10, 200), 'ground');
    assert.equal(sceneRegion(160, 140), 'house');
    assert.equal(sceneRegion(168, 100), 'roof');
    const r = patchRegions(224, 32);
    assert.equal(r.length, 7);
    assert.equal(r[0].length, 7);
    assert.equal(r[0][0], 'sky');
    // patch (row 1, col 5) covers x 160–192, y 32–64, inside most of the sun's disc
    assert.equal(r[1][5], 'sun');
    assert.equal(r[6][0], 'ground');
  });
});
