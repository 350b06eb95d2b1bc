import { chapterId, conceptId, conceptsGroupId, glossaryId, guideId, guideSectionId, volumeId } from '../catalog/ids';
import type { ErrorSink } from './diagnostics';
import { volumeNumber, type Facts } from './facts';
import { slugify, type LinkResolver, type RenderedBody } from './markdown';
import { firstSharedRun } from './originality';
import type { BodyRule, Doc } from './sources';

/**
 * The checks of the compiler that are not about shape: front matter against the facts, links
 * against the pages the library will have, concept references, body rules and originality.
 * Each reports `file:line: message` into the sink; none builds anything.
 */

/** Every page id the library will have, whether or not a document was written for it. */
export function knownPageIds(facts: Facts, conceptSlugs: Iterable<string>): Set<string> {
  const ids = new Set<string>([guideId, glossaryId, conceptsGroupId]);
  for (const v of facts.series.volumes) {
    const n = volumeNumber(v);
    ids.add(volumeId(n));
    for (const c of v.chapters ?? []) ids.add(chapterId(n, c.number));
  }
  facts.guide.posts.forEach((_, i) => ids.add(guideSectionId(i + 1)));
  for (const s of conceptSlugs) ids.add(conceptId(s));
  return ids;
}

/** The ids of a body's H2 and H3 headings, the anchors a `primer:page#anchor` link may name. */
export function headingAnchors(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(/^#{2,3}\s+(.+)$/gm)) out.add(slugify(m[1].replace(/[`*_]/g, '')));
  return out;
}

/** Resolves `primer:` links against the known pages, their headings and the glossary terms. */
export function linkResolver(
  known: ReadonlySet<string>, anchors: ReadonlyMap<string, ReadonlySet<string>>, termIds: ReadonlySet<string>,
): LinkResolver {
  return (id, anchor) => {
    if (id === glossaryId) {
      if (anchor && !(anchor.startsWith('term-') && termIds.has(anchor.slice(5)))) return `no glossary term "${anchor}"`;
      return undefined;
    }
    if (!known.has(id)) return `no page "${id}"`;
    if (anchor && !(anchors.get(id)?.has(anchor))) return `page "${id}" has no heading "#${anchor}"`;
    return undefined;
  };
}

/** A chapter's title, date and source must be those of the facts. */
export function checkChapterFacts(doc: Doc, title: string | null, date: string | undefined, source: string | undefined, sink: ErrorSink): void {
  const d = doc.src.data;
  if (d.title !== title) sink.add(doc.file, doc.src.lineOf('/title'), `title must be ${JSON.stringify(title)} as in the facts`);
  if (date !== undefined && d.date !== date) sink.add(doc.file, doc.src.lineOf('/date'), `date must be "${date}" as in the facts`);
  if (source && d.source !== source) sink.add(doc.file, doc.src.lineOf('/source'), `source must be "${source}" as in the facts`);
  if (!source && d.source !== undefined) sink.add(doc.file, doc.src.lineOf('/source'), 'the facts give no link for this chapter: remove "source"');
  if (title === null && d.inferredTopic === undefined) sink.add(doc.file, doc.src.lineOf('/title'), 'a chapter with an unknown title needs "inferredTopic" and "inferredFrom"');
}

/** A concept page's title is that of the facts; its id and diagram are its slug. */
export function checkConceptFacts(doc: Doc, fact: { number: number; title: string }, slug: string, sink: ErrorSink): void {
  if (doc.src.data.title !== fact.title) {
    sink.add(doc.file, doc.src.lineOf('/title'), `title must be "${fact.title}" (concept ${fact.number} in the facts)`);
  }
  if (doc.src.data.id !== slug) {
    sink.add(doc.file, doc.src.lineOf('/id'), `id must be "${slug}" (concept ${fact.number} in content/concept-ids.yaml)`);
  }
  if (doc.src.data.diagram !== slug) {
    sink.add(doc.file, doc.src.lineOf('/diagram'), `diagram must be "${slug}", the concept's id`);
  }
}

/** Every slug listed at `path` of the front matter names a concept. */
export function checkConceptRefs(doc: Doc, slugs: string[], path: string, conceptSlugs: ReadonlySet<string>, sink: ErrorSink): void {
  slugs.forEach((s, i) => {
    if (!conceptSlugs.has(s)) sink.add(doc.file, doc.src.lineOf(`${path}/${i}`), `no concept "${s}"`);
  });
}

/** The page's rule (sections, word bounds), then originality of its body, quiz and summary. */
export function checkBody(doc: Doc, body: RenderedBody, rule: BodyRule, seedRuns: ReadonlySet<string>, sink: ErrorSink): void {
  rule(doc, body, sink);
  const text = `${doc.src.body}\n${JSON.stringify(doc.src.data.quiz ?? '')}\n${String(doc.src.data.summary ?? '')}`;
  const shared = firstSharedRun(text, seedRuns);
  if (shared) sink.add(doc.file, doc.src.bodyLine + 1, `shares the run "${shared}" with a source index page: write it in your own words`);
}

/** A document whose id no page of the facts has (a chapter 9 of a volume with 8). */
export function checkDanglingDocs(docs: Doc[], pageIds: ReadonlySet<string>, sink: ErrorSink): void {
  for (const d of docs) {
    if (!pageIds.has(d.id)) sink.add(d.file, 1, `"${d.id}" matches nothing in the facts: check volume/chapter/concept numbers`);
  }
}
