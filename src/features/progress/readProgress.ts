import * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import { pruneReadPages } from '../../core/readPages';

export const READ_PAGES_KEY = 'llmPrimer.readPages';
/** The chapter opened or marked read most recently: where Continue Reading picks up. */
export const LAST_CHAPTER_KEY = 'llmPrimer.lastChapter';
/** Both follow the user to their other machines through Settings Sync. */
export const SYNCED_KEYS: readonly string[] = [READ_PAGES_KEY, LAST_CHAPTER_KEY];
const KEY = READ_PAGES_KEY;
const NONE: ReadonlySet<string> = new Set();

/** The part of `context.globalState` progress uses (a stand-in in the tests). */
export type ProgressState = Pick<vscode.Memento, 'get' | 'update'> & { setKeysForSync(keys: readonly string[]): void };

/** Where the library comes from: read progress means something only against a loaded library. */
export interface LibrarySource { peek(): Library | undefined }

/**
 * Which pages the user marked as read; kept in globalState so it follows them across windows.
 * The stored list is read once per library: validated, pruned to the library's readable pages
 * (written back when that dropped anything) and kept as one Set that every tree item shares.
 */
export class ReadProgress implements vscode.Disposable {
  /** Fires with the page whose state changed, or undefined when every page's may have (a reset). */
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  readonly onDidChange = this.changed.event;
  private loaded?: { lib: Library; ids: Set<string> };

  constructor(private readonly state: ProgressState, private readonly library: LibrarySource, private readonly log?: vscode.LogOutputChannel) {
    state.setKeysForSync(SYNCED_KEYS);
  }

  /** The chapter opened or marked read most recently, if it is still a readable chapter. */
  get lastChapter(): string | undefined {
    const id = this.state.get<unknown>(LAST_CHAPTER_KEY);
    const page = typeof id === 'string' ? this.library.peek()?.page(id) : undefined;
    return page?.kind === 'chapter' && page.readable ? page.id : undefined;
  }

  /** Remember a chapter the reader showed (other pages do not move the reading position). */
  async noteOpened(id: string): Promise<void> {
    const page = this.library.peek()?.page(id);
    if (page?.kind !== 'chapter' || !page.readable || this.state.get(LAST_CHAPTER_KEY) === id) return;
    await this.state.update(LAST_CHAPTER_KEY, id);
    this.changed.fire(id);
  }

  /** Forget every read mark and the reading position. */
  async reset(): Promise<void> {
    const loaded = this.current();
    if (loaded) loaded.ids = new Set();
    await this.state.update(KEY, []);
    await this.state.update(LAST_CHAPTER_KEY, undefined);
    this.changed.fire(undefined);
  }

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
    if (read && loaded.lib.page(id)?.kind === 'chapter') await this.state.update(LAST_CHAPTER_KEY, id);
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
