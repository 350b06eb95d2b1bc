/**
 * Words for the editor: the CodeLens line above a configuration and, for each field, what its
 * value does to this model. Pure; the hover strings are Markdown with every value from the
 * user's file escaped.
 */
import { escapeMarkdown as md } from '../markdownEscape';
import { weightBytes, type Arch, type Module, type Num } from './architecture';
import type { ConfigField, FoundConfig, LoraFound, ModelConfig } from './detect';
import { FAMILIES } from './families';
import { formatBinary, formatCount, formatGB, formatShare, grouped } from './format';
import { english, type Localizer } from '../l10n';

const n = (x: Num) => formatCount(x);
const exact = (x: Num) => (x === null ? 'unknown' : `${grouped(x)} (${formatCount(x)})`);

/** `6.74 B parameters · 13.5 GB in bf16 · KV cache 512 KiB/token`; MoE adds the active count. */
export function lensTitle(c: FoundConfig, l10n: Localizer = english): string {
  if (c.kind === 'lora') {
    const r = c.spec.r === null ? '?' : String(c.spec.r);
    if (!c.result) return l10n.t('LoRA r={0}: trainable unknown ({1})', r, c.baseMissing ?? l10n.t('no base model'));
    if (c.result.trainable === null) return l10n.t('LoRA r={0}: trainable unknown ({1})', r, c.result.notes[0] ?? l10n.t('a value is computed'));
    return l10n.t('LoRA r={0}: {1} trainable ({2})', r, formatCount(c.result.trainable), formatShare(c.result.share));
  }
  const b = c.breakdown;
  const est = c.estimate ? '≈ ' : '';
  const parts: string[] = [];
  if (b.total === null) parts.push(l10n.t('parameters unknown'));
  else if (b.active !== null && b.active !== b.total) parts.push(l10n.t('{0} parameters ({1} active)', `${est}${formatCount(b.total)}`, formatCount(b.active)));
  else parts.push(l10n.t('{0} parameters', `${est}${formatCount(b.total)}`));
  if (b.total !== null) parts.push(l10n.t('{0} in bf16', `${est}${formatGB(weightBytes(b.total).bf16)}`));
  parts.push(b.kvBytesPerToken === null ? l10n.t('KV cache unknown') : l10n.t('KV cache {0}/token', formatBinary(b.kvBytesPerToken)));
  if (c.estimate) parts.push(l10n.t('estimate'));
  return parts.join(' · ');
}

export interface FieldHover {
  /** Markdown. */
  text: string;
  /** The concept page that explains the idea (primer id). */
  concept?: string;
}

const ATTN_KIND = (a: Arch): string | undefined => {
  if (a.heads === null || a.kvHeads === null) return undefined;
  if (a.kvHeads === a.heads) return 'multi-head attention (every query head has its own K/V head)';
  if (a.kvHeads === 1) return `multi-query attention (all ${a.heads} query heads share one K/V head)`;
  return `grouped-query attention (${a.heads / a.kvHeads} query heads share each K/V head)`;
};

const modulesOf = (a: Arch, pred: (m: Module) => boolean) => [...a.top, ...(a.blocks[0]?.modules ?? [])].filter(pred);

function kvLine(c: ModelConfig): string {
  const b = c.breakdown;
  const a = c.arch;
  if (b.kvBytesPerToken === null) return 'KV cache per token: unknown.';
  return `KV cache: 2 × ${a.layers} layers × ${a.kvHeads} KV heads × ${a.headDim} head_dim × 2 bytes = **${formatBinary(b.kvBytesPerToken)} per token**${b.maxPositions ? `, ${formatBinary(b.kvBytesPerToken * b.maxPositions)} at ${grouped(b.maxPositions)} tokens` : ''}.`;
}

/** What the value of `f` does to this model. */
export function fieldHover(c: FoundConfig, f: ConfigField): FieldHover | undefined {
  const head = `**${md(f.name)}** = ${md((f.source ?? String(f.value)).slice(0, 120))}`;
  if (!f.known) {
    return { text: `${head} · _LLM Primer_\n\nThis value is computed, not a literal, so the numbers that depend on it are unknown: the companion reads literal values only and never guesses.` };
  }
  const body = c.kind === 'lora' ? loraFieldText(c, f) : modelFieldText(c, f);
  if (!body) return undefined;
  return { text: `${head} · _LLM Primer_\n\n${body.text}`, concept: body.concept };
}

