import type { Catalog, GlossaryTerm, Page, PageKind } from '../catalog/types';
import {
  chapterId, conceptId, conceptsGroupId, glossaryId, guideId, guideSectionId, roman, termAnchor, volumeId,
} from '../catalog/ids';
import { ErrorSink, type ContentError } from './diagnostics';
import { dateStatusOf, knownSource, type Facts, type FactVolume } from './facts';
import { parseFrontMatter, type ParsedSource } from './frontmatter';
import { esc, list, navLink, section } from './html';
import { renderInline, renderMarkdown, slugify, type LinkResolver, type RenderedBody } from './markdown';
import { firstSharedRun } from './originality';
import {
  chapterSchema, conceptSchema, guideIndexSchema, guideSectionSchema, validateAgainst, volumeSchema,
} from './schemas';
import { rules } from './rules';
import { collectGlossary, compileTerms, type RawTerm } from './glossary';
import { readConceptParts, readConceptSlugs } from './concept-ids';

export interface SourceFile { path: string; text: string }

export interface CompileResult { catalog: Catalog; errors: ContentError[] }

type Kind = 'volume' | 'chapter' | 'concept' | 'guide-index' | 'guide-section' | 'glossary';

interface Doc {
  file: string;
  kind: Kind;
  src: ParsedSource;
  id: string;
}

const UNKNOWN_TITLE = 'title not yet known';
const UNKNOWN_CHAPTER = '<p class="missing">Neither the title nor the contents of this chapter are known from its public pages, so no notes are given here rather than guessed ones.</p>';

/** Which kind of content a path holds, or undefined for files the build does not read. */
export function classify(path: string): Kind | undefined {
  if (/(^|\/)volumes\/vol-[1-7]\/index\.md$/.test(path)) return 'volume';
  if (/(^|\/)volumes\/vol-[1-7]\/ch-\d+\.md$/.test(path)) return 'chapter';
  if (/(^|\/)concepts\/[^/]+\.md$/.test(path)) return 'concept';
  if (/(^|\/)guide\/index\.md$/.test(path)) return 'guide-index';
  if (/(^|\/)guide\/\d+\.md$/.test(path)) return 'guide-section';
  if (/(^|\/)glossary\/[^/]+\.ya?ml$/.test(path)) return 'glossary';
  return undefined;
}

const SCHEMA: Record<Exclude<Kind, 'glossary'>, object> = {
  volume: volumeSchema, chapter: chapterSchema, concept: conceptSchema,
  'guide-index': guideIndexSchema, 'guide-section': guideSectionSchema,
};

export function compileContent(files: SourceFile[], facts: Facts, seedRuns: ReadonlySet<string>): CompileResult {
  const sink = new ErrorSink();
  const docs: Doc[] = [];
  const rawTerms: RawTerm[] = [];

  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(f.path);
    if (!kind) continue;
    if (kind === 'glossary') {
      collectGlossary(f, sink, rawTerms);
      continue;
    }
    const src = parseFrontMatter(f.path, f.text, sink);
    if (!src) continue;
    const before = sink.errors.length;
    for (const e of validateAgainst(SCHEMA[kind], src.data)) sink.add(f.path, src.lineOf(e.path), e.message);
    if (sink.errors.length > before) continue;
    docs.push({ file: f.path, kind, src, id: idOf(kind, src.data) });
  }

  const seen = new Map<string, string>();
  for (const d of docs) {
    const prev = seen.get(d.id);
    if (prev) sink.add(d.file, 1, `duplicate page "${d.id}" (also defined in ${prev})`);
    seen.set(d.id, d.file);
  }

  const slugs = readConceptSlugs(files, facts, sink);
  const parts = readConceptParts(files, slugs, sink);
  const builder = new CatalogBuilder(facts, docs, rawTerms, sink, seedRuns, slugs, parts);
  const catalog = builder.build();
  return { catalog, errors: sink.errors };
}

