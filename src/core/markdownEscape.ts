/**
 * Escape text for a Markdown string (hovers, tooltips) so it renders literally: every Markdown
 * punctuation mark, VS Code's `$(icon)` syntax, setext underlines (`===`), strike (`~~`), bare
 * URLs (GFM autolinks need an unbroken `://`) and leading indentation (code blocks). Newlines
 * collapse to spaces: a blank line would break a link or a heading out of its place.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>"~=$:&]/g, (c) => `\\${c}`)
    .replace(/^[ \t]+/, '');
}

/** The first sentence of a definition (up to the first `. ` after a few words), for compact hovers. */
export function firstSentence(s: string): string {
  const m = /^(.{20,}?[.!?])(?:\s|$)/.exec(s);
  return m ? m[1] : s;
}
