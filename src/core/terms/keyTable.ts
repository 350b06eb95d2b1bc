import type { GlossaryTerm } from '../catalog/types';

/** The key is a term's alias (or its plural). */
export const IS_KEY = 1;
/** The key is a proper prefix of some alias: a span may still grow into a term. */
export const IS_PREFIX = 2;

export interface Slot { flags: number; term?: GlossaryTerm; weak: boolean }

/**
 * Every normalised alias, its plural forms (`logits` for `logit`, `boxes` for `box`, as long
 * names only), and every character prefix of them, in one hash table. A lookup of a span is
 * one probe, and a span grows only while the table says it can still become a term.
 */
export class KeyTable {
  private readonly table = new Map<string, Slot>();

  constructor(terms: readonly GlossaryTerm[]) {
    const put = (key: string, term: GlossaryTerm, weak: boolean) => {
      const slot = this.table.get(key);
      if (slot?.term) return;
      if (slot) { slot.flags |= IS_KEY; slot.term = term; slot.weak = weak; } else this.table.set(key, { flags: IS_KEY, term, weak });
    };
    const each = (f: (k: string, t: GlossaryTerm, weak: boolean) => void) => {
      for (const t of terms) {
        const weak = new Set(t.weakKeys);
        for (const k of t.keys) f(k, t, weak.has(k));
      }
    };
    each((k, t, w) => put(k, t, w));
    each((k, t, w) => { if (k.length + 1 > 4) put(`${k}s`, t, w); });
    each((k, t, w) => { if (k.length + 2 > 5) put(`${k}es`, t, w); });
    for (const key of [...this.table.keys()]) {
      for (let n = 1; n < key.length; n++) {
        const p = key.slice(0, n);
        const slot = this.table.get(p);
        if (slot) slot.flags |= IS_PREFIX; else this.table.set(p, { flags: IS_PREFIX, weak: false });
      }
    }
  }

  get(key: string): Slot | undefined {
    return this.table.get(key);
  }

  /** Number of distinct keys that name a term. */
  get size(): number {
    let n = 0;
    for (const s of this.table.values()) if (s.term) n++;
    return n;
  }
}

export function isDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return true;
}
