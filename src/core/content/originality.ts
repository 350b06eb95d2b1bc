import { createHash } from 'node:crypto';

/**
 * Originality guard: a page must not share a run of RUN consecutive words with the source
 * index pages. The repository keeps only hashes of those runs, never their text.
 */
export const RUN = 8;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z0-9]+)*/g) ?? [];
}

export function hashRun(run: string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

export function runHashes(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(hashRun(w.slice(i, i + RUN)));
  return out;
}

/** The first run of `text` whose hash is in `forbidden`, with its words, or undefined. */
export function firstSharedRun(text: string, forbidden: ReadonlySet<string>): string | undefined {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN);
    if (forbidden.has(hashRun(run))) return run.join(' ');
  }
  return undefined;
}
