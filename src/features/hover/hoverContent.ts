import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import type { GlossaryTerm } from '../../core/catalog/types';
import { escapeMarkdown as escape, firstSentence } from '../../core/markdownEscape';
import type { HoverDetail } from '../../core/settings';

/** Commands a hover may run; the hover trusts these and nothing else. */
export const HOVER_COMMANDS = ['llmPrimer.open', 'llmPrimer.openToSide', 'llmPrimer.ignoreTerm', 'llmPrimer.findInWorkspace'];

const commandUri = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

/**
 * A link's target with a tooltip: without one, VS Code shows the raw `command:` URI. The title is
 * always a fixed UI string, never catalog text (a quote could not end it early).
 */
const target = (uri: string, title: string) => `${uri} "${title.replace(/["\\]/g, "'")}"`;

/**
 * The hover for a term: title, definition (its first sentence in compact mode), the formula as
 * an image, and links to its concept, chapter and glossary entry, and to silence the word.
 * Catalog and team text is escaped, never placed inside link titles, and theme icons appear
 * only in the fixed link labels.
 */
export function termHover(lib: Library, term: GlossaryTerm, detail: HoverDetail, formulaImage?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  md.appendMarkdown(`**${escape(term.title)}** · _LLM Primer_\n\n`);
  // appendText would turn every space into &nbsp;, so the hover could only wrap mid-word.
  md.appendMarkdown(escape(detail === 'compact' ? firstSentence(term.definition) : term.definition));
  if (formulaImage && detail === 'full') md.appendMarkdown(`\n\n![${escape(vscode.l10n.t('Formula'))}](${formulaImage})`);
  const { concept, chapter } = lib.termTargets(term);
  const links: string[] = [];
  if (concept) links.push(`[$(graph) ${vscode.l10n.t('Open concept')}](${target(commandUri('llmPrimer.open', [concept.id]), vscode.l10n.t('Open the concept page and its diagram in the reader'))})`);
  if (chapter) links.push(`[$(book) ${vscode.l10n.t('Read chapter')}](${target(commandUri('llmPrimer.open', [chapter.id]), vscode.l10n.t('Open the chapter notes in the reader'))})`);
  if (lib.catalog.terms.some((t) => t.id === term.id)) {
    links.push(`[$(list-flat) ${vscode.l10n.t('Glossary')}](${target(commandUri('llmPrimer.open', ['glossary', `term-${term.id}`]), vscode.l10n.t('Open this term in the glossary'))})`);
  }
  links.push(`[$(search) ${vscode.l10n.t('Find in workspace')}](${target(commandUri('llmPrimer.findInWorkspace', [term.id]), vscode.l10n.t('Search the workspace for the ways code spells this term'))})`);
  links.push(`[$(eye-closed) ${vscode.l10n.t("Don't explain this word")}](${target(commandUri('llmPrimer.ignoreTerm', [term.id]), vscode.l10n.t('Stop explaining this term (undo in the settings)'))})`);
  md.appendMarkdown(`\n\n${links.join(' · ')}`);
  return md;
}
