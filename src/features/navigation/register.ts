import * as vscode from 'vscode';
import type { GlossaryTerm } from '../../core/catalog/types';
import { formatReference, parseReference } from '../../core/reader/reference';
import { findInFilesArgs, type FindInFilesArgs } from '../../core/terms/workspaceSearch';
import type { ReaderApi } from '../reader/register';
import type { Services } from '../services';
import { registerOutlineView } from './outlineView';

/**
 * Finding one's way: the Outline view, "Copy Link to Section" and "Open Link" (the plain
 * `vol-2/ch-4#section` references described in core/reader/reference.ts), and "Find in
 * Workspace" for a glossary term or a concept.
 */
export function registerNavigation(s: Services, reader: ReaderApi): vscode.Disposable {
  /** The terms a target names: a term id (built-in or team), or `concept/<slug>` for every term of that concept. */
  const termsOf = async (target: string): Promise<GlossaryTerm[]> => {
    const set = await s.terms.current();
    if (!set) return [];
    const slug = target.startsWith('concept/') ? target.slice('concept/'.length) : undefined;
    return slug ? set.terms.filter((t) => t.concept === slug) : set.terms.filter((t) => t.id === target);
  };

  const copyLink = async (id: unknown, anchor: unknown): Promise<string | undefined> => {
    const page = typeof id === 'string' ? id : reader.activePageId;
    const lib = await s.store.get();
    if (!page || !lib?.has(page)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a page in the LLM Primer reader first.'));
      return undefined;
    }
    // From the palette: the section being read in the active panel.
    const section = typeof anchor === 'string' ? anchor : id === undefined ? reader.activeOutline?.section : undefined;
    const ref = parseReference(formatReference({ id: page, anchor: section }));
    if (!ref) return undefined;
    const text = formatReference(ref);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied link {0}', text), 3000);
    return text;
  };

  const openLink = async (arg: unknown): Promise<boolean> => {
    let text = typeof arg === 'string' ? arg : undefined;
    if (text === undefined) {
      // A copied link is offered ready to open; only on the desktop, where reading the clipboard
      // asks nothing (a browser asks for permission, and says it could not when refused).
      const clip = vscode.env.uiKind === vscode.UIKind.Desktop ? await vscode.env.clipboard.readText().then((t) => t, () => '') : '';
      text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Open Link'),
        prompt: vscode.l10n.t('A page or section of LLM Primer, such as vol-2/ch-4#key-equations'),
        value: parseReference(clip) ? clip.trim() : '',
        validateInput: (v) => (parseReference(v) ? undefined : vscode.l10n.t('Not a link to a page of LLM Primer.')),
      });
      if (text === undefined) return false;
    }
    const ref = parseReference(text);
    if (!ref) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Not a link to a page of LLM Primer.'));
      return false;
    }
    return reader.open(ref.id, { anchor: ref.anchor });
  };

  const findInWorkspace = async (arg: unknown): Promise<FindInFilesArgs | undefined> => {
    const target = typeof arg === 'string' && arg.length < 120 ? arg : reader.activePageId;
    const args = target ? findInFilesArgs(await termsOf(target)) : undefined;
    if (!args) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is nothing to search for: choose a glossary term or a concept.'));
      return undefined;
    }
    await vscode.commands.executeCommand('workbench.action.findInFiles', args);
    return args;
  };

  return vscode.Disposable.from(
    registerOutlineView(reader),
    vscode.commands.registerCommand('llmPrimer.copyLinkToSection', copyLink),
    vscode.commands.registerCommand('llmPrimer.openLink', openLink),
    vscode.commands.registerCommand('llmPrimer.findInWorkspace', findInWorkspace),
  );
}
