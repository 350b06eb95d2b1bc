import type { GlossaryTerm } from '../catalog/types';

/**
 * "Find in Workspace" for a glossary term: one regular expression for VS Code's search that
 * finds every spelling the hover recognises. A term's keys are stored normalised (`topp` for
 * `top_p`, `topP`, `Top-P`), so each key becomes a pattern allowing `_` or `-` between any two of
 * its characters, searched case-insensitively and as whole words: `lora_A`, `loraA` and `LORA_A`
 * all match the key `loraa`, and `floral` does not match `lora`.
 */

/** Weak keys (`r`, `query`, `key`) are ordinary words: searching for them finds everything. */
export function searchKeys(terms: readonly GlossaryTerm[]): string[] {
  const keys = new Set<string>();
  for (const t of terms) for (const k of t.keys) if (!t.weakKeys.includes(k) && /^[a-z0-9]+$/.test(k)) keys.add(k);
  // Longest first, so an alternation never stops at a shorter key that is a prefix of a longer one.
  return [...keys].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** One key as a pattern: its characters with an optional `_` or `-` between each two. */
export function keyPattern(key: string): string {
  return [...key].join('[_-]?');
}

/**
 * The alternation is grouped: VS Code's whole-word search puts `\b` before and after the query
 * as written, which on a bare `a|b|c` would bind only to the first and last alternatives.
 */
export function workspaceSearchQuery(keys: readonly string[]): string | undefined {
  return keys.length ? `(?:${keys.map(keyPattern).join('|')})` : undefined;
}

/** The arguments of `workbench.action.findInFiles`. */
export interface FindInFilesArgs {
  query: string;
  isRegex: true;
  isCaseSensitive: false;
  matchWholeWord: true;
  triggerSearch: true;
}

export function findInFilesArgs(terms: readonly GlossaryTerm[]): FindInFilesArgs | undefined {
  const query = workspaceSearchQuery(searchKeys(terms));
  return query ? { query, isRegex: true, isCaseSensitive: false, matchWholeWord: true, triggerSearch: true } : undefined;
}
