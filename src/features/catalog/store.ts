import * as vscode from 'vscode';
import { catalogShapeProblem } from '../../core/catalog/shape';
import { Library } from '../../core/catalog/library';
import { PageCache } from '../../core/catalog/pageCache';
import { pageFileName, type CatalogIndex } from '../../core/catalog/types';

/**
 * Characters of page HTML kept in memory: the last few chapters read (about four of median size). Reading a page
 * again costs a few milliseconds; holding every page seen would keep megabytes in the host.
 */
const PAGE_CACHE_CHARS = 128 * 1024;

/**
 * Loads dist/catalog.json once, on first use, through vscode.workspace.fs so the same code
 * runs in desktop VS Code and in vscode.dev. A failure is logged, shown once, and reported to
 * the tree's welcome view through the `llmPrimer.loadFailed` context key.
 */
export class CatalogStore implements vscode.Disposable {
  private loading?: Promise<Library | undefined>;
  private current?: Library;
  private readonly htmlCache = new PageCache(PAGE_CACHE_CHARS);
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

  /** The library, or undefined if it could not be loaded (the reason is already shown). */
  get(): Promise<Library | undefined> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** The library if it is already loaded (for synchronous callers such as tree items). */
  peek(): Library | undefined {
    return this.current;
  }

  /** A page's rendered HTML (read per page, so the index stays small). */
  async html(id: string): Promise<string | undefined> {
    const lib = await this.get();
    if (!lib?.has(id)) return undefined;
    const cached = this.htmlCache.get(id);
    if (cached !== undefined) return cached;
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'pages', pageFileName(id));
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      this.htmlCache.set(id, text);
      return text;
    } catch (e) {
      this.log.error(`could not read page ${uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  async reload(): Promise<void> {
    this.htmlCache.clear();
    this.loading = this.load();
    await this.loading;
    this.changed.fire();
  }

  private async load(): Promise<Library | undefined> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'catalog.json');
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const catalog = JSON.parse(new TextDecoder().decode(bytes)) as CatalogIndex;
      const problem = catalogShapeProblem(catalog);
      if (problem) throw new Error(`catalog.json has the wrong shape: ${problem}`);
      this.current = new Library(catalog);
      void vscode.commands.executeCommand('setContext', 'llmPrimer.loadFailed', false);
      this.log.info(`library loaded: ${Object.keys(catalog.pages).length} pages, ${catalog.terms.length} terms (version ${catalog.version})`);
      return this.current;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.log.error(`could not load the library from ${uri.toString()}: ${reason}`);
      void vscode.commands.executeCommand('setContext', 'llmPrimer.loadFailed', true);
      void vscode.window.showWarningMessage(vscode.l10n.t('LLM Primer: the library could not be loaded ({0}). Reinstall the extension or run "LLM Primer: Reload Library".', reason));
      this.current = undefined;
      return undefined;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
