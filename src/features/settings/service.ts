import * as vscode from 'vscode';
import { readSettings, SettingWarnings, type SettingWarning, type Settings } from '../../core/settings';

/**
 * Current settings, validated. A bad value falls back to the default and shows a warning that
 * names the setting, with a button to open it; once per setting and bad value (core/settings.ts).
 */
export class SettingsService implements vscode.Disposable {
  private value: Settings;
  private readonly warnings = new SettingWarnings();
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
    for (const w of this.warnings.fresh(warnings)) this.show(w);
    void vscode.commands.executeCommand('setContext', 'llmPrimer.hover.enabled', settings.hoverEnabled);
    return settings;
  }

  private show(w: SettingWarning): void {
    this.log.warn(w.message);
    const open = vscode.l10n.t('Open Settings');
    void Promise.resolve(vscode.window.showWarningMessage(vscode.l10n.t('LLM Primer: {0}', w.message), open)).then(async (choice) => {
      if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', w.setting);
    }).catch((e: unknown) => this.log.warn(`could not open the settings: ${String(e)}`));
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
