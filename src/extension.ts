import * as vscode from 'vscode';
import { CatalogStore } from './features/catalog/store';
import { registerCommands } from './features/commands/register';
import { registerHover } from './features/hover/register';
import { registerFollowReader, registerLibrary, type LibraryItem } from './features/library/register';
import { registerModels } from './features/models/register';
import { ReadProgress } from './features/progress/readProgress';
import { registerReader, type ReaderApi } from './features/reader/register';
import { SettingsService } from './features/settings/service';
import type { Services } from './features/services';

/** What activate() returns: used by the integration tests and by other extensions. */
export interface CompanionApi {
  reader: ReaderApi;
  library: vscode.TreeView<string>;
  /** The tree's items under a page id (the roots without one), as the view shows them. */
  libraryChildren(id?: string): Promise<LibraryItem[]>;
  loaded(): Promise<boolean>;
}

/** The composition root: build the shared services, register each feature, nothing else. */
export function activate(context: vscode.ExtensionContext): CompanionApi {
  const log = vscode.window.createOutputChannel('LLM Primer', { log: true });
  const store = new CatalogStore(context.extensionUri, log);
  const settings = new SettingsService(log);
  const progress = new ReadProgress(context.globalState);
  const services: Services = { context, store, settings, progress, log };

  const library = registerLibrary(services);
  const reader = registerReader(services);
  context.subscriptions.push(
    log, store, settings, progress,
    library.disposable,
    reader.disposable,
    registerHover(services),
    registerCommands(services, reader.api),
    registerFollowReader(library.view, reader.api.onDidShowPage),
    registerModels(services, reader.api),
  );
  return { reader: reader.api, library: library.view, libraryChildren: library.children, loaded: async () => (await store.get()) !== undefined };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
