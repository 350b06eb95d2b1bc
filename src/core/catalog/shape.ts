/**
 * A check of dist/catalog.json's shape at load. The file is built by the content compiler, so a
 * wrong shape means a damaged or foreign file: it is refused with one readable reason rather than
 * loaded and left to throw on every hover, tree render and search.
 */
import type { CatalogIndex } from './types';

const KINDS = new Set(['volume', 'chapter', 'concept', 'guide', 'guide-section', 'glossary', 'group']);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The first field of `o` that does not have its type, as "field must be …", or undefined. */
function fieldProblem(o: Obj, strings: string[], optionalStrings: string[], lists: string[], bools: string[]): string | undefined {
  for (const k of strings) if (typeof o[k] !== 'string') return `"${k}" must be text`;
  for (const k of optionalStrings) if (o[k] !== undefined && typeof o[k] !== 'string') return `"${k}" must be text`;
  for (const k of lists) if (!isStrings(o[k])) return `"${k}" must be a list of text`;
  for (const k of bools) if (typeof o[k] !== 'boolean') return `"${k}" must be true or false`;
  return undefined;
}

/** Why `x` is not a catalog index the extension can use, or undefined when it is one. */
export function catalogShapeProblem(x: unknown): string | undefined {
  if (!isObj(x)) return 'the catalog is not an object';
  if (typeof x.version !== 'string') return '"version" must be text';
  if (!isStrings(x.roots)) return '"roots" must be a list of page ids';
  if (!isObj(x.pages)) return '"pages" must be an object of pages';
  if (!Array.isArray(x.terms)) return '"terms" must be a list of glossary terms';
  for (const [id, page] of Object.entries(x.pages)) {
    if (!isObj(page)) return `page "${id}" is not an object`;
    if (page.id !== id) return `page "${id}" has the id ${JSON.stringify(page.id)}`;
    if (typeof page.kind !== 'string' || !KINDS.has(page.kind)) return `page "${id}": unknown kind ${JSON.stringify(page.kind)}`;
    const p = fieldProblem(page, ['title', 'label', 'summary'], ['description', 'date', 'source', 'parent', 'diagram', 'prev', 'next'],
      ['children', 'related', 'keywords'], ['titleKnown', 'readable']);
    if (p) return `page "${id}": ${p}`;
    for (const c of page.children as string[]) if (!isObj(x.pages[c])) return `page "${id}" lists the unknown child "${c}"`;
  }
  for (const r of x.roots) if (!isObj(x.pages[r])) return `the root "${r}" is no page`;
  for (const [i, term] of x.terms.entries()) {
    if (!isObj(term)) return `term ${i + 1} is not an object`;
    const p = fieldProblem(term, ['id', 'title', 'definition'], ['formula', 'concept', 'part'], ['keys', 'weakKeys', 'unlessKeys', 'chapters'], []);
    if (p) return `term ${typeof term.id === 'string' ? `"${term.id}"` : i + 1}: ${p}`;
    if (term.sharedKeys !== undefined && !isStrings(term.sharedKeys)) return `term "${term.id as string}": "sharedKeys" must be a list of text`;
    if (term.fieldKeys !== undefined && !isStrings(term.fieldKeys)) return `term "${term.id as string}": "fieldKeys" must be a list of text`;
    if (term.everydayWords !== undefined && !isStrings(term.everydayWords)) return `term "${term.id as string}": "everydayWords" must be a list of text`;
  }
  return undefined;
}

/** Type guard over catalogShapeProblem. */
export function isCatalogIndex(x: unknown): x is CatalogIndex {
  return catalogShapeProblem(x) === undefined;
}
