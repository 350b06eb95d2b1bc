import type { ErrorSink } from './diagnostics';
import type { ParsedSource } from './frontmatter';
import type { RenderedBody } from './markdown';

/**
 * The shapes every stage of the compiler shares, in a file that imports only types: the
 * stages (documents → checks/render → model → compile) import it and never each other backwards.
 */

/** One file of `content/`, path relative to the repository root. */
export interface SourceFile { path: string; text: string }

/** The kinds of content file the build reads. */
export type Kind = 'volume' | 'chapter' | 'concept' | 'guide-index' | 'guide-section' | 'glossary' | 'numbers';

/** A Markdown page that parsed and matched its schema, with the page id it defines. */
export interface Doc {
  file: string;
  kind: Exclude<Kind, 'glossary' | 'numbers'>;
  src: ParsedSource;
  id: string;
}

/** A check of a rendered body (required sections, word bounds), reporting into the sink. */
export type BodyRule = (doc: { file: string; src: ParsedSource }, body: RenderedBody, sink: ErrorSink) => void;
