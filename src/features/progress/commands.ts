import * as vscode from 'vscode';
import { continueTarget, readingOrder } from '../../core/progress/continueReading';
import type { ReaderApi } from '../reader/register';
import type { Services } from '../services';

/** How the question is put: `vscode.window.showWarningMessage`, or a stand-in that answers it in the tests. */
export type ShowWarning = (message: string, options: vscode.MessageOptions, ...items: string[]) => Thenable<string | undefined>;

const showWarning: ShowWarning = (message, options, ...items) => vscode.window.showWarningMessage(message, options, ...items);

/** The modal warning Reset Progress asks first: only its "Reset" button goes ahead (Cancel, Escape: nothing happens). */
async function askToReset(show: ShowWarning): Promise<boolean> {
  const reset = vscode.l10n.t('Reset');
  const choice = await show(
    vscode.l10n.t('Reset your reading progress?'),
    { modal: true, detail: vscode.l10n.t('Every page marked as read becomes unread, the quizzes\' answers are hidden and your grades cleared, and Continue Reading starts again from the first chapter. This cannot be undone.') },
    reset,
  );
  return choice === reset;
}

/** Continue Reading and Reset Progress, for the palette and the Library view's title bar. */
export function registerProgressCommands(s: Services, reader: ReaderApi): {
  disposable: vscode.Disposable;
  /** Put Reset Progress's question through `show` (the tests answer it), or the real dialog again with undefined. */
  confirmResetWith(show: ShowWarning | undefined): void;
} {
  let show = showWarning;
  return {
    confirmResetWith(standIn) { show = standIn ?? showWarning; },
    disposable: vscode.Disposable.from(
      vscode.commands.registerCommand('llmPrimer.continueReading', async () => {
        const lib = await s.store.get();
        if (!lib) return false;
        const next = continueTarget(readingOrder(lib), s.progress.read, s.progress.lastChapter);
        if (!next) {
          void vscode.window.showInformationMessage(vscode.l10n.t('LLM Primer: you have read every chapter. New chapters appear in the library as they are published.'));
          return false;
        }
        // Asked for explicitly, to read: the reader takes the focus.
        return reader.open(next.id, { focus: true });
      }),
      vscode.commands.registerCommand('llmPrimer.resetProgress', async () => {
        if (!(await askToReset(show))) return false;
        // The quizzes first: the readers show their page again when progress is reset, quiz included.
        await s.quiz.reset();
        await s.progress.reset();
        return true;
      }),
    ),
  };
}
