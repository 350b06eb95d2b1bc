/**
 * The model families the counter knows, with each Hugging Face config class's defaults (what a
 * field takes when config.json or `LlamaConfig(...)` leaves it out), as in transformers'
 * `configuration_<family>.py`. Field names are the canonical Hugging Face names; GPT-2-style
 * names (n_embd, n_layer, …) are aliases, as in transformers' `attribute_map`.
 */
import type { PyValue } from './python';

export type Family =
  | 'llama' | 'mistral' | 'mixtral' | 'qwen2' | 'qwen2_moe' | 'qwen3' | 'gemma' | 'gemma2' | 'phi3'
  | 'gpt2' | 'gpt_neox' | 'gpt_bigcode' | 'nanogpt' | 'llama-reference';

/** How a family is built; several families share one layout. */
export type Layout = 'llama' | 'phi3' | 'gpt2' | 'gpt_neox' | 'gpt_bigcode' | 'nanogpt';

export interface FamilyDef {
  id: Family;
  layout: Layout;
  /** Display name and the transformers class that defines the defaults. */
  name: string;
  configClass: string;
  defaults: Record<string, PyValue>;
}

const LLAMA_DEFAULTS = {
  vocab_size: 32000, hidden_size: 4096, intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32,
  num_key_value_heads: null, head_dim: null, max_position_embeddings: 2048, tie_word_embeddings: false,
  attention_bias: false, mlp_bias: false,
};

export const FAMILIES: Record<Family, FamilyDef> = {
  llama: { id: 'llama', layout: 'llama', name: 'Llama', configClass: 'LlamaConfig', defaults: LLAMA_DEFAULTS },
  mistral: {
    id: 'mistral', layout: 'llama', name: 'Mistral', configClass: 'MistralConfig',
    defaults: { vocab_size: 32000, hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, head_dim: null, max_position_embeddings: 131072, tie_word_embeddings: false, sliding_window: 4096 },
  },
  mixtral: {
    id: 'mixtral', layout: 'llama', name: 'Mixtral', configClass: 'MixtralConfig',
    defaults: { vocab_size: 32000, hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, head_dim: null, max_position_embeddings: 131072, tie_word_embeddings: false, num_local_experts: 8, num_experts_per_tok: 2, sliding_window: null },
  },
  qwen2: {
    id: 'qwen2', layout: 'llama', name: 'Qwen2', configClass: 'Qwen2Config',
    defaults: { vocab_size: 151936, hidden_size: 4096, intermediate_size: 22016, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32, max_position_embeddings: 32768, tie_word_embeddings: false },
  },
  qwen2_moe: {
    id: 'qwen2_moe', layout: 'llama', name: 'Qwen2-MoE', configClass: 'Qwen2MoeConfig',
    defaults: {
      vocab_size: 151936, hidden_size: 2048, intermediate_size: 5632, num_hidden_layers: 24, num_attention_heads: 16, num_key_value_heads: 16,
      max_position_embeddings: 32768, tie_word_embeddings: false, decoder_sparse_step: 1, moe_intermediate_size: 1408,
      shared_expert_intermediate_size: 5632, num_experts_per_tok: 4, num_experts: 60, mlp_only_layers: [],
    },
  },
  qwen3: {
    id: 'qwen3', layout: 'llama', name: 'Qwen3', configClass: 'Qwen3Config',
    defaults: { vocab_size: 151936, hidden_size: 4096, intermediate_size: 22016, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 32, head_dim: 128, max_position_embeddings: 32768, tie_word_embeddings: false, attention_bias: false },
  },
  gemma: {
    id: 'gemma', layout: 'llama', name: 'Gemma', configClass: 'GemmaConfig',
    defaults: { vocab_size: 256000, hidden_size: 3072, intermediate_size: 24576, num_hidden_layers: 28, num_attention_heads: 16, num_key_value_heads: 16, head_dim: 256, max_position_embeddings: 8192, tie_word_embeddings: true, attention_bias: false },
  },
  gemma2: {
    id: 'gemma2', layout: 'llama', name: 'Gemma 2', configClass: 'Gemma2Config',
    defaults: { vocab_size: 256000, hidden_size: 2304, intermediate_size: 9216, num_hidden_layers: 26, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256, max_position_embeddings: 8192, tie_word_embeddings: true, attention_bias: false },
  },
  phi3: {
    id: 'phi3', layout: 'phi3', name: 'Phi-3', configClass: 'Phi3Config',
    defaults: { vocab_size: 32064, hidden_size: 3072, intermediate_size: 8192, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: null, max_position_embeddings: 4096, tie_word_embeddings: false },
  },
  gpt2: {
    id: 'gpt2', layout: 'gpt2', name: 'GPT-2', configClass: 'GPT2Config',
    defaults: { vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12, n_inner: null, tie_word_embeddings: true },
  },
  gpt_neox: {
    id: 'gpt_neox', layout: 'gpt_neox', name: 'GPT-NeoX', configClass: 'GPTNeoXConfig',
    defaults: { vocab_size: 50432, hidden_size: 6144, num_hidden_layers: 44, num_attention_heads: 64, intermediate_size: 24576, max_position_embeddings: 2048, tie_word_embeddings: false, attention_bias: true },
  },
  gpt_bigcode: {
    id: 'gpt_bigcode', layout: 'gpt_bigcode', name: 'GPTBigCode', configClass: 'GPTBigCodeConfig',
    defaults: { vocab_size: 50257, n_positions: 1024, n_embd: 768, n_layer: 12, n_head: 12, n_inner: null, multi_query: true, tie_word_embeddings: true },
  },
  nanogpt: {
    // nanoGPT's model.py (karpathy/nanoGPT): GPTConfig's published defaults.
    id: 'nanogpt', layout: 'nanogpt', name: 'nanoGPT', configClass: 'GPTConfig',
    defaults: { block_size: 1024, vocab_size: 50304, n_layer: 12, n_head: 12, n_embd: 768, dropout: 0.0, bias: true },
  },
  'llama-reference': {
    // Meta's reference llama/model.py ModelArgs (vocab_size -1 is set from the tokenizer at load time).
    id: 'llama-reference', layout: 'llama', name: 'Llama (reference)', configClass: 'ModelArgs',
    defaults: { dim: 4096, n_layers: 32, n_heads: 32, n_kv_heads: null, vocab_size: -1, multiple_of: 256, ffn_dim_multiplier: null, norm_eps: 1e-5, max_batch_size: 32, max_seq_len: 2048 },
  },
};

