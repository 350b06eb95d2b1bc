/**
 * The model card: a reader page for one configuration, built here as escaped HTML plus the typed
 * numbers the webview recomputes live (KV cache for a batch size and context, 6·N·D for a token
 * count). Every figure links to the concept page that derives it, with its formula.
 */
import { esc, navLink } from '../content/html';
import { GROUPS, moduleParams, weightBytes, type Arch, type Group, type Num } from './architecture';
import type { FoundConfig, LoraFound, ModelConfig } from './detect';
import { FAMILIES } from './families';
import { formatBinary, formatCount, formatFlops, formatGB, formatShare, grouped } from './format';
import { defaultLora, loraPresets, modelPresets, type DiagramPreset, type PresetDiagram } from './presets';
import type { LoraResult } from './lora';

export interface ModelCardData {
  kvBytesPerToken: number | null;
  maxContext: number | null;
  params: number | null;
  active: number | null;
}

export interface ModelCardView {
  /** Card id: letters, digits and dashes. */
  id: string;
  title: string;
  html: string;
  data: ModelCardData;
  /** The diagrams it can open with this model's numbers. */
  diagrams: PresetDiagram[];
  /** The document and configuration it was built from (set by the host; kept for a window reload). */
  source?: { uri: string; config: string };
}

export interface ModelCard {
  view: ModelCardView;
  presets: DiagramPreset[];
}

const GROUP_LABEL: Record<Group, string> = {
  embeddings: 'Token embeddings', positions: 'Position embeddings', attention: 'Attention', mlp: 'MLP', experts: 'Experts (routed)',
  router: 'Router', norms: 'Norms', head: 'Output head',
};
const GROUP_CONCEPT: Record<Group, string> = {
  embeddings: 'concept/embeddings', positions: 'concept/embeddings', attention: 'concept/multi-head-attention', mlp: 'concept/transformer-block',
  experts: 'concept/transformer-block', router: 'concept/transformer-block', norms: 'concept/transformer-block', head: 'concept/language-modeling-objective',
};
const DIAGRAM_LABEL: Record<PresetDiagram, string> = {
  'inference-loop': 'Inference Loop (KV cache)', 'compute-and-scale': 'Compute & Scale', 'fine-tuning': 'Fine-tuning (LoRA)', 'multi-head-attention': 'Multi-Head Attention',
};

const num = (x: Num) => (x === null ? 'unknown' : grouped(x));
const cell = (s: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${s}</td>`;
/** A breakdown row: label with its concept link, the number with its share, the formula. `value` is HTML. */
const row = (label: string, conceptId: string, value: string, share: string, formula: string, cls = '') =>
  `<tr${cls ? ` class="${cls}"` : ''}>${cell(`${label}<br><span class="muted">${concept(conceptId)}</span>`)}${cell(`${value}${share ? `<br><span class="muted">${esc(share)}</span>` : ''}`, 'num')}${cell(`<code>${esc(formula)}</code>`, 'formula')}</tr>`;
const CONCEPT_TITLE: Record<string, string> = {
  'concept/embeddings': 'Embeddings', 'concept/multi-head-attention': 'Multi-Head Attention', 'concept/transformer-block': 'Transformer block',
  'concept/stacking-layers': 'Stacking layers', 'concept/language-modeling-objective': 'LM objective', 'concept/inference-loop': 'Inference Loop',
  'concept/context-window': 'Context window', 'concept/compute-and-scale': 'Compute & Scale', 'concept/fine-tuning': 'Fine-tuning',
};
/** A link to the concept page that derives a figure, named after it. */
const concept = (id: string, text = CONCEPT_TITLE[id] ?? 'derivation') => navLink(id, text);

/** A short stable id for a card from the file and the configuration. */
export function cardId(file: string, configId: string): string {
  let h = 2166136261;
  for (const ch of `${file}#${configId}`) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return `card-${h.toString(36)}`;
}

