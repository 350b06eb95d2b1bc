import type { GlossaryTerm } from '../catalog/types';

/** One benchmark case: a line, a cursor, and the keywords a right answer contains (none = no term belongs). */
export interface HoverCase {
  text: string;
  character: number;
  word?: string;
  expect: string[];
}

const fold = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, ' ').trim();

/** A found term is right when its title or id contains any expected keyword (`-`, `_`, space read as one). */
export function isRightTerm(term: Pick<GlossaryTerm, 'id' | 'title'>, expect: string[]): boolean {
  const hay = [fold(term.title), fold(term.id)];
  return expect.some((k) => hay.some((h) => h.includes(fold(k))));
}

export interface CaseOutcome {
  c: HoverCase;
  found?: Pick<GlossaryTerm, 'id' | 'title'>;
  correct: boolean;
}

export interface Score {
  cases: number;
  positives: number;
  recall: number;
  precision: number;
}

export function score(outcomes: CaseOutcome[]): Score {
  const positives = outcomes.filter((o) => o.c.expect.length > 0);
  const correctPositives = positives.filter((o) => o.correct).length;
  const hits = outcomes.filter((o) => o.found).length;
  return {
    cases: outcomes.length,
    positives: positives.length,
    recall: positives.length ? correctPositives / positives.length : 1,
    precision: hits ? correctPositives / hits : 1,
  };
}

export function judge(c: HoverCase, found: Pick<GlossaryTerm, 'id' | 'title'> | undefined): CaseOutcome {
  const correct = c.expect.length === 0 ? !found : !!found && isRightTerm(found, c.expect);
  return { c, found, correct };
}
