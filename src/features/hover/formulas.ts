import * as vscode from 'vscode';
import { isFormulaPack, unpackFormula, type FormulaPack } from '../../core/formulas/pack';

/**
 * The glossary's formulas, rendered to SVG at build time (dist/formulas.json), read on the first
 * hover that shows one. Each SVG paints in `currentColor`; `imageFor` colours it for the theme.
 */
export class FormulaImages {
  private loading?: Promise<FormulaPack>;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

  /** A data URI of the term's formula in a colour that reads on the current theme, or undefined. */
  async imageFor(termId: string): Promise<string | undefined> {
    this.loading ??= this.load();
    const svg = unpackFormula(await this.loading, termId);
    if (!svg) return undefined;
    const coloured = svg.replace(/currentColor/g, inkFor(vscode.window.activeColorTheme.kind));
    return `data:image/svg+xml;base64,${base64(coloured)}`;
  }

  private async load(): Promise<FormulaPack> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'formulas.json');
    try {
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as unknown;
      if (isFormulaPack(data)) return data;
      this.log.warn(`formula images unavailable (${uri.toString()}): not a set of glyphs and SVGs`);
    } catch (e) {
      this.log.warn(`formula images unavailable (${uri.toString()}): ${e instanceof Error ? e.message : String(e)}`);
    }
    return { glyphs: {}, svgs: {} };
  }
}

/** Ink that reads on each theme kind's editor hover background. */
export function inkFor(kind: vscode.ColorThemeKind): string {
  switch (kind) {
    case vscode.ColorThemeKind.Light: return '#1f1f1f';
    case vscode.ColorThemeKind.HighContrastLight: return '#000000';
    case vscode.ColorThemeKind.HighContrast: return '#ffffff';
    default: return '#d4d4d4';
  }
}

/** Base64 of a UTF-8 string, without Node's Buffer (the same code runs in vscode.dev). */
function base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
