/**
 * The text of a page's code blocks, from the page's own HTML: the reader's Copy button sends
 * only the block's index, and the host copies what the page holds there (the webview never
 * chooses what goes on the clipboard).
 */
const BLOCK = /<pre[^>]*>([\s\S]*?)<\/pre>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The plain text of the `index`-th `<pre>` block (0-based), or undefined when the page has no such block. */
export function codeBlockText(html: string, index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined;
  let i = 0;
  for (const m of html.matchAll(BLOCK)) {
    if (i++ === index) return htmlToText(m[1]);
  }
  return undefined;
}

/** Tags removed and character references decoded (named ones HTML escaping produces, and numeric ones). */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
