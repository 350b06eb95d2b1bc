import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import type { GlossaryTerm } from '../../core/catalog/types';
import { escapeMarkdown as escape } from '../../core/markdownEscape';

/** Commands a hover may run; the hover trusts these and nothing else. */
export const HOVER_COMMANDS = ['llmPrimer.open', 'llmPrimer.openToSide'];

const commandUri = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

/** The hover for a term: title, definition, and links to its concept, chapter and glossary entry. */
export function termHover(lib: Library, term: GlossaryTerm): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.appendMarkdown(`**${escape(term.title)}** · _LLM Primer_\n\n`);
  // appendText would turn every space into &nbsp;, so the hover could only wrap mid-word.
  md.appendMarkdown(escape(term.definition));
  const { concept, chapter } = lib.termTargets(term);
  const links: string[] = [];
  if (concept) links.push(`[$(graph) ${vscode.l10n.t('Open concept')}](${commandUri('llmPrimer.open', [concept.id])} "${escape(concept.title)}")`);
  if (chapter) links.push(`[$(book) ${vscode.l10n.t('Read chapter')}](${commandUri('llmPrimer.open', [chapter.id])} "${escape(chapter.title)}")`);
  links.push(`[$(list-flat) ${vscode.l10n.t('Glossary')}](${commandUri('llmPrimer.open', ['glossary', `term-${term.id}`])})`);
  md.appendMarkdown(`\n\n${links.join(' · ')}`);
  return md;
}
