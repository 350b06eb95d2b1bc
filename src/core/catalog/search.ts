import { escapeRegExp } from '../text';
import { glossaryId, termAnchor } from './ids';
import type { GlossaryTerm, PageKind, PageMeta as Page } from './types';

/**
 * One search over the library: chapters, concepts, guide sections and every glossary term
 * with its aliases. Every query word must be found; where it is found ranks the hit:
 * the title, then an alias (a term's code names such as `lora_alpha`, a page's topics), then
 * the summary, then the body (a page's text, a term's definition). Within a field, an exact
 * title, a concept page (the library's own explanation), a page whose topic is the query, a
 * title that starts with it and whole-word matches come first.
 */

export type SearchField = 'title' | 'alias' | 'summary' | 'body';
export type SearchKind = PageKind | 'term';

export interface SearchDoc {
  kind: SearchKind;
  /** A page id, or a term id for glossary terms. */
  id: string;
  title: string;
  /** What a result shows (a page's tree label, such as "8. The Attention Mechanism"); highlights are in it. */
  label: string;
  /** Aliases and topics, each normalised (lowercase, no spaces, `_` or `-`) as the glossary keys are. */
  aliases: string[];
  summary: string;
  body: string;
  /** Where choosing the hit goes: the page, or the glossary at the term's entry. */
  target: { id: string; anchor?: string };
}

export interface SearchHit {
  doc: SearchDoc;
  field: SearchField;
  score: number;
  /** Ranges of `doc.label` that the query matched ([start, end), for highlighting). */
  titleMatches: [number, number][];
}

/** Lowercase, without the separators code and prose put between words: `lora_alpha`, `LoRA alpha` → `loraalpha`. */
export const normaliseKey = (s: string): string => s.toLowerCase().replace(/[\s_\-./]+/g, '');

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The page's text without markup (tags, KaTeX's copies of each formula), for body matches. */
export function pageText(html: string): string {
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function pageDoc(p: Page, body = ''): SearchDoc {
  return {
    kind: p.kind, id: p.id, title: p.title, label: p.label, aliases: p.keywords.map(normaliseKey).filter(Boolean),
    summary: p.summary, body, target: { id: p.id },
  };
}

export function termDoc(t: GlossaryTerm): SearchDoc {
  return {
    kind: 'term', id: t.id, title: t.title, label: t.title, aliases: [...t.keys, ...t.weakKeys], summary: '', body: t.definition,
    target: { id: glossaryId, anchor: termAnchor(t.id) },
  };
}

const KIND_BONUS: Record<SearchKind, number> = {
  concept: 40, chapter: 25, 'guide-section': 20, term: 15, volume: 10, guide: 5, glossary: 5, group: 0,
};

/** Each query word as found in `text`: at a word start (prefix), as a whole word, or not at all. */
function wordMatches(text: string, qs: string[]): { all: boolean; whole: number; ranges: [number, number][] } {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  let whole = 0;
  for (const q of qs) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRegExp(q)})`, 'u');
    const m = re.exec(lower);
    if (!m) return { all: false, whole, ranges };
    const start = m.index + m[1].length;
    const end = start + q.length;
    ranges.push([start, end]);
    if (!/[\p{L}\p{N}]/u.test(lower.charAt(end))) whole++;
  }
  return { all: true, whole, ranges: mergeRanges(ranges) };
}

function mergeRanges(r: [number, number][]): [number, number][] {
  const sorted = [...r].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([...x]);
  }
  return out;
}

/** Rank one document for the query words; undefined when some word is not found anywhere. */
function rank(doc: SearchDoc, qs: string[], joined: string): SearchHit | undefined {
  const inLabel = wordMatches(doc.label, qs);
  const title = inLabel.all ? inLabel : wordMatches(doc.title, qs);
  const ranges = inLabel.all ? inLabel.ranges : [];
  const base = KIND_BONUS[doc.kind];
  const tie = -doc.title.length / 100;
  if (title.all) {
    const exact = normaliseKey(doc.title) === joined || normaliseKey(doc.title.replace(/\s*\(.*\)$/, '')) === joined ? 100 : 0;
    const starts = doc.title.toLowerCase().startsWith(qs[0]) ? 10 : 0;
    // The page's own topic is the query (the concept "attention", not one that also mentions it).
    const topic = doc.aliases.includes(joined) ? 20 : 0;
    return { doc, field: 'title', score: 4000 + exact + base + starts + topic + title.whole * 5 + tie, titleMatches: ranges };
  }
  // An alias spelled as code (`lora_alpha`, `loraAlpha`) or as words (`lora alpha`).
  if (joined.length >= 2) {
    const exact = doc.aliases.includes(joined);
    if (exact || (joined.length >= 3 && doc.aliases.some((a) => a.startsWith(joined)))) {
      return { doc, field: 'alias', score: 3000 + (exact ? 50 : 0) + base + tie, titleMatches: [] };
    }
  }
  const aliasText = doc.aliases.join(' ');
  const inAlias = (q: string) => doc.aliases.some((a) => a.startsWith(q) || a.includes(q));
  const summaryText = `${doc.label} ${doc.title} ${doc.summary}`;
  if (qs.every((q) => wordMatches(summaryText, [q]).all || inAlias(q))) {
    return { doc, field: 'summary', score: 2000 + base + tie, titleMatches: wordMatches(doc.label, qs.filter((q) => wordMatches(doc.label, [q]).all)).ranges };
  }
  const everything = `${summaryText} ${aliasText} ${doc.body}`.toLowerCase();
  if (qs.every((q) => everything.includes(q))) {
    return { doc, field: 'body', score: 1000 + base + tie, titleMatches: [] };
  }
  return undefined;
}

/** The best hits for `query`, best first; an empty query lists the documents in their order. */
export function searchLibrary(docs: readonly SearchDoc[], query: string, limit = 50): SearchHit[] {
  const qs = words(query);
  if (qs.length === 0) return docs.slice(0, limit).map((doc) => ({ doc, field: 'title', score: 0, titleMatches: [] }));
  const joined = normaliseKey(query);
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const hit = rank(doc, qs, joined);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * Pages only, ranked the same way (the concept-diagram picker). Kept for callers that list
 * pages rather than search hits.
 */
export function searchPages(pages: readonly Page[], query: string, limit = 50): Page[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  return searchLibrary(pages.map((p) => pageDoc(p)), query, limit).map((h) => byId.get(h.doc.id)).filter((p): p is Page => p !== undefined);
}
