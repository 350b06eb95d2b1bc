/**
 * User settings, validated. A bad value never throws: it falls back to the default and
 * comes back as a readable warning for the user.
 */
import { english, type Localizer } from './l10n';

/** `auto`: generic words speak only in files about the field; `always`: in every file; `off`: no hovers. */
export type HoverMode = 'auto' | 'always' | 'off';
export type HoverDetail = 'full' | 'compact';

export interface Settings {
  hoverEnabled: boolean;
  hoverMode: HoverMode;
  hoverDetail: HoverDetail;
  /** Glossary term ids the user asked not to have explained. */
  hoverIgnoredTerms: string[];
  hoverLanguages: string[];
  fontSize: number;
  showReadProgress: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  hoverEnabled: true,
  hoverMode: 'auto',
  hoverDetail: 'full',
  hoverIgnoredTerms: [],
  hoverLanguages: ['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'markdown'],
  fontSize: 14,
  showReadProgress: true,
};

export type Lookup = (key: string) => unknown;

/** The settings and, for each bad value, a warning in the user's language (`l10n` is `vscode.l10n` in the extension). */
export function readSettings(get: Lookup, l10n: Localizer = english): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const bool = (key: string, def: boolean): boolean => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'boolean') return v;
    warnings.push(l10n.t('"{0}" must be true or false; using {1}.', `llmPrimer.${key}`, def));
    return def;
  };
  const langs = get('hover.languages');
  let hoverLanguages = DEFAULT_SETTINGS.hoverLanguages;
  if (langs !== undefined) {
    if (Array.isArray(langs) && langs.every((l) => typeof l === 'string' && /^[\w.+-]{1,64}$/.test(l))) hoverLanguages = langs as string[];
    else warnings.push(l10n.t('"{0}" must be a list of language ids such as "python"; using the default list.', 'llmPrimer.hover.languages'));
  }
  const size = get('reader.fontSize');
  let fontSize = DEFAULT_SETTINGS.fontSize;
  if (size !== undefined) {
    if (typeof size === 'number' && Number.isFinite(size) && size >= 10 && size <= 28) fontSize = size;
    else warnings.push(l10n.t('"{0}" must be a number from {1} to {2}; using {3}.', 'llmPrimer.reader.fontSize', 10, 28, DEFAULT_SETTINGS.fontSize));
  }
  const choice = <T extends string>(key: string, allowed: readonly T[], def: T): T => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    warnings.push(l10n.t('"{0}" must be one of {1}; using "{2}".', `llmPrimer.${key}`, allowed.map((a) => `"${a}"`).join(', '), def));
    return def;
  };
  const ignored = get('hover.ignoredTerms');
  let hoverIgnoredTerms = DEFAULT_SETTINGS.hoverIgnoredTerms;
  if (ignored !== undefined) {
    if (Array.isArray(ignored) && ignored.every((t) => typeof t === 'string' && t.length <= 80)) hoverIgnoredTerms = ignored as string[];
    else warnings.push(l10n.t('"{0}" must be a list of term ids such as "kv-cache"; ignoring it.', 'llmPrimer.hover.ignoredTerms'));
  }
  return {
    settings: {
      hoverEnabled: bool('hover.enabled', DEFAULT_SETTINGS.hoverEnabled),
      hoverMode: choice('hover.mode', ['auto', 'always', 'off'] as const, DEFAULT_SETTINGS.hoverMode),
      hoverDetail: choice('hover.detail', ['full', 'compact'] as const, DEFAULT_SETTINGS.hoverDetail),
      hoverIgnoredTerms,
      hoverLanguages,
      fontSize,
      showReadProgress: bool('library.showReadProgress', DEFAULT_SETTINGS.showReadProgress),
    },
    warnings,
  };
}