/** The formula line for one group: layers × per-layer modules, or the top-level modules. */
function groupFormula(a: Arch, g: Group): string {
  const num = (x: Num) => (x === null ? '?' : String(x));
  const parts: string[] = [];
  for (const m of a.top.filter((x) => x.group === g)) parts.push(m.kind === 'embedding' ? `${num(m.in)} × ${num(m.out)}` : m.kind === 'norm' ? `${num(m.in)}${m.bias ? ' × 2' : ''}` : `${num(m.in)} × ${num(m.out)}`);
  for (const b of a.blocks) {
    const mods = b.modules.filter((m) => m.group === g);
    if (!mods.length) continue;
    const per = mods.map((m) => {
      const shape = m.kind === 'norm' ? `${num(m.in)}${m.bias ? '·2' : ''}` : `${num(m.in)}×${num(m.out)}${m.bias ? '+b' : ''}`;
      return `${m.leaf} ${shape}${m.copies !== 1 ? ` ×${num(m.copies)}` : ''}`;
    }).join(' + ');
    parts.push(`${num(b.count)} layers × (${per})`);
  }
  return parts.join(' + ');
}

function paramsTable(c: ModelConfig): string {
  const a = c.arch;
  const b = c.breakdown;
  const rows = GROUPS.filter((g) => b.groups[g] !== 0 || (g === 'head') || (g === 'positions' && (a.layout === 'gpt2' || a.layout === 'nanogpt' || a.layout === 'gpt_bigcode'))).map((g) => {
    const v = b.groups[g];
    let formula = groupFormula(a, g);
    if (g === 'head' && b.tied) formula = 'tied to the token embeddings: counted once';
    if (g === 'positions' && !formula) formula = 'rotary: no parameters';
    const share = v === null || !b.total ? '' : formatShare(v / b.total);
    return row(esc(GROUP_LABEL[g]), GROUP_CONCEPT[g], esc(num(v)), share, formula);
  });
  const activeRow = b.active !== b.total
    ? row('Active per token', 'concept/transformer-block', esc(num(b.active)), b.active !== null && b.total ? formatShare(b.active / b.total) : '', `all but the routed experts + ${num(a.expertsPerToken)} of ${num(a.experts)} experts per layer`, 'total')
    : row('Active per token', 'concept/transformer-block', esc(num(b.active)), '100 %', 'dense: every parameter runs for every token', 'total');
  return `<table class="model-table" data-testid="params-table"><thead><tr><th>part</th><th>parameters</th><th>formula</th></tr></thead><tbody>${rows.join('')}
${row('<strong>Total</strong>', 'concept/stacking-layers', `<strong data-testid="total">${esc(num(b.total))}</strong>`, formatCount(b.total), 'unique trainable tensors: tied weights once, buffers excluded', 'total')}
${activeRow}</tbody></table>`;
}

function memoryTable(b: { total: Num }): string {
  const w = weightBytes(b.total);
  const rows: [string, Num, string][] = [['fp32', w.fp32, '4 bytes'], ['bf16 / fp16', w.bf16, '2 bytes'], ['int8', w.int8, '1 byte'], ['4-bit', w.int4, '½ byte (no quantisation scales)']];
  return `<table class="model-table"><thead><tr><th>precision</th><th>weights</th><th>formula</th></tr></thead><tbody>${rows.map(([p, v, f]) => `<tr>${cell(esc(p))}${cell(esc(formatGB(v)), 'num')}${cell(`<code>${esc(`${num(b.total)} × ${f}`)}</code>`, 'formula')}</tr>`).join('')}</tbody></table>
<p class="muted">Weights only: activations, the KV cache and (in training) gradients and optimizer state come on top. ${concept('concept/inference-loop', 'Where inference memory goes')}</p>`;
}

/** The live KV-cache and compute figures, recomputed by the webview when a control changes. */
export function liveFigures(d: ModelCardData, input: { batch: number; context: number; tokens: number }): { kvTotal: string; kvFormula: string; trainFlops: string; trainFormula: string } {
  const kv = d.kvBytesPerToken === null ? null : d.kvBytesPerToken * input.context * input.batch;
  const flops = d.params === null ? null : 6 * d.params * input.tokens;
  return {
    kvTotal: formatBinary(kv),
    kvFormula: `${formatBinary(d.kvBytesPerToken)}/token × ${grouped(input.context)} tokens × batch ${grouped(input.batch)} = ${kv === null ? 'unknown' : `${grouped(kv)} B`}`,
    trainFlops: formatFlops(flops),
    trainFormula: `6 × N × D = 6 × ${grouped(d.params)} × ${grouped(input.tokens)} = ${formatFlops(flops)} FLOPs`,
  };
}

