import * as assert from 'node:assert/strict';
import { breakEvenRank, loraCounts, shapes } from '../../../src/core/diagrams/fine-tuning';

describe('diagram fine-tuning', () => {
  it('a 4096 × 4096 matrix at rank 8: 65,536 trainable instead of 16,777,216', () => {
    // full: 4096 · 4096 = 16,777,216; LoRA: 8 · (4096 + 4096) = 65,536; ratio 1/256 = 0.390625%
    const r = loraCounts({ dIn: 4096, dOut: 4096, rank: 8, matrices: 1, layers: 1 });
    assert.equal(r.fullPerMatrix, 16_777_216);
    assert.equal(r.loraPerMatrix, 65_536);
    assert.equal(r.ratio, 1 / 256);
  });

  it('adapting W_q and W_v in 32 layers of a 7B-class model', () => {
    // 2 matrices · 32 layers = 64 adapters; 64 · 65,536 = 4,194,304 trainable (≈ 4.2M)
    // full fine-tuning of the same matrices: 64 · 16,777,216 = 1,073,741,824
    // Adam moments: 8 bytes each → 33,554,432 B (32 MiB) vs 8,589,934,592 B (8 GiB)
    const r = loraCounts({ dIn: 4096, dOut: 4096, rank: 8, matrices: 2, layers: 32 });
    assert.equal(r.loraTotal, 4_194_304);
    assert.equal(r.fullTotal, 1_073_741_824);
    assert.equal(r.adamBytesLora, 33_554_432);
    assert.equal(r.adamBytesFull, 8_589_934_592);
  });

  it('a rectangular FFN matrix 4096 → 11008 at rank 16', () => {
    // full: 4096 · 11008 = 45,088,768; LoRA: 16 · (4096 + 11008) = 241,664; ratio 0.536%
    const r = loraCounts({ dIn: 4096, dOut: 11008, rank: 16, matrices: 1, layers: 1 });
    assert.equal(r.fullPerMatrix, 45_088_768);
    assert.equal(r.loraPerMatrix, 241_664);
    assert.ok(Math.abs(r.ratio - 241_664 / 45_088_768) < 1e-15);
  });

  it('the adapter only matches the full matrix at rank d/2 for a square matrix', () => {
    // d·d / 2d = d/2: 2048 for d = 4096
    assert.equal(breakEvenRank(4096, 4096), 2048);
    assert.equal(loraCounts({ dIn: 4096, dOut: 4096, rank: 2048, matrices: 1, layers: 1 }).ratio, 1);
  });

  it('draws W, B and A on one scale', () => {
    // 4096 → 200 px: k = 200/4096; r = 64 → 3.125 px; r = 8 → 0.39 px, widened to the 2 px minimum
    const s = shapes(4096, 4096, 64, 200);
    assert.equal(s.W.w, 200);
    assert.equal(s.B.h, 200);
    assert.equal(s.B.w, 3.125);
    assert.equal(s.A.h, 3.125);
    assert.equal(shapes(4096, 4096, 8, 200).B.w, 2);
    // a tall matrix keeps its aspect: 11008 × 4096 → 200 × 74.4 px
    const t = shapes(4096, 11008, 8, 200);
    assert.equal(t.W.h, 200);
    assert.ok(Math.abs(t.W.w - 200 * 4096 / 11008) < 1e-9);
  });

  it('rejects a rank larger than the matrix', () => {
    assert.throws(() => loraCounts({ dIn: 8, dOut: 4, rank: 5, matrices: 1, layers: 1 }), /rank/);
  });
});
