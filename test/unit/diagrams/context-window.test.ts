import * as assert from 'node:assert/strict';
import {
  attentionFlops, attentionPairs, causalPairs, slidingPairs, slidingWindows, truncate, visible, windowCount,
} from '../../../src/core/diagrams/context-window';

describe('diagram context-window', () => {
  it('truncation keeps the first or the last W tokens', () => {
    assert.deepEqual(truncate(10, 4, 'keep-first'), { start: 0, end: 4 });
    assert.deepEqual(truncate(10, 4, 'keep-last'), { start: 6, end: 10 });
    // a document shorter than the window is kept whole
    assert.deepEqual(truncate(3, 4, 'keep-last'), { start: 0, end: 3 });
  });
  it('sliding windows of 4 every 3 tokens over 10 tokens', () => {
    // starts 0, 3, 6; the window at 6 ends at 10 = n, so it is the last
    const w = slidingWindows(10, 4, 3);
    assert.deepEqual(w, [{ start: 0, end: 4 }, { start: 3, end: 7 }, { start: 6, end: 10 }]);
    // ⌈(10 − 4) / 3⌉ + 1 = 2 + 1 = 3, overlap 4 − 3 = 1 token between neighbours
    assert.equal(windowCount(10, 4, 3), 3);
    assert.equal(w[0].end - w[1].start, 1);
  });
  it('a last window may be shorter than W', () => {
    // n = 11, W = 4, stride 4: [0,4) [4,8) [8,11); ⌈7/4⌉ + 1 = 3
    assert.deepEqual(slidingWindows(11, 4, 4), [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 11 }]);
    assert.equal(windowCount(11, 4, 4), 3);
  });
  it('the closed-form count matches the loop, and a stride above W is clamped', () => {
    for (let n = 1; n <= 40; n++) for (let W = 1; W <= 12; W++) for (let st = 1; st <= 14; st++) {
      assert.equal(slidingWindows(n, W, st).length, windowCount(n, W, st), `n=${n} W=${W} stride=${st}`);
    }
    // every token is covered by some window
    assert.ok(visible(37, slidingWindows(37, 8, 20)).every(Boolean));
    assert.throws(() => slidingWindows(5, 0, 1), /at least 1/);
  });
  it('attention cost arithmetic', () => {
    // doubling n quadruples the pairs: 1,024² = 1,048,576 and 2,048² = 4,194,304
    assert.equal(attentionPairs(1024), 1_048_576);
    assert.equal(attentionPairs(2048) / attentionPairs(1024), 4);
    // causal: 10·11/2 = 55
    assert.equal(causalPairs(10), 55);
    // windows over 10 tokens with W = 4, stride 3: three windows of 4 → 3 · 16 = 48 < 100
    assert.equal(slidingPairs(10, 4, 3), 48);
    // n = 4,096, d = 4,096: 4 · 4,096² · 4,096 = 4 · 2^36 = 274,877,906,944 FLOPs per layer
    assert.equal(attentionFlops(4096, 4096), 274_877_906_944);
  });
  it('visible marks the kept positions', () => {
    assert.deepEqual(visible(6, [truncate(6, 2, 'keep-last')]), [false, false, false, false, true, true]);
  });
});
