import type * as vscode from 'vscode';
import type { CatalogStore } from './catalog/store';
import type { SettingsService } from './settings/service';
import type { ReadProgress } from './progress/readProgress';

/** What the features share; built once in extension.ts. */
export interface Services {
  context: vscode.ExtensionContext;
  store: CatalogStore;
  settings: SettingsService;
  progress: ReadProgress;
  log: vscode.LogOutputChannel;
}
