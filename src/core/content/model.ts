import type { Catalog, GlossaryTerm, Page, PageKind } from '../catalog/types';
import { chapterId, conceptId, conceptsGroupId, glossaryId, guideId, guideSectionId, roman, volumeId } from '../catalog/ids';
import {
  checkBody, checkChapterFacts, checkConceptFacts, checkConceptRefs, checkDanglingDocs, headingAnchors, knownPageIds, linkResolver,
} from './checks';
import type { ErrorSink } from './diagnostics';
import { dateStatusOf, knownSource, volumeNumber, type Facts, type FactVolume } from './facts';
import { compileTerms, type RawTerm } from './glossary';
import type { LinkResolver } from './markdown';
import {
  chapterHtml, conceptHtml, conceptsGroupHtml, glossaryHtml, guideHtml, guideSectionHtml, renderBody, renderQuiz, volumeHtml,
  type NavItem,
} from './render';
import { rules } from './rules';
import type { BodyRule, Doc } from './sources';

/**
 * Assemble the catalog: the tree the facts define (volumes and chapters, concepts, the guide,
 * the glossary), each page's metadata taken from the facts and its document, and its HTML from
 * the templates of render.ts. Each page is checked (checks.ts) as it is assembled, so errors
 * come out page by page in tree order.
 */

export interface CatalogInputs {
  facts: Facts;
  docs: Doc[];
  rawTerms: RawTerm[];
  seedRuns: ReadonlySet<string>;
  /** Concept slugs in concept order (content/concept-ids.yaml). */
  slugs: string[];
  /** Concept slug → part of the field (content/concept-parts.yaml). */
  parts: ReadonlyMap<string, string>;
  /** Whether a lowercase word is everyday English (a word list, read by the build script); none when absent. */
  isEverydayWord?: (word: string) => boolean;
}

const UNKNOWN_TITLE = 'title not yet known';

export function assembleCatalog(inputs: CatalogInputs, sink: ErrorSink): Catalog {
  return new CatalogAssembler(inputs, sink).build();
}

class CatalogAssembler {
  private readonly pages: Record<string, Page> = {};
  private readonly byId = new Map<string, Doc>();
  private readonly conceptSlugs: Set<string>;
  private readonly knownIds: Set<string>;
  private readonly resolve: LinkResolver;
  private builtTerms?: GlossaryTerm[];

  constructor(private readonly inputs: CatalogInputs, private readonly sink: ErrorSink) {
    const anchors = new Map<string, Set<string>>();
    for (const d of inputs.docs) {
      this.byId.set(d.id, d);
      anchors.set(d.id, headingAnchors(d.src.body));
    }
    this.conceptSlugs = new Set(inputs.slugs);
    this.knownIds = knownPageIds(inputs.facts, this.conceptSlugs);
    const termIds = new Set(inputs.rawTerms.map((t) => t.data.id as string));
    this.resolve = linkResolver(this.knownIds, anchors, termIds);
  }

  build(): Catalog {
    const roots: string[] = [];
    for (const v of this.inputs.facts.series.volumes) roots.push(this.addVolume(v));
    roots.push(this.addConcepts(), this.addGuide(), this.addGlossary());
    this.linkPrevNext();
    checkDanglingDocs(this.inputs.docs, new Set(Object.keys(this.pages)), this.sink);
    const version = hashString(JSON.stringify(this.pages));
    return { version, roots, pages: this.pages, terms: this.terms() };
  }

  private addVolume(v: FactVolume): string {
    const n = volumeNumber(v);
    const id = volumeId(n);
    const doc = this.byId.get(id);
    const published = (v.chapters ?? []).length > 0;
    const titleKnown = v.shortTitle !== undefined && v.title !== null;
    const title = titleKnown ? `Vol. ${roman(n)} — ${v.shortTitle}` : `Vol. ${roman(n)} — ${UNKNOWN_TITLE}`;
    const children = (v.chapters ?? []).map((c) => this.addChapter(v, n, c.number));
    const body = doc ? this.body(doc, rules.volume(published)) : undefined;
    const chapters = children.map((c) => ({ id: c, text: this.pages[c].label, description: this.pages[c].description }));
    this.pages[id] = {
      ...this.meta(id, 'volume', title, titleKnown, doc),
      label: title,
      description: published ? `${children.length} chapters` : `not yet published · ${v.layer}`,
      source: knownSource(v.walkthrough?.index),
      children,
      keywords: [v.layer, ...(v.title ? [v.title] : [])],
      readable: false,
      html: volumeHtml(v, published, body, chapters),
    };
    return id;
  }

