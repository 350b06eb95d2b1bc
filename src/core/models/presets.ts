/**
 * A model's numbers as presets for four concept diagrams (Inference Loop, Compute & Scale,
 * Fine-tuning, Multi-Head Attention). The host builds them from a configuration; each diagram
 * checks the one it receives with `isPreset` and keeps its own defaults without one.
 */
import type { ModelConfig, LoraFound } from './detect';
import { countLora, loraSpecFrom, type LoraResult } from './lora';

export const PRESET_DIAGRAMS = ['inference-loop', 'compute-and-scale', 'fine-tuning', 'multi-head-attention'] as const;
export type PresetDiagram = (typeof PRESET_DIAGRAMS)[number];

export type DiagramPreset =
  | { diagram: 'inference-loop'; name: string; layers: number; kvHeads: number; headDim: number; bytes: number; maxContext: number | null }
  | { diagram: 'compute-and-scale'; name: string; params: number; tokens: number }
  | {
    diagram: 'fine-tuning'; name: string; dIn: number; dOut: number; rank: number; matrices: number; layers: number;
    /** The exact trainable count over every target (the diagram draws one shape). */
    total: number; targets: string;
  }
  | { diagram: 'multi-head-attention'; name: string; heads: number; kvHeads: number; headDim: number; hidden: number; layers: number };

const posInt = (x: unknown, max = 1e13): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0 && x <= max;
const posNum = (x: unknown, max = 1e17): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= max;

/** Runtime check of a preset for a given diagram (numbers finite and in range, a short name). */
export function isPreset<D extends PresetDiagram>(x: unknown, diagram: D): x is Extract<DiagramPreset, { diagram: D }> {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  if (p.diagram !== diagram || typeof p.name !== 'string' || p.name.length > 200) return false;
  switch (diagram) {
    case 'inference-loop': return posInt(p.layers, 1000) && posInt(p.kvHeads, 1000) && posInt(p.headDim, 4096) && posNum(p.bytes, 8) && (p.maxContext === null || posInt(p.maxContext, 1e8));
    case 'compute-and-scale': return posNum(p.params) && posNum(p.tokens, 1e16);
    case 'fine-tuning': return posInt(p.dIn, 1e7) && posInt(p.dOut, 1e7) && posInt(p.rank, 1e5) && posInt(p.matrices, 1e4) && posInt(p.layers, 1000) && posNum(p.total) && typeof p.targets === 'string' && p.targets.length < 400;
    case 'multi-head-attention': return posInt(p.heads, 1000) && posInt(p.kvHeads, 1000) && posInt(p.headDim, 4096) && posInt(p.hidden, 1e6) && posInt(p.layers, 1000);
    default: return false;
  }
}

/** Presets a model configuration supports (those whose numbers are all known). */
export function modelPresets(c: ModelConfig, name: string, lora?: { result: LoraResult; rank: number }): DiagramPreset[] {
  const a = c.arch;
  const b = c.breakdown;
  const out: DiagramPreset[] = [];
  if (a.layers !== null && a.kvHeads !== null && a.headDim !== null) {
    out.push({ diagram: 'inference-loop', name, layers: a.layers, kvHeads: a.kvHeads, headDim: a.headDim, bytes: 2, maxContext: a.maxPositions });
  }
  if (b.total !== null) out.push({ diagram: 'compute-and-scale', name, params: b.total, tokens: 20 * b.total });
  const ft = lora ?? defaultLora(c);
  if (ft && a.layers !== null) {
    const p = fineTuningPreset(ft.result, ft.rank, a.layers, name);
    if (p) out.push(p);
  }
  if (a.heads !== null && a.kvHeads !== null && a.headDim !== null && a.hidden !== null && a.layers !== null) {
    out.push({ diagram: 'multi-head-attention', name, heads: a.heads, kvHeads: a.kvHeads, headDim: a.headDim, hidden: a.hidden, layers: a.layers });
  }
  return out.filter((p) => isPreset(p, p.diagram));
}

/** PEFT's defaults (r = 8 on the family's default target modules) on this model. */
export function defaultLora(c: ModelConfig): { result: LoraResult; rank: number } | undefined {
  // nanoGPT is not a transformers model, so PEFT has no default for it; its modules carry GPT-2's
  // names, so GPT-2's default (c_attn) is the natural first adapter.
  const spec = c.family === 'nanogpt' ? loraSpecFrom({ target_modules: ['c_attn'] }, []) : loraSpecFrom({}, []);
  const result = countLora(spec, c.arch, c.breakdown.total, c.family);
  return result.trainable === null || !result.matches.length ? undefined : { result, rank: 8 };
}

export function loraPresets(l: LoraFound, name: string): DiagramPreset[] {
  if (!l.base || !l.result || l.result.trainable === null || l.spec.r === null) return [];
  return modelPresets(l.base.config, name, { result: l.result, rank: l.spec.r });
}

/**
 * The diagram draws one matrix shape: the shape with the most adapted copies, and how many
 * target modules per layer have it; `total` keeps the exact count over every target.
 */
function fineTuningPreset(r: LoraResult, rank: number, layers: number, name: string): DiagramPreset | undefined {
  if (r.trainable === null || !r.matches.length) return undefined;
  const byShape = new Map<string, { dIn: number; dOut: number; copies: number; modules: number }>();
  for (const m of r.matches) {
    const k = `${m.in}x${m.out}`;
    const e = byShape.get(k) ?? { dIn: m.in, dOut: m.out, copies: 0, modules: 0 };
    e.copies += m.copies;
    e.modules += Math.max(1, Math.round(m.copies / layers));
    byShape.set(k, e);
  }
  const best = [...byShape.values()].sort((x, y) => y.copies - x.copies)[0];
  const clampedRank = Math.min(rank, best.dIn, best.dOut);
  return {
    diagram: 'fine-tuning', name, dIn: best.dIn, dOut: best.dOut, rank: clampedRank, matrices: Math.max(1, Math.min(best.modules, 64)), layers,
    total: r.trainable, targets: r.matches.map((m) => `${m.leaf} ${m.in}→${m.out} ×${m.copies}`).join(', ').slice(0, 390),
  };
}
