import type * as vscode from 'vscode';
import type { CatalogStore } from './catalog/store';
import type { SettingsService } from './settings/service';
import type { QuizAnswers } from './progress/quizAnswers';
import type { ReadProgress } from './progress/readProgress';
import type { TermIndex } from './hover/termIndex';

/** What the features share; built once in extension.ts. */
export interface Services {
  context: vscode.ExtensionContext;
  store: CatalogStore;
  settings: SettingsService;
  progress: ReadProgress;
  /** The quizzes' revealed answers and self-grades. */
  quiz: QuizAnswers;
  /** The glossary terms in force (built-in and team) and each document's scan. */
  terms: TermIndex;
  log: vscode.LogOutputChannel;
}
