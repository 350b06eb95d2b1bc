/**
 * Finds model configurations in a document and counts them: Hugging Face config.json (and JSON
 * buffers that declare `model_type` or `architectures`), nanoGPT's GPTConfig, Meta's reference
 * Llama ModelArgs, mlx-lm ModelArgs, transformers `*Config(...)` and `AutoConfig.for_model`
 * calls, and PEFT `LoraConfig(...)`. Pure: text in, configurations with offsets out.
 */
import { buildArch, count, type Arch, type Breakdown, type Values } from './architecture';
import { canonical, CONFIG_CLASSES, FAMILIES, familyOfModelType, type Family } from './families';
import { parseJson, type JsonNode } from './json';
import { countLora, loraSpecFrom, type LoraResult, type LoraSpec } from './lora';
import { scanPython, type PyCall, type PyDataclass, type PyField, type PyValue } from './python';
import { english, type Localizer } from '../l10n';

export interface ConfigField {
  /** As written in the file (n_embd, hidden_size, dim…). */
  name: string;
  /** Canonical Hugging Face name (hidden_size). */
  key: string;
  value: PyValue | undefined;
  known: boolean;
  /** file: written here; dataclass: the default of the dataclass in this file; default: the config class's default. */
  origin: 'file' | 'dataclass' | 'default';
  source?: string;
  start?: number;
  end?: number;
  nameStart?: number;
  nameEnd?: number;
}

interface Base {
  /** Stable within a document version: kind and start offset. */
  id: string;
  /** What the CodeLens and the card call it: `config.json`, `GPTConfig`, `LlamaConfig(…)`. */
  label: string;
  start: number;
  end: number;
  fields: ConfigField[];
  notes: string[];
}

export interface ModelConfig extends Base {
  kind: 'model';
  family: Family;
  /** What the bench prints as "model": the family, or the model_type of a best-effort estimate. */
  model: string;
  estimate: boolean;
  arch: Arch;
  breakdown: Breakdown;
}

export interface LoraFound extends Base {
  kind: 'lora';
  spec: LoraSpec;
  /** Set once a base model is known (see attachLoraBase). */
  base?: { label: string; where: string; config: ModelConfig };
  result?: LoraResult;
  /** Why the trainable count is unknown. */
  baseMissing?: string;
}

export type FoundConfig = ModelConfig | LoraFound;

export interface Problem {
  message: string;
  offset: number;
}

export interface DetectResult {
  configs: FoundConfig[];
  problems: Problem[];
  /** Literal strings that may name a base model (`from_pretrained("models/llama-2-7b")`). */
  modelRefs: string[];
}

