/** The shapes of the facts files in `content/facts/` that the build reads. */

export interface FactChapter {
  number: number;
  title: string | null;
  date?: string;
  dateStatus?: string;
  source?: string;
  scope?: string;
  note?: string;
}

export interface FactVolume {
  id: string;
  volume: string;
  title: string | null;
  shortTitle?: string;
  subtitle?: string | null;
  layer: string;
  scope?: string;
  walkthrough?: { index?: string; indexPublished?: string };
  chapters?: FactChapter[];
}

export interface SeriesFacts {
  series: { name: string; landingPage: string; progression: string[] };
  volumes: FactVolume[];
}

export interface ConceptFacts { concepts: { number: number; title: string }[] }

export interface GuideFacts { posts: { section: string | null; title: string; date: string; note?: string }[] }

export interface Facts {
  series: SeriesFacts;
  concepts: ConceptFacts;
  guide: GuideFacts;
}

/** Only real links count as a chapter's source ("NOT FOUND" and listing pages stay as they are). */
export const knownSource = (s: string | undefined): string | undefined => (s && s.startsWith('https://') ? s : undefined);

export const dateStatusOf = (s: string | undefined): 'confirmed' | 'inferred' | undefined =>
  s === undefined ? undefined : s.startsWith('confirmed') ? 'confirmed' : 'inferred';

/** The volume number of a volume's facts (`primer-3` → 3). */
export const volumeNumber = (v: FactVolume): number => Number(v.id.replace('primer-', ''));
