import { esc as attr } from '../content/html';

/**
 * The reader's HTML document. Pure, so its security properties are unit-tested: a fresh nonce
 * per document, `default-src 'none'`, the entry script only by nonce and its chunks (ES modules
 * the reader imports when a page needs them) only from the extension's webview folder, styles and
 * fonts only from the extension (inline styles allowed because KaTeX positions glyphs with them),
 * no network.
 */
export interface ReaderDocument {
  cspSource: string;
  nonce: string;
  lang: string;
  assets: { katexCss: string; readerCss: string; readerJs: string };
  strings: Record<string, string>;
}


export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    // The nonce admits reader.js; the chunks it imports load from the webview's resource root.
    `script-src 'nonce-${nonce}' ${cspSource}`,
  ].join('; ');
}

export function readerHtml(d: ReaderDocument): string {
  if (!/^[A-Za-z0-9]{16,}$/.test(d.nonce)) throw new Error('a nonce must be at least 16 letters or digits');
  return `<!DOCTYPE html>
<html lang="${attr(d.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(d.cspSource, d.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(d.assets.katexCss)}">
<link rel="stylesheet" href="${attr(d.assets.readerCss)}">
<title>LLM Primer</title>
</head>
<body data-strings="${attr(JSON.stringify(d.strings))}">
<main id="reader" aria-live="polite"><p class="muted">${attr(d.strings.loading ?? '')}</p></main>
<script type="module" nonce="${d.nonce}" src="${attr(d.assets.readerJs)}"></script>
</body>
</html>`;
}

/** 32 random letters and digits from the platform's cryptographic generator (Node 20 and browsers have one). */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += chars.charAt(b % chars.length);
  return out;
}
