import * as assert from 'node:assert/strict';
import { countParams, PRESETS } from '../../../src/core/diagrams/stacking-layers';

const part = (r: ReturnType<typeof countParams>, key: string) => r.parts.find((p) => p.key === key)!.params;

describe('diagram stacking-layers', () => {
  it('counts GPT-2 small exactly: 124,439,808 parameters', () => {
    // GPT-2 small: L = 12, d = 768, V = 50257, T = 1024, FFN 4d = 3072, tied embeddings.
    // token embeddings   V·d = 50257·768                         = 38,597,376
    // position emb.      T·d = 1024·768                          =    786,432
    // per block:
    //   Q, K, V, O       4·(d² + d) = 4·(589,824 + 768)          =  2,362,368
    //   FFN              d·4d + 4d + 4d·d + d = 2·2,359,296 + 3,840 = 4,722,432
    //   2 LayerNorms     2·2d                                    =      3,072
    //   block total                                              =  7,087,872
    // 12 blocks          12·7,087,872                            = 85,054,464
    // final LayerNorm    2d                                      =      1,536
    // unembedding        tied to the token table                 =          0
    // total 38,597,376 + 786,432 + 85,054,464 + 1,536            = 124,439,808 (≈ 124M)
    const r = countParams(PRESETS['gpt2-small']);
    assert.equal(part(r, 'tokEmb'), 38_597_376);
    assert.equal(part(r, 'posEmb'), 786_432);
    assert.equal(part(r, 'q'), 12 * 590_592);
    assert.equal(part(r, 'ffn'), 12 * 4_722_432);
    assert.equal(part(r, 'norms'), 12 * 3_072 + 1_536);
    assert.equal(part(r, 'unemb'), 0);
    assert.equal(r.perLayer, 7_087_872);
    assert.equal(r.total, 124_439_808);
    assert.equal(r.ffnHidden, 3072);
    assert.equal(r.headDim, 64);
  });

  it('untying the unembedding adds another V·d = 38,597,376', () => {
    const r = countParams({ ...PRESETS['gpt2-small'], tied: false });
    assert.equal(part(r, 'unemb'), 38_597_376);
    assert.equal(r.total, 124_439_808 + 38_597_376);
  });

  it('the number of heads changes the head size, not the parameter count', () => {
    const a = countParams({ ...PRESETS['gpt2-small'], heads: 12 });
    const b = countParams({ ...PRESETS['gpt2-small'], heads: 4 });
    assert.equal(a.total, b.total);
    assert.equal(b.headDim, 192);
    assert.ok(Number.isNaN(countParams({ ...PRESETS['gpt2-small'], heads: 5 }).headDim));
  });

  it('GPT-2 medium gives 354,823,168 (≈ 355M)', () => {
    // 24 blocks · (12·1024² + 13·1024) = 24·12,596,224 = 302,309,376
    // + 50257·1024 + 1024·1024 + 2·1024 = 51,463,168 + 1,048,576 + 2,048
    assert.equal(countParams(PRESETS['gpt2-medium']).total, 354_823_168);
  });

  it('GPT-3 175B lands within 1% of 175 billion', () => {
    // ≈ 12·L·d² = 12·96·12288² = 173.9B, plus 0.64B of embeddings
    const t = countParams(PRESETS['gpt3-175b']).total;
    assert.ok(Math.abs(t - 175e9) / 175e9 < 0.01, String(t));
  });

  it('without biases a block is exactly 12d² + 4d with FFN 4×', () => {
    const r = countParams({ ...PRESETS['gpt2-small'], bias: false });
    assert.equal(r.perLayer, 12 * 768 * 768 + 4 * 768);
  });
});
