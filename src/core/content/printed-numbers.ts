import { fmt } from './numbers';

/**
 * Numbers as pages print them ("6.74 B", "524,288", "13.5%", "2^20", "≈ 5.9 × 10^23"): read
 * into a value and the precision it is written with, compared with a computed value, and found
 * in a page's text. Pure; used with the evaluator of numbers.ts by number-tables.ts.
 */

/** A number as a page prints it, read into its value and the precision it is written with. */
export interface Printed {
  /** The value the text stands for (`6.74 B` → 6.74e9, `13.5%` → 0.135). */
  value: number;
  /** The place value of the last digit printed, in the same units (`6.74 B` → 1e7; 0 for an exact power `2^20`). */
  step: number;
  /** Decimals printed after the point (of the mantissa, in the printed scale). */
  decimals: number;
  /** The text to look for in the page: the value as written, without a leading ≈ or ~. */
  search: string;
  /** Writes another number the way this one is written (for error messages). */
  format(x: number): string;
}

const SCALES: Record<string, number> = {
  K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Integers a page may spell out: "four times fewer", "eight times". */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const PRINTED = new RegExp(
  '^(?<cur>\\$)?(?<sign>[-−])?(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(?<frac>\\d+))?'
  + '(?:(?<e>[eE][+-]?\\d+)|\\s*(?:×|x|\\\\times)\\s*10\\^\\{?(?<x10>[-−]?\\d+)\\}?)?'
  + '(?<rest>.*)$',
);

/**
 * Read a printed number: digits with optional thousands separators (`524,288`) and decimals,
 * an optional leading `≈`/`~`, sign or `$`, an exponent (`5.9e23`, `5.9 × 10^23`, `10^{23}`
 * in TeX), then `%` or a scale (K, M, B, T, thousand, million, billion, trillion), then any
 * unit words (`GB`, `tokens/s`), which do not change the value. `2^20` (a power of integers)
 * is exact. An integer up to twelve may be spelled out (`four times fewer`). Returns an error message for text that is not a number.
 */
export function readPrinted(text: string): Printed | { error: string } {
  const search = text.trim().replace(/^(?:≈|~|about\s)\s*/, '');
  const body = search.trim();
  const power = /^(?<b>\d+)\s*\^\s*(?:\{(?<k1>-?\d+)\}|(?<k2>-?\d+))(?<rest>.*)$/.exec(body);
  if (power && !/^\s*[×x]/.test(power.groups!.rest)) {
    const rest = power.groups!.rest;
    const unit = readUnit(rest);
    if ('error' in unit) return { error: `cannot read "${text}": ${unit.error}` };
    const value = Number(power.groups!.b) ** Number(power.groups!.k1 ?? power.groups!.k2) * unit.scale;
    return { value, step: 0, decimals: 0, search: body, format: (x) => `${fmt(x / unit.scale)}${rest}` };
  }
  const word = /^(?<w>[A-Za-z]+)\b(?<rest>.*)$/.exec(body);
  const spelled = word ? NUMBER_WORDS.indexOf(word.groups!.w.toLowerCase()) : -1;
  if (spelled >= 0) {
    return { value: spelled, step: 1, decimals: 0, search: body, format: (x) => `${fmt(x)} (not "${word!.groups!.w}")${word!.groups!.rest}` };
  }
  const m = PRINTED.exec(body);
  const g = m?.groups ?? {};
  if (!m || (g.int === undefined && g.frac === undefined)) {
    return { error: `cannot read "${text}" as a number (write it as the page prints it: 524,288 · 6.74 B · 13.5% · 5.9e23 · 2^20)` };
  }
  const unit = readUnit(g.rest);
  if ('error' in unit) return { error: `cannot read "${text}": ${unit.error}` };
  const decimals = g.frac?.length ?? 0;
  const exponent = g.e ? Number(g.e.slice(1)) : g.x10 !== undefined ? Number(g.x10.replace('−', '-')) : 0;
  const sign = g.sign ? -1 : 1;
  const mantissa = Number(`${(g.int ?? '0').replace(/,/g, '')}.${g.frac ?? '0'}`);
  const scale = 10 ** exponent * unit.scale;
  const grouped = (g.int ?? '').includes(',');
  const digits = `${g.sign ?? ''}${g.int ?? ''}${g.frac !== undefined ? `.${g.frac}` : ''}`;
  return {
    value: sign * mantissa * scale,
    step: 10 ** -decimals * scale,
    decimals,
    search: body,
    format: (x) => {
      let s = (Math.abs(x) / scale).toFixed(Math.min(20, decimals + 1));
      if (grouped) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+$)/g, ',') + (f ? `.${f}` : ''); }
      return body.replace(digits, `${x < 0 ? (g.sign ?? '-') : ''}${s}`);
    },
  };
}

