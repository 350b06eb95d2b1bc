/**
 * What a configuration builds, module by module, and what that costs: every Linear, Embedding
 * and norm of the Hugging Face model with its shape, from which the parameter breakdown, the
 * KV cache, memory and FLOPs follow, and on which LoRA targets are matched. Parameters are the
 * model's unique trainable tensors: tied weights count once; buffers (rotary inv_freq, GPT-2's
 * causal mask) are not parameters. A number that depends on an unknown field is null.
 */
import type { PyValue } from './python';
import { FAMILIES, type Family, type Layout } from './families';

export type Num = number | null;

export type Group = 'embeddings' | 'positions' | 'attention' | 'mlp' | 'experts' | 'router' | 'norms' | 'head';
export const GROUPS: Group[] = ['embeddings', 'positions', 'attention', 'mlp', 'experts', 'router', 'norms', 'head'];

export interface Module {
  /** Path in the Hugging Face model, `{L}` for the layer index and `{E}` for the expert index. */
  path: string;
  /** The last part of the path, as PEFT's target_modules names it. */
  leaf: string;
  group: Group;
  kind: 'linear' | 'embedding' | 'norm';
  /** in_features/out_features (linear), num_embeddings/embedding_dim (embedding), width (norm). */
  in: Num;
  out: Num;
  bias: boolean;
  /** Copies of this module per layer (routed experts), 1 otherwise. */
  copies: Num;
}

export interface Block {
  /** The layer indices built this way. */
  layers: number[] | null;
  /** How many layers (when the indices are unknown, e.g. num_hidden_layers is computed). */
  count: Num;
  modules: Module[];
}

export interface Arch {
  family: Family;
  layout: Layout;
  /** Modules outside the layers (embeddings, final norm, output head). */
  top: Module[];
  blocks: Block[];
  tied: boolean | null;
  layers: Num;
  hidden: Num;
  heads: Num;
  kvHeads: Num;
  headDim: Num;
  intermediate: Num;
  vocab: Num;
  maxPositions: Num;
  experts: Num;
  expertsPerToken: Num;
}

/** Resolved values by canonical key; `unknown` lists keys whose value is computed or missing. */
export interface Values {
  values: Record<string, PyValue>;
  unknown: Set<string>;
}

const mul = (...xs: Num[]): Num => (xs.some((x) => x === null) ? null : (xs as number[]).reduce((a, b) => a * b, 1));
const add = (...xs: Num[]): Num => (xs.some((x) => x === null) ? null : (xs as number[]).reduce((a, b) => a + b, 0));

/** Weight + bias of one copy of a module. */
export function moduleParams(m: Module): Num {
  if (m.kind === 'norm') return mul(m.in, m.bias ? 2 : 1);
  return add(mul(m.in, m.out), m.bias ? m.out : 0);
}

export function moduleBiasParams(m: Module): Num {
  if (!m.bias) return 0;
  return m.kind === 'norm' ? m.in : m.out;
}

function reader(v: Values) {
  const raw = (k: string): PyValue | undefined => v.values[k];
  /** A positive integer, or null when unknown or not one. */
  const int = (k: string): Num => {
    if (v.unknown.has(k)) return null;
    const x = raw(k);
    return typeof x === 'number' && Number.isInteger(x) && x > 0 ? x : null;
  };
  /** An optional integer: its value, `derived` when None/absent, null when unknown. */
  const opt = (k: string, derived: Num): Num => {
    if (v.unknown.has(k)) return null;
    const x = raw(k);
    if (x === undefined || x === null) return derived;
    return typeof x === 'number' && Number.isInteger(x) && x > 0 ? x : null;
  };
  const bool = (k: string, dflt: boolean): boolean | null => {
    if (v.unknown.has(k)) return null;
    const x = raw(k);
    if (x === undefined || x === null) return dflt;
    return typeof x === 'boolean' ? x : null;
  };
  const num = (k: string): number | null | undefined => {
    if (v.unknown.has(k)) return undefined;
    const x = raw(k);
    return typeof x === 'number' ? x : x === null || x === undefined ? null : undefined;
  };
  return { raw, int, opt, bool, num };
}

const div = (a: Num, b: Num): Num => (a === null || b === null || b === 0 || a % b !== 0 ? null : a / b);
const range = (n: Num): number[] | null => (n === null ? null : Array.from({ length: n }, (_, i) => i));