function idOf(kind: Kind, data: Record<string, unknown>): string {
  switch (kind) {
    case 'volume': return volumeId(data.volume as number);
    case 'chapter': return chapterId(data.volume as number, data.chapter as number);
    case 'concept': return conceptId(data.id as string);
    case 'guide-index': return guideId;
    case 'guide-section': return guideSectionId(data.guide as number);
    default: return glossaryId;
  }
}

class CatalogBuilder {
  private readonly pages: Record<string, Page> = {};
  private readonly byId = new Map<string, Doc>();
  private readonly anchors = new Map<string, Set<string>>();
  private readonly termIds = new Set<string>();
  private readonly conceptSlugs = new Set<string>();

  constructor(
    private readonly facts: Facts,
    private readonly docs: Doc[],
    private readonly rawTerms: RawTerm[],
    private readonly sink: ErrorSink,
    private readonly seedRuns: ReadonlySet<string>,
    private readonly slugs: string[],
    private readonly parts: ReadonlyMap<string, string>,
  ) {
    for (const s of slugs) this.conceptSlugs.add(s);
    for (const d of docs) {
      this.byId.set(d.id, d);
      this.anchors.set(d.id, headingAnchors(d.src.body));
    }
    for (const t of rawTerms) this.termIds.add(t.data.id as string);
  }

  build(): Catalog {
    const roots: string[] = [];
    for (const v of this.facts.series.volumes) roots.push(this.addVolume(v));
    roots.push(this.addConcepts(), this.addGuide(), this.addGlossary());
    this.linkPrevNext();
    this.checkDanglingDocs();
    const version = hashString(JSON.stringify(this.pages));
    return { version, roots, pages: this.pages, terms: this.buildTerms() };
  }

  /** Resolves `primer:` links against every page the library will have. */
  private readonly resolve: LinkResolver = (id, anchor) => {
    if (id === glossaryId) {
      if (anchor && !(anchor.startsWith('term-') && this.termIds.has(anchor.slice(5)))) return `no glossary term "${anchor}"`;
      return undefined;
    }
    if (!this.knownIds().has(id)) return `no page "${id}"`;
    if (anchor && !(this.anchors.get(id)?.has(anchor))) return `page "${id}" has no heading "#${anchor}"`;
    return undefined;
  };

  private known?: Set<string>;
  private knownIds(): Set<string> {
    if (this.known) return this.known;
    const ids = new Set<string>([guideId, glossaryId, conceptsGroupId]);
    for (const v of this.facts.series.volumes) {
      const n = volNumber(v);
      ids.add(volumeId(n));
      for (const c of v.chapters ?? []) ids.add(chapterId(n, c.number));
    }
    this.facts.guide.posts.forEach((_, i) => ids.add(guideSectionId(i + 1)));
    for (const s of this.conceptSlugs) ids.add(conceptId(s));
    this.known = ids;
    return ids;
  }

  private addVolume(v: FactVolume): string {
    const n = volNumber(v);
    const id = volumeId(n);
    const doc = this.byId.get(id);
    const published = (v.chapters ?? []).length > 0;
    const titleKnown = v.shortTitle !== undefined && v.title !== null;
    const title = titleKnown ? `Vol. ${roman(n)} — ${v.shortTitle}` : `Vol. ${roman(n)} — ${UNKNOWN_TITLE}`;
    const children = (v.chapters ?? []).map((c) => this.addChapter(v, n, c.number));
    const body = doc ? this.renderBody(doc, rules.volume(published)) : undefined;
    const facts = [
      v.subtitle ? `<p class="subtitle">${esc(v.subtitle)}</p>` : '',
      `<p class="meta">Layer of the series: <strong>${esc(v.layer)}</strong>${published ? '' : ' · <span class="badge">not yet published</span>'}</p>`,
      v.walkthrough?.indexPublished ? `<p class="meta">Walkthrough index published ${esc(v.walkthrough.indexPublished)}.</p>` : '',
    ].join('');
    const chapterList = children.length
      ? section('Chapters', list(children.map((c) => `${navLink(c, this.pages[c].label)}${this.pages[c].description ? ` <span class="muted">${esc(this.pages[c].description ?? '')}</span>` : ''}`)))
      : '';
    this.pages[id] = {
      ...this.meta(id, 'volume', title, titleKnown, doc),
      label: title,
      description: published ? `${children.length} chapters` : `not yet published · ${v.layer}`,
      source: knownSource(v.walkthrough?.index),
      children,
      keywords: [v.layer, ...(v.title ? [v.title] : [])],
      readable: false,
      html: facts + (body?.html ?? this.missingNotes()) + chapterList,
    };
    return id;
  }