const REQUIRED = ['vocab_size', 'hidden_size', 'num_hidden_layers', 'num_attention_heads', 'intermediate_size'];

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** Detect every configuration in `text`; `fileName` decides JSON vs Python (notebooks: pass the cells' text as Python). */
export function detectConfigs(text: string, fileName: string, languageId?: string, l10n: Localizer = english): DetectResult {
  const name = baseName(fileName).toLowerCase();
  if (languageId === 'json' || languageId === 'jsonc' || /\.jsonc?$/.test(name) || (!languageId && !/\.(py|ipynb)$/.test(name) && /^\s*\{/.test(text))) {
    return jsonConfigs(text, name === 'config.json', l10n);
  }
  if (name.endsWith('.ipynb') && languageId === undefined) return notebookConfigs(text, l10n);
  return pythonConfigs(text);
}

// ---------------------------------------------------------------- JSON

const ARCH_PREFIX: [RegExp, Family][] = [
  [/^Qwen2Moe/, 'qwen2_moe'], [/^Qwen2/, 'qwen2'], [/^Qwen3(?!Moe)/, 'qwen3'], [/^Mixtral/, 'mixtral'], [/^Mistral/, 'mistral'],
  [/^Gemma2/, 'gemma2'], [/^Gemma(?!\d)/, 'gemma'], [/^Phi3/, 'phi3'], [/^GPT2/, 'gpt2'], [/^GPTNeoX(?!Japanese)/, 'gpt_neox'],
  [/^GPTBigCode/, 'gpt_bigcode'], [/^Llama/, 'llama'],
];

/** Meta's reference checkpoints ship params.json with ModelArgs' fields (dim, n_layers, n_heads, …). */
const isReferenceParams = (obj: Record<string, unknown>) => !('model_type' in obj) && 'dim' in obj && 'n_layers' in obj && 'n_heads' in obj;

function looksLikeModel(obj: Record<string, unknown>): boolean {
  if ('model_type' in obj || 'architectures' in obj || isReferenceParams(obj)) return true;
  const std = ['hidden_size', 'n_embd', 'num_hidden_layers', 'n_layer', 'num_attention_heads', 'n_head', 'vocab_size', 'intermediate_size'];
  return std.filter((k) => k in obj).length >= 3;
}

function jsonConfigs(text: string, isConfigJson: boolean, l10n: Localizer): DetectResult {
  const { root, errors } = parseJson(text);
  const problems: Problem[] = [];
  const obj = root?.type === 'object' ? (root.value as Record<string, unknown>) : undefined;
  const modelish = obj ? looksLikeModel(obj) : /"(model_type|architectures|hidden_size|n_embd)"\s*:/.test(text);
  if (errors.length && (modelish || isConfigJson && /"(model_type|architectures|hidden_size|n_embd|num_hidden_layers)"/.test(text))) {
    problems.push({ message: l10n.t('This model config is not valid JSON: {0}. The counts use the fields that could be read.', errors[0].message), offset: errors[0].offset });
  }
  if (!root || root.type !== 'object' || !obj || !modelish) return { configs: [], problems, modelRefs: [] };
  const fields: ConfigField[] = (root.properties ?? []).map((p) => ({
    name: p.key, key: canonical(p.key), value: p.value.value, known: true, origin: 'file',
    source: text.slice(p.value.offset, p.value.offset + p.value.length),
    start: p.keyOffset, end: p.value.offset + p.value.length, nameStart: p.keyOffset + 1, nameEnd: p.keyOffset + p.keyLength - 1,
  }));
  let family = isReferenceParams(obj) ? 'llama-reference' as const : familyOfModelType(obj.model_type);
  const archs = Array.isArray(obj.architectures) ? obj.architectures.filter((a): a is string => typeof a === 'string') : [];
  if (!family && obj.model_type === undefined) family = ARCH_PREFIX.find(([re]) => archs.some((a) => re.test(a)))?.[1];
  // A config with syntax errors is counted from the fields that could be read: an estimate.
  const estimate = !family || errors.length > 0;
  const model = family === 'llama-reference' ? 'llama' : family ?? (typeof obj.model_type === 'string' ? obj.model_type : archs[0] ?? 'unknown');
  const notes: string[] = [];
  if (errors.length) notes.push('the file has JSON errors: counted from the fields that could be read');
  if (!family) notes.push(`model_type "${model}" is not one of the families counted exactly: counted as a Llama-style decoder from its standard fields (an estimate)`);
  const config = modelConfig({
    id: `json:${root.offset}`, label: family === 'llama-reference' ? 'params.json' : 'config.json', start: root.offset, end: root.offset + root.length,
    family: family ?? 'llama', model, estimate, fields, defaults: family ? FAMILIES[family].defaults : undefined, spread: false, notes,
  });
  nestedNote(root, config);
  return { configs: [config], problems, modelRefs: [] };
}

function nestedNote(root: JsonNode, c: ModelConfig): void {
  const inner = root.properties?.find((p) => p.key === 'text_config' && p.value.type === 'object');
  if (inner) c.notes.push('this config nests a text_config: only the top-level fields are counted');
}

// ---------------------------------------------------------------- Python

const LLAMA_REF_KEYS = ['dim', 'n_layers', 'n_heads', 'n_kv_heads', 'multiple_of', 'ffn_dim_multiplier', 'max_seq_len'];
const HF_KEYS = ['hidden_size', 'num_hidden_layers', 'num_attention_heads', 'intermediate_size'];
const NANO_KEYS = ['n_layer', 'n_head', 'n_embd', 'block_size'];

const lastPart = (callee: string) => callee.split('.').pop() ?? callee;

function isInteresting(callee: string): boolean {
  const last = lastPart(callee);
  return last in CONFIG_CLASSES || last === 'GPTConfig' || last === 'ModelArgs' || last === 'LoraConfig' || callee.endsWith('AutoConfig.for_model');
}

function toField(f: PyField, origin: ConfigField['origin']): ConfigField {
  return { name: f.name, key: canonical(f.name), value: f.value, known: f.known, origin, source: f.source, start: f.start, end: f.end, nameStart: f.nameStart, nameEnd: f.nameEnd };
}

/** Join the code cells of a notebook into one Python text (the bench reads .ipynb files this way). */
export function notebookCode(text: string): string | undefined {
  try {
    const nb = JSON.parse(text) as { cells?: { cell_type?: string; source?: string | string[] }[] };
    if (!Array.isArray(nb.cells)) return undefined;
    return nb.cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source ?? '')).join('\n\n');
  } catch {
    return undefined;
  }
}

