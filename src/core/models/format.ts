import { formatBytes } from '../diagrams/inference-loop';

/** Numbers for people: parameter counts (6.74 B), weight memory (13.5 GB), cache (512 KiB), FLOPs. */

const sig3 = (v: number): string => {
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1).replace(/\.0$/, '');
  return v.toFixed(2).replace(/\.?0+$/, '');
};

/** Parameter counts with three significant digits: 124 M, 6.74 B, 46.7 B, 1.1 T. */
export function formatCount(n: number | null): string {
  if (n === null) return 'unknown';
  const a = Math.abs(n);
  if (a >= 1e12) return `${sig3(n / 1e12)} T`;
  if (a >= 1e9) return `${sig3(n / 1e9)} B`;
  if (a >= 1e6) return `${sig3(n / 1e6)} M`;
  if (a >= 1e3) return `${sig3(n / 1e3)} K`;
  return String(n);
}

/** Weight memory in decimal units, as model cards and download sizes state it: 13.5 GB. */
export function formatGB(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  if (bytes >= 1e12) return `${sig3(bytes / 1e12)} TB`;
  if (bytes >= 1e9) return `${sig3(bytes / 1e9)} GB`;
  if (bytes >= 1e6) return `${sig3(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${sig3(bytes / 1e3)} kB`;
  return `${bytes} B`;
}

/** Cache sizes in binary units, as GPUs and allocators report them: 512 KiB, 2 GiB (the Inference Loop diagram's format). */
export function formatBinary(bytes: number | null): string {
  return bytes === null ? 'unknown' : formatBytes(bytes);
}

/** FLOPs in scientific notation: 1.35e10. */
export function formatFlops(f: number | null): string {
  if (f === null) return 'unknown';
  if (f === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(f)));
  const m = f / 10 ** e;
  return `${Number(m.toPrecision(3))}e${e}`;
}

/** A percentage with two decimals (0.06 %), more when it would round to zero. */
export function formatShare(s: number | null): string {
  if (s === null) return 'unknown';
  const p = s * 100;
  if (p !== 0 && Math.abs(p) < 0.005) return `${Number(p.toPrecision(2))} %`;
  return `${p.toFixed(2)} %`;
}

/** Thousands separators: 6,738,415,616. */
export const grouped = (n: number | null): string => (n === null ? 'unknown' : n.toLocaleString('en-US'));
