/**
 * User settings, validated. A bad value never throws: it falls back to the default and
 * comes back as a readable warning for the user.
 */
/** `auto`: generic words speak only in files about the field; `always`: in every file; `off`: no hovers. */
export type HoverMode = 'auto' | 'always' | 'off';
export type HoverDetail = 'full' | 'compact';
/** Where a new reader panel opens: beside the code, or in the active editor group. */
export type ReaderOpenIn = 'beside' | 'active';

export interface Settings {
  hoverEnabled: boolean;
  hoverMode: HoverMode;
  hoverDetail: HoverDetail;
  /** Glossary term ids the user asked not to have explained. */
  hoverIgnoredTerms: string[];
  hoverLanguages: string[];
  fontSize: number;
  readerOpenIn: ReaderOpenIn;
  showReadProgress: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  hoverEnabled: true,
  hoverMode: 'auto',
  hoverDetail: 'full',
  hoverIgnoredTerms: [],
  hoverLanguages: ['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'markdown'],
  fontSize: 14,
  readerOpenIn: 'beside',
  showReadProgress: true,
};

export type Lookup = (key: string) => unknown;

export function readSettings(get: Lookup): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const bool = (key: string, def: boolean): boolean => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'boolean') return v;
    warnings.push(`"llmPrimer.${key}" must be true or false; using ${def}.`);
    return def;
  };
  const langs = get('hover.languages');
  let hoverLanguages = DEFAULT_SETTINGS.hoverLanguages;
  if (langs !== undefined) {
    if (Array.isArray(langs) && langs.every((l) => typeof l === 'string' && /^[\w.+-]{1,64}$/.test(l))) hoverLanguages = langs as string[];
    else warnings.push('"llmPrimer.hover.languages" must be a list of language ids such as "python"; using the default list.');
  }
  const size = get('reader.fontSize');
  let fontSize = DEFAULT_SETTINGS.fontSize;
  if (size !== undefined) {
    if (typeof size === 'number' && Number.isFinite(size) && size >= 10 && size <= 28) fontSize = size;
    else warnings.push(`"llmPrimer.reader.fontSize" must be a number from 10 to 28; using ${DEFAULT_SETTINGS.fontSize}.`);
  }
  const choice = <T extends string>(key: string, allowed: readonly T[], def: T): T => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    warnings.push(`"llmPrimer.${key}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${def}".`);
    return def;
  };
  const ignored = get('hover.ignoredTerms');
  let hoverIgnoredTerms = DEFAULT_SETTINGS.hoverIgnoredTerms;
  if (ignored !== undefined) {
    if (Array.isArray(ignored) && ignored.every((t) => typeof t === 'string' && t.length <= 80)) hoverIgnoredTerms = ignored as string[];
    else warnings.push('"llmPrimer.hover.ignoredTerms" must be a list of term ids such as "kv-cache"; ignoring it.');
  }
  return {
    settings: {
      hoverEnabled: bool('hover.enabled', DEFAULT_SETTINGS.hoverEnabled),
      hoverMode: choice('hover.mode', ['auto', 'always', 'off'] as const, DEFAULT_SETTINGS.hoverMode),
      hoverDetail: choice('hover.detail', ['full', 'compact'] as const, DEFAULT_SETTINGS.hoverDetail),
      hoverIgnoredTerms,
      hoverLanguages,
      fontSize,
      readerOpenIn: choice('reader.openIn', ['beside', 'active'] as const, DEFAULT_SETTINGS.readerOpenIn),
      showReadProgress: bool('library.showReadProgress', DEFAULT_SETTINGS.showReadProgress),
    },
    warnings,
  };
}
