/**
 * The last pages read, for going back and forth without reading the file again, held within a
 * budget of characters: an open reader costs the pages around it, not every page seen since
 * activation (the extension host keeps this for as long as VS Code runs).
 */
export class PageCache {
  private readonly pages = new Map<string, string>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(id: string): string | undefined {
    const html = this.pages.get(id);
    if (html !== undefined) { this.pages.delete(id); this.pages.set(id, html); } // most recent last
    return html;
  }

  set(id: string, html: string): void {
    this.delete(id);
    if (html.length > this.maxChars) return; // a page larger than the budget is read each time
    this.pages.set(id, html);
    this.chars += html.length;
    for (const [old, text] of this.pages) {
      if (this.chars <= this.maxChars) break;
      this.pages.delete(old);
      this.chars -= text.length;
    }
  }

  delete(id: string): void {
    const html = this.pages.get(id);
    if (html === undefined) return;
    this.pages.delete(id);
    this.chars -= html.length;
  }

  clear(): void {
    this.pages.clear();
    this.chars = 0;
  }

  get size(): number { return this.pages.size; }
  get totalChars(): number { return this.chars; }
}
