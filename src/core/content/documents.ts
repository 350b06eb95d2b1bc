import { chapterId, conceptId, glossaryId, guideId, guideSectionId, volumeId } from '../catalog/ids';
import type { ErrorSink } from './diagnostics';
import { parseFrontMatter } from './frontmatter';
import { collectGlossary, type RawTerm } from './glossary';
import {
  chapterSchema, conceptSchema, guideIndexSchema, guideSectionSchema, validateAgainst, volumeSchema,
} from './schemas';
import type { Doc, Kind, SourceFile } from './sources';

/**
 * First stage of the compiler: read every content file into a typed document (front matter
 * parsed and validated against its schema) or a raw glossary entry. Files with shape errors
 * are reported and left out; later stages see only documents that passed.
 */

/** Which kind of content a path holds, or undefined for files the build does not read. */
export function classify(path: string): Kind | undefined {
  // A page's table of worked numbers (`ch-08.numbers.yaml` beside `ch-08.md`), wherever it is.
  if (/\.numbers\.ya?ml$/.test(path)) return 'numbers';
  if (/(^|\/)volumes\/vol-[1-7]\/index\.md$/.test(path)) return 'volume';
  if (/(^|\/)volumes\/vol-[1-7]\/ch-\d+\.md$/.test(path)) return 'chapter';
  if (/(^|\/)concepts\/[^/]+\.md$/.test(path)) return 'concept';
  if (/(^|\/)guide\/index\.md$/.test(path)) return 'guide-index';
  if (/(^|\/)guide\/\d+\.md$/.test(path)) return 'guide-section';
  if (/(^|\/)glossary\/[^/]+\.ya?ml$/.test(path)) return 'glossary';
  return undefined;
}

const SCHEMA: Record<Doc['kind'], object> = {
  volume: volumeSchema, chapter: chapterSchema, concept: conceptSchema,
  'guide-index': guideIndexSchema, 'guide-section': guideSectionSchema,
};

export interface Documents {
  docs: Doc[];
  rawTerms: RawTerm[];
  /** Tables of worked numbers, checked against their pages once the pages are read (number-tables.ts). */
  numberTables: SourceFile[];
}

/** Parse and validate every file (in path order), then report page ids defined twice. */
export function readDocuments(files: SourceFile[], sink: ErrorSink): Documents {
  const docs: Doc[] = [];
  const rawTerms: RawTerm[] = [];
  const numberTables: SourceFile[] = [];
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(f.path);
    if (!kind) continue;
    if (kind === 'glossary') {
      collectGlossary(f, sink, rawTerms);
      continue;
    }
    if (kind === 'numbers') {
      numberTables.push(f);
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
  return { docs, rawTerms, numberTables };
}

function idOf(kind: Doc['kind'], data: Record<string, unknown>): string {
  switch (kind) {
    case 'volume': return volumeId(data.volume as number);
    case 'chapter': return chapterId(data.volume as number, data.chapter as number);
    case 'concept': return conceptId(data.id as string);
    case 'guide-index': return guideId;
    case 'guide-section': return guideSectionId(data.guide as number);
    default: return glossaryId;
  }
}
