import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { llamaReferenceFfn, weightBytes } from '../../src/core/models/architecture';
import { attachLoraBase, detectConfigs, resolveLoraBase, type FoundConfig, type LoraFound, type ModelConfig } from '../../src/core/models/detect';
import { formatBinary, formatCount, formatGB, formatShare } from '../../src/core/models/format';
import { parseJson } from '../../src/core/models/json';
import { scanPython } from '../../src/core/models/python';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'models');
const fixture = (name: string): ModelConfig => {
  const r = detectConfigs(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'), 'config.json');
  assert.equal(r.problems.length, 0, JSON.stringify(r.problems));
  assert.equal(r.configs.length, 1);
  const c = r.configs[0];
  assert.equal(c.kind, 'model');
  return c as ModelConfig;
};
const models = (text: string, file = 'model.py'): ModelConfig[] => detectConfigs(text, file).configs.filter((c): c is ModelConfig => c.kind === 'model');
const loras = (text: string, file = 'train.py'): LoraFound[] => detectConfigs(text, file).configs.filter((c): c is LoraFound => c.kind === 'lora');

describe('models: published parameter totals from the real config.json files', () => {
  // [fixture, family, total parameters, active parameters, KV-cache bytes per token (16-bit)]
  const PINNED: [string, string, number, number, number][] = [
    // GPT-2 small: wte 50257×768 + wpe 1024×768 + 12 × (12·768² + 13·768) + ln_f 2·768, head tied.
    ['gpt2', 'gpt2', 124_439_808, 124_439_808, 36_864],
    ['gpt2-medium', 'gpt2', 354_823_168, 354_823_168, 2 * 24 * 16 * 64 * 2],
    ['gpt2-xl', 'gpt2', 1_557_611_200, 1_557_611_200, 2 * 48 * 25 * 64 * 2],
    // Llama-2-7B: 2 × 32000×4096 (embed + untied head) + 32 × (4·4096² + 3·4096·11008 + 2·4096) + 4096.
    ['llama-2-7b', 'llama', 6_738_415_616, 6_738_415_616, 524_288],
    ['mistral-7b-v0.1', 'mistral', 7_241_732_096, 7_241_732_096, 131_072],
    // Mixtral: 8 experts per layer, 2 per token.
    ['mixtral-8x7b', 'mixtral', 46_702_792_704, 12_879_925_248, 131_072],
    ['qwen2-0.5b', 'qwen2', 494_032_768, 494_032_768, 2 * 24 * 2 * 64 * 2],
    ['phi-3-mini-4k', 'phi3', 3_821_079_552, 3_821_079_552, 2 * 32 * 32 * 96 * 2],
    ['gemma-2b', 'gemma', 2_506_172_416, 2_506_172_416, 2 * 18 * 1 * 256 * 2],
    ['llama-3-8b', 'llama', 8_030_261_248, 8_030_261_248, 131_072],
    ['tinyllama-1.1b', 'llama', 1_100_048_384, 1_100_048_384, 2 * 22 * 4 * 64 * 2],
    ['pythia-160m', 'gpt_neox', 162_322_944, 162_322_944, 2 * 12 * 12 * 64 * 2],
    ['pythia-1b', 'gpt_neox', 1_011_781_632, 1_011_781_632, 2 * 16 * 8 * 256 * 2],
    // Qwen3-0.6B: 0.44 B without embeddings as its card says; 28 × 15,730,944 + 151936×1024 (tied) + 1024.
    ['qwen3-0.6b', 'qwen3', 596_049_920, 596_049_920, 2 * 28 * 8 * 128 * 2],
    // gemma-2-2b: four norms per layer, tied: 2.61 B as published.
    ['gemma-2-2b', 'gemma2', 2_614_341_888, 2_614_341_888, 2 * 26 * 4 * 256 * 2],
    // Qwen1.5-MoE-A2.7B: 14.3 B total, 2.7 B activated (4 of 60 routed experts + the shared expert).
    ['qwen1.5-moe-a2.7b', 'qwen2_moe', 14_315_784_192, 2_689_173_504, 2 * 24 * 16 * 128 * 2],
  ];
  for (const [name, family, total, active, kv] of PINNED) {
    it(`${name}: ${total.toLocaleString('en-US')} parameters, ${kv.toLocaleString('en-US')} KV bytes per token`, () => {
      const c = fixture(name);
      assert.equal(c.family, family);
      assert.equal(c.estimate, false);
      assert.equal(c.breakdown.total, total);
      assert.equal(c.breakdown.active, active);
      assert.equal(c.breakdown.kvBytesPerToken, kv);
    });
  }
  it('Mixtral breakdown: experts, router and the active share', () => {
    const b = fixture('mixtral-8x7b').breakdown;
    assert.equal(b.groups.experts, 32 * 8 * 3 * 4096 * 14336);
    assert.equal(b.groups.router, 32 * 4096 * 8);
    assert.equal(b.groups.mlp, 0);
    assert.equal(b.groups.head, 32000 * 4096);
  });
  it('tied heads count once, untied heads once more', () => {
    const q = fixture('qwen2-0.5b').breakdown;
    assert.equal(q.tied, true);
    assert.equal(q.groups.head, 0);
    const p = fixture('pythia-160m').breakdown;
    assert.equal(p.tied, false);
    assert.equal(p.groups.head, 50304 * 768);
    assert.equal(p.groups.positions, 0, 'rotary positions have no parameters');
    assert.equal(fixture('gpt2').breakdown.groups.positions, 1024 * 768);
  });
  it('qwen2 has q/k/v biases only; qwen3 has q_norm and k_norm of head_dim', () => {
    const q = fixture('qwen2-0.5b');
    assert.equal(q.breakdown.biasParams, 24 * (896 + 128 + 128));
    const q3 = fixture('qwen3-0.6b');
    assert.ok(q3.arch.blocks[0].modules.some((m) => m.leaf === 'q_norm' && m.in === 128));
  });
  it('gpt_bigcode is multi-query: one K/V head, c_attn is d + 2·head_dim wide', () => {
    const c = fixture('starcoderbase-1b');
    assert.equal(c.arch.kvHeads, 1);
    assert.equal(c.breakdown.kvBytesPerToken, 2 * 24 * 1 * 128 * 2);
    assert.equal(c.arch.blocks[0].modules.find((m) => m.leaf === 'c_attn')?.out, 2048 + 2 * 128);
  });
  it('memory per precision and binary/decimal formatting', () => {
    const b = fixture('llama-2-7b').breakdown;
    const w = weightBytes(b.total);
    assert.equal(w.bf16, 13_476_831_232);
    assert.equal(formatGB(w.bf16), '13.5 GB');
    assert.equal(formatGB(w.int4), '3.37 GB');
    assert.equal(formatCount(b.total), '6.74 B');
    assert.equal(formatBinary(b.kvBytesPerToken), '512 KiB');
    assert.equal(formatCount(124_439_808), '124 M');
    assert.equal(formatCount(46_702_792_704), '46.7 B');
    assert.equal(formatShare(4_194_304 / 6_738_415_616), '0.06 %');
  });
});

describe('models: JSON configs', () => {
  it('keeps positions of keys and values', () => {
    const text = '{\n  "hidden_size": 4096,\n  "model_type": "llama"\n}';
    const { root, errors } = parseJson(text);
    assert.equal(errors.length, 0);
    const p = root?.properties?.[0];
    assert.equal(text.slice(p!.keyOffset, p!.keyOffset + p!.keyLength), '"hidden_size"');
    assert.equal(text.slice(p!.value.offset, p!.value.offset + p!.value.length), '4096');
  });
  it('tolerates comments and trailing commas', () => {
    const { root, errors } = parseJson('{ // c\n "a": [1, 2,], /* x */ "b": {"c": null,}, }');
    assert.equal(errors.length, 0);
    assert.deepEqual(root?.value, { a: [1, 2], b: { c: null } });
  });
  it('a malformed config gives one problem and still counts what it can read', () => {
    const text = '{\n  "model_type": "llama",\n  "hidden_size": 4096,\n  "num_hidden_layers": 32\n  "num_attention_heads": 32,\n  "vocab_size": 32000,\n  "intermediate_size": 11008, "x": True\n}';
    const r = detectConfigs(text, 'config.json');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /not valid JSON/);
    const c = r.configs[0] as ModelConfig;
    assert.equal(c.breakdown.total, 6_738_415_616);
  });
  it('an unrelated config.json is not a model and gives no problem', () => {
    assert.deepEqual(detectConfigs('{"editor": {"tabSize": 2}}', 'config.json'), { configs: [], problems: [], modelRefs: [] });
    assert.equal(detectConfigs('{"port": 80,', 'config.json').problems.length, 0);
  });
  it('an unknown model_type with the standard fields is a Llama-style estimate', () => {
    const text = JSON.stringify({ model_type: 'mystery', hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, intermediate_size: 11008, vocab_size: 32000 });
    const c = detectConfigs(text, 'config.json').configs[0] as ModelConfig;
    assert.equal(c.estimate, true);
    assert.equal(c.model, 'mystery');
    assert.equal(c.breakdown.total, 6_738_415_616);
    const partial = detectConfigs(JSON.stringify({ model_type: 'mystery', hidden_size: 4096 }), 'x.json').configs[0] as ModelConfig;
    assert.equal(partial.breakdown.total, null, 'missing fields are unknown, not guessed');
  });
  it("Meta's reference params.json (dim, n_layers, n_heads…): Llama-3-8B, and Llama-2-7B's vocab_size -1 = unknown", () => {
    const l3 = detectConfigs('{"dim": 4096, "ffn_dim_multiplier": 1.3, "multiple_of": 1024, "n_heads": 32, "n_kv_heads": 8, "n_layers": 32, "norm_eps": 1e-05, "rope_theta": 500000.0, "use_scaled_rope": true, "vocab_size": 128256}', 'params.json').configs[0] as ModelConfig;
    assert.equal(l3.family, 'llama-reference');
    assert.equal(l3.label, 'params.json');
    assert.equal(l3.breakdown.total, 8_030_261_248);
    assert.equal(l3.breakdown.kvBytesPerToken, 131_072);
    const l2 = detectConfigs('{"dim": 4096, "multiple_of": 256, "n_heads": 32, "n_layers": 32, "norm_eps": 1e-05, "vocab_size": -1}', 'params.json').configs[0] as ModelConfig;
    assert.equal(l2.breakdown.total, null);
    assert.equal(l2.breakdown.kvBytesPerToken, 524_288);
    assert.equal(l2.arch.intermediate, 11008);
  });
  it('fields a config.json leaves out take the class defaults', () => {
    const c = detectConfigs('{"model_type": "llama"}', 'config.json').configs[0] as ModelConfig;
    assert.equal(c.breakdown.total, 6_738_415_616, 'LlamaConfig() defaults are Llama-2-7B with 2048 positions');
    assert.ok(c.fields.some((f) => f.key === 'hidden_size' && f.origin === 'default'));
  });
});

