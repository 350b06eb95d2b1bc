import * as vscode from 'vscode';
import type { Services } from '../services';
import { termHover } from './hoverContent';
import { termAt } from './termAt';

/**
 * Hovers that explain LLM terms in code. Each call reads one line and asks the pure matcher;
 * nothing scans the document. Re-registered when the language setting changes; off when
 * `llmPrimer.hover.enabled` is false.
 */
export function registerHover(s: Services): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      if (!s.settings.current.hoverEnabled) return undefined;
      const found = await termAt(s.store, document, position);
      if (!found || token.isCancellationRequested) return undefined;
      const { lib, hit } = found;
      return new vscode.Hover(termHover(lib, hit.term),
        new vscode.Range(position.line, hit.start, position.line, hit.end));
    },
  };

  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    const languages = s.settings.current.hoverLanguages;
    // Notebook cells are documents of their cell language, so 'python' also covers Jupyter.
    const selector: vscode.DocumentSelector = languages.flatMap((language) => [
      { language, scheme: 'file' }, { language, scheme: 'untitled' }, { language, scheme: 'vscode-notebook-cell' },
      { language, scheme: 'vscode-vfs' }, { language, scheme: 'vscode-remote' },
    ]);
    registration = vscode.languages.registerHoverProvider(selector, provider);
  };
  register();
  const sub = s.settings.onDidChange(register);
  return new vscode.Disposable(() => { sub.dispose(); registration?.dispose(); });
}