/** model_type values (config.json) → family. */
export function familyOfModelType(modelType: unknown): Family | undefined {
  if (typeof modelType !== 'string') return undefined;
  const t = modelType.toLowerCase().replace(/-/g, '_');
  const hf: Family[] = ['llama', 'mistral', 'mixtral', 'qwen2', 'qwen2_moe', 'qwen3', 'gemma', 'gemma2', 'phi3', 'gpt2', 'gpt_neox', 'gpt_bigcode'];
  return (hf as string[]).includes(t) ? (t as Family) : undefined;
}

/** transformers config class name → family (`LlamaConfig` → llama). */
export const CONFIG_CLASSES: Record<string, Family> = {
  LlamaConfig: 'llama', MistralConfig: 'mistral', MixtralConfig: 'mixtral', Qwen2Config: 'qwen2', Qwen2MoeConfig: 'qwen2_moe',
  Qwen3Config: 'qwen3', GemmaConfig: 'gemma', Gemma2Config: 'gemma2', Phi3Config: 'phi3', GPT2Config: 'gpt2',
  GPTNeoXConfig: 'gpt_neox', GPTBigCodeConfig: 'gpt_bigcode',
};

/** GPT-2-style names and their canonical Hugging Face names (transformers' attribute_map). */
export const ALIASES: Record<string, string> = {
  n_embd: 'hidden_size', n_layer: 'num_hidden_layers', n_head: 'num_attention_heads', n_positions: 'max_position_embeddings',
  n_inner: 'intermediate_size',
  // Meta reference ModelArgs
  dim: 'hidden_size', n_layers: 'num_hidden_layers', n_heads: 'num_attention_heads', n_kv_heads: 'num_key_value_heads', max_seq_len: 'max_position_embeddings',
  // nanoGPT
  block_size: 'max_position_embeddings',
};

export const canonical = (name: string): string => ALIASES[name] ?? name;
