/** Page ids and the `primer:` link scheme used inside content. */

export const LINK_SCHEME = 'primer:';

export const volumeId = (volume: number): string => `vol-${volume}`;
export const chapterId = (volume: number, chapter: number): string => `vol-${volume}/ch-${chapter}`;
export const conceptId = (slug: string): string => `concept/${slug}`;
export const guideId = 'guide';
export const guideSectionId = (index: number): string => `guide/${String(index).padStart(2, '0')}`;
export const glossaryId = 'glossary';
export const conceptsGroupId = 'concepts';
export const termAnchor = (termId: string): string => `term-${termId}`;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** Split `primer:vol-2/ch-4#anchor` into page id and anchor; undefined when not a primer link. */
export function parsePrimerLink(href: string): { id: string; anchor?: string } | undefined {
  if (!href.startsWith(LINK_SCHEME)) return undefined;
  const rest = href.slice(LINK_SCHEME.length);
  const hash = rest.indexOf('#');
  return hash < 0 ? { id: rest } : { id: rest.slice(0, hash), anchor: rest.slice(hash + 1) };
}
