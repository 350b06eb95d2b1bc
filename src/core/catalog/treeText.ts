import type { Localizer } from '../l10n';

/**
 * The catalog is compiled once, in English, so the Library tree's own phrases (counts such as
 * "12 chapters", "not yet published", "title not yet known") are put in the user's language
 * here, at display time. Titles, dates and volume layers are content and stay as they are.
 * test/unit/l10n.test.ts checks that every description of the compiled library is one of these
 * phrases or a date, so a new phrase in the content model cannot slip past in English.
 */
const DESCRIPTIONS: readonly [RegExp, (l10n: Localizer, m: RegExpExecArray) => string][] = [
  [/^(\d+) chapters$/, (l10n, m) => l10n.t('{0} chapters', Number(m[1]))],
  [/^(\d+) concepts$/, (l10n, m) => l10n.t('{0} concepts', Number(m[1]))],
  [/^(\d+) terms$/, (l10n, m) => l10n.t('{0} terms', Number(m[1]))],
  [/^(\d+) sections · (.+)$/, (l10n, m) => l10n.t('{0} sections · {1}', Number(m[1]), m[2])],
  [/^not yet published · (.+)$/, (l10n, m) => l10n.t('not yet published · {0}', m[1])],
];

/** Dates (`2026-01-02`) are shown as they are. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A page's tree description in the user's language; undefined if it is not one the tree knows. */
export function localDescription(description: string, l10n: Localizer): string | undefined {
  if (DATE.test(description)) return description;
  for (const [re, say] of DESCRIPTIONS) {
    const m = re.exec(description);
    if (m) return say(l10n, m);
  }
  return undefined;
}

const UNKNOWN_TITLE = / — title not yet known$/;

/** A page's tree label: the "title not yet known" placeholder translated, real titles untouched. */
export function localLabel(label: string, l10n: Localizer): string {
  return UNKNOWN_TITLE.test(label) ? l10n.t('{0} — title not yet known', label.replace(UNKNOWN_TITLE, '')) : label;
}
