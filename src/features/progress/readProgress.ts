import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import { pruneReadPages } from '../../core/readPages';

const KEY = 'llmPrimer.readPages';
const NONE: ReadonlySet<string> = new Set();

/** Where the library comes from: read progress means something only against a loaded library. */
export interface LibrarySource { peek(): Library | undefined }

/**
 * Which pages the user marked as read; kept in globalState so it follows them across windows.
 * The stored list is read once per library: validated, pruned to the library's readable pages
 * (written back when that dropped anything) and kept as one Set that every tree item shares.
 */
export class ReadProgress implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;
  private loaded?: { lib: Library; ids: Set<string> };

  constructor(private readonly state: vscode.Memento, private readonly library: LibrarySource, private readonly log?: vscode.LogOutputChannel) {}

  /** The pages marked as read; empty until the library is loaded. */
  get read(): ReadonlySet<string> {
    return this.current()?.ids ?? NONE;
  }

  isRead(id: string): boolean {
    return this.read.has(id);
  }

  async set(id: string, read: boolean): Promise<void> {
    const loaded = this.current();
    // Without a library the stored list cannot be checked: leave it as it is rather than overwrite it.
    if (!loaded) return;
    const next = new Set(loaded.ids);
    if (read) next.add(id); else next.delete(id);
    loaded.ids = next;
    await this.state.update(KEY, [...next]);
    this.changed.fire(id);
  }

  async toggle(id: string): Promise<boolean> {
    const now = !this.isRead(id);
    await this.set(id, now);
    return now;
  }

  private current(): { lib: Library; ids: Set<string> } | undefined {
    const lib = this.library.peek();
    if (!lib) return undefined;
    if (this.loaded?.lib !== lib) {
      const readable = new Set<string>();
      for (const [id, page] of Object.entries(lib.catalog.pages)) if (page.readable) readable.add(id);
      const { ids, changed } = pruneReadPages(this.state.get<unknown>(KEY), readable);
      this.loaded = { lib, ids: new Set(ids) };
      if (changed) {
        this.log?.info(`read progress: kept ${ids.length} read pages of the stored list, dropped the rest`);
        void Promise.resolve(this.state.update(KEY, ids)).catch((e: unknown) => this.log?.warn(`read progress: could not save the pruned list: ${String(e)}`));
      }
    }
    return this.loaded;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