  private addChapter(v: FactVolume, n: number, number: number): string {
    const fact = (v.chapters ?? []).find((c) => c.number === number)!;
    const id = chapterId(n, number);
    const doc = this.byId.get(id);
    const titleKnown = fact.title !== null;
    const title = fact.title ?? `Chapter ${number} — ${UNKNOWN_TITLE}`;
    if (doc) checkChapterFacts(doc, fact.title, fact.date, knownSource(fact.source), this.sink);
    const data = doc?.src.data ?? {};
    const concepts = ((data.concepts as string[] | undefined) ?? []);
    if (doc) checkConceptRefs(doc, concepts, '/concepts', this.conceptSlugs, this.sink);
    const body = doc ? this.body(doc, rules.chapter(n)) : undefined;
    const conceptLinks = concepts.filter((c) => this.conceptSlugs.has(c));
    const header = {
      volume: n, number, date: fact.date, dateInferred: dateStatusOf(fact.dateStatus) === 'inferred', scope: fact.scope,
      inferredTopic: data.inferredTopic, inferredFrom: data.inferredFrom, titleKnown,
    };
    this.pages[id] = {
      ...this.meta(id, 'chapter', title, titleKnown, doc),
      label: titleKnown ? `${number}. ${title}` : title,
      description: fact.date,
      date: fact.date,
      dateStatus: dateStatusOf(fact.dateStatus),
      source: knownSource(fact.source),
      parent: volumeId(n),
      children: [],
      related: conceptLinks.map(conceptId),
      keywords: [...concepts, ...((data.terms as string[] | undefined) ?? []), fact.scope ?? '', String(data.inferredTopic ?? '')].filter(Boolean),
      readable: true,
      html: chapterHtml(header, body, this.conceptItems(conceptLinks), renderQuiz(doc, this.resolve, this.sink)),
    };
    return id;
  }

  private addConcepts(): string {
    const children: string[] = [];
    for (const c of this.inputs.facts.concepts.concepts) {
      const slug = this.inputs.slugs[c.number - 1];
      const id = conceptId(slug);
      const doc = this.inputs.docs.find((d) => d.kind === 'concept' && d.src.data.concept === c.number);
      if (doc) checkConceptFacts(doc, c, slug, this.sink);
      const body = doc ? this.body(doc, rules.concept) : undefined;
      const chapters = this.chaptersCiting(slug);
      const cited = chapters.map((ch) => ({ id: ch, text: this.pages[ch]?.label ?? ch }));
      this.pages[id] = {
        ...this.meta(id, 'concept', c.title, true, doc),
        label: `${c.number}. ${c.title}`,
        parent: conceptsGroupId,
        children: [],
        related: chapters,
        diagram: doc ? slug : undefined,
        keywords: [slug, ...((doc?.src.data.terms as string[] | undefined) ?? [])],
        readable: true,
        html: conceptHtml(doc ? { slug, title: c.title } : undefined, body, cited, renderQuiz(doc, this.resolve, this.sink)),
      };
      children.push(id);
    }
    this.pages[conceptsGroupId] = {
      id: conceptsGroupId, kind: 'group', title: 'Core concepts', titleKnown: true, label: 'Core concepts',
      summary: 'The 25 core concepts of how LLMs work, each with an interactive diagram.',
      description: `${children.length} concepts`,
      children, related: [], keywords: ['concepts', 'diagrams'], readable: false,
      html: conceptsGroupHtml(this.pageItems(children)),
    };
    return conceptsGroupId;
  }

