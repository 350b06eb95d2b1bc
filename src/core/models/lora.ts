/**
 * PEFT LoRA on a known base model: which modules `target_modules` adapts and how many numbers
 * that trains. Each adapted Linear (d_in → d_out) gains A (r × d_in) and B (d_out × r), so
 * r·(d_in + d_out) trainable numbers; an adapted Embedding gains r·(num_embeddings + dim).
 * bias="lora_only" also trains the existing biases of the adapted modules, bias="all" every
 * bias in the model (PEFT unfreezes every parameter whose name contains "bias"); modules_to_save
 * trains full copies of the modules named.
 */
import { moduleBiasParams, moduleParams, type Arch, type Module, type Num } from './architecture';
import type { Family } from './families';
import type { PyValue } from './python';

export interface LoraSpec {
  r: number | null;
  alpha: number | null;
  /** A list of module names, a regex (PEFT full-matches it against module paths), 'all-linear', or null = PEFT's default for the family. */
  targets: string[] | string | null;
  dropout: number | null;
  bias: 'none' | 'all' | 'lora_only' | null;
  useRslora: boolean | null;
  layersToTransform: number[] | null;
  modulesToSave: string[];
  /** Names of fields whose values are computed (so the count is unknown). */
  unknown: string[];
}

/** PEFT's default target_modules per model type (TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING). */
export const PEFT_DEFAULT_TARGETS: Partial<Record<Family, string[]>> = {
  llama: ['q_proj', 'v_proj'], mistral: ['q_proj', 'v_proj'], mixtral: ['q_proj', 'v_proj'], qwen2: ['q_proj', 'v_proj'],
  qwen2_moe: ['q_proj', 'v_proj'], qwen3: ['q_proj', 'v_proj'], gemma: ['q_proj', 'v_proj'], gemma2: ['q_proj', 'v_proj'],
  phi3: ['qkv_proj'], gpt2: ['c_attn'], gpt_neox: ['query_key_value'], gpt_bigcode: ['c_attn'],
};

export function loraSpecFrom(values: Record<string, PyValue | undefined>, unknown: string[]): LoraSpec {
  const num = (k: string, d: number): number | null => {
    if (unknown.includes(k)) return null;
    const v = values[k];
    return v === undefined ? d : typeof v === 'number' ? v : null;
  };
  const t = values.target_modules;
  const targets = unknown.includes('target_modules') ? null
    : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string')
      : typeof t === 'string' ? t : null;
  const b = values.bias;
  const ltt = values.layers_to_transform;
  const mts = values.modules_to_save;
  return {
    r: num('r', 8),
    alpha: num('lora_alpha', 8),
    targets,
    dropout: num('lora_dropout', 0),
    bias: unknown.includes('bias') ? null : b === undefined ? 'none' : b === 'none' || b === 'all' || b === 'lora_only' ? b : null,
    useRslora: unknown.includes('use_rslora') ? null : values.use_rslora === undefined ? false : typeof values.use_rslora === 'boolean' ? values.use_rslora : null,
    layersToTransform: typeof ltt === 'number' ? [ltt] : Array.isArray(ltt) ? ltt.filter((x): x is number => typeof x === 'number') : null,
    modulesToSave: Array.isArray(mts) ? mts.filter((x): x is string => typeof x === 'string') : [],
    unknown,
  };
}

export interface LoraMatch {
  leaf: string;
  path: string;
  /** Adapted copies across the model (layers × experts). */
  copies: number;
  in: number;
  out: number;
  /** Trainable numbers over all copies. */
  params: number;
}

export interface LoraResult {
  trainable: Num;
  /** trainable / base-model parameters. */
  share: Num;
  matches: LoraMatch[];
  /** Scaling applied to B·A: α/r, or α/√r with rsLoRA. */
  scaling: Num;
  /** Why the count is unknown, or what is worth knowing about it. */
  notes: string[];
  /** Trainable per layer when every layer is adapted alike. */
  perLayer: Num;
}

/** PEFT's check: a module path matches a target name when it is the name or ends with ".name". */
const matchesName = (path: string, name: string) => path === name || path.endsWith(`.${name}`);

