/**
 * User settings, validated. A bad value never throws: it falls back to the default and
 * comes back as a readable warning for the user.
 */
import { english, type Localizer } from './l10n';
import { valueText } from './text';

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
  /** Open the Get Started walkthrough the first time the extension runs. */
  openWalkthrough: boolean;
  /** Mark a page read once its end has stayed on screen for a moment. */
  markReadOnScroll: boolean;
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
  openWalkthrough: true,
  markReadOnScroll: true,
};

export type Lookup = (key: string) => unknown;

/** A setting whose value cannot be used: which one, the value, and what the user should know. */
export interface SettingWarning {
  /** The full setting id, e.g. `llmPrimer.reader.fontSize` (what "Open Settings" searches for). */
  setting: string;
  /** The bad value as a short fingerprint, so two different bad values are told apart. */
  value: string;
  message: string;
}

/** The settings and, for each bad value, a warning in the user's language (`l10n` is `vscode.l10n` in the extension). */
export function readSettings(get: Lookup, l10n: Localizer = english): { settings: Settings; warnings: SettingWarning[] } {
  const warnings: SettingWarning[] = [];
  const warn = (key: string, value: unknown, message: string) => {
    warnings.push({ setting: `llmPrimer.${key}`, value: fingerprint(value), message });
  };
  const bool = (key: string, def: boolean): boolean => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'boolean') return v;
    warn(key, v, l10n.t('"{0}" must be true or false, not {1}; using {2}.', `llmPrimer.${key}`, shown(v), def));
    return def;
  };
  const langs = get('hover.languages');
  let hoverLanguages = DEFAULT_SETTINGS.hoverLanguages;
  if (langs !== undefined) {
    if (Array.isArray(langs) && langs.every((l) => typeof l === 'string' && /^[\w.+-]{1,64}$/.test(l))) hoverLanguages = langs as string[];
    else warn('hover.languages', langs, l10n.t('"{0}" must be a list of language ids such as "python", not {1}; using the default list.', 'llmPrimer.hover.languages', shown(langs)));
  }
  const size = get('reader.fontSize');
  let fontSize = DEFAULT_SETTINGS.fontSize;
  if (size !== undefined) {
    if (typeof size === 'number' && Number.isFinite(size) && size >= 10 && size <= 28) fontSize = size;
    else warn('reader.fontSize', size, l10n.t('"{0}" must be a number from {1} to {2}, not {3}; using {4}.', 'llmPrimer.reader.fontSize', 10, 28, shown(size), DEFAULT_SETTINGS.fontSize));
  }
  const choice = <T extends string>(key: string, allowed: readonly T[], def: T): T => {
    const v = get(key);
    if (v === undefined) return def;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    warn(key, v, l10n.t('"{0}" must be one of {1}, not {2}; using "{3}".', `llmPrimer.${key}`, allowed.map((a) => `"${a}"`).join(', '), shown(v), def));
    return def;
  };
  const ignored = get('hover.ignoredTerms');
  let hoverIgnoredTerms = DEFAULT_SETTINGS.hoverIgnoredTerms;
  if (ignored !== undefined) {
    if (Array.isArray(ignored) && ignored.every((t) => typeof t === 'string' && t.length <= 80)) hoverIgnoredTerms = ignored as string[];
    else warn('hover.ignoredTerms', ignored, l10n.t('"{0}" must be a list of term ids such as "kv-cache", not {1}; ignoring it.', 'llmPrimer.hover.ignoredTerms', shown(ignored)));
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
      openWalkthrough: bool('welcome.openWalkthrough', DEFAULT_SETTINGS.openWalkthrough),
      markReadOnScroll: bool('reader.markReadOnScroll', DEFAULT_SETTINGS.markReadOnScroll),
    },
    warnings,
  };
}

/**
 * Which warnings to show now. Settings are read again on every change to any of them, so a
 * warning is shown once per setting and bad value: the same bad value stays quiet, a different
 * one is shown, and a setting that became valid is forgotten (its next bad value is shown again).
 */
export class SettingWarnings {
  private readonly shown = new Map<string, Set<string>>();

  fresh(warnings: readonly SettingWarning[]): SettingWarning[] {
    const bad = new Set(warnings.map((w) => w.setting));
    for (const setting of [...this.shown.keys()]) if (!bad.has(setting)) this.shown.delete(setting);
    const out: SettingWarning[] = [];
    for (const w of warnings) {
      let values = this.shown.get(w.setting);
      if (!values) this.shown.set(w.setting, values = new Set());
      if (values.has(w.value)) continue;
      // Bounded, should someone cycle through many bad values: the oldest is forgotten first.
      if (values.size >= 32) values.delete(values.values().next().value as string);
      values.add(w.value);
      out.push(w);
    }
    return out;
  }
}

/** A value as the message shows it: JSON, cut short. */
function shown(value: unknown): string {
  const json = valueText(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/** A bounded key for a value (a 5,000-entry list must not be kept whole): its length and a hash of its JSON. */
function fingerprint(value: unknown): string {
  const json = valueText(value);
  if (json.length <= 64) return json;
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return `${json.length}:${(h >>> 0).toString(16)}`;
}

