import * as assert from 'node:assert/strict';
import {
  LOGITS, TREE, allSequences, beamSearch, renormalise, sample, softmax, topKMask, topPMask,
} from '../../../src/core/diagrams/decoding-strategies';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);
const closeAll = (a: number[], b: number[], eps = 1e-9) => { assert.equal(a.length, b.length); a.forEach((v, i) => close(v, b[i], eps)); };

// Logits ln 1, ln 2, ln 3, ln 4: softmax gives e^{ln i} / Σ = i / 10.
const L = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];

describe('diagram decoding-strategies', () => {
  it('softmax of ln(1..4) is (0.1, 0.2, 0.3, 0.4)', () => {
    closeAll(softmax(L), [0.1, 0.2, 0.3, 0.4]);
  });
  it('temperature 0.5 squares the ratios; temperature 2 takes square roots', () => {
    // z / 0.5 = 2 ln i = ln i²  →  i² / (1+4+9+16) = (1, 4, 9, 16) / 30
    closeAll(softmax(L, 0.5), [1 / 30, 4 / 30, 9 / 30, 16 / 30]);
    // z / 2 = ln √i  →  √i / (1 + √2 + √3 + 2)
    const s = 1 + Math.SQRT2 + Math.sqrt(3) + 2;
    closeAll(softmax(L, 2), [1 / s, Math.SQRT2 / s, Math.sqrt(3) / s, 2 / s]);
    assert.throws(() => softmax(L, 0), /positive/);
  });
  it('softmax is stable for large logits', () => {
    closeAll(softmax([1000, 1000]), [0.5, 0.5]);
  });
  it('top-p keeps the smallest prefix whose mass reaches p', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    // sorted: 0.4, 0.3, 0.2, 0.1; p = 0.5 → 0.4 (< 0.5, keep going) + 0.3 = 0.7 ≥ 0.5 → keep two
    assert.deepEqual(topPMask(p, 0.5), [false, false, true, true]);
    // p = 0.4 → 0.4 alone already reaches 0.4 → keep one
    assert.deepEqual(topPMask(p, 0.4), [false, false, false, true]);
    // p = 0.75 → 0.4 + 0.3 = 0.7 < 0.75 → add 0.2 → 0.9 → keep three
    assert.deepEqual(topPMask(p, 0.75), [false, true, true, true]);
    // p = 1 keeps all; a tiny p still keeps the top token
    assert.deepEqual(topPMask(p, 1), [true, true, true, true]);
    assert.deepEqual(topPMask(p, 0.01), [false, false, false, true]);
  });
  it('top-k and renormalisation', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    assert.deepEqual(topKMask(p, 2), [false, false, true, true]);
    assert.deepEqual(topKMask(p, 0), [true, true, true, true]);
    // keep 0.3 and 0.4 → 0.3/0.7 = 3/7, 0.4/0.7 = 4/7
    closeAll(renormalise(p, [false, false, true, true]), [0, 0, 3 / 7, 4 / 7]);
  });
  it('sample applies temperature, then top-k, then top-p on the renormalised survivors', () => {
    // T = 1 → (0.1, 0.2, 0.3, 0.4); top-k 3 → (0.2, 0.3, 0.4) / 0.9 = (2/9, 3/9, 4/9);
    // top-p 0.5 on those: 4/9 ≈ 0.444 < 0.5, + 3/9 = 7/9 ≥ 0.5 → keep {0.3, 0.4} → (3/7, 4/7)
    const r = sample(L, { temperature: 1, topK: 3, topP: 0.5 });
    assert.deepEqual(r.kept, [false, false, true, true]);
    closeAll(r.final, [0, 0, 3 / 7, 4 / 7]);
    // with top-k off, the same top-p on the raw (0.1..0.4) also keeps two
    assert.deepEqual(sample(L, { temperature: 1, topK: 0, topP: 0.5 }).kept, [false, false, true, true]);
    // the built-in vector sums to one after every filter
    const b = sample(LOGITS, { temperature: 0.7, topK: 5, topP: 0.9 });
    close(b.final.reduce((a, v) => a + v, 0), 1);
  });
  it('greedy, beam 2 and beam 3 end on different sequences of the tree', () => {
    // greedy: cooked (0.55) → the (0.52) → fish (0.55): 0.55·0.52·0.55 = 0.1573
    const g = beamSearch(TREE, 1).best;
    assert.deepEqual(g.tokens, ['cooked', 'the', 'fish']);
    close(Math.exp(g.logProb), 0.55 * 0.52 * 0.55);
    // beam 2: depth 2 keeps served dinner (0.405) and cooked the (0.286), pruning cooked a (0.264);
    // depth 3 best is served dinner . = 0.45·0.9·0.6 = 0.243
    const b2 = beamSearch(TREE, 2);
    assert.deepEqual(b2.beams[1].map((h) => h.tokens.join(' ')), ['served dinner', 'cooked the']);
    assert.deepEqual(b2.best.tokens, ['served', 'dinner', '.']);
    close(Math.exp(b2.best.logProb), 0.243);
    // beam 3 keeps cooked a, whose "meal" (0.95) gives 0.55·0.48·0.95 = 0.2508, the global best
    const b3 = beamSearch(TREE, 3).best;
    assert.deepEqual(b3.tokens, ['cooked', 'a', 'meal']);
    close(Math.exp(b3.logProb), 0.2508);
    const all = allSequences(TREE);
    assert.equal(all.length, 8);
    assert.deepEqual(all[0].tokens, b3.tokens);
    close(all.reduce((a, h) => a + Math.exp(h.logProb), 0), 1);
  });
});