function readUnit(rest: string): { scale: number } | { error: string } {
  const r = rest.replace(/^\s+/, '');
  if (r.startsWith('%')) return { scale: 0.01 };
  const word = /^([A-Za-z]+)(?![A-Za-z])/.exec(r);
  if (word && SCALES[word[1]] !== undefined) return { scale: SCALES[word[1]] };
  if (/^[.,/:]?\d/.test(r)) return { error: `"${r}" follows the number: write one number per value` };
  return { scale: 1 };
}

/** How a computed number must relate to the printed one. */
export interface Rule {
  /** nearest (default): the computed value rounds to the printed one at its precision; up/down: it was rounded up/down to it. */
  rounding?: 'nearest' | 'up' | 'down';
  /** Instead of the precision: an absolute difference (a number), or a relative one ("2%"). */
  tolerance?: number | string;
}

/** Does `computed` print as `printed`? Returns undefined when it does, else what is wrong. */
export function compare(printed: Printed, computed: number, rule: Rule = {}): string | undefined {
  const { value, step } = printed;
  const slack = 1e-9 * Math.max(Math.abs(value), Math.abs(computed), step);
  const show = () => `${fmt(computed)} (${printed.format(computed)})`;
  if (rule.tolerance !== undefined) {
    const tol = readTolerance(rule.tolerance, value);
    if ('error' in tol) return tol.error;
    if (Math.abs(computed - value) <= tol.abs + slack) return undefined;
    return `the expression gives ${show()}, more than ${rule.tolerance} away from ${fmt(value)}`;
  }
  const rounding = rule.rounding ?? 'nearest';
  let ok: boolean;
  if (step === 0) ok = Math.abs(computed - value) <= slack;
  else if (rounding === 'up') ok = computed > value - step - slack && computed <= value + slack;
  else if (rounding === 'down') ok = computed >= value - slack && computed < value + step + slack;
  else ok = Math.abs(computed - value) <= step / 2 + slack;
  if (ok) return undefined;
  const places = `${printed.decimals} decimal${printed.decimals === 1 ? '' : 's'}`;
  const how = step === 0 ? 'exactly' : rounding === 'nearest' ? `rounded to ${places}` : `rounded ${rounding} to ${places}`;
  return `the expression gives ${show()}, which does not print as "${printed.search}" (${how})`;
}

function readTolerance(t: number | string, value: number): { abs: number } | { error: string } {
  if (typeof t === 'number' && t >= 0) return { abs: t };
  const m = typeof t === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(t) : null;
  if (m) return { abs: (Number(m[1]) / 100) * Math.abs(value) };
  return { error: `tolerance "${t}" must be a non-negative number or a percentage such as "2%"` };
}

/** Page text in one spelling: TeX \text{…}, separators, spaces, ^{k} and \times read as text, $ removed, whitespace collapsed. */
export function normaliseText(s: string): string {
  return s
    .replace(/\\(?:text|mathrm|mathit|operatorname)\{([^{}]*)\}/g, '$1')
    .replace(/\{,\}/g, ',')
    .replace(/\\[,;: ]|\\!/g, ' ')
    .replace(/\^\{(-?\d+)\}/g, '^$1')
    .replace(/\\times/g, '×')
    .replace(/\\%/g, '%')
    .replace(/\$/g, '')
    .replace(/−/g, '-')
    .replace(/\s*×\s*/g, ' × ')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
}

/** Does the printed text occur in the page as a whole number (not inside 1,524,288 or 0.355)? */
export function occursIn(page: string, printed: string): boolean {
  const hay = normaliseText(page);
  const needle = normaliseText(printed).trim();
  if (!needle) return false;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay.slice(Math.max(0, i - 2), i);
    const after = hay.slice(i + needle.length, i + needle.length + 2);
    const b1 = before.slice(-1);
    const badBefore = /\w/.test(needle[0]) && (/\w/.test(b1) || (/[.,]/.test(b1) && /\d/.test(before[0] ?? '')));
    const a0 = after[0] ?? '';
    const badAfter = /\w/.test(needle[needle.length - 1]) && (/\w/.test(a0) || (/[.,^]/.test(a0) && /\d/.test(after[1] ?? '')));
    if (!badBefore && !badAfter) return true;
  }
  return false;
}
