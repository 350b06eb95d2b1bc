import * as vscode from 'vscode';
import { readSettings, type Settings } from '../../core/settings';

/** Current settings, validated; a bad value shows one readable warning and falls back. */
export class SettingsService implements vscode.Disposable {
  private value: Settings;
  private readonly warned = new Set<string>();
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.value = this.read();
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('llmPrimer')) return;
      this.value = this.read();
      this.changed.fire(this.value);
    });
  }

  get current(): Settings {
    return this.value;
  }

  private read(): Settings {
    const cfg = vscode.workspace.getConfiguration('llmPrimer');
    const { settings, warnings } = readSettings((k) => cfg.get(k), vscode.l10n);
    for (const w of warnings) {
      this.log.warn(w);
      if (!this.warned.has(w)) {
        this.warned.add(w);
        void vscode.window.showWarningMessage(vscode.l10n.t('LLM Primer: {0}', w));
      }
    }
    void vscode.commands.executeCommand('setContext', 'llmPrimer.hover.enabled', settings.hoverEnabled);
    return settings;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
