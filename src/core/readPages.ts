/**
 * The stored list of pages marked as read, as it comes back from storage: it may be anything
 * (an older version's format, a hand-edited state file, ids of pages that no longer exist).
 * Only ids of readable pages of the library are kept, each once, in their stored order.
 */
export function pruneReadPages(raw: unknown, readable: ReadonlySet<string>): { ids: string[]; changed: boolean } {
  if (!Array.isArray(raw)) return { ids: [], changed: raw !== undefined };
  const kept = new Set<string>();
  // The result holds at most one entry per readable page; once it is full, nothing further can be
  // kept, so a huge stored list costs one pass over its head at worst and builds nothing large.
  for (let i = 0; i < raw.length && kept.size < readable.size; i++) {
    const x: unknown = raw[i];
    if (typeof x === 'string' && readable.has(x)) kept.add(x);
  }
  return { ids: [...kept], changed: kept.size !== raw.length };
}