const lin = (path: string, group: Group, inF: Num, outF: Num, bias: boolean | null, copies: Num = 1): Module =>
  ({ path, leaf: path.split('.').pop() ?? path, group, kind: 'linear', in: inF, out: outF, bias: bias === true, copies });
const norm = (path: string, width: Num, bias: boolean): Module =>
  ({ path, leaf: path.split('.').pop() ?? path, group: 'norms', kind: 'norm', in: width, out: width, bias, copies: 1 });
const emb = (path: string, group: Group, rows: Num, width: Num): Module =>
  ({ path, leaf: path.split('.').pop() ?? path, group, kind: 'embedding', in: rows, out: width, bias: false, copies: 1 });

/** The FFN width of Meta's reference Llama: 4d, ×2/3, ×multiplier, rounded up to a multiple. */
export function llamaReferenceFfn(dim: Num, multipleOf: Num, multiplier: number | null | undefined): Num {
  if (dim === null || multipleOf === null || multiplier === undefined) return null;
  let h = 4 * dim;
  h = Math.trunc((2 * h) / 3);
  if (multiplier !== null) h = Math.trunc(multiplier * h);
  return multipleOf * Math.floor((h + multipleOf - 1) / multipleOf);
}

/** Build the module inventory of a family from resolved values. */
export function buildArch(family: Family, v: Values): Arch {
  const layout = FAMILIES[family].layout;
  const r = reader(v);
  const vocabRaw = r.num('vocab_size');
  const vocab = typeof vocabRaw === 'number' && vocabRaw > 0 && Number.isInteger(vocabRaw) ? vocabRaw : null;
  const d = r.int('hidden_size');
  const L = r.int('num_hidden_layers');
  const H = r.int('num_attention_heads');
  const P = r.opt('max_position_embeddings', null);
  const blocks: Block[] = [];
  const top: Module[] = [];
  let kvHeads: Num = H;
  let headDim: Num = div(d, H);
  let intermediate: Num = null;
  let tied: boolean | null = r.bool('tie_word_embeddings', FAMILIES[family].defaults.tie_word_embeddings === true);
  let experts: Num = null;
  let topK: Num = null;

  if (layout === 'gpt2' || layout === 'nanogpt' || layout === 'gpt_bigcode') {
    const bias = layout === 'nanogpt' ? r.bool('bias', true) : true;
    intermediate = layout === 'nanogpt' ? mul(4, d) : r.opt('intermediate_size', mul(4, d));
    if (layout === 'nanogpt') tied = true;
    const mq = layout === 'gpt_bigcode' ? r.bool('multi_query', true) : false;
    kvHeads = mq === null ? null : mq ? 1 : H;
    const qkvOut = add(d, mul(2, kvHeads, headDim));
    const isNano = layout === 'nanogpt';
    const pre = isNano ? 'transformer' : 'transformer';
    top.push(emb(`${pre}.wte`, 'embeddings', vocab, d), emb(`${pre}.wpe`, 'positions', P, d), norm(`${pre}.ln_f`, d, bias !== false));
    const b = bias === true;
    blocks.push({
      layers: range(L), count: L, modules: [
        norm(`${pre}.h.{L}.ln_1`, d, bias !== false),
        lin(`${pre}.h.{L}.attn.c_attn`, 'attention', d, qkvOut, b),
        lin(`${pre}.h.{L}.attn.c_proj`, 'attention', d, d, b),
        norm(`${pre}.h.{L}.ln_2`, d, bias !== false),
        lin(`${pre}.h.{L}.mlp.c_fc`, 'mlp', d, intermediate, b),
        lin(`${pre}.h.{L}.mlp.c_proj`, 'mlp', intermediate, d, b),
      ],
    });
    if (tied === false) top.push(lin('lm_head', 'head', d, vocab, false));
  } else if (layout === 'gpt_neox') {
    intermediate = r.int('intermediate_size');
    const ab = r.bool('attention_bias', true);
    top.push(emb('gpt_neox.embed_in', 'embeddings', vocab, d), norm('gpt_neox.final_layer_norm', d, true));
    blocks.push({
      layers: range(L), count: L, modules: [
        norm('gpt_neox.layers.{L}.input_layernorm', d, true),
        norm('gpt_neox.layers.{L}.post_attention_layernorm', d, true),
        lin('gpt_neox.layers.{L}.attention.query_key_value', 'attention', d, mul(3, d), ab),
        lin('gpt_neox.layers.{L}.attention.dense', 'attention', d, d, ab),
        lin('gpt_neox.layers.{L}.mlp.dense_h_to_4h', 'mlp', d, intermediate, true),
        lin('gpt_neox.layers.{L}.mlp.dense_4h_to_h', 'mlp', intermediate, d, true),
      ],
    });
    if (tied !== true) top.push(lin('embed_out', 'head', d, vocab, false));
  } else {
    // Llama-style decoders: RMSNorm, rotary positions (no position parameters), gated MLP.
    const isRef = family === 'llama-reference';
    kvHeads = r.opt('num_key_value_heads', H);
    headDim = isRef ? div(d, H) : r.opt('head_dim', div(d, H));
    if (isRef) {
      intermediate = llamaReferenceFfn(d, r.int('multiple_of'), r.num('ffn_dim_multiplier'));
      tied = false;
    } else {
      intermediate = r.int('intermediate_size');
    }
    const qOut = mul(H, headDim);
    const kvOut = mul(kvHeads, headDim);
    const qkvBias = family === 'qwen2' || family === 'qwen2_moe' ? true : r.bool('attention_bias', false);
    const oBias = family === 'qwen2' || family === 'qwen2_moe' ? false : r.bool('attention_bias', false);
    const mlpBias = family === 'llama' ? r.bool('mlp_bias', false) : false;
    const a = isRef ? 'layers.{L}.attention' : 'model.layers.{L}.self_attn';
    const attn: Module[] = layout === 'phi3'
      ? [lin(`${a}.qkv_proj`, 'attention', d, add(qOut, mul(2, kvOut)), false), lin(`${a}.o_proj`, 'attention', qOut, d, false)]
      : isRef
        ? [lin(`${a}.wq`, 'attention', d, qOut, false), lin(`${a}.wk`, 'attention', d, kvOut, false), lin(`${a}.wv`, 'attention', d, kvOut, false), lin(`${a}.wo`, 'attention', qOut, d, false)]
        : [lin(`${a}.q_proj`, 'attention', d, qOut, qkvBias), lin(`${a}.k_proj`, 'attention', d, kvOut, qkvBias), lin(`${a}.v_proj`, 'attention', d, kvOut, qkvBias), lin(`${a}.o_proj`, 'attention', qOut, d, oBias)];
    if (family === 'qwen3') attn.push(norm(`${a}.q_norm`, headDim, false), norm(`${a}.k_norm`, headDim, false));
    const ln = (name: string) => norm(isRef ? `layers.{L}.${name}` : `model.layers.{L}.${name}`, d, false);
    const norms = isRef ? [ln('attention_norm'), ln('ffn_norm')]
      : family === 'gemma2' ? [ln('input_layernorm'), ln('post_attention_layernorm'), ln('pre_feedforward_layernorm'), ln('post_feedforward_layernorm')]
        : [ln('input_layernorm'), ln('post_attention_layernorm')];
    const gated = (p: string, group: Group, width: Num, copies: Num = 1): Module[] => layout === 'phi3'
      ? [lin(`${p}.gate_up_proj`, group, d, mul(2, width), false, copies), lin(`${p}.down_proj`, group, width, d, false, copies)]
      : [lin(`${p}.gate_proj`, group, d, width, mlpBias, copies), lin(`${p}.up_proj`, group, d, width, mlpBias, copies), lin(`${p}.down_proj`, group, width, d, mlpBias, copies)];
    const dense = isRef
      ? [lin('layers.{L}.feed_forward.w1', 'mlp', d, intermediate, false), lin('layers.{L}.feed_forward.w2', 'mlp', intermediate, d, false), lin('layers.{L}.feed_forward.w3', 'mlp', d, intermediate, false)]
      : gated('model.layers.{L}.mlp', 'mlp', intermediate);
    if (family === 'mixtral') {
      experts = r.int('num_local_experts');
      topK = r.int('num_experts_per_tok');
      const p = 'model.layers.{L}.block_sparse_moe';
      blocks.push({
        layers: range(L), count: L, modules: [...attn,
          lin(`${p}.gate`, 'router', d, experts, false),
          lin(`${p}.experts.{E}.w1`, 'experts', d, intermediate, false, experts),
          lin(`${p}.experts.{E}.w2`, 'experts', intermediate, d, false, experts),
          lin(`${p}.experts.{E}.w3`, 'experts', d, intermediate, false, experts),
          ...norms],
      });
    } else if (family === 'qwen2_moe') {
      experts = r.int('num_experts');
      topK = r.int('num_experts_per_tok');
      const step = r.int('decoder_sparse_step');
      const only = r.raw('mlp_only_layers');
      const onlyList = v.unknown.has('mlp_only_layers') ? null : Array.isArray(only) ? only.filter((x): x is number => typeof x === 'number') : [];
      const moeWidth = r.int('moe_intermediate_size');
      const sharedWidth = r.int('shared_expert_intermediate_size');
      const p = 'model.layers.{L}.mlp';
      const sparse = (i: number) => step !== null && onlyList !== null && !onlyList.includes(i) && experts !== null && experts > 0 && (i + 1) % step === 0;
      const all = range(L);
      const moeLayers = all && step !== null && onlyList !== null ? all.filter(sparse) : null;
      const denseLayers = all && moeLayers ? all.filter((i) => !moeLayers.includes(i)) : null;
      blocks.push({
        layers: moeLayers, count: moeLayers ? moeLayers.length : null, modules: [...attn,
          lin(`${p}.gate`, 'router', d, experts, false),
          ...gated(`${p}.experts.{E}`, 'experts', moeWidth, experts),
          ...gated(`${p}.shared_expert`, 'mlp', sharedWidth),
          lin(`${p}.shared_expert_gate`, 'router', d, 1, false),
          ...norms],
      });
      if (denseLayers === null || denseLayers.length) blocks.push({ layers: denseLayers, count: denseLayers ? denseLayers.length : null, modules: [...attn, ...dense, ...norms] });
    } else {
      blocks.push({ layers: range(L), count: L, modules: [...attn, ...dense, ...norms] });
    }
    top.push(emb(isRef ? 'tok_embeddings' : 'model.embed_tokens', 'embeddings', vocab, d), norm(isRef ? 'norm' : 'model.norm', d, false));
    if (tied !== true) top.push(lin(isRef ? 'output' : 'lm_head', 'head', d, vocab, false));
  }
  return { family, layout, top, blocks, tied, layers: L, hidden: d, heads: H, kvHeads, headDim, intermediate, vocab, maxPositions: P, experts, expertsPerToken: topK };
}

