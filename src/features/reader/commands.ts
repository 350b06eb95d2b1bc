import * as vscode from 'vscode';
import type { Services } from '../services';
import type { ReaderApi } from './register';

/** A page id passed by a menu or a link; editor-title menus pass other things, which are ignored. */
const idArg = (x: unknown): string | undefined => (typeof x === 'string' && x.length < 120 ? x : undefined);

/**
 * The reader's own commands, for its title bar, its keys (Alt+←/→ for history,
 * Shift+Alt+PageUp/PageDown for the reading order) and the palette. They act on the active
 * reader panel.
 */
export function registerReaderCommands(s: Services, reader: ReaderApi): vscode.Disposable {
  const setRead = async (x: unknown, read: boolean) => {
    const id = idArg(x) ?? reader.activePageId;
    const page = id ? (await s.store.get())?.page(id) : undefined;
    if (page?.readable && s.progress.isRead(page.id) !== read) await s.progress.set(page.id, read);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('llmPrimer.back', () => reader.go('back')),
    vscode.commands.registerCommand('llmPrimer.forward', () => reader.go('forward')),
    vscode.commands.registerCommand('llmPrimer.previousPage', () => reader.step('previous')),
    vscode.commands.registerCommand('llmPrimer.nextPage', () => reader.step('next')),
    vscode.commands.registerCommand('llmPrimer.markRead', (x: unknown) => setRead(x, true)),
    vscode.commands.registerCommand('llmPrimer.markUnread', (x: unknown) => setRead(x, false)),
  );
}
