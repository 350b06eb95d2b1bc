import * as assert from 'node:assert/strict';
import { applyMerge, bestPair, encode, pretokenize, SAMPLE_TEXT, SPACE, tokenId, trainBpe } from '../../../src/core/diagrams/tokenization';

describe('diagram tokenization', () => {
  it('BPE merges on a known string', () => {
    // "aaabdaaabac": pairs aa ×4 (overlapping), ab ×2, bd, da, ba, ac ×1 → merge a+a.
    // Now aa a b d aa a b a c: (aa,a) ×2 and (a,b) ×2 tie; "a" < "aa" so a+b wins.
    // Now aa ab d aa ab a c: (aa,ab) ×2 → merge; then no pair occurs twice, training stops.
    const m = trainBpe('aaabdaaabac', 10);
    assert.deepEqual(m.merges.map((x) => [x.left, x.right, x.count]), [['a', 'a', 4], ['a', 'b', 2], ['aa', 'ab', 2]]);
    assert.deepEqual(encode(m, 'aaabdaaabac', 3).map((t) => t.text), ['aaab', 'd', 'aaab', 'a', 'c']);
    assert.deepEqual(encode(m, 'aaabdaaabac', 1).map((t) => t.text), ['aa', 'a', 'b', 'd', 'aa', 'a', 'b', 'a', 'c']);
  });
  it('breaks ties by lexicographic order of (left, right)', () => {
    const best = bestPair([{ left: 'b', right: 'a', count: 2 }, { left: 'a', right: 'c', count: 2 }, { left: 'a', right: 'b', count: 1 }]);
    assert.deepEqual(best, { left: 'a', right: 'c', count: 2 });
  });
  it('merges left to right without overlap', () => {
    assert.deepEqual(applyMerge(['a', 'a', 'a'], 'a', 'a'), ['aa', 'a']);
    assert.deepEqual(applyMerge(['a', 'b', 'a', 'b'], 'a', 'b'), ['ab', 'ab']);
  });
  it('pre-tokenizes words, numbers and punctuation, keeping the space as ▁', () => {
    assert.deepEqual(pretokenize('the cat, 42'), ['the', `${SPACE}cat`, ',', `${SPACE}42`]);
    assert.deepEqual(pretokenize('a café'), ['a', `${SPACE}café`]); // accented letters stay inside the word
  });
  it('token ids: base characters first, merged tokens after, in merge order', () => {
    const m = trainBpe('aaabdaaabac', 10);
    const n = m.base.length; // 94 printable ASCII characters + ▁ = 95
    assert.equal(n, 95);
    assert.equal(tokenId(m, 'a', 3), m.base.indexOf('a'));
    assert.equal(tokenId(m, 'aa', 3), n);
    assert.equal(tokenId(m, 'aaab', 3), n + 2);
    assert.equal(tokenId(m, 'é', 3), -1);
  });
  it('on the sample text: deterministic, fewer tokens as merges grow, and lossless', () => {
    const a = trainBpe(SAMPLE_TEXT, 40);
    assert.deepEqual(a, trainBpe(SAMPLE_TEXT, 40));
    assert.deepEqual([a.merges[0].left, a.merges[0].right], [SPACE, 't']);
    const text = 'the readers of the model';
    const counts = [0, 10, 20, 40].map((k) => encode(a, text, k).length);
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i] <= counts[i - 1]);
    assert.equal(counts[0], text.length);
    assert.equal(encode(a, text, 40).map((t) => t.text).join(''), text.replace(/ /g, SPACE));
  });
});