function notebookConfigs(text: string, l10n: Localizer): DetectResult {
  const code = notebookCode(text);
  if (code === undefined) return { configs: [], problems: [{ message: l10n.t('This notebook is not valid JSON.'), offset: 0 }], modelRefs: [] };
  const r = pythonConfigs(code);
  // Offsets refer to the joined cells, not the .ipynb file.
  return r;
}

function dataclassKind(dc: PyDataclass): 'nanogpt' | 'llama-reference' | 'mlx' | undefined {
  const names = new Set(dc.fields.map((f) => f.name));
  const has = (keys: string[], n: number) => keys.filter((k) => names.has(k)).length >= n;
  if (dc.name === 'GPTConfig' && has(NANO_KEYS, 2)) return 'nanogpt';
  if (dc.name === 'ModelArgs' && has(LLAMA_REF_KEYS, 2)) return 'llama-reference';
  if (dc.name === 'ModelArgs' && has(HF_KEYS, 2)) return 'mlx';
  if (/Config$/.test(dc.name) && has(['n_layer', 'n_head', 'n_embd'], 3)) return 'nanogpt';
  return undefined;
}

function mlxFamily(values: ConfigField[]): { family: Family; estimate: boolean; model: string } {
  const mt = values.find((f) => f.key === 'model_type');
  const fam = mt?.known ? familyOfModelType(mt.value) : undefined;
  if (fam) return { family: fam, estimate: false, model: fam };
  return { family: 'llama', estimate: true, model: typeof mt?.value === 'string' ? mt.value : 'llama' };
}

function pythonConfigs(text: string): DetectResult {
  const scan = scanPython(text, isInteresting);
  const configs: FoundConfig[] = [];
  const dataclasses = new Map<string, { dc: PyDataclass; kind: NonNullable<ReturnType<typeof dataclassKind>> }>();
  for (const dc of scan.dataclasses) {
    const kind = dataclassKind(dc);
    if (!kind) continue;
    dataclasses.set(dc.name, { dc, kind });
    const fields = dc.fields.map((f) => toField(f, 'file'));
    const notes: string[] = [];
    const noDefault = dc.fields.filter((f) => f.noDefault).map((f) => f.name);
    if (noDefault.length) notes.push(`${noDefault.join(', ')} ${noDefault.length === 1 ? 'has' : 'have'} no default: set when the class is constructed`);
    const fam = kind === 'mlx' ? mlxFamily(fields) : { family: kind as Family, estimate: false, model: kind === 'llama-reference' ? 'llama' : kind };
    configs.push(modelConfig({
      id: `dataclass:${dc.start}`, label: dc.name, start: dc.start, end: dc.end, ...fam, fields,
      // A dataclass's fields are its own defaults: fields it does not declare take the family's.
      defaults: kind === 'mlx' ? undefined : FAMILIES[kind as Family].defaults, spread: false, notes, fromDataclass: true,
    }));
  }
  for (const call of scan.calls) {
    const c = callConfig(call, dataclasses);
    if (c) configs.push(c);
  }
  configs.sort((a, b) => a.start - b.start);
  const modelRefs = modelReferences(text);
  // LoRA with a base model in the same file: the nearest model config before it, else the first.
  const models = configs.filter((c): c is ModelConfig => c.kind === 'model');
  for (const l of configs) {
    if (l.kind !== 'lora' || !models.length) continue;
    const before = models.filter((m) => m.start < l.start);
    const m = before.length ? before[before.length - 1] : models[0];
    attachLoraBase(l, m, m.label, 'this file');
  }
  return { configs, problems: [], modelRefs };
}

