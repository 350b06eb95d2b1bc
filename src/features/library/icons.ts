import type { PageMeta } from '../../core/catalog/types';

/** The codicon of each kind of page, in the tree and in the quick picks. */
export const PAGE_ICONS: Record<PageMeta['kind'], string> = {
  volume: 'book', chapter: 'note', concept: 'graph', guide: 'history', 'guide-section': 'note',
  glossary: 'list-flat', group: 'lightbulb',
};
