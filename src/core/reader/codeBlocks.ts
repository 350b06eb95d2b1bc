import { htmlToText } from '../text';

/**
 * The text of a page's code blocks, from the page's own HTML: the reader's Copy button sends
 * only the block's index, and the host copies what the page holds there (the webview never
 * chooses what goes on the clipboard).
 */
const BLOCK = /<pre[^>]*>([\s\S]*?)<\/pre>/g;

/** The plain text of the `index`-th `<pre>` block (0-based), or undefined when the page has no such block. */
export function codeBlockText(html: string, index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined;
  let i = 0;
  for (const m of html.matchAll(BLOCK)) {
    if (i++ === index) return htmlToText(m[1]);
  }
  return undefined;
}
