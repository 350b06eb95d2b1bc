import { htmlToText } from '../text';

/**
 * A page's outline: its h2 and h3 headings, in order, as the Outline view lists them. Read from
 * the page's HTML (built from the extension's own content, every heading with an id), so the
 * host knows the sections before the webview has drawn anything.
 */
export interface OutlineEntry {
  anchor: string;
  level: 2 | 3;
  text: string;
}

const HEADING = /<h([23])\b[^>]*\bid="([a-z0-9-]{1,80})"[^>]*>([\s\S]*?)<\/h\1>/g;

/** Heading text without its markup, entities decoded, whitespace collapsed. */
function plainText(html: string): string {
  // KaTeX's MathML copy would repeat the formula.
  return htmlToText(html.replace(/<span class="katex-mathml">[\s\S]*?<\/span>/g, '')).replace(/\s+/g, ' ').trim();
}

export function pageOutline(html: string): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const m of html.matchAll(HEADING)) {
    const text = plainText(m[3]);
    if (text) out.push({ anchor: m[2], level: m[1] === '2' ? 2 : 3, text });
  }
  return out;
}

/** The h2 an entry belongs to (itself for an h2, undefined for an h3 before any h2). */
export function parentSection(outline: readonly OutlineEntry[], anchor: string): OutlineEntry | undefined {
  const at = outline.findIndex((e) => e.anchor === anchor);
  for (let i = at; i >= 0; i--) if (outline[i].level === 2) return outline[i];
  return undefined;
}