/** Strings passed as a model name or path: from_pretrained("…"), model_name_or_path="…", base_model="…". */
function modelReferences(text: string): string[] {
  const out = new Set<string>();
  const re = /(?:from_pretrained\(\s*|(?:model_name_or_path|model_name|model_id|base_model|pretrained_model_name_or_path|model_path)\s*[=:]\s*)[rfb]?(["'])([^"'\n]{1,200})\1/g;
  for (const m of text.matchAll(re)) out.add(m[2]);
  return [...out];
}

function callConfig(call: PyCall, dataclasses: Map<string, { dc: PyDataclass; kind: string }>): FoundConfig | undefined {
  const last = lastPart(call.callee);
  const kwFields = call.kwargs.map((f) => toField(f, 'file'));
  const label = `${last}(…)`;
  const notes: string[] = [];
  if (call.spread) notes.push('the call also passes *args/**kwargs: fields not written out here are unknown');
  const id = `call:${call.start}`;
  if (last === 'LoraConfig') {
    const values: Record<string, PyValue | undefined> = {};
    const unknown: string[] = [];
    for (const f of kwFields) { values[f.name] = f.value; if (!f.known) unknown.push(f.name); }
    if (call.spread) for (const k of ['r', 'lora_alpha', 'target_modules', 'bias', 'use_rslora']) if (!(k in values)) unknown.push(k);
    return { kind: 'lora', id, label, start: call.start, end: call.end, fields: kwFields, notes, spec: loraSpecFrom(values, unknown) };
  }
  let family: Family | undefined;
  let estimate = false;
  let model = '';
  let defaults: Record<string, PyValue> | undefined;
  let inherited: ConfigField[] = [];
  if (last in CONFIG_CLASSES) {
    family = CONFIG_CLASSES[last];
  } else if (call.callee.endsWith('AutoConfig.for_model')) {
    const mt = call.positional[0];
    if (!mt?.known || typeof mt.value !== 'string') {
      notes.push('the model type (first argument) is computed');
      family = undefined;
    } else {
      family = familyOfModelType(mt.value);
      if (!family) { estimate = true; model = mt.value; notes.push(`model type "${mt.value}" is not one of the families counted exactly: counted as a Llama-style decoder (an estimate)`); }
    }
    if (!family && !estimate) return undefined;
  } else if (last === 'GPTConfig' || last === 'ModelArgs') {
    const local = dataclasses.get(last);
    const given = new Set(call.kwargs.map((f) => f.name));
    if (local) {
      inherited = local.dc.fields.filter((f) => !given.has(f.name)).map((f) => toField(f, 'dataclass'))
        // **kwargs may set any field the call does not write out.
        .map((f) => (call.spread ? { ...f, value: undefined, known: false } : f));
      if (local.kind === 'mlx') {
        const fam = mlxFamily([...kwFields, ...inherited]);
        family = fam.family; estimate = fam.estimate; model = fam.model;
      } else {
        family = local.kind as Family;
        defaults = FAMILIES[family].defaults;
      }
    } else if (last === 'GPTConfig') {
      family = 'nanogpt';
      notes.push("GPTConfig is not defined in this file: fields not written here take nanoGPT's published defaults");
    } else {
      const names = call.kwargs.map((f) => f.name);
      if (names.some((n) => LLAMA_REF_KEYS.includes(n))) { family = 'llama-reference'; notes.push("ModelArgs is not defined in this file: fields not written here take the defaults of Meta's reference llama/model.py"); }
      else if (names.some((n) => HF_KEYS.includes(n) || n === 'model_type')) { const fam = mlxFamily(kwFields); family = fam.family; estimate = fam.estimate; model = fam.model; }
      else return undefined;
    }
  }
  if (!family) return undefined;
  if (!model) model = family === 'llama-reference' ? 'llama' : family;
  if (!defaults && !estimate && !(last === 'ModelArgs' && dataclasses.get(last)?.kind === 'mlx')) defaults = FAMILIES[family].defaults;
  return modelConfig({ id, label, start: call.start, end: call.end, family, model, estimate, fields: [...kwFields, ...inherited], defaults, spread: call.spread, notes });
}

// ---------------------------------------------------------------- counting

interface ModelInput {
  id: string;
  label: string;
  start: number;
  end: number;
  family: Family;
  model: string;
  estimate: boolean;
  fields: ConfigField[];
  /** Class defaults for fields the file leaves out (undefined: such fields are unknown). */
  defaults: Record<string, PyValue> | undefined;
  spread: boolean;
  notes: string[];
  fromDataclass?: boolean;
}

function modelConfig(m: ModelInput): ModelConfig {
  const v: Values = { values: {}, unknown: new Set() };
  const fields = [...m.fields];
  const written = new Set(fields.map((f) => f.key));
  if (m.defaults) {
    for (const [k, val] of Object.entries(m.defaults)) {
      const key = canonical(k);
      if (written.has(key)) continue;
      if (m.spread) { v.unknown.add(key); continue; }
      v.values[key] = val;
      fields.push({ name: k, key, value: val, known: true, origin: 'default' });
    }
  }
  for (const f of m.fields) {
    if (f.known && f.value !== undefined) { v.values[f.key] = f.value; v.unknown.delete(f.key); } else v.unknown.add(f.key);
  }
  if (!m.defaults || m.estimate) {
    for (const k of REQUIRED) {
      const needed = !(m.family === 'llama-reference' && k === 'intermediate_size') && !(['gpt2', 'gpt_bigcode', 'nanogpt'].includes(m.family) && k === 'intermediate_size');
      if (needed && !(k in v.values) && !v.unknown.has(k)) v.unknown.add(k);
    }
  }
  if (m.family === 'llama-reference' && v.values.vocab_size === -1) m.notes.push('vocab_size is -1: the reference code sets it from the tokenizer, so the embedding and output sizes are unknown');
  const unknownNames = [...v.unknown].filter((k) => REQUIRED.includes(k) || ['num_key_value_heads', 'head_dim', 'tie_word_embeddings', 'max_position_embeddings', 'num_local_experts', 'num_experts_per_tok', 'multiple_of', 'ffn_dim_multiplier', 'bias', 'multi_query'].includes(k));
  if (unknownNames.length) m.notes.push(`unknown: ${unknownNames.map((k) => fields.find((f) => f.key === k)?.name ?? k).join(', ')} (computed or not set), so the numbers that depend on ${unknownNames.length === 1 ? 'it' : 'them'} are unknown`);
  const arch = buildArch(m.family, v);
  return {
    kind: 'model', id: m.id, label: m.label, start: m.start, end: m.end, family: m.family, model: m.model, estimate: m.estimate,
    fields, notes: m.notes, arch, breakdown: count(arch),
  };
}

/** Count a LoRA config against a base model. */
export function attachLoraBase(l: LoraFound, base: ModelConfig, label: string, where: string): void {
  l.base = { label, where, config: base };
  l.result = countLora(l.spec, base.arch, base.breakdown.total, base.family);
  l.baseMissing = undefined;
}

/**
 * A LoRA config with no base model in its file: pick one from the workspace's model configs.
 * A from_pretrained("…") path or id whose last part names a config's folder wins; else the only
 * model config of the workspace; else it stays unknown, and `baseMissing` says why.
 */
export function resolveLoraBase(l: LoraFound, modelRefs: string[], workspace: { path: string; config: ModelConfig }[]): void {
  if (l.base) return;
  const models = workspace.filter((w) => w.config.kind === 'model');
  const norm = (s: string) => s.toLowerCase().replace(/[\\]/g, '/').replace(/\/+$/, '');
  for (const ref of modelRefs) {
    const r = norm(ref);
    const lastRef = r.split('/').pop() ?? r;
    const hit = models.find((w) => {
      const dir = norm(w.path).split('/').slice(0, -1).join('/');
      return dir === r || dir.endsWith(`/${r}`) || dir.split('/').pop() === lastRef;
    });
    if (hit) { attachLoraBase(l, hit.config, hit.path, `from_pretrained("${ref}")`); return; }
  }
  if (models.length === 1) { attachLoraBase(l, models[0].config, models[0].path, 'the only model config in the workspace'); return; }
  l.baseMissing = models.length === 0
    ? (modelRefs.length
      ? `the base model ${modelRefs.map((r) => `"${r}"`).join(', ')} has no config.json in the workspace, and no model config is in this file`
      : 'no model config in this file or the workspace gives the base model’s dimensions')
    : `${models.length} model configs are in the workspace and none is named by from_pretrained("…") here`;
}
