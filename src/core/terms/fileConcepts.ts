import type { GlossaryTerm } from '../catalog/types';
import type { Occurrence } from './scanner';

/** One term of the file, with where it occurs. */
export interface TermInFile {
  term: GlossaryTerm;
  occurrences: Occurrence[];
}

/** One concept of the file (or the group of terms that belong to none), with its terms. */
export interface ConceptInFile {
  /** The concept slug, or undefined for terms without a concept. */
  concept?: string;
  count: number;
  terms: TermInFile[];
}

/**
 * Group a scan's occurrences by concept, then by term: concepts and terms most frequent first
 * (ties by name), terms without a concept last.
 */
export function groupByConcept(occurrences: readonly Occurrence[]): ConceptInFile[] {
  const byTerm = new Map<string, TermInFile>();
  for (const o of occurrences) {
    const t = byTerm.get(o.term.id) ?? byTerm.set(o.term.id, { term: o.term, occurrences: [] }).get(o.term.id)!;
    t.occurrences.push(o);
  }
  const byConcept = new Map<string, ConceptInFile>();
  for (const t of byTerm.values()) {
    const key = t.term.concept ?? '';
    const c = byConcept.get(key) ?? byConcept.set(key, { concept: t.term.concept, count: 0, terms: [] }).get(key)!;
    c.terms.push(t);
    c.count += t.occurrences.length;
  }
  const groups = [...byConcept.values()];
  for (const g of groups) g.terms.sort((a, b) => b.occurrences.length - a.occurrences.length || a.term.title.localeCompare(b.term.title));
  return groups.sort((a, b) => (a.concept === undefined ? 1 : 0) - (b.concept === undefined ? 1 : 0) || b.count - a.count || (a.concept ?? '').localeCompare(b.concept ?? ''));
}
