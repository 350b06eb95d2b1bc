import * as vscode from 'vscode';

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
  };
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Roots the webview may load from: the built webview assets only. */
export const readerResourceRoots = (extensionUri: vscode.Uri): vscode.Uri[] => [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];

/**
 * The one place the reader's HTML is built: a fresh nonce, `default-src 'none'`, scripts by
 * nonce only, styles and fonts from the extension (inline styles are allowed for KaTeX's
 * layout), nothing from the network.
 */
export function buildReaderHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const asset = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', ...p)).toString();
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(vscode.env.language || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('katex', 'katex.min.css')}">
<link rel="stylesheet" href="${asset('reader.css')}">
<title>LLM Primer</title>
</head>
<body data-strings="${attr(JSON.stringify(webviewStrings()))}">
<main id="reader" aria-live="polite"><p class="muted">${attr(webviewStrings().loading)}</p></main>
<script nonce="${n}" src="${asset('reader.js')}"></script>
</body>
</html>`;
}
