import * as assert from 'node:assert/strict';
import { CORPUS, QUERIES, assemblePrompt, cosine, embed, rank, retrieve, singular, terms, vocabulary } from '../../../src/core/diagrams/rag';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

describe('diagram rag', () => {
  it('cosine similarity on small vectors worked by hand', () => {
    // (1,0,1)·(1,1,0) = 1; ‖·‖ = √2 each → 1/2
    close(cosine([1, 0, 1], [1, 1, 0]), 0.5);
    // parallel vectors of different length → 1; orthogonal → 0; zero vector → 0
    close(cosine([1, 2, 3], [2, 4, 6]), 1);
    assert.equal(cosine([1, 0], [0, 1]), 0);
    assert.equal(cosine([0, 0], [1, 1]), 0);
    // (3,4)·(4,3) = 24; 5·5 = 25 → 0.96
    close(cosine([3, 4], [4, 3]), 0.96);
    assert.throws(() => cosine([1], [1, 2]), /same length/);
  });
  it('terms lowercase, drop stopwords and singularise', () => {
    assert.deepEqual(terms('How does Temperature change the tokens?'), ['temperature', 'change', 'token']);
    assert.equal(singular('probabilities'), 'probability');
    assert.equal(singular('patches'), 'patch');
    assert.equal(singular('corpus'), 'corpus');
    assert.equal(singular('class'), 'class');
  });
  it('bag-of-words embedding counts repeated terms', () => {
    const vocab = vocabulary();
    const v = embed(CORPUS[2].text, vocab);
    // "temperature" appears three times in the temperature passage
    assert.equal(v[vocab.indexOf('temperature')], 3);
    assert.equal(v.reduce((a, b) => a + b, 0), 12);
  });
  it('ranks the temperature passage first with cos = 5 / √54', () => {
    // q = {temperature, softmax, distribution} ("change" is not in the corpus) → ‖q‖ = √3
    // passage 3: temperature ×3 and nine other terms once → ‖p‖ = √(9 + 9) = √18
    // q·p = 3 + 1 + 1 = 5 → 5 / √54 ≈ 0.6804
    const r = rank(QUERIES[0]);
    assert.equal(r[0].passage.title, 'Temperature');
    close(r[0].score, 5 / Math.sqrt(54));
    assert.deepEqual(r[0].shared, ['temperature', 'softmax', 'distribution']);
    assert.equal(r[1].score, 0);
  });
  it('ranks the image query: patches 0.4264 > KV cache 0.3651 > context window 0.2357', () => {
    // q = {image, token} → ‖q‖ = √2
    // vision: 7 terms once + patch ×2 → ‖p‖ = √11, q·p = 2 → 2/√22 = √2/√11 ≈ 0.4264
    // KV cache: 11 terms once + token ×2 → ‖p‖ = √15, q·p = 2 → √2/√15 ≈ 0.3651
    // context window: 9 terms once → ‖p‖ = 3, q·p = 1 → 1/(3√2) ≈ 0.2357
    const r = rank(QUERIES[2]);
    assert.deepEqual(r.slice(0, 3).map((h) => h.passage.title), ['Vision patches', 'KV cache', 'Context window']);
    close(r[0].score, Math.sqrt(2 / 11));
    close(r[1].score, Math.sqrt(2 / 15));
    close(r[2].score, 1 / (3 * Math.SQRT2));
    assert.deepEqual(r.map((h) => h.rank), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('retrieve takes k, optionally above a threshold, and the prompt numbers the passages', () => {
    assert.equal(retrieve(QUERIES[2], 3).length, 3);
    // threshold 0.3 keeps 0.4264 and 0.3651 only
    assert.equal(retrieve(QUERIES[2], 3, 0.3).length, 2);
    const hits = retrieve(QUERIES[1], 1);
    assert.equal(hits[0].passage.title, 'KV cache');
    const prompt = assemblePrompt(QUERIES[1], hits);
    assert.match(prompt, /Context:\n\[1\] The KV cache stores/);
    assert.ok(prompt.endsWith(`Question: ${QUERIES[1]}`));
    assert.match(assemblePrompt('x', []), /no passage matched/);
  });
});
