import type { PageMeta as Page } from './types';

/**
 * Ranks pages for a query: every query word must occur in the title, label, summary or
 * keywords; title hits rank above the rest. Used by the search quick pick's "best matches".
 */
export function searchPages(pages: readonly Page[], query: string, limit = 50): Page[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return pages.slice(0, limit);
  const scored: { page: Page; score: number }[] = [];
  for (const page of pages) {
    const title = `${page.label} ${page.title}`.toLowerCase();
    const rest = `${page.summary} ${page.keywords.join(' ')}`.toLowerCase();
    let score = 0;
    let all = true;
    for (const w of words) {
      if (title.includes(w)) score += 3;
      else if (rest.includes(w)) score += 1;
      else { all = false; break; }
    }
    if (all) scored.push({ page, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.page);
}