  private addGuide(): string {
    const doc = this.byId.get(guideId);
    const children = this.inputs.facts.guide.posts.map((post, i) => {
      const id = guideSectionId(i + 1);
      const sdoc = this.byId.get(id);
      const title = post.section ? `${post.section} ${post.title}` : post.title;
      const body = sdoc ? this.body(sdoc, rules.guideSection) : undefined;
      const concepts = (sdoc?.src.data.concepts as string[] | undefined) ?? [];
      if (sdoc) checkConceptRefs(sdoc, concepts, '/concepts', this.conceptSlugs, this.sink);
      const related = concepts.filter((c) => this.conceptSlugs.has(c));
      this.pages[id] = {
        ...this.meta(id, 'guide-section', title, true, sdoc),
        label: title,
        description: post.date,
        date: post.date,
        dateStatus: 'confirmed',
        parent: guideId,
        children: [],
        related: related.map(conceptId),
        keywords: concepts,
        readable: true,
        html: guideSectionHtml(post, body, this.conceptItems(related)),
      };
      return id;
    });
    const body = doc ? this.body(doc, rules.guideIndex) : undefined;
    this.pages[guideId] = {
      ...this.meta(guideId, 'guide', 'The earlier web guide', true, doc),
      label: 'The earlier web guide',
      description: `${children.length} sections · 2024–2025`,
      children,
      keywords: ['guide', 'legacy'],
      readable: false,
      html: guideHtml(body, this.pageItems(children)),
    };
    return guideId;
  }

  /** A chapter as a cross-reference names it, its volume first: "Vol. I ch. 6: Fine-Tuning…". */
  private chapterRef(id: string): string {
    const label = this.pages[id]?.label ?? id;
    const m = /^vol-(\d+)\/ch-(\d+)$/.exec(id);
    return m ? `Vol. ${roman(Number(m[1]))} ch. ${m[2]}: ${label.replace(/^(\d+\.\s*|Chapter \d+ — )/, '')}` : label;
  }

  private addGlossary(): string {
    const terms = this.terms().slice().sort((a, b) => a.title.localeCompare(b.title));
    const entries = terms.map((term) => ({
      term,
      links: [
        ...(term.concept && this.conceptSlugs.has(term.concept) ? [{ id: conceptId(term.concept), text: `Concept: ${this.conceptTitle(term.concept)}` }] : []),
        ...term.chapters.map((c) => ({ id: c, text: this.chapterRef(c) })),
      ],
    }));
    this.pages[glossaryId] = {
      id: glossaryId, kind: 'glossary', title: 'Glossary', titleKnown: true, label: 'Glossary',
      summary: 'Every term the editor hovers explain, in one list.', description: `${terms.length} terms`,
      children: [], related: [], keywords: ['glossary', 'terms'], readable: false,
      html: glossaryHtml(entries),
    };
    return glossaryId;
  }

  private terms(): GlossaryTerm[] {
    this.builtTerms ??= compileTerms(this.inputs.rawTerms, this.sink, (id) => this.knownIds.has(id), this.conceptSlugs, this.inputs.parts, this.inputs.isEverydayWord);
    return this.builtTerms;
  }

  private meta(id: string, kind: PageKind, title: string, titleKnown: boolean, doc: Doc | undefined) {
    // No notes: for a chapter whose title is unknown, none are guessed (the page says the same).
    const none = titleKnown ? 'Notes for this page are not written yet.' : 'The title of this chapter is not yet known, so no notes are guessed for it.';
    const summary = typeof doc?.src.data.summary === 'string' ? doc.src.data.summary : none;
    return { id, kind, title, titleKnown, summary, children: [] as string[], related: [] as string[] };
  }

  /** The document's body as HTML, after its rule and the originality check. */
  private body(doc: Doc, rule: BodyRule): string {
    const out = renderBody(doc, this.resolve, this.sink);
    checkBody(doc, out, rule, this.inputs.seedRuns, this.sink);
    return out.html;
  }

  private chaptersCiting(slug: string): string[] {
    return this.inputs.docs
      .filter((d) => (d.kind === 'chapter' || d.kind === 'guide-section') && ((d.src.data.concepts as string[] | undefined) ?? []).includes(slug))
      .map((d) => d.id);
  }

  private conceptTitle(slug: string): string {
    const i = this.inputs.slugs.indexOf(slug);
    return this.inputs.facts.concepts.concepts[i]?.title ?? slug;
  }

  private conceptItems(slugs: string[]): NavItem[] {
    return slugs.map((c) => ({ id: conceptId(c), text: this.conceptTitle(c) }));
  }

  private pageItems(ids: string[]): NavItem[] {
    return ids.map((c) => ({ id: c, text: this.pages[c].label }));
  }

  private linkPrevNext(): void {
    for (const page of Object.values(this.pages)) {
      page.children.forEach((c, i) => {
        const child = this.pages[c];
        if (!child) return;
        if (i > 0) child.prev = page.children[i - 1];
        if (i < page.children.length - 1) child.next = page.children[i + 1];
      });
    }
  }
}

/** FNV-1a, enough to tell one build of the library from another. */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
