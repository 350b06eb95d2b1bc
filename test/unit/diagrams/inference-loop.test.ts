import * as assert from 'node:assert/strict';
import { EOS, PRESETS, formatBytes, kvBytesPerToken, kvCacheBytes, nextToken, start, step } from '../../../src/core/diagrams/inference-loop';

describe('diagram inference-loop', () => {
  it('Llama-2-7B in fp16 stores 524,288 bytes of K and V per token', () => {
    // 2 (K and V) * 32 layers * 32 KV heads * 128 head_dim * 2 bytes
    // = 2 * 32 * 32 * 128 * 2 = 524,288 B = 512 KiB
    const c = { layers: 32, kvHeads: 32, headDim: 128, bytes: 2 };
    assert.equal(kvBytesPerToken(c), 524_288);
    assert.equal(formatBytes(kvBytesPerToken(c)), '512 KiB');
    // 4,096 tokens * 524,288 B = 2,147,483,648 B = 2 GiB
    assert.equal(kvCacheBytes(c, 4096), 2 ** 31);
    assert.equal(formatBytes(kvCacheBytes(c, 4096)), '2 GiB');
  });
  it('grouped-query attention shrinks the cache by the head ratio', () => {
    // Mistral-7B: 2 * 32 * 8 * 128 * 2 = 131,072 B = 128 KiB, a quarter of Llama-2-7B.
    const mistral = PRESETS.find((p) => p.id === 'mistral-7b')!.config;
    assert.equal(kvBytesPerToken(mistral), 131_072);
    // Llama-2-70B: 2 * 80 * 8 * 128 * 2 = 327,680 B = 320 KiB
    const l70 = PRESETS.find((p) => p.id === 'llama2-70b')!.config;
    assert.equal(kvBytesPerToken(l70), 327_680);
    assert.equal(formatBytes(327_680), '320 KiB');
  });
  it('precision and batch scale the total linearly', () => {
    // int8: 2 * 32 * 32 * 128 * 1 = 262,144 B; times 10 tokens times 4 sequences = 10,485,760 B = 10 MiB
    const c = { layers: 32, kvHeads: 32, headDim: 128, bytes: 1 };
    assert.equal(kvCacheBytes(c, 10, 4), 10_485_760);
    assert.equal(formatBytes(10_485_760), '10 MiB');
    assert.equal(formatBytes(512), '512 B');
  });
  it('the toy table is read greedily', () => {
    assert.deepEqual(nextToken('cat'), { token: 'sat', prob: 0.6 });
    assert.deepEqual(nextToken('unknown'), { token: EOS, prob: 1 });
  });
  it('prefill processes the whole prompt once, then each step processes one token', () => {
    let s = start(['The', 'cat']);
    assert.equal(s.cached, 0);
    s = step(s);
    // prefill: both prompt tokens enter the cache, "sat" is chosen
    assert.equal(s.phase, 'prefill');
    assert.equal(s.processed, 2);
    assert.equal(s.cached, 2);
    assert.deepEqual(s.tokens, ['The', 'cat', 'sat']);
    s = step(s);
    assert.equal(s.phase, 'decode');
    assert.equal(s.processed, 1);
    assert.equal(s.cached, 3);
    // run to the end: The cat sat on the mat . <eos>
    while (!s.done) s = step(s);
    assert.deepEqual(s.tokens, ['The', 'cat', 'sat', 'on', 'the', 'mat', '.', EOS]);
    // <eos> was chosen from "." after 7 tokens were cached
    assert.equal(s.cached, 7);
    assert.equal(step(s), s);
  });
  it('stops at the length limit', () => {
    let s = start(['The']);
    while (!s.done) s = step(s, 4);
    assert.deepEqual(s.tokens, ['The', 'cat', 'sat', 'on']);
  });
});