export interface Breakdown {
  groups: Record<Group, Num>;
  /** Parameters of one layer of each block (for hovers). */
  perLayer: Num[];
  total: Num;
  /** Parameters a token passes through: only `experts_per_token` of the routed experts. Dense: = total. */
  active: Num;
  tied: boolean | null;
  biasParams: Num;
  /** 2 (K and V) × layers × kv_heads × head_dim × 2 bytes (16-bit cache, full attention, one sequence). */
  kvBytesPerToken: Num;
  maxPositions: Num;
}

/** Count parameters by group, total and active, and the KV cache per token. */
export function count(arch: Arch): Breakdown {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, Num>;
  let active: Num = 0;
  let biasParams: Num = 0;
  const perLayer: Num[] = [];
  const addTo = (m: Module, times: Num) => {
    const p = mul(moduleParams(m), m.copies, times);
    groups[m.group] = add(groups[m.group], p);
    biasParams = add(biasParams, mul(moduleBiasParams(m), m.copies, times));
    const activeCopies = m.group === 'experts' ? arch.expertsPerToken : m.copies;
    active = add(active, mul(moduleParams(m), activeCopies, times));
  };
  for (const m of arch.top) addTo(m, 1);
  for (const b of arch.blocks) {
    for (const m of b.modules) addTo(m, b.count);
    perLayer.push(add(...b.modules.map((m) => mul(moduleParams(m), m.copies))));
  }
  const total = add(...GROUPS.map((g) => groups[g]));
  if (arch.experts === null && arch.expertsPerToken === null && !arch.blocks.some((b) => b.modules.some((m) => m.group === 'experts'))) active = total;
  return {
    groups, perLayer, total, active, tied: arch.tied, biasParams,
    kvBytesPerToken: mul(2, arch.layers, arch.kvHeads, arch.headDim, 2),
    maxPositions: arch.maxPositions,
  };
}

/** Bytes of weights at each storage precision (4-bit = half a byte per parameter, no scales). */
export function weightBytes(params: Num): { fp32: Num; bf16: Num; int8: Num; int4: Num } {
  return { fp32: mul(params, 4), bf16: mul(params, 2), int8: params, int4: mul(params, 0.5) };
}