  private addChapter(v: FactVolume, n: number, number: number): string {
    const fact = (v.chapters ?? []).find((c) => c.number === number)!;
    const id = chapterId(n, number);
    const doc = this.byId.get(id);
    const titleKnown = fact.title !== null;
    const title = fact.title ?? `Chapter ${number} — ${UNKNOWN_TITLE}`;
    if (doc) this.checkChapterFacts(doc, fact.title, fact.date, knownSource(fact.source));
    const data = doc?.src.data ?? {};
    const concepts = ((data.concepts as string[] | undefined) ?? []);
    if (doc) this.checkConceptRefs(doc, concepts, '/concepts');
    const body = doc ? this.renderBody(doc, rules.chapter(n)) : undefined;
    const inferred = data.inferredTopic
      ? `<p class="inferred"><strong>Inferred topic:</strong> ${esc(String(data.inferredTopic))}. ${esc(String(data.inferredFrom ?? ''))}</p>`
      : '';
    const meta = `<p class="meta">${esc(`Vol. ${roman(n)}, chapter ${number}`)}${fact.date ? ` · ${esc(fact.date)}${dateStatusOf(fact.dateStatus) === 'inferred' ? ' (date inferred from the daily schedule)' : ''}` : ''}</p>`;
    const scope = fact.scope ? `<p class="scope"><strong>Published scope:</strong> ${esc(fact.scope)}</p>` : '';
    const conceptLinks = concepts.filter((c) => this.conceptSlugs.has(c));
    const related = conceptLinks.length
      ? section('Concepts', list(conceptLinks.map((c) => navLink(conceptId(c), this.conceptTitle(c)))), 'concept-links')
      : '';
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
      html: meta + inferred + scope + (body?.html ?? (titleKnown ? this.missingNotes() : UNKNOWN_CHAPTER)) + related + this.quiz(doc),
    };
    return id;
  }

  private addConcepts(): string {
    const children: string[] = [];
    for (const c of this.facts.concepts.concepts) {
      const slug = this.slugs[c.number - 1];
      const id = conceptId(slug);
      const doc = this.docs.find((d) => d.kind === 'concept' && d.src.data.concept === c.number);
      if (doc && doc.src.data.title !== c.title) {
        this.sink.add(doc.file, doc.src.lineOf('/title'), `title must be "${c.title}" (concept ${c.number} in the facts)`);
      }
      if (doc && doc.src.data.id !== slug) {
        this.sink.add(doc.file, doc.src.lineOf('/id'), `id must be "${slug}" (concept ${c.number} in content/concept-ids.yaml)`);
      }
      if (doc && doc.src.data.diagram !== slug) {
        this.sink.add(doc.file, doc.src.lineOf('/diagram'), `diagram must be "${slug}", the concept's id`);
      }
      const body = doc ? this.renderBody(doc, rules.concept) : undefined;
      const chapters = this.chaptersCiting(slug);
      const cited = chapters.length
        ? section('Chapters that cover it', list(chapters.map((ch) => navLink(ch, this.pages[ch]?.label ?? ch))), 'chapter-links')
        : '';
      const diagram = doc
        ? `<figure class="diagram-host" data-diagram="${esc(slug)}" aria-label="Interactive diagram: ${esc(c.title)}"><noscript>The interactive diagram needs scripts enabled.</noscript></figure>`
        : '';
      this.pages[id] = {
        ...this.meta(id, 'concept', c.title, true, doc),
        label: `${c.number}. ${c.title}`,
        parent: conceptsGroupId,
        children: [],
        related: chapters,
        diagram: doc ? slug : undefined,
        keywords: [slug, ...((doc?.src.data.terms as string[] | undefined) ?? [])],
        readable: true,
        html: diagram + (body?.html ?? this.missingNotes()) + cited + this.quiz(doc),
      };
      children.push(id);
    }
    this.pages[conceptsGroupId] = {
      id: conceptsGroupId, kind: 'group', title: 'Core concepts', titleKnown: true, label: 'Core concepts',
      summary: 'The 25 core concepts of how LLMs work, each with an interactive diagram.',
      description: `${children.length} concepts`,
      children, related: [], keywords: ['concepts', 'diagrams'], readable: false,
      html: `<p>Each concept has a short explanation and an interactive diagram you can operate.</p>${list(children.map((c) => navLink(c, this.pages[c].label)))}`,
    };
    return conceptsGroupId;
  }

  private addGuide(): string {
    const doc = this.byId.get(guideId);
    const children = this.facts.guide.posts.map((post, i) => {
      const id = guideSectionId(i + 1);
      const sdoc = this.byId.get(id);
      const title = post.section ? `${post.section} ${post.title}` : post.title;
      const body = sdoc ? this.renderBody(sdoc, rules.guideSection) : undefined;
      const concepts = (sdoc?.src.data.concepts as string[] | undefined) ?? [];
      if (sdoc) this.checkConceptRefs(sdoc, concepts, '/concepts');
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
        html: `<p class="meta">Earlier web guide · ${esc(post.date)}${post.note ? ` · ${esc(post.note)}` : ''}</p>`
          + (body?.html ?? this.missingNotes())
          + (related.length ? section('Concepts', list(related.map((c) => navLink(conceptId(c), this.conceptTitle(c))))) : ''),
      };
      return id;
    });
    const body = doc ? this.renderBody(doc, rules.guideIndex) : undefined;
    this.pages[guideId] = {
      ...this.meta(guideId, 'guide', 'The earlier web guide', true, doc),
      label: 'The earlier web guide',
      description: `${children.length} sections · 2024–2025`,
      children,
      keywords: ['guide', 'legacy'],
      readable: false,
      html: (body?.html ?? '') + section('Sections', list(children.map((c) => navLink(c, this.pages[c].label)))),
    };
    return guideId;
  }

  private addGlossary(): string {
    const terms = this.buildTerms().slice().sort((a, b) => a.title.localeCompare(b.title));
    const items = terms.map((t) => {
      const links = [
        t.concept && this.conceptSlugs.has(t.concept) ? navLink(conceptId(t.concept), `Concept: ${this.conceptTitle(t.concept)}`) : '',
        ...t.chapters.map((c) => navLink(c, this.pages[c]?.label ?? c)),
      ].filter(Boolean);
      return `<dt id="${termAnchor(t.id)}">${esc(t.title)}</dt><dd>${esc(t.definition)}${links.length ? `<br><span class="muted">See: ${links.join(' · ')}</span>` : ''}</dd>`;
    });
    this.pages[glossaryId] = {
      id: glossaryId, kind: 'glossary', title: 'Glossary', titleKnown: true, label: 'Glossary',
      summary: 'Every term the editor hovers explain, in one list.', description: `${terms.length} terms`,
      children: [], related: [], keywords: ['glossary', 'terms'], readable: false,
      html: `<p>These are the terms the extension recognises in code. Hover one in an editor to see its entry.</p><dl class="glossary">${items.join('')}</dl>`,
    };
    return glossaryId;
  }

  private builtTerms?: GlossaryTerm[];
  private buildTerms(): GlossaryTerm[] {
    this.builtTerms ??= compileTerms(this.rawTerms, this.sink, (id) => this.knownIds().has(id), this.conceptSlugs, this.parts);
    return this.builtTerms;
  }

  private meta(id: string, kind: PageKind, title: string, titleKnown: boolean, doc: Doc | undefined) {
    const summary = typeof doc?.src.data.summary === 'string' ? doc.src.data.summary : 'Notes for this page are not written yet.';
    return { id, kind, title, titleKnown, summary, children: [] as string[], related: [] as string[] };
  }

  private renderBody(doc: Doc, rule: BodyRule): RenderedBody {
    const out = renderMarkdown(doc.file, doc.src.body, doc.src.bodyLine, this.resolve, this.sink);
    rule(doc, out, this.sink);
    const text = `${doc.src.body}\n${JSON.stringify(doc.src.data.quiz ?? '')}\n${String(doc.src.data.summary ?? '')}`;
    const shared = firstSharedRun(text, this.seedRuns);
    if (shared) this.sink.add(doc.file, doc.src.bodyLine + 1, `shares the run "${shared}" with a source index page: write it in your own words`);
    return out;
  }

  private quiz(doc: Doc | undefined): string {
    const quiz = doc?.src.data.quiz as { q: string; a: string }[] | undefined;
    if (!doc || !quiz?.length) return '';
    const items = quiz.map((item, i) => {
      const line = doc.src.lineOf(`/quiz/${i}`);
      const q = renderInline(doc.file, line, item.q, this.resolve, this.sink);
      const a = renderInline(doc.file, line, item.a, this.resolve, this.sink);
      return `<details class="quiz-item"><summary>${q}</summary><div class="answer">${a}</div></details>`;
    });
    return section('Check yourself', items.join(''), 'quiz');
  }

  private checkChapterFacts(doc: Doc, title: string | null, date: string | undefined, source: string | undefined): void {
    const d = doc.src.data;
    if (d.title !== title) this.sink.add(doc.file, doc.src.lineOf('/title'), `title must be ${JSON.stringify(title)} as in the facts`);
    if (date !== undefined && d.date !== date) this.sink.add(doc.file, doc.src.lineOf('/date'), `date must be "${date}" as in the facts`);
    if (source && d.source !== source) this.sink.add(doc.file, doc.src.lineOf('/source'), `source must be "${source}" as in the facts`);
    if (!source && d.source !== undefined) this.sink.add(doc.file, doc.src.lineOf('/source'), 'the facts give no link for this chapter: remove "source"');
    if (title === null && d.inferredTopic === undefined) this.sink.add(doc.file, doc.src.lineOf('/title'), 'a chapter with an unknown title needs "inferredTopic" and "inferredFrom"');
  }

  private checkConceptRefs(doc: Doc, slugs: string[], path: string): void {
    slugs.forEach((s, i) => {
      if (!this.conceptSlugs.has(s)) this.sink.add(doc.file, doc.src.lineOf(`${path}/${i}`), `no concept "${s}"`);
    });
  }

  private chaptersCiting(slug: string): string[] {
    return this.docs
      .filter((d) => (d.kind === 'chapter' || d.kind === 'guide-section') && ((d.src.data.concepts as string[] | undefined) ?? []).includes(slug))
      .map((d) => d.id);
  }

  private conceptTitle(slug: string): string {
    const i = this.slugs.indexOf(slug);
    return this.facts.concepts.concepts[i]?.title ?? slug;
  }

  private missingNotes(): string {
    return '<p class="missing">Study notes for this page are not written yet.</p>';
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

  private checkDanglingDocs(): void {
    for (const d of this.docs) {
      if (!this.pages[d.id]) this.sink.add(d.file, 1, `"${d.id}" matches nothing in the facts: check volume/chapter/concept numbers`);
    }
  }
}

export type BodyRule = (doc: { file: string; src: ParsedSource }, body: RenderedBody, sink: ErrorSink) => void;

function volNumber(v: FactVolume): number {
  return Number(v.id.replace('primer-', ''));
}

function headingAnchors(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(/^#{2,3}\s+(.+)$/gm)) out.add(slugify(m[1].replace(/[`*_]/g, '')));
  return out;
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
