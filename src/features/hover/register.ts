import * as vscode from 'vscode';
import { TermMatcher } from '../../core/terms/matcher';
import type { Library } from '../../core/catalog/library';
import type { Services } from '../services';
import { termHover } from './hoverContent';

/** Lines longer than this are minified or generated code: not worth a hover. */
const MAX_LINE = 2000;
/** Lines read on each side of the hovered one, to confirm a generic word (`query,` alone on a line). */
const CONTEXT = 2;

function neighbours(document: vscode.TextDocument, line: number): string[] {
  const out: string[] = [];
  for (let l = Math.max(0, line - CONTEXT); l <= Math.min(document.lineCount - 1, line + CONTEXT); l++) {
    if (l !== line) out.push(document.lineAt(l).text);
  }
  return out;
}

/**
 * Hovers that explain LLM terms in code. Each call reads one line and asks the pure matcher;
 * nothing scans the document. Re-registered when the language setting changes; off when
 * `llmPrimer.hover.enabled` is false.
 */
export function registerHover(s: Services): vscode.Disposable {
  let matcher: { lib: Library; m: TermMatcher } | undefined;
  const getMatcher = async () => {
    const lib = await s.store.get();
    if (!lib) return undefined;
    if (matcher?.lib !== lib) matcher = { lib, m: new TermMatcher(lib.catalog.terms) };
    return matcher;
  };

  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      if (!s.settings.current.hoverEnabled) return undefined;
      const line = document.lineAt(position.line).text;
      if (line.length > MAX_LINE) return undefined;
      const found = await getMatcher();
      if (!found || token.isCancellationRequested) return undefined;
      const hit = found.m.match(line, position.character, neighbours(document, position.line));
      if (!hit) return undefined;
      return new vscode.Hover(termHover(found.lib, hit.term),
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
