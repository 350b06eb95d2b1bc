/** Small HTML builders for the parts of a page the build generates around the Markdown body. */

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const navLink = (id: string, text: string, anchor?: string): string =>
  `<a href="#" data-nav="${esc(id)}"${anchor ? ` data-anchor="${esc(anchor)}"` : ''}>${esc(text)}</a>`;

export function section(title: string, inner: string, cls = ''): string {
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `<section class="generated ${cls}"><h2 id="${id}">${esc(title)}</h2>${inner}</section>`;
}

export const list = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
