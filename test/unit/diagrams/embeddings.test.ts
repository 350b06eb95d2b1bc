import * as assert from 'node:assert/strict';
import { analogy, ANALOGIES, cosine, nearest, project, subVec, WORDS } from '../../../src/core/diagrams/embeddings';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('diagram embeddings', () => {
  it('cosine similarity of known vectors', () => {
    close(cosine([1, 0], [0, 1]), 0); // orthogonal
    close(cosine([1, 2, 2], [2, 4, 4]), 1); // same direction, different length
    close(cosine([1, 0], [-1, 0]), -1); // opposite
    close(cosine([3, 4], [4, 3]), 24 / 25); // (12 + 12) / (5 · 5)
    close(cosine([1, 1], [1, 0]), Math.SQRT1_2); // 45°
    assert.throws(() => cosine([0, 0], [1, 0]), /zero vector/);
  });
  it('king vs queen in the built-in table, by hand', () => {
    // king = (1, 1, 0.9, 0…), queen = (1, 0.95, −0.85, 0.05, 0…)
    // dot = 1 + 0.95 − 0.765 = 1.185; ‖king‖ = √2.81 = 1.676305; ‖queen‖ = √2.6275 = 1.620957
    // cos = 1.185 / (1.676305 · 1.620957) = 0.436108
    close(cosine(WORDS.king, WORDS.queen), 0.436108, 1e-6);
  });
  it('nearest neighbours by cosine, excluding the word itself', () => {
    const n = nearest(WORDS.dog, WORDS, 2, ['dog']);
    assert.deepEqual(n.map((e) => e.word), ['puppy', 'cat']);
    assert.ok(n[0].similarity >= n[1].similarity);
  });
  it('analogies land on the expected word', () => {
    for (const a of ANALOGIES) assert.equal(analogy(WORDS, a.a, a.b, a.c).answer.word, a.expected);
    const r = analogy(WORDS, 'king', 'man', 'woman');
    assert.ok(r.answer.similarity > 0.99 && r.answer.similarity < 1);
  });
  it('the map projection is linear, so analogy arrows stay parallel', () => {
    const v = analogy(WORDS, 'king', 'man', 'woman').vector;
    const p = project(v);
    const [kx, ky] = project(WORDS.king);
    const [mx, my] = project(WORDS.man);
    const [wx, wy] = project(WORDS.woman);
    close(p[0], kx - mx + wx);
    close(p[1], ky - my + wy);
    assert.deepEqual(subVec([3, 1], [1, 1]), [2, 0]);
  });
});
