import * as vscode from 'vscode';
import { CatalogStore } from './features/catalog/store';
import { registerCommands } from './features/commands/register';
import { registerConcepts } from './features/concepts/register';
import type { ConceptsTreeProvider } from './features/concepts/treeProvider';
import { registerHover } from './features/hover/register';
import { registerTermAtCursor } from './features/hover/termAtCursor';
import { TermIndex } from './features/hover/termIndex';
import { registerTeamGlossary } from './features/teamGlossary/register';
import { registerWelcome } from './features/welcome/register';
import { registerFollowReader, registerLibrary, type LibraryItem } from './features/library/register';
import { registerModels } from './features/models/register';
import { registerProgressCommands, type ProgressMessages } from './features/progress/commands';
import { QuizAnswers } from './features/progress/quizAnswers';
import { registerNavigation } from './features/navigation/register';
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
  /** What "Concepts in this file" shows. */
  concepts: ConceptsTreeProvider;
  /** Whether the cursor is on a term (the context key `llmPrimer.termAtCursor`). */
  termAtCursor(): boolean;
  /** Continue Reading's and Reset Progress's messages through a stand-in instead of VS Code's (undefined restores them). */
  progressMessagesWith(standIn: ProgressMessages | undefined): void;
}

/** The composition root: build the shared services, register each feature, nothing else. */
export function activate(context: vscode.ExtensionContext): CompanionApi {
  const log = vscode.window.createOutputChannel('LLM Primer', { log: true });
  const store = new CatalogStore(context.extensionUri, log);
  const settings = new SettingsService(log);
  const progress = new ReadProgress(context.globalState, store, log);
  const quiz = new QuizAnswers(context.globalState, store);
  const terms = new TermIndex(store);
  const services: Services = { context, store, settings, progress, quiz, log, terms };

  const library = registerLibrary(services);
  const reader = registerReader(services);
  const concepts = registerConcepts(services, (id, anchor) => reader.api.open(id, { anchor }));
  const termAtCursor = registerTermAtCursor(services);
  const progressCommands = registerProgressCommands(services, reader.api);
  context.subscriptions.push(
    log, store, settings, progress, terms,
    library.disposable,
    reader.disposable,
    registerHover(services),
    concepts.disposable,
    registerTeamGlossary(services),
    registerCommands(services, reader.api, library.view),
    registerFollowReader(library.view, reader.api.onDidShowPage),
    registerModels(services, reader.api),
    registerWelcome(services),
    termAtCursor.disposable,
    progressCommands.disposable,
    registerNavigation(services, reader.api),
  );
  return {
    reader: reader.api, library: library.view, libraryChildren: library.children, loaded: async () => (await store.get()) !== undefined,
    concepts: concepts.provider, termAtCursor: termAtCursor.current, progressMessagesWith: progressCommands.messagesWith,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
