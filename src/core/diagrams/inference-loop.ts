/**
 * The computation behind the Inference Loop diagram: a deterministic toy "model" (a next-token
 * table read greedily) stepped one token at a time, and the size of the key/value cache it
 * would need in a real transformer of a given shape.
 */

export interface KvConfig {
  /** Transformer layers (num_hidden_layers). */
  layers: number;
  /** Key/value heads per layer (num_key_value_heads; fewer than query heads under GQA/MQA). */
  kvHeads: number;
  /** Width of one head (head_dim = hidden_size / num_attention_heads). */
  headDim: number;
  /** Bytes per stored number: 4 fp32, 2 fp16/bf16, 1 int8/fp8, 0.5 int4. */
  bytes: number;
}

/** Bytes of cache one token adds: a K and a V vector (the 2) per layer per KV head. */
export function kvBytesPerToken(c: KvConfig): number {
  return 2 * c.layers * c.kvHeads * c.headDim * c.bytes;
}

/** Cache for `tokens` tokens of one sequence, times `batch` sequences held at once. */
export function kvCacheBytes(c: KvConfig, tokens: number, batch = 1): number {
  return kvBytesPerToken(c) * tokens * batch;
}

/** Binary units (KiB = 1024 B), as memory is reported by GPUs and allocators. */
export function formatBytes(b: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = b;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  const txt = u === 0 ? String(Math.round(v)) : Number(v.toPrecision(3)).toString();
  return `${txt} ${units[u]}`;
}

/** Published shapes, from each model's config.json on release. */
export const PRESETS: { id: string; name: string; config: KvConfig }[] = [
  { id: 'llama2-7b', name: 'Llama-2-7B (MHA)', config: { layers: 32, kvHeads: 32, headDim: 128, bytes: 2 } },
  { id: 'mistral-7b', name: 'Mistral-7B (GQA, 8 KV heads)', config: { layers: 32, kvHeads: 8, headDim: 128, bytes: 2 } },
  { id: 'llama2-70b', name: 'Llama-2-70B (GQA, 8 KV heads)', config: { layers: 80, kvHeads: 8, headDim: 128, bytes: 2 } },
];

export const EOS = '<eos>';

/**
 * A toy next-token table: for the last token, the candidate next tokens with probabilities.
 * It stands in for the whole network; a real model computes this distribution from every
 * token in the context, reading the cached keys and values.
 */
export const NEXT: Record<string, [string, number][]> = {
  The: [['cat', 0.5], ['dog', 0.3], ['model', 0.2]],
  cat: [['sat', 0.6], ['ran', 0.25], ['is', 0.15]],
  sat: [['on', 0.7], ['down', 0.2], ['still', 0.1]],
  on: [['the', 0.8], ['a', 0.2]],
  the: [['mat', 0.55], ['sofa', 0.3], ['floor', 0.15]],
  mat: [['.', 0.7], ['and', 0.3]],
  '.': [[EOS, 0.9], ['The', 0.1]],
};

/** Greedy pick from the table: the most probable next token (first listed wins a tie). */
export function nextToken(last: string): { token: string; prob: number } {
  const row = NEXT[last];
  if (!row) return { token: EOS, prob: 1 };
  let best = row[0];
  for (const c of row) if (c[1] > best[1]) best = c;
  return { token: best[0], prob: best[1] };
}

export interface InferenceState {
  /** Prompt plus generated tokens so far. */
  tokens: string[];
  /** Tokens whose K and V are already in the cache. */
  cached: number;
  /** How many tokens the last forward pass processed (prompt length for prefill, then 1). */
  processed: number;
  /** 'start' before any pass, then 'prefill' once, then 'decode'. */
  phase: 'start' | 'prefill' | 'decode';
  /** The token chosen by the last pass and its probability. */
  last?: { token: string; prob: number };
  done: boolean;
  promptLength: number;
}

export function start(prompt: string[]): InferenceState {
  return { tokens: [...prompt], cached: 0, processed: 0, phase: 'start', done: false, promptLength: prompt.length };
}

/**
 * One forward pass: run every token not yet cached (all of the prompt on the first pass, one
 * token afterwards), append their K/V to the cache, then choose the next token and append it.
 * The chosen token is not cached yet: its K/V are computed on the next pass.
 */
export function step(s: InferenceState, maxTokens = 16): InferenceState {
  if (s.done) return s;
  const processed = s.tokens.length - s.cached;
  const cached = s.tokens.length;
  const pick = nextToken(s.tokens[s.tokens.length - 1]);
  const tokens = [...s.tokens, pick.token];
  const done = pick.token === EOS || tokens.length >= maxTokens;
  return { tokens, cached, processed, phase: s.phase === 'start' ? 'prefill' : 'decode', last: pick, done, promptLength: s.promptLength };
}
