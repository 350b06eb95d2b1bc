import * as vscode from 'vscode';
import { makeNonce, readerHtml } from '../../core/reader/html';

/** Strings the webview shows, passed from the host so they can be localised with vscode.l10n. */
export function webviewStrings(): Record<string, string> {
  return {
    openSource: vscode.l10n.t('Open the original post'),
    openListing: vscode.l10n.t('Open the listing that names it'),
    markRead: vscode.l10n.t('Mark as read'),
    markUnread: vscode.l10n.t('Mark as unread'),
    previous: vscode.l10n.t('Previous'),
    next: vscode.l10n.t('Next'),
    loading: vscode.l10n.t('Loading…'),
    diagramFailed: vscode.l10n.t('This diagram could not be drawn.'),
    breadcrumb: vscode.l10n.t('Breadcrumb'),
    pageActions: vscode.l10n.t('Page actions'),
    pager: vscode.l10n.t('Previous and next'),
    back: vscode.l10n.t('Back'),
    openLibrary: vscode.l10n.t('Open the library'),
    quizGot: vscode.l10n.t('I got it'),
    quizNotYet: vscode.l10n.t('Not yet'),
    quizGrade: vscode.l10n.t('How did you do?'),
    // Templates: the webview puts the numbers in.
    quizScore: vscode.l10n.t('You got {0} of {1}', '{0}', '{1}'),
    quizRevisit: vscode.l10n.t('{0} to revisit', '{0}'),
    copyLink: vscode.l10n.t('Copy link to section'),
    copyCode: vscode.l10n.t('Copy the code'),
    copyCodeShort: vscode.l10n.t('Copy'),
    openWide: vscode.l10n.t('Open wide'),
    findInWorkspace: vscode.l10n.t('Find in workspace'),
    glossaryFilter: vscode.l10n.t('Filter the glossary'),
    glossaryFilterPlaceholder: vscode.l10n.t('Filter terms (title, code spelling or definition)'),
    // The webview fills in the numbers and the text as the filter changes.
    glossaryCount: vscode.l10n.t('{0} of {1} terms', '{0}', '{1}'),
    glossaryEmpty: vscode.l10n.t('No term contains "{0}".', '{0}'),
    glossaryIndex: vscode.l10n.t('Glossary index, A to Z'),
  };
}

/** Roots the webview may load from: the built webview assets only. */
export const readerResourceRoots = (extensionUri: vscode.Uri): vscode.Uri[] => [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];

/** The one place the reader's HTML is built (see src/core/reader/html.ts for the policy). */
export function buildReaderHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', ...p)).toString();
  return readerHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    lang: vscode.env.language || 'en',
    assets: { katexCss: asset('katex', 'katex.min.css'), readerCss: asset('reader.css'), readerJs: asset('reader.js') },
    strings: webviewStrings(),
  });
}
