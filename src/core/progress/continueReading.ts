import type { Library } from '../catalog/library';

/**
 * The chapters in reading order: volume by volume in the library's order, each volume's
 * chapters in their order. Only readable chapters (concept pages, the guide and the glossary
 * are looked up, not read through).
 */
export function readingOrder(lib: Library): string[] {
  return lib.pagesOfKind('chapter').filter((p) => p.readable).map((p) => p.id);
}

/** Where Continue Reading goes, and whether the reader has started at all. */
export interface ContinueTarget {
  id: string;
  /** False before the first chapter was opened or read: the item says "Start reading" then. */
  started: boolean;
}

/**
 * The chapter to continue with: the first unread chapter after `last` (the chapter opened or
 * marked read most recently), wrapping round to unread chapters before it. `last` itself counts
 * when it is still unread: it was left before its end was reached, so that is where reading
 * resumes. Undefined when every chapter is read.
 */
export function continueTarget(order: readonly string[], read: ReadonlySet<string>, last: string | undefined): ContinueTarget | undefined {
  const at = last === undefined ? -1 : order.indexOf(last);
  const started = at >= 0 || order.some((id) => read.has(id));
  if (at >= 0 && !read.has(order[at])) return { id: order[at], started };
  for (let step = 1; step <= order.length; step++) {
    const id = order[(Math.max(at, -1) + step + order.length) % order.length];
    if (!read.has(id)) return { id, started };
  }
  return undefined;
}
