import type { CatalogIndex, GlossaryTerm, PageMeta as Page } from './types';
import type { PageView } from '../protocol';

/**
 * Read-only queries over the compiled catalog: what the tree, the reader, search and the
 * hovers ask. Plain TypeScript so it is unit-tested without VS Code.
 */
export class Library {
  constructor(readonly catalog: CatalogIndex) {}

  get roots(): string[] {
    return this.catalog.roots;
  }

  page(id: string): Page | undefined {
    return Object.prototype.hasOwnProperty.call(this.catalog.pages, id) ? this.catalog.pages[id] : undefined;
  }

  has(id: string): boolean {
    return this.page(id) !== undefined;
  }

  children(id: string | undefined): string[] {
    return id === undefined ? this.roots : this.page(id)?.children ?? [];
  }

  parent(id: string): string | undefined {
    return this.page(id)?.parent;
  }

  /** All pages of a kind, in tree order. */
  pagesOfKind(kind: Page['kind']): Page[] {
    const out: Page[] = [];
    const walk = (ids: string[]) => ids.forEach((i) => {
      const p = this.page(i);
      if (!p) return;
      if (p.kind === kind) out.push(p);
      walk(p.children);
    });
    walk(this.roots);
    return out;
  }

  /** Every page in tree order (roots first, then their children depth-first). */
  allPages(): Page[] {
    const out: Page[] = [];
    const walk = (ids: string[]) => ids.forEach((i) => {
      const p = this.page(i);
      if (p) { out.push(p); walk(p.children); }
    });
    walk(this.roots);
    return out;
  }

  term(id: string): GlossaryTerm | undefined {
    return this.catalog.terms.find((t) => t.id === id);
  }

  /** The page a term points to first: its concept, else its first chapter. */
  termTargets(term: GlossaryTerm): { concept?: Page; chapter?: Page } {
    return {
      concept: term.concept ? this.page(`concept/${term.concept}`) : undefined,
      chapter: term.chapters.map((c) => this.page(c)).find((p) => p !== undefined),
    };
  }

  /** Readable pages under `id` (the whole library when undefined) and how many of them are in `read`. */
  progress(id: string | undefined, read: ReadonlySet<string>): { read: number; total: number } {
    let total = 0;
    let done = 0;
    const walk = (ids: string[]) => ids.forEach((i) => {
      const p = this.page(i);
      if (!p) return;
      if (p.readable) { total++; if (read.has(i)) done++; }
      walk(p.children);
    });
    walk(this.children(id));
    return { read: done, total };
  }

  /** What the reader needs to show a page, given the page's HTML. */
  view(id: string, read: ReadonlySet<string>, html: string): PageView | undefined {
    const p = this.page(id);
    if (!p) return undefined;
    const link = (x: string | undefined) => {
      const q = x ? this.page(x) : undefined;
      return q ? { id: q.id, label: q.label } : undefined;
    };
    const parent = p.parent ? this.page(p.parent) : undefined;
    return {
      id: p.id, kind: p.kind, title: p.title, html, summary: p.summary, source: p.source,
      parentId: parent?.id, parentLabel: parent?.label, prev: link(p.prev), next: link(p.next),
      read: read.has(p.id), readable: p.readable,
    };
  }
}