function modelFieldText(c: ModelConfig, f: ConfigField): { text: string; concept?: string } | undefined {
  const a = c.arch;
  const b = c.breakdown;
  const g = b.groups;
  const v = f.value;
  const pct = (x: Num) => (x === null || !b.total ? '' : ` (${formatShare(x / b.total)} of the model)`);
  const gated = a.layout === 'llama' || a.layout === 'phi3';
  switch (f.key) {
    case 'hidden_size': {
      const q = modulesOf(a, (m) => m.leaf === 'q_proj' || m.leaf === 'c_attn' || m.leaf === 'qkv_proj' || m.leaf === 'query_key_value' || m.leaf === 'wq')[0];
      return {
        text: `The width d of every token vector: each token is ${md(String(v))} numbers between layers. It sets the size of every matrix: the token embeddings are ${grouped(a.vocab)} × ${md(String(v))} = ${n(g.embeddings)}, ${q ? `\`${q.leaf}\` is ${grouped(q.in)} → ${grouped(q.out)}, ` : ''}and the MLP reads and writes d. Attention and MLP together hold ${n((g.attention ?? 0) + (g.mlp ?? 0) + (g.experts ?? 0))} parameters${pct(g.attention !== null && g.mlp !== null && g.experts !== null ? g.attention + g.mlp + g.experts : null)}.`,
        concept: 'concept/embeddings',
      };
    }
    case 'num_hidden_layers':
      return {
        text: `${md(String(v))} stacked decoder layers of ${n(b.perLayer[0] ?? null)} parameters each${a.blocks.length > 1 ? ' (MoE and dense layers differ)' : ''}. Every layer adds its own attention, MLP and norms, and its own slice of the KV cache. ${kvLine(c)}`,
        concept: 'concept/stacking-layers',
      };
    case 'num_attention_heads':
      return {
        text: `${md(String(v))} attention heads of head_dim ${grouped(a.headDim)}${a.hidden !== null && a.headDim !== null && a.heads !== null && a.heads * a.headDim !== a.hidden ? ` (${a.heads} × ${a.headDim} = ${a.heads * a.headDim}, not hidden_size ${a.hidden})` : ''}: each head scores every earlier token with its own query, scaled by 1/√${grouped(a.headDim)}. ${ATTN_KIND(a) ? `This model uses ${ATTN_KIND(a)}.` : ''}`,
        concept: 'concept/multi-head-attention',
      };
    case 'num_key_value_heads': {
      if (a.heads === null || a.kvHeads === null) return { text: 'The number of key/value heads (None = one per query head).', concept: 'concept/multi-head-attention' };
      const ratio = a.heads / a.kvHeads;
      const kind = a.kvHeads === a.heads
        ? `${a.kvHeads} with ${a.heads} heads: multi-head attention, every query head has its own K and V.`
        : a.kvHeads === 1
          ? `1 with ${a.heads} heads: multi-query attention, all ${a.heads} query heads share one K/V head, KV cache ${ratio}× smaller than multi-head.`
          : Number.isInteger(ratio)
            ? `${a.kvHeads} with ${a.heads} heads: grouped-query attention, ${ratio} query heads share each K/V head, KV cache ${ratio}× smaller than multi-head.`
            : `${a.kvHeads} does not divide ${a.heads} heads: transformers requires num_attention_heads to be a multiple of num_key_value_heads.`;
      return { text: `${kind} ${kvLine(c)}`, concept: 'concept/multi-head-attention' };
    }
    case 'head_dim':
      return { text: `Width of each attention head: queries, keys and values are ${md(String(v))} numbers per head${a.hidden !== null && a.heads !== null && typeof v === 'number' && v * a.heads !== a.hidden ? ` (set explicitly: ${a.heads} × ${v} = ${a.heads * v} ≠ hidden_size ${a.hidden})` : ''}. ${kvLine(c)}`, concept: 'concept/multi-head-attention' };
    case 'intermediate_size':
    case 'moe_intermediate_size':
    case 'shared_expert_intermediate_size': {
      const width = typeof v === 'number' ? v : a.intermediate;
      const mats = gated ? 3 : 2;
      const per = width !== null && a.hidden !== null ? mats * width * a.hidden : null;
      const what = f.key === 'moe_intermediate_size' ? 'Width of each routed expert’s MLP' : f.key === 'shared_expert_intermediate_size' ? 'Width of the shared expert every token passes through' : a.experts ? 'Width of each expert’s MLP' : 'Width of the MLP (feed-forward) hidden layer';
      return {
        text: `${what}: ${md(String(v))}${a.hidden ? ` = ${(Number(width) / a.hidden).toFixed(2)} × hidden_size` : ''}. ${gated ? 'A gated (SwiGLU-style) MLP has three matrices, gate, up and down' : 'The MLP has two matrices, up and down'}: ${mats} × ${grouped(a.hidden)} × ${md(String(width))} = ${n(per)} per ${a.experts ? 'expert per layer' : 'layer'}. All MLPs: ${n((g.mlp ?? 0) + (g.experts ?? 0))}${pct(g.mlp !== null && g.experts !== null ? g.mlp + g.experts : null)}.`,
        concept: 'concept/transformer-block',
      };
    }
    case 'n_inner':
      return { text: `Width of the MLP hidden layer (None = 4 × n_embd = ${grouped(a.intermediate)}). Two matrices per layer: 2 × ${grouped(a.hidden)} × ${grouped(a.intermediate)} (+ biases).`, concept: 'concept/transformer-block' };
    case 'vocab_size':
      if (v === -1) return { text: 'vocab_size -1: the reference code sets it from the tokenizer when the model is built, so the embedding and output sizes are unknown here.', concept: 'concept/tokenization' };
      return {
        text: `${md(String(v))} tokens in the vocabulary: one embedding row of ${grouped(a.hidden)} numbers each, ${n(g.embeddings)} parameters${pct(g.embeddings)}. ${a.tied ? 'The output head reuses this matrix (tied), so it costs nothing more.' : a.tied === false ? `The output head is a separate ${grouped(a.hidden)} × ${md(String(v))} matrix: another ${n(g.head)}.` : ''}`,
        concept: 'concept/tokenization',
      };
    case 'max_position_embeddings': {
      const learned = a.layout === 'gpt2' || a.layout === 'nanogpt' || a.layout === 'gpt_bigcode';
      const kv = b.kvBytesPerToken !== null && typeof v === 'number' ? ` The KV cache of one sequence this long: ${formatBinary(b.kvBytesPerToken * v)}.` : '';
      return {
        text: `The longest context the model is built for: ${md(String(v))} tokens. ${learned ? `Positions are learned: a ${md(String(v))} × ${grouped(a.hidden)} table, ${n(g.positions)} parameters.` : 'Positions are rotary (RoPE): no position parameters; the limit comes from training.'}${kv}`,
        concept: 'concept/context-window',
      };
    }
    case 'tie_word_embeddings':
      return {
        text: v === true
          ? `Tied: the output head multiplies by the same ${grouped(a.vocab)} × ${grouped(a.hidden)} matrix as the token embeddings, so it is counted once (saves ${n(a.vocab !== null && a.hidden !== null ? a.vocab * a.hidden : null)}).`
          : `Not tied: the output head is its own ${grouped(a.hidden)} → ${grouped(a.vocab)} matrix, ${n(g.head)} parameters${pct(g.head)}.`,
        concept: 'concept/embeddings',
      };
    case 'num_local_experts':
    case 'num_experts':
      return { text: `${md(String(v))} expert MLPs in every MoE layer, chosen per token by a router (${grouped(a.hidden)} × ${md(String(v))} per layer). All experts: ${n(g.experts)}${pct(g.experts)}; only ${grouped(a.expertsPerToken)} run for each token, so ${n(b.active)} parameters are active of ${n(b.total)}.`, concept: 'concept/transformer-block' };
    case 'num_experts_per_tok':
      return { text: `Each token runs ${md(String(v))} of the ${grouped(a.experts)} experts: ${n(b.active)} active parameters per token of ${n(b.total)} in total. Compute per token follows the active count (≈ 2 × ${n(b.active)} FLOPs); memory follows the total.`, concept: 'concept/compute-and-scale' };
    case 'attention_bias':
      return { text: v ? 'The attention projections have bias vectors (counted in attention).' : 'No bias vectors in the attention projections.', concept: 'concept/attention' };
    case 'mlp_bias':
      return { text: v ? 'The MLP projections have bias vectors (counted in MLP).' : 'No bias vectors in the MLP projections.', concept: 'concept/transformer-block' };
    case 'bias':
      return { text: v ? 'Linear layers and LayerNorms have biases, like GPT-2.' : 'No biases in Linear layers and LayerNorms (nanoGPT: "a bit better and faster").', concept: 'concept/layers' };
    case 'multi_query':
      return { text: v ? `Multi-query attention: one K/V head shared by all ${grouped(a.heads)} query heads. ${kvLine(c)}` : `Multi-head attention: every head has its own K and V. ${kvLine(c)}`, concept: 'concept/multi-head-attention' };
    case 'sliding_window':
      return { text: v === null ? 'No sliding window: every token attends to the whole context.' : `Attention looks back at most ${md(String(v))} tokens. The KV cache figures here assume full attention (a cache that keeps every token, as transformers' default cache does).`, concept: 'concept/context-window' };
    case 'rope_theta':
      return { text: `Base of the rotary position encoding's frequencies. Rotary positions have no parameters.`, concept: 'concept/embeddings' };
    case 'torch_dtype':
      return { text: `The checkpoint's storage type. Weights: ${formatGB(weightBytes(b.total).fp32)} in fp32, ${formatGB(weightBytes(b.total).bf16)} in 16-bit, ${formatGB(weightBytes(b.total).int8)} in int8, ${formatGB(weightBytes(b.total).int4)} in 4-bit.` };
    case 'model_type':
      return { text: c.estimate ? `Not a family counted exactly: the counts treat it as a Llama-style decoder from its standard fields (an estimate).` : `Counted as ${FAMILIES[c.family].name} (${FAMILIES[c.family].configClass}): ${exact(b.total)} parameters.` };
    case 'multiple_of':
    case 'ffn_dim_multiplier':
      return { text: `The reference FFN width rule: h = 4·dim, h = int(2h/3)${f.key === 'ffn_dim_multiplier' ? ', h = int(multiplier·h)' : ''}, rounded up to a multiple of multiple_of: the MLP is ${grouped(a.intermediate)} wide.`, concept: 'concept/transformer-block' };
    case 'dropout':
    case 'lora_dropout':
      return { text: 'Dropout acts only in training and has no parameters.', concept: 'concept/overfitting' };
    case 'rms_norm_eps':
    case 'norm_eps':
    case 'layer_norm_epsilon':
    case 'layer_norm_eps':
      return { text: 'A small constant added inside the normalisation for numerical safety; no effect on the counts.' };
    default:
      return undefined;
  }
}

function loraFieldText(c: LoraFound, f: ConfigField): { text: string; concept?: string } | undefined {
  const r = c.result;
  const s = c.spec;
  const base = c.base ? `the base model (${md(c.base.label)})` : 'the base model';
  const trainable = r?.trainable ?? null;
  const total = r ? `${exact(trainable)} trainable, ${formatShare(r.share)} of ${base}` : `trainable unknown: ${md(c.baseMissing ?? 'no base model')}`;
  switch (f.name) {
    case 'r':
      return { text: `Rank of each adapter: an adapted d_in × d_out matrix trains A (r × d_in) and B (d_out × r), r·(d_in + d_out) numbers instead of d_in·d_out. Here: ${total}.`, concept: 'concept/fine-tuning' };
    case 'lora_alpha':
      return { text: `The update B·A is scaled by ${s.useRslora ? 'α/√r' : 'α/r'} = ${r?.scaling === null || r === undefined ? (s.alpha !== null && s.r ? (s.useRslora ? s.alpha / Math.sqrt(s.r) : s.alpha / s.r) : 'unknown') : Number(r.scaling.toPrecision(4))}. Changing α rescales the learning rate of the adapters; it adds no parameters.`, concept: 'concept/fine-tuning' };
    case 'target_modules': {
      if (!r) return { text: `The modules that get adapters. ${total}.`, concept: 'concept/fine-tuning' };
      // Leaf names come from the module inventory (identifiers), not from the file: safe in a code span.
      const rows = r.matches.map((m) => `- \`${m.leaf.replace(/[^\w.]/g, '')}\` ${grouped(m.in)} → ${grouped(m.out)} × ${m.copies}: ${n(m.params)}`).join('\n');
      return { text: `The modules that get adapters:\n\n${rows || '- none'}\n\n${total}.${r.notes.length ? `\n\n${r.notes.map(md).join('; ')}.` : ''}`, concept: 'concept/fine-tuning' };
    }
    case 'bias':
      return { text: s.bias === 'none' ? 'No bias is trained.' : s.bias === 'lora_only' ? 'The existing biases of the adapted modules are trained too (counted).' : s.bias === 'all' ? 'Every bias in the model is trained too (counted).' : 'PEFT accepts "none", "all" or "lora_only".', concept: 'concept/fine-tuning' };
    case 'use_rslora':
      return { text: `rsLoRA scales the update by α/√r instead of α/r, so larger ranks keep learning. No effect on the count.`, concept: 'concept/fine-tuning' };
    case 'lora_dropout':
      return { text: 'Dropout on the adapter’s input, in training only; no parameters.', concept: 'concept/fine-tuning' };
    case 'layers_to_transform':
      return { text: `Only these layers get adapters. ${total}.`, concept: 'concept/fine-tuning' };
    case 'modules_to_save':
      return { text: `These modules are trained in full (a copy is saved with the adapter). ${total}.`, concept: 'concept/fine-tuning' };
    case 'task_type':
      return { text: 'Tells PEFT which model wrapper to build; no effect on the count.' };
    default:
      return undefined;
  }
}

/** The field whose name or value covers `offset`, if any. */
export function fieldAt(configs: FoundConfig[], offset: number): { config: FoundConfig; field: ConfigField } | undefined {
  for (const config of configs) {
    if (offset < config.start || offset > config.end) continue;
    for (const field of config.fields) {
      if (field.origin !== 'file') continue;
      if (field.start === undefined || field.end === undefined) continue;
      if (offset >= field.start && offset <= field.end) return { config, field };
    }
  }
  return undefined;
}
