import * as assert from 'node:assert/strict';
import { hasIdentityPath, partParams, upstream, wiring } from '../../../src/core/diagrams/transformer-block';

describe('diagram transformer-block', () => {
  it('pre-norm puts each LayerNorm before its sublayer; post-norm after the residual add', () => {
    assert.deepEqual(wiring('pre').order, ['input', 'norm1', 'attn', 'add1', 'norm2', 'ffn', 'add2', 'output']);
    assert.deepEqual(wiring('post').order, ['input', 'attn', 'add1', 'norm1', 'ffn', 'add2', 'norm2', 'output']);
  });

  it('the residual edges skip the sublayer in both wirings', () => {
    // pre: x → add1 and h (= add1) → add2; post: x → add1 and h (= LN1 output) → add2
    const res = (p: 'pre' | 'post') => wiring(p).edges.filter((e) => e.kind === 'residual').map((e) => `${e.from}>${e.to}`);
    assert.deepEqual(res('pre'), ['input>add1', 'add1>add2']);
    assert.deepEqual(res('post'), ['input>add1', 'norm1>add2']);
  });

  it('every part except the input has exactly the inputs its formula names', () => {
    for (const p of ['pre', 'post'] as const) {
      const w = wiring(p);
      for (const id of w.order) {
        const n = w.edges.filter((e) => e.to === id).length;
        const expected = id === 'input' ? 0 : w.parts[id].kind === 'add' ? 2 : 1;
        assert.equal(n, expected, `${p} ${id}`);
      }
    }
  });

  it('the path into the attention output is x → LN1 → MHA (pre) and x → MHA (post)', () => {
    const pre = upstream(wiring('pre'), 'attn');
    assert.deepEqual([...pre.parts].sort(), ['attn', 'input', 'norm1']);
    assert.equal(pre.edges.size, 2);
    const post = upstream(wiring('post'), 'attn');
    assert.deepEqual([...post.parts].sort(), ['attn', 'input']);
  });

  it('the FFN of a post-norm block depends on the first norm, add and attention', () => {
    const u = upstream(wiring('post'), 'ffn');
    assert.deepEqual([...u.parts].sort(), ['add1', 'attn', 'ffn', 'input', 'norm1']);
    // edges: x→attn, attn→add1, x→add1 (residual), add1→norm1, norm1→ffn
    assert.equal(u.edges.size, 5);
  });

  it('the output depends on every part and edge', () => {
    for (const p of ['pre', 'post'] as const) {
      const w = wiring(p);
      const u = upstream(w, 'output');
      assert.equal(u.parts.size, 8);
      assert.equal(u.edges.size, w.edges.length);
    }
  });

  it('only pre-norm keeps an identity path from x to y', () => {
    // pre: x → add1 → add2 → y uses residual edges only; post: every path crosses LN2
    assert.equal(hasIdentityPath(wiring('pre')), true);
    assert.equal(hasIdentityPath(wiring('post')), false);
  });

  it('counts GPT-2 small parameters per part (d = 768, FFN 4×)', () => {
    // attention: 4·768² + 4·768 = 2,359,296 + 3,072 = 2,362,368
    // FFN: 8·768² + 4·768 + 768 = 4,718,592 + 3,840 = 4,722,432
    // LayerNorm: 2·768 = 1,536
    assert.equal(partParams('attn', 768), 2_362_368);
    assert.equal(partParams('ffn', 768), 4_722_432);
    assert.equal(partParams('norm', 768), 1_536);
    assert.equal(partParams('add', 768), 0);
  });
});
