/**
 * The compiled library: everything the extension shows, produced at build time from `content/`.
 * Plain data so it can be JSON-serialised, loaded in Node or the browser, and unit-tested.
 */

export type PageKind = 'volume' | 'chapter' | 'concept' | 'guide' | 'guide-section' | 'glossary' | 'group';

export interface PageMeta {
  /** Stable id used in links (`primer:vol-2/ch-4`), commands and saved state. */
  id: string;
  kind: PageKind;
  /** Display title; for unknown facts a clearly marked placeholder, never an invented title. */
  title: string;
  /** False when the published title is not known. */
  titleKnown: boolean;
  /** Short label for the tree (e.g. "4. Attention: The Core Mechanism"). */
  label: string;
  /** One-line summary for tooltips and search. */
  summary: string;
  /** Secondary text for the tree (date, status). */
  description?: string;
  date?: string;
  dateStatus?: 'confirmed' | 'inferred';
  /** Public link to the original post, when the facts give one. */
  source?: string;
  parent?: string;
  children: string[];
  /** Concept ids this page covers (chapters) or chapter ids that cover it (concepts). */
  related: string[];
  /** Diagram id (concept pages). */
  diagram?: string;
  /** Words used by search beyond the title. */
  keywords: string[];
  /** Pages that can be marked as read. */
  readable: boolean;
  /** Previous / next page in reading order within the same parent. */
  prev?: string;
  next?: string;
}

export interface Page extends PageMeta {
  /** Rendered body HTML (markdown + KaTeX already rendered). */
  html: string;
}

export interface GlossaryTerm {
  id: string;
  title: string;
  /** Plain-text definition shown in hovers (no math markup). */
  definition: string;
  /** The term's formula in TeX, rendered at build time into dist/formulas.json for the hover. */
  formula?: string;
  /** Normalised keys (lowercase, no `_`, `-` or spaces) under which the matcher finds the term. */
  keys: string[];
  /**
   * Keys that are generic words (query, key, beta, router…): they count only when the same
   * line shows an unambiguous LLM term.
   */
  weakKeys: string[];
  /**
   * Weak keys that have this one sense wherever the file is about the field (`seed`, `packing`,
   * `watermark`): there they speak with no related term nearby; elsewhere they stay silent.
   */
  fieldKeys?: string[];
  /** Words that show another meaning (a sensor's temperature, a lexer's token): on the line, they veto the term. */
  unlessKeys: string[];
  /**
   * Keys this term shares with the term that owns them (`top_k`: sampling's, also retrieval's):
   * the lines around the word, then the rest of the file, say which one is meant.
   */
  sharedKeys?: string[];
  /**
   * The words of the term's aliases that are everyday English (`attention`, `entropy`, `input`,
   * `image`), lowercase. A name made only of such words is no sign that a file is about the
   * field: an image library speaks of its "attention" crop and "Shannon entropy" too.
   */
  everydayWords?: string[];
  concept?: string;
  /** The part of the field its concept belongs to (content/concept-parts.yaml). */
  part?: string;
  chapters: string[];
}

/** What the extension loads at start: everything but the pages' HTML, which is read per page. */
export interface CatalogIndex {
  /** Content hash, so a stale restore can tell the library changed. */
  version: string;
  /** Top-level tree ids, in order. */
  roots: string[];
  pages: Record<string, PageMeta>;
  terms: GlossaryTerm[];
}

/** The whole compiled library, as the build produces it. */
export interface Catalog extends CatalogIndex {
  pages: Record<string, Page>;
}

/** File name (under dist/pages/) of a page's HTML: ids contain `/`, file names must not. */
export const pageFileName = (id: string): string => `${id.replace(/\//g, '__')}.html`;

/** Split a catalog into the index and the per-page HTML. */
export function splitCatalog(catalog: Catalog): { index: CatalogIndex; html: Map<string, string> } {
  const pages: Record<string, PageMeta> = {};
  const html = new Map<string, string>();
  for (const [id, { html: body, ...meta }] of Object.entries(catalog.pages)) {
    pages[id] = meta;
    html.set(id, body);
  }
  return { index: { ...catalog, pages }, html };
}
