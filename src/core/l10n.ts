/**
 * The part of `vscode.l10n` that core code may use. The core never imports `vscode`, so a
 * feature passes `vscode.l10n` in; tests and build-time callers get the English formatter.
 * Messages are literal `l10n.t('…')` calls, so test/unit/l10n.test.ts finds them in the bundle.
 */
export interface Localizer {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** `{0}`, `{1}`… replaced by the arguments, as `vscode.l10n.t` does when no translation is loaded. */
export const english: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole)),
};