function kvSection(c: ModelConfig, data: ModelCardData): string {
  const a = c.arch;
  const b = c.breakdown;
  const kind = a.heads === null || a.kvHeads === null ? 'unknown'
    : a.kvHeads === a.heads ? 'multi-head attention (a K/V head per query head)'
      : a.kvHeads === 1 ? `multi-query attention (one K/V head for ${a.heads} query heads)`
        : `grouped-query attention (${a.heads / a.kvHeads} query heads per K/V head, cache ${a.heads / a.kvHeads}× smaller than multi-head)`;
  const context = data.maxContext ?? 2048;
  const live = liveFigures(data, { batch: 1, context, tokens: (data.params ?? 0) * 20 });
  return `<table class="model-table"><tbody>
<tr>${cell('Attention')}${cell(esc(kind))}${cell(concept('concept/multi-head-attention'))}</tr>
<tr>${cell('Per token')}${cell(`<strong data-testid="kv-per-token">${esc(formatBinary(b.kvBytesPerToken))}</strong> <code>${esc(`2 (K and V) × ${num(a.layers)} layers × ${num(a.kvHeads)} KV heads × ${num(a.headDim)} head_dim × 2 bytes = ${num(b.kvBytesPerToken)} B`)}</code>`)}${cell(concept('concept/inference-loop'))}</tr>
<tr>${cell('At max context')}${cell(data.maxContext === null ? 'max context unknown' : `${esc(formatBinary(b.kvBytesPerToken === null ? null : b.kvBytesPerToken * data.maxContext))} for ${esc(grouped(data.maxContext))} tokens, one sequence`)}${cell(concept('concept/context-window'))}</tr>
</tbody></table>
<div class="card-controls" role="group" aria-label="KV cache for a batch">
<label>batch size <input type="number" min="1" max="4096" step="1" value="1" data-card-input="batch"></label>
<label>context (tokens) <input type="number" min="1" max="100000000" step="1" value="${context}" data-card-input="context"></label>
<output data-card-out="kv-total" aria-live="polite">${esc(live.kvTotal)}</output>
</div>
<p class="formula-line"><code data-card-out="kv-formula">${esc(live.kvFormula)}</code></p>
<p class="muted">16-bit cache, full attention (every token kept), as transformers' default cache stores it.</p>`;
}

function computeSection(c: ModelConfig, data: ModelCardData): string {
  const b = c.breakdown;
  const D = b.total === null ? null : 20 * b.total;
  const live = liveFigures(data, { batch: 1, context: 1, tokens: D ?? 0 });
  return `<table class="model-table"><tbody>
<tr>${cell('Forward pass')}${cell(`<strong>${esc(formatFlops(b.active === null ? null : 2 * b.active))}</strong> FLOPs per token <code>${esc(`≈ 2 × N${b.active !== b.total ? '_active' : ''} = 2 × ${num(b.active)}`)}</code>`)}${cell(concept('concept/compute-and-scale'))}</tr>
<tr>${cell('Chinchilla tokens')}${cell(`<strong>${esc(formatCount(D))}</strong> tokens <code>${esc(`≈ 20 × N = 20 × ${num(b.total)}`)}</code>`)}${cell(concept('concept/compute-and-scale'))}</tr>
<tr>${cell('Training compute')}${cell(`<output data-card-out="train-flops">${esc(live.trainFlops)}</output> FLOPs <code data-card-out="train-formula">${esc(live.trainFormula)}</code>`)}${cell(concept('concept/compute-and-scale'))}</tr>
</tbody></table>
<div class="card-controls" role="group" aria-label="Training tokens">
<label>training tokens D <input type="number" min="1" step="any" value="${D ?? 1}" data-card-input="tokens"></label>
</div>`;
}

