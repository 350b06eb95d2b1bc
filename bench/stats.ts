/** Summaries and the table the bench prints: min / median / max of repeated samples, and ratios to a peer. */

export interface Spread { min: number; median: number; max: number; n: number }

export function spread(xs: number[]): Spread | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { min: s[0], median, max: s[s.length - 1], n: s.length };
}

/**
 * One figure of the bench. `ours` and `peer` are the repeated samples; `ratio` is computed per
 * repeat (ours_i / peer_i, the runs interleaved), which is what the targets are stated in.
 */
export interface Figure {
  key: string;
  label: string;
  unit: string;
  ours: number[];
  peer?: { label: string; samples: number[] };
  ratios?: number[];
  /** The target: `value <= max` on the median of `on` (ours or the ratio), or `>= min`. */
  target?: { on: 'ours' | 'ratio'; max?: number; min?: number; text: string };
  /** Why the figure was not measured; then no sample is given. */
  notMeasured?: string;
  note?: string;
}

export function verdict(f: Figure): 'ok' | 'OVER' | '' {
  if (!f.target || f.notMeasured) return '';
  const s = spread(f.target.on === 'ratio' ? f.ratios ?? [] : f.ours);
  if (!s) return '';
  if (f.target.max !== undefined && s.median > f.target.max) return 'OVER';
  if (f.target.min !== undefined && s.median < f.target.min) return 'OVER';
  return 'ok';
}

const fmt = (x: number): string => {
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
};
const triple = (s: Spread | undefined): string => (s ? `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}` : '–');

export function table(figures: Figure[]): string {
  const rows = [['figure', 'unit', 'ours min / median / max', 'peer', 'peer min / median / max', 'ours/peer min / median / max', 'target', '']];
  for (const f of figures) {
    if (f.notMeasured) { rows.push([f.label, f.unit, `not measured: ${f.notMeasured}`, '', '', '', f.target?.text ?? '', '']); continue; }
    rows.push([f.label, f.unit, triple(spread(f.ours)), f.peer?.label ?? '', triple(spread(f.peer?.samples ?? [])),
      triple(spread(f.ratios ?? [])), f.target?.text ?? '', verdict(f)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r, j) => {
    const line = r.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
    return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : line;
  }).join('\n');
}

/** The machine-readable summary: every figure's medians and spreads, one object. */
export function summaryJson(figures: Figure[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const r = (s: Spread | undefined) => s && { min: +s.min.toPrecision(4), median: +s.median.toPrecision(4), max: +s.max.toPrecision(4), n: s.n };
  for (const f of figures) {
    out[f.key] = f.notMeasured ? { not_measured: f.notMeasured } : {
      unit: f.unit, ours: r(spread(f.ours)), peer: f.peer && { label: f.peer.label, ...r(spread(f.peer.samples)) },
      ratio: r(spread(f.ratios ?? [])), target: f.target?.text, verdict: verdict(f) || undefined,
    };
  }
  return out;
}
