import * as vscode from 'vscode';
import { selectorFor } from '../documentSelector';
import type { Services } from '../services';
import { FormulaImages } from './formulas';
import { termHover } from './hoverContent';
import { termAt } from './termAt';

/**
 * Hovers that explain LLM terms in code. Each call reads the line, its neighbours and the
 * document's cached scan (what the file is about), then asks the pure matcher. Re-registered
 * when the language setting changes; `llmPrimer.hover.mode` and the other hover settings are
 * read on every call, so changes take effect without a reload.
 */
export function registerHover(s: Services): vscode.Disposable {
  const formulas = new FormulaImages(s.context.extensionUri, s.log);
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      try {
        const settings = s.settings.current;
        const found = await termAt(s.terms, settings, document, position);
        if (!found || token.isCancellationRequested) return undefined;
        const { set, hit } = found;
        const image = settings.hoverDetail === 'full' && hit.term.formula ? await formulas.imageFor(hit.term.id) : undefined;
        return new vscode.Hover(termHover(set.lib, hit.term, settings.hoverDetail, image),
          new vscode.Range(position.line, hit.start, position.line, hit.end));
      } catch (e) {
        // User code is data: nothing it holds may throw into VS Code's log.
        s.log.warn(`hover: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    },
  };

  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    registration = vscode.languages.registerHoverProvider(selectorFor(s.settings.current.hoverLanguages), provider);
  };
  register();
  let languages = JSON.stringify(s.settings.current.hoverLanguages);
  const sub = s.settings.onDidChange((v) => {
    if (JSON.stringify(v.hoverLanguages) === languages) return;
    languages = JSON.stringify(v.hoverLanguages);
    register();
  });
  return vscode.Disposable.from(sub, registerIgnoreTerm(s), { dispose: () => registration?.dispose() });
}

/** "Don't explain this word": adds the term to `llmPrimer.hover.ignoredTerms`, with an Undo. */
function registerIgnoreTerm(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('llmPrimer.ignoreTerm', async (id: unknown) => {
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,79}$/.test(id)) return;
    const cfg = vscode.workspace.getConfiguration('llmPrimer');
    const before = s.settings.current.hoverIgnoredTerms;
    if (before.includes(id)) return;
    await cfg.update('hover.ignoredTerms', [...before, id], vscode.ConfigurationTarget.Global);
    const undo = vscode.l10n.t('Undo');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('LLM Primer will no longer explain "{0}" on hover.', id), undo);
    if (choice === undo) {
      await cfg.update('hover.ignoredTerms', s.settings.current.hoverIgnoredTerms.filter((t) => t !== id), vscode.ConfigurationTarget.Global);
    }
  });
}
