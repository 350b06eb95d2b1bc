import type * as vscode from 'vscode';
import type { TermMatch } from '../../core/terms/matcher';
import type { Settings } from '../../core/settings';
import { CONFIRM_LINES, MAX_LINE } from '../../core/terms/scanner';
import type { TermIndex, TermSet } from './termIndex';

/** The lines around the cursor's that may confirm a generic word (`query,` alone on a line). */
function neighbours(document: vscode.TextDocument, line: number): string[] {
  const out: string[] = [];
  for (let l = Math.max(0, line - CONFIRM_LINES); l <= Math.min(document.lineCount - 1, line + CONFIRM_LINES); l++) {
    if (l !== line) out.push(document.lineAt(l).text);
  }
  return out;
}

/**
 * The glossary term at a position, as the settings allow: the line and its neighbours, and (in
 * `auto` mode) what the file is about, from its cached scan. Undefined when the mode is off or
 * the user asked not to have this term explained.
 */
export async function termAt(index: TermIndex, settings: Settings, document: vscode.TextDocument, position: vscode.Position):
  Promise<{ set: TermSet; hit: TermMatch } | undefined> {
  if (!settings.hoverEnabled || settings.hoverMode === 'off') return undefined;
  const line = document.lineAt(position.line).text;
  if (line.length > MAX_LINE) return undefined;
  const set = await index.current();
  if (!set) return undefined;
  const file = settings.hoverMode === 'auto' ? index.scan(document, set).context : undefined;
  const hit = set.matcher.match(line, position.character, neighbours(document, position.line), file, position.line);
  if (!hit || settings.hoverIgnoredTerms.includes(hit.term.id)) return undefined;
  return { set, hit };
}

/**
 * The settings Explain Term reads with: it is asked for explicitly, so it reads the word
 * whatever the hover switch says, and in `auto` mode when hovers are `off`.
 */
export function explainSettings(settings: Settings): Settings {
  return { ...settings, hoverEnabled: true, hoverMode: settings.hoverMode === 'off' ? 'auto' : settings.hoverMode };
}