function loraTable(r: LoraResult): string {
  if (!r.matches.length) return '';
  return `<table class="model-table"><thead><tr><th>module</th><th>shape</th><th>adapted copies</th><th>trainable</th></tr></thead><tbody>${r.matches.map((m) => `<tr>${cell(`<code>${esc(m.leaf)}</code>`)}${cell(esc(`${grouped(m.in)} → ${grouped(m.out)}`))}${cell(esc(grouped(m.copies)), 'num')}${cell(esc(grouped(m.params)), 'num')}</tr>`).join('')}</tbody></table>`;
}

function fineTuningSection(c: ModelConfig, lora: LoraFound | undefined): string {
  if (lora) {
    const s = lora.spec;
    if (!lora.result) return `<p>Trainable: unknown — ${esc(lora.baseMissing ?? 'no base model')}.</p>`;
    const r = lora.result;
    return `<table class="model-table"><tbody>
<tr>${cell('Trainable')}${cell(`<strong data-testid="lora-trainable">${esc(num(r.trainable))}</strong> (${esc(formatCount(r.trainable))}) <code>${esc(`Σ r·(d_in + d_out) over ${r.matches.reduce((x, m) => x + m.copies, 0)} adapted modules, r = ${s.r}`)}</code>`)}${cell(concept('concept/fine-tuning'))}</tr>
<tr>${cell('Share of the base model')}${cell(`<strong data-testid="lora-share">${esc(formatShare(r.share))}</strong> <code>${esc(`${num(r.trainable)} / ${num(c.breakdown.total)}`)}</code>`)}${cell(concept('concept/fine-tuning'))}</tr>
<tr>${cell('Scaling')}${cell(`<code>${esc(`${s.useRslora ? 'α/√r' : 'α/r'} = ${s.alpha ?? '?'}/${s.useRslora ? `√${s.r}` : s.r} = ${r.scaling === null ? 'unknown' : Number(r.scaling.toPrecision(4))}`)}</code>`)}${cell(concept('concept/fine-tuning'))}</tr>
<tr>${cell('bias')}${cell(esc(s.bias === 'none' ? 'none: no bias trained' : s.bias === 'lora_only' ? 'lora_only: the adapted modules’ biases are trained (counted)' : s.bias === 'all' ? 'all: every bias in the model is trained (counted)' : 'unknown'))}${cell('')}</tr>
</tbody></table>${loraTable(r)}${r.notes.length ? `<ul class="notes">${r.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}`;
  }
  const d = defaultLora(c);
  if (!d) return '<p class="muted">PEFT has no default LoRA targets for this family.</p>';
  const how = c.family === 'nanogpt' ? 'With r = 8 on c_attn (GPT-2’s PEFT default; nanoGPT uses the same module names)' : `With PEFT's defaults (r = 8 on ${d.result.matches.map((m) => m.leaf).join(', ')})`;
  return `<p>${esc(how)}: <strong>${esc(num(d.result.trainable))}</strong> trainable, ${esc(formatShare(d.result.share))} of the model. ${concept('concept/fine-tuning', 'How LoRA counts')}</p>${loraTable(d.result)}`;
}

function fieldsTable(c: FoundConfig): string {
  const rows = c.fields.map((f) => {
    const value = f.known ? (f.source ?? JSON.stringify(f.value)) : `${f.source || '(no default)'} — computed: unknown`;
    const origin = f.origin === 'file' ? 'this file' : f.origin === 'dataclass' ? 'dataclass default' : c.kind === 'model' ? `${FAMILIES[c.family].configClass} default` : 'default';
    return `<tr>${cell(`<code>${esc(f.name)}</code>`)}${cell(`<code>${esc(value.slice(0, 200))}</code>`)}${cell(esc(origin))}</tr>`;
  });
  return `<details><summary>Fields (${c.fields.length})</summary><table class="model-table"><thead><tr><th>field</th><th>value</th><th>from</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function modulesList(a: Arch): string {
  const rows = [...a.top.map((m) => ({ m, times: '1' })), ...a.blocks.flatMap((b) => b.modules.map((m) => ({ m, times: `${num(b.count)} layers${m.copies !== 1 ? ` × ${num(m.copies)}` : ''}` })))];
  return `<details><summary>Modules (${rows.length})</summary><table class="model-table"><thead><tr><th>module</th><th>shape</th><th>copies</th><th>parameters each</th></tr></thead><tbody>${rows.map(({ m, times }) => `<tr>${cell(`<code>${esc(m.path)}</code>`)}${cell(esc(m.kind === 'norm' ? `${num(m.in)}${m.bias ? ' (+ bias)' : ''}` : `${num(m.in)} → ${num(m.out)}${m.bias ? ' + bias' : ''}`))}${cell(esc(times))}${cell(esc(num(moduleParams(m))), 'num')}</tr>`).join('')}</tbody></table></details>`;
}

/** Build the card for a configuration found in `file` (a workspace-relative path or a name). */
export function buildModelCard(c: FoundConfig, file: string): ModelCard {
  const id = cardId(file, c.id);
  const name = `${file}${c.label === 'config.json' || c.label === 'params.json' ? '' : ` · ${c.label}`}`;
  const lora = c.kind === 'lora' ? c : undefined;
  const model = c.kind === 'model' ? c : c.base?.config;
  const presets = c.kind === 'model' ? modelPresets(c, name) : loraPresets(c, name);
  const title = c.kind === 'lora' ? `LoRA r=${c.spec.r ?? '?'} · ${file}` : `${FAMILIES[c.family].name}${c.estimate ? ' (estimate)' : ''} · ${name}`;
  const sub = c.kind === 'lora'
    ? (c.base ? `Base model: ${c.base.config.estimate ? 'estimate from ' : ''}${c.base.label} (${c.base.where})` : `Base model unknown: ${c.baseMissing ?? ''}`)
    : c.estimate ? `model_type "${c.model}": counted as a Llama-style decoder from its standard fields (an estimate)`
      : c.family === 'nanogpt' ? 'Counted as nanoGPT’s model.py builds GPTConfig'
        : c.family === 'llama-reference' ? 'Counted as Meta’s reference llama/model.py builds ModelArgs'
          : `Counted exactly as transformers builds ${FAMILIES[c.family].configClass}`;
  const notes = [...c.notes, ...(lora && model ? model.notes.map((x) => `base model: ${x}`) : [])];
  const data: ModelCardData = {
    kvBytesPerToken: model?.breakdown.kvBytesPerToken ?? null, maxContext: model?.breakdown.maxPositions ?? null,
    params: model?.breakdown.total ?? null, active: model?.breakdown.active ?? null,
  };
  const buttons = presets.map((p) => `<button type="button" data-action="open-diagram" data-diagram="${esc(p.diagram)}">${esc(`Open in diagram: ${DIAGRAM_LABEL[p.diagram]}`)}</button>`).join('');
  const sections: string[] = [];
  if (lora) sections.push(`<section><h2 id="lora">LoRA</h2>${model ? fineTuningSection(model, lora) : `<p>Trainable: unknown — ${esc(lora.baseMissing ?? '')}.</p>`}</section>`);
  if (model) {
    sections.push(
      `<section><h2 id="parameters">Parameters</h2>${paramsTable(model)}${modulesList(model.arch)}</section>`,
      `<section><h2 id="memory">Weight memory</h2>${memoryTable(model.breakdown)}</section>`,
      `<section><h2 id="kv-cache">KV cache</h2>${kvSection(model, data)}</section>`,
      `<section><h2 id="compute">Compute</h2>${computeSection(model, data)}</section>`,
    );
    if (!lora) sections.push(`<section><h2 id="fine-tuning">Fine-tuning</h2>${fineTuningSection(model, undefined)}</section>`);
  }
  sections.push(`<section><h2 id="fields">Configuration</h2>${fieldsTable(c)}${lora && model ? fieldsTable(model) : ''}</section>`);
  const html = `<header><h1 id="page-title" tabindex="-1">${esc(title)}</h1><p class="muted">${esc(sub)}</p>${buttons ? `<div class="toolbar" role="toolbar" aria-label="Open in diagram">${buttons}</div>` : ''}</header>
<article class="page page-model-card" data-card="${esc(id)}">${notes.length ? `<ul class="notes">${notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}${sections.join('\n')}</article>`;
  return { view: { id, title, html, data, diagrams: presets.map((p) => p.diagram) }, presets };
}
