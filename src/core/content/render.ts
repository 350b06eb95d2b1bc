import type { GlossaryTerm } from '../catalog/types';
import { roman, termAnchor } from '../catalog/ids';
import type { ErrorSink } from './diagnostics';
import type { FactVolume, GuideFacts } from './facts';
import { esc, list, navLink, section } from './html';
import { renderInline, renderMarkdown, type LinkResolver, type RenderedBody } from './markdown';
import type { Doc } from './sources';

/**
 * The HTML of every page: the document's Markdown body (rendered by markdown.ts, which reports
 * math and link errors as it goes) inside the parts the build generates around it. Templates
 * take plain values; they look nothing up and check nothing.
 */

export const MISSING_NOTES = '<p class="missing">Study notes for this page are not written yet.</p>';
export const UNKNOWN_CHAPTER = '<p class="missing">Neither the title nor the contents of this chapter are known from its public pages, so no notes are given here rather than guessed ones.</p>';

/** A link to another page of the library, with the text to show. */
export interface NavItem { id: string; text: string }

const navList = (items: NavItem[]): string => list(items.map((i) => navLink(i.id, i.text)));

export function renderBody(doc: Doc, resolve: LinkResolver, sink: ErrorSink): RenderedBody {
  return renderMarkdown(doc.file, doc.src.body, doc.src.bodyLine, resolve, sink);
}

/** The *Check yourself* section: each question and hidden answer rendered inline. */
export function renderQuiz(doc: Doc | undefined, resolve: LinkResolver, sink: ErrorSink): string {
  const quiz = doc?.src.data.quiz as { q: string; a: string }[] | undefined;
  if (!doc || !quiz?.length) return '';
  const items = quiz.map((item, i) => {
    const line = doc.src.lineOf(`/quiz/${i}`);
    const q = renderInline(doc.file, line, item.q, resolve, sink);
    const a = renderInline(doc.file, line, item.a, resolve, sink);
    return `<details class="quiz-item"><summary>${q}</summary><div class="answer">${a}</div></details>`;
  });
  return section('Check yourself', items.join(''), 'quiz');
}

export function volumeHtml(
  v: FactVolume, published: boolean, body: string | undefined, chapters: (NavItem & { description?: string })[],
): string {
  const facts = [
    v.subtitle ? `<p class="subtitle">${esc(v.subtitle)}</p>` : '',
    `<p class="meta">Layer of the series: <strong>${esc(v.layer)}</strong>${published ? '' : ' · <span class="badge">not yet published</span>'}</p>`,
    v.walkthrough?.indexPublished ? `<p class="meta">Walkthrough index published ${esc(v.walkthrough.indexPublished)}.</p>` : '',
  ].join('');
  const chapterList = chapters.length
    ? section('Chapters', list(chapters.map((c) => `${navLink(c.id, c.text)}${c.description ? ` <span class="muted">${esc(c.description ?? '')}</span>` : ''}`)))
    : '';
  return facts + (body ?? MISSING_NOTES) + chapterList;
}

export interface ChapterHeader {
  volume: number;
  number: number;
  date?: string;
  dateInferred: boolean;
  scope?: string;
  inferredTopic?: unknown;
  inferredFrom?: unknown;
  titleKnown: boolean;
}

export function chapterHtml(h: ChapterHeader, body: string | undefined, concepts: NavItem[], quiz: string): string {
  const inferred = h.inferredTopic
    ? `<p class="inferred"><strong>Inferred topic:</strong> ${esc(String(h.inferredTopic))}. ${esc(String(h.inferredFrom ?? ''))}</p>`
    : '';
  const meta = `<p class="meta">${esc(`Vol. ${roman(h.volume)}, chapter ${h.number}`)}${h.date ? ` · ${esc(h.date)}${h.dateInferred ? ' (date inferred from the daily schedule)' : ''}` : ''}</p>`;
  const scope = h.scope ? `<p class="scope"><strong>Published scope:</strong> ${esc(h.scope)}</p>` : '';
  const related = concepts.length ? section('Concepts', navList(concepts), 'concept-links') : '';
  return meta + inferred + scope + (body ?? (h.titleKnown ? MISSING_NOTES : UNKNOWN_CHAPTER)) + related + quiz;
}

/** A concept page: its diagram (when the page is written), the notes, the chapters citing it. */
export function conceptHtml(
  diagram: { slug: string; title: string } | undefined, body: string | undefined, chapters: NavItem[], quiz: string,
): string {
  const figure = diagram
    ? `<figure class="diagram-host" data-diagram="${esc(diagram.slug)}" aria-label="Interactive diagram: ${esc(diagram.title)}"><noscript>The interactive diagram needs scripts enabled.</noscript></figure>`
    : '';
  const cited = chapters.length ? section('Chapters that cover it', navList(chapters), 'chapter-links') : '';
  return figure + (body ?? MISSING_NOTES) + cited + quiz;
}

export const conceptsGroupHtml = (concepts: NavItem[]): string =>
  `<p>Each concept has a short explanation and an interactive diagram you can operate.</p>${navList(concepts)}`;

export function guideSectionHtml(post: GuideFacts['posts'][number], body: string | undefined, concepts: NavItem[]): string {
  return `<p class="meta">Earlier web guide · ${esc(post.date)}${post.note ? ` · ${esc(post.note)}` : ''}</p>`
    + (body ?? MISSING_NOTES)
    + (concepts.length ? section('Concepts', navList(concepts)) : '');
}

export const guideHtml = (body: string | undefined, sections: NavItem[]): string =>
  (body ?? '') + section('Sections', navList(sections));

/** The glossary: one entry per term (in the order given) with links to its concept and chapters. */
export function glossaryHtml(terms: { term: GlossaryTerm; links: NavItem[] }[]): string {
  const items = terms.map(({ term: t, links }) => {
    const see = links.map((l) => navLink(l.id, l.text));
    // The keys let the page's filter find an entry by the spellings code uses (`lora_a`, `top_p`).
    return `<dt id="${termAnchor(t.id)}" data-term="${esc(t.id)}" data-keys="${esc(t.keys.join(' '))}">${esc(t.title)}</dt><dd>${esc(t.definition)}${see.length ? `<br><span class="muted">See: ${see.join(' · ')}</span>` : ''}</dd>`;
  });
  return `<p>These are the terms the extension recognises in code. Hover one in an editor to see its entry.</p><dl class="glossary">${items.join('')}</dl>`;
}