describe('models: Python configs (literals only)', () => {
  const NANO = [
    'from dataclasses import dataclass', '', '@dataclass', 'class GPTConfig:',
    '    block_size: int = 1024', '    vocab_size: int = 50304 # padded', '    n_layer: int = 12', '    n_head: int = 12',
    '    n_embd: int = 768', '    dropout: float = 0.0', '    bias: bool = True', '',
  ].join('\n');
  it("nanoGPT's default GPTConfig: 124,475,904 parameters (123.69 M without wpe, as nanoGPT prints)", () => {
    const [c] = models(NANO);
    assert.equal(c.family, 'nanogpt');
    assert.equal(c.label, 'GPTConfig');
    assert.equal(c.breakdown.total, 124_475_904);
    assert.equal((c.breakdown.total ?? 0) - (c.breakdown.groups.positions ?? 0), 123_689_472);
  });
  it('call keywords override the dataclass defaults in the same file', () => {
    const cs = models(`${NANO}\nconfig = GPTConfig(n_layer=6, n_head=6, n_embd=384, block_size=256, bias=False)\n`);
    assert.equal(cs.length, 2);
    // 50304·384 + 256·384 + 6·(12·384² + 2·384) + 384, no biases
    assert.equal(cs[1].breakdown.total, 30_036_864);
    assert.equal(cs[1].breakdown.kvBytesPerToken, 2 * 6 * 6 * 64 * 2);
  });
  it("without the dataclass a GPTConfig call takes nanoGPT's published defaults", () => {
    const [c] = models('cfg = GPTConfig(n_layer=12)\n');
    assert.equal(c.breakdown.total, 124_475_904);
  });
  it('computed values are unknown, never guessed', () => {
    const [c] = models('n_layer = 12\ncfg = GPTConfig(n_layer=n_layer, n_head=4 * 3, n_embd=768)\n');
    assert.equal(c.breakdown.total, null);
    assert.equal(c.breakdown.kvBytesPerToken, null);
    assert.equal(c.fields.find((f) => f.name === 'n_head')?.known, false);
    assert.match(c.notes.join(' '), /unknown: n_layer, n_head/);
    const [s] = models('cfg = GPTConfig(**model_args)\n');
    assert.equal(s.breakdown.total, null, '**kwargs may set any field');
    const [f] = models('cfg = LlamaConfig(hidden_size=int(f"{d}"))\n');
    assert.equal(f.breakdown.total, null);
  });
  it("Meta's reference ModelArgs: the FFN width rule and vocab_size -1 = unknown", () => {
    assert.equal(llamaReferenceFfn(4096, 256, null), 11008);
    assert.equal(llamaReferenceFfn(4096, 1024, 1.3), 14336);
    assert.equal(llamaReferenceFfn(8192, 4096, 1.3), 28672);
    const REF = ['@dataclass', 'class ModelArgs:', '    dim: int = 4096', '    n_layers: int = 32', '    n_heads: int = 32',
      '    n_kv_heads: Optional[int] = None', '    vocab_size: int = -1  # defined later by tokenizer', '    multiple_of: int = 256',
      '    ffn_dim_multiplier: Optional[float] = None', '    norm_eps: float = 1e-5', '', '    max_batch_size: int = 32', '    max_seq_len: int = 2048', ''].join('\n');
    const [dc, call] = models(`${REF}\nargs = ModelArgs(n_kv_heads=8, vocab_size=128256, multiple_of=1024, ffn_dim_multiplier=1.3, max_seq_len=8192)\n`);
    assert.equal(dc.breakdown.total, null);
    assert.equal(dc.breakdown.kvBytesPerToken, 524_288);
    assert.equal(dc.breakdown.groups.attention, 32 * 4 * 4096 * 4096);
    assert.match(dc.notes.join(' '), /vocab_size is -1/);
    assert.equal(call.breakdown.total, 8_030_261_248, 'Llama-3-8B from the reference ModelArgs');
  });
  it('transformers config classes and AutoConfig.for_model take that class’s defaults', () => {
    const [a, b, m] = models([
      'cfg = LlamaConfig(vocab_size=32000, hidden_size=4096, intermediate_size=11008, num_hidden_layers=32, num_attention_heads=32, max_position_embeddings=4096)',
      't = AutoConfig.for_model("llama", hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32, num_key_value_heads=4)',
      'm = transformers.MistralConfig()',
    ].join('\n'));
    assert.equal(a.breakdown.total, 6_738_415_616);
    assert.equal(b.breakdown.total, 1_100_048_384);
    assert.equal(m.breakdown.total, 7_241_732_096);
    assert.equal(m.family, 'mistral');
  });
  it('mlx-lm ModelArgs: HF field names, fields without defaults are unknown', () => {
    const [c] = models(['@dataclass', 'class ModelArgs(BaseModelArgs):', '    model_type: str', '    hidden_size: int', '    num_hidden_layers: int',
      '    intermediate_size: int', '    num_attention_heads: int', '    vocab_size: int', '    num_key_value_heads: Optional[int] = None', ''].join('\n'));
    assert.equal(c.breakdown.total, null);
    assert.match(c.notes.join(' '), /no default/);
  });
  it('scans literal values: numbers with underscores, negatives, strings, lists, dicts, None', () => {
    const s = scanPython('X(a=1_000, b=-2.5e-3, c="s" \'t\', d=[1, (2, 3)], e={"k": None}, f=True, g=x, h=1+1, i=f"{y}")', () => true);
    const v = Object.fromEntries(s.calls[0].kwargs.map((f) => [f.name, f.known ? f.value : '?']));
    assert.deepEqual(v, { a: 1000, b: -0.0025, c: 'st', d: [1, [2, 3]], e: { k: null }, f: true, g: '?', h: '?', i: '?' });
  });
  it('never throws on any text, as Python, JSON or a notebook (property)', () => {
    const pieces = fc.constantFrom('GPTConfig(', 'LoraConfig(', 'LlamaConfig(', '@dataclass\nclass GPTConfig:\n', '    n_layer: int = ', 'r=', '=', ',', ')', '(', '[', ']', '{', '}',
      '"', "'", '"""', '#', '\n', '    ', '12', '-1', 'True', 'None', 'x', '**kw', 'f"', '\\', ':', '"model_type": "llama"', '"hidden_size": 4096');
    const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(fc.property(text, fc.constantFrom('x.py', 'config.json', 'a.ipynb', 'untitled'), (t, f) => {
      const r = detectConfigs(t, f);
      for (const c of r.configs) assert.ok(c.start <= c.end);
    }), { numRuns: 400 });
  });
  it('never throws on broken Python', () => {
    for (const t of ['GPTConfig(n_layer=', '@dataclass\nclass GPTConfig:\n', 'LoraConfig(r=8, target_modules=["q"', ')))((', '"""unterminated']) {
      assert.doesNotThrow(() => detectConfigs(t, 'x.py'));
    }
  });
});