export function countLora(spec: LoraSpec, arch: Arch, baseTotal: Num, family: Family): LoraResult {
  const notes: string[] = [];
  const unknownResult = (): LoraResult => ({ trainable: null, share: null, matches: [], scaling: null, notes, perLayer: null });
  if (spec.unknown.length) notes.push(`${spec.unknown.join(', ')} ${spec.unknown.length === 1 ? 'is' : 'are'} computed, not a literal`);
  if (spec.r === null || spec.r < 1 || !Number.isInteger(spec.r)) { if (!spec.unknown.includes('r')) notes.push('r must be a positive integer'); return unknownResult(); }
  const scaling = spec.alpha === null ? null : spec.useRslora ? spec.alpha / Math.sqrt(spec.r) : spec.alpha / spec.r;
  let targets = spec.targets;
  if (targets === null) {
    if (spec.unknown.includes('target_modules')) return { ...unknownResult(), scaling };
    targets = PEFT_DEFAULT_TARGETS[family] ?? null;
    if (!targets) { notes.push(`PEFT has no default target_modules for ${family}; name them`); return { ...unknownResult(), scaling }; }
    notes.push(`target_modules not given: PEFT's default for ${family} is ${targets.join(', ')}`);
  }
  const headPaths = new Set(arch.top.filter((m) => m.group === 'head').map((m) => m.path));
  let test: (path: string, m: Module) => boolean;
  if (targets === 'all-linear') {
    test = (path, m) => m.kind === 'linear' && !headPaths.has(m.path);
  } else if (typeof targets === 'string') {
    let re: RegExp;
    try { re = new RegExp(`^(?:${targets})$`); } catch { notes.push(`target_modules "${targets}" is not a regular expression`); return { ...unknownResult(), scaling }; }
    test = (path) => re.test(path);
  } else {
    const names = targets;
    test = (path) => names.some((n) => matchesName(path, n));
  }
  const matches = new Map<string, LoraMatch>();
  let trainable: Num = 0;
  const addMatch = (m: Module, copies: number) => {
    if (m.in === null || m.out === null) { trainable = null; return; }
    if (m.kind === 'norm') return;
    const r = spec.r as number;
    const per = r * (m.in + m.out);
    const biasExtra = spec.bias === 'lora_only' ? (moduleBiasParams(m) ?? 0) : 0;
    const e = matches.get(m.path) ?? { leaf: m.leaf, path: m.path, copies: 0, in: m.in, out: m.out, params: 0 };
    e.copies += copies;
    e.params += copies * (per + biasExtra);
    matches.set(m.path, e);
    if (trainable !== null) trainable += copies * (per + biasExtra);
  };
  for (const m of arch.top) if (test(m.path, m)) addMatch(m, 1);
  let perLayer: Num = 0;
  for (const b of arch.blocks) {
    if (b.layers === null) {
      if (b.modules.some((m) => test(m.path.replace('{L}', '0').replace('{E}', '0'), m))) { trainable = null; notes.push('the number of layers is unknown'); }
      perLayer = null;
      continue;
    }
    for (const m of b.modules) {
      const experts = m.copies;
      if (experts === null) { trainable = null; continue; }
      for (const layer of b.layers) {
        if (spec.layersToTransform && !spec.layersToTransform.includes(layer)) continue;
        const p = m.path.replace('{L}', String(layer));
        let n = 0;
        for (let e = 0; e < experts; e++) if (test(p.replace('{E}', String(e)), m)) n++;
        if (n) addMatch(m, n);
      }
    }
  }
  if (arch.blocks.length !== 1 || spec.layersToTransform) perLayer = null;
  else if (trainable !== null && arch.layers) perLayer = (trainable - [...matches.values()].filter((m) => !m.path.includes('{L}')).reduce((a, m) => a + m.params, 0)) / arch.layers;
  if (spec.bias === 'all' && trainable !== null) {
    const biases = allBiasParams(arch);
    trainable = biases === null ? null : trainable + biases;
  }
  for (const name of spec.modulesToSave) {
    const mods = [...arch.top, ...arch.blocks.flatMap((b) => b.modules)].filter((m) => matchesName(m.path, name) || m.leaf === name);
    if (!mods.length) { notes.push(`modules_to_save "${name}" matches no module of ${family}`); continue; }
    for (const m of mods) {
      const block = arch.blocks.find((b) => b.modules.includes(m));
      const p = moduleParams(m);
      const times = block ? block.count : 1;
      trainable = trainable === null || p === null || times === null || m.copies === null ? null : trainable + p * times * m.copies;
    }
    notes.push(`modules_to_save trains a full copy of ${name}`);
  }
  if (Array.isArray(targets)) {
    const allPaths = [...arch.top, ...arch.blocks.flatMap((b) => b.modules)].map((m) => m.path);
    const missing = targets.filter((t) => !allPaths.some((p) => matchesName(p.replace(/\.\{[LE]\}/g, '.0'), t) || p.split('.').pop() === t));
    if (missing.length) notes.push(`${missing.map((t) => `"${t}"`).join(', ')} ${missing.length === 1 ? 'matches' : 'match'} no module of ${family} (PEFT raises an error when none match)`);
  }
  if (trainable !== null && matches.size === 0 && !spec.modulesToSave.length) notes.push('no module is adapted');
  return { trainable, share: trainable === null || !baseTotal ? null : trainable / baseTotal, matches: [...matches.values()], scaling, notes, perLayer };
}

function allBiasParams(arch: Arch): Num {
  let total: Num = 0;
  const add = (x: Num) => { total = total === null || x === null ? null : total + x; };
  for (const m of arch.top) add(moduleBiasParams(m));
  for (const b of arch.blocks) for (const m of b.modules) {
    const x = moduleBiasParams(m);
    add(x === null || b.count === null || m.copies === null ? null : x * b.count * m.copies);
  }
  return total;
}
