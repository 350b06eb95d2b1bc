import type { Catalog } from '../catalog/types';
import { readConceptParts, readConceptSlugs } from './concept-ids';
import { ErrorSink, type ContentError } from './diagnostics';
import { readDocuments } from './documents';
import { readSources, type RawSourceFile } from './encoding';
import type { Facts } from './facts';
import { assembleCatalog } from './model';
import { checkNumberTables, type NumbersChecked } from './number-tables';
import type { SourceFile } from './sources';

/**
 * The content compiler: `content/` files → a validated catalog, or `file:line: message`
 * errors. The stages run one way and import one way:
 *
 *   encoding.ts    every file is UTF-8 text (no NUL, a BOM dropped)
 *   documents.ts   read and validate every file (front matter, schemas, glossary YAML)
 *   concept-ids.ts the concept slugs and parts
 *   model.ts       assemble the tree of pages from the facts and the documents, using
 *     checks.ts      facts, links, concept references, body rules, originality
 *     render.ts      page HTML from templates around the Markdown body (markdown.ts)
 *   number-tables.ts the worked numbers beside pages: recomputed (numbers.ts), read as printed
 *                    and found in the page (printed-numbers.ts)
 *
 * A test (test/unit/content-imports.test.ts) fails if the files of this folder import each
 * other in a circle.
 */

export type { SourceFile } from './sources';
export type { RawSourceFile } from './encoding';

export interface CompileResult {
  catalog: Catalog;
  errors: ContentError[];
  /** How many tables of worked numbers, and values in them, were recomputed. */
  numbers: NumbersChecked;
}

/** Files come as text (tests) or as the bytes read from disk (the build), which are decoded strictly. */
export function compileContent(inputs: (SourceFile | RawSourceFile)[], facts: Facts, seedRuns: ReadonlySet<string>,
  isEverydayWord?: (word: string) => boolean): CompileResult {
  const sink = new ErrorSink();
  const files = readSources(inputs, sink);
  const { docs, rawTerms, numberTables } = readDocuments(files, sink);
  const slugs = readConceptSlugs(files, facts, sink);
  const parts = readConceptParts(files, slugs, sink);
  const catalog = assembleCatalog({ facts, docs, rawTerms, seedRuns, slugs, parts, isEverydayWord }, sink);
  const numbers = checkNumberTables(numberTables, docs, new Set(files.map((f) => f.path)), sink);
  return { catalog, errors: sink.errors, numbers };
}
