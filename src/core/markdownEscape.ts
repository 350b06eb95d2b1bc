/** Escape text for a Markdown string (hovers, tooltips) so it renders literally. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>"]/g, (c) => `\\${c}`);
}