describe('models: LoRA', () => {
  const llama = () => fixture('llama-2-7b');
  const lora = (args: string, base: ModelConfig = llama()): LoraFound => {
    const [l] = loras(`lc = LoraConfig(${args})\n`);
    attachLoraBase(l, base, 'base', 'test');
    return l;
  };
  it('r=8 on q_proj and v_proj of Llama-2-7B: 4,194,304 trainable (0.06 %)', () => {
    const l = lora('r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"], lora_dropout=0.05, bias="none", task_type="CAUSAL_LM"');
    // 32 layers × 2 matrices × 8·(4096 + 4096)
    assert.equal(l.result?.trainable, 4_194_304);
    assert.equal(formatShare(l.result!.share), '0.06 %');
    assert.equal(l.result?.scaling, 2);
    assert.equal(l.result?.perLayer, 131_072);
  });
  it('GQA: k_proj and v_proj are narrower (Mistral: 4096 → 1024)', () => {
    const l = lora('r=16, target_modules=["k_proj", "v_proj"]', fixture('mistral-7b-v0.1'));
    assert.equal(l.result?.trainable, 32 * 2 * 16 * (4096 + 1024));
  });
  it('all-linear adapts every Linear but the output head', () => {
    const l = lora('r=8, target_modules="all-linear"');
    // per layer: q,k,v,o 4·8·8192 + gate,up 2·8·(4096+11008) + down 8·(11008+4096)
    assert.equal(l.result?.trainable, 32 * (4 * 8 * 8192 + 3 * 8 * (4096 + 11008)));
  });
  it('PEFT defaults: r=8 and the family’s default targets (GPT-2: c_attn)', () => {
    const l = lora('', fixture('gpt2'));
    assert.equal(l.result?.trainable, 12 * 8 * (768 + 2304));
    assert.match(l.result!.notes.join(' '), /default for gpt2 is c_attn/);
  });
  it('c_proj matches both the attention and the MLP projection of GPT-2, as PEFT does', () => {
    const l = lora('r=4, target_modules=["c_proj"]', fixture('gpt2'));
    assert.equal(l.result?.trainable, 12 * 4 * ((768 + 768) + (3072 + 768)));
  });
  it('bias="lora_only" adds the adapted modules’ biases; bias="all" every bias', () => {
    const q = fixture('qwen2-0.5b');
    const none = lora('r=8, target_modules=["q_proj", "o_proj"]', q).result!.trainable!;
    assert.equal(lora('r=8, target_modules=["q_proj", "o_proj"], bias="lora_only"', q).result?.trainable, none + 24 * 896, 'q_proj has a bias, o_proj none');
    assert.equal(lora('r=8, target_modules=["q_proj", "o_proj"], bias="all"', q).result?.trainable, none + 24 * (896 + 128 + 128));
  });
  it('Mixtral experts: w1 in every expert of every layer', () => {
    const l = lora('r=8, target_modules=["w1"]', fixture('mixtral-8x7b'));
    assert.equal(l.result?.trainable, 32 * 8 * 8 * (4096 + 14336));
  });
  it('layers_to_transform, a regex, rsLoRA scaling, modules_to_save', () => {
    assert.equal(lora('r=8, target_modules=["q_proj"], layers_to_transform=[0, 1]').result?.trainable, 2 * 8 * 8192);
    assert.equal(lora('r=8, target_modules=r".*\\.(q|v)_proj"').result?.trainable, 4_194_304);
    assert.equal(lora('r=16, lora_alpha=16, use_rslora=True').result?.scaling, 4);
    assert.equal(lora('r=8, target_modules=["q_proj", "v_proj"], modules_to_save=["lm_head"]').result?.trainable, 4_194_304 + 32000 * 4096);
  });
  it('a target that matches nothing says so', () => {
    const l = lora('r=8, target_modules=["query"]');
    assert.equal(l.result?.trainable, 0);
    assert.match(l.result!.notes.join(' '), /"query" matches no module/);
  });
  it('computed r is unknown', () => {
    const l = lora('r=rank, target_modules=["q_proj"]');
    assert.equal(l.result?.trainable, null);
    assert.match(l.result!.notes.join(' '), /r is computed/);
  });
  it('the base model comes from the same file first', () => {
    const cs: FoundConfig[] = detectConfigs('cfg = LlamaConfig()\nlc = LoraConfig(r=8, target_modules=["q_proj", "v_proj"])\n', 'x.py').configs;
    const l = cs.find((c): c is LoraFound => c.kind === 'lora')!;
    assert.equal(l.result?.trainable, 4_194_304);
    assert.equal(l.base?.where, 'this file');
  });
  it('else from the workspace: a from_pretrained path naming a config folder, or the only config', () => {
    const text = 'model = AutoModelForCausalLM.from_pretrained("models/llama-2-7b")\nlc = LoraConfig(r=8, target_modules=["q_proj", "v_proj"])\n';
    const r = detectConfigs(text, 'train.py');
    const l = r.configs[0] as LoraFound;
    assert.equal(l.result === undefined, true);
    assert.deepEqual(r.modelRefs, ['models/llama-2-7b']);
    const ws = [{ path: 'models/gpt2/config.json', config: fixture('gpt2') }, { path: 'models/llama-2-7b/config.json', config: llama() }];
    resolveLoraBase(l, r.modelRefs, ws);
    assert.equal((l as LoraFound).result?.trainable, 4_194_304);
    assert.equal(l.base?.label, 'models/llama-2-7b/config.json');
    const alone = loras('lc = LoraConfig(r=8)\n')[0];
    resolveLoraBase(alone, [], [ws[1]]);
    assert.equal(alone.result?.trainable, 4_194_304);
    const none = loras('lc = LoraConfig(r=8)\n')[0];
    resolveLoraBase(none, [], ws);
    assert.equal(none.result, undefined);
    assert.match(none.baseMissing ?? '', /2 model configs are in the workspace/);
    const empty = loras('lc = LoraConfig(r=8)\n')[0];
    resolveLoraBase(empty, [], []);
    assert.match(empty.baseMissing ?? '', /no model config/);
  });
});
