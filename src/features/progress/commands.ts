import * as vscode from 'vscode';
import { continueTarget, readingOrder } from '../../core/progress/continueReading';
import type { ReaderApi } from '../reader/register';
import type { Services } from '../services';

/**
 * How these commands speak to the user: VS Code's warning and information messages, or a
 * stand-in in the tests that records them and answers the warning.
 */
export interface ProgressMessages {
  warning(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  info(message: string): void;
}

const vscodeMessages: ProgressMessages = {
  warning: (message, options, ...items) => vscode.window.showWarningMessage(message, options, ...items),
  info: (message) => void vscode.window.showInformationMessage(message),
};

/** The modal warning Reset Progress asks first: only its "Reset" button goes ahead (Cancel, Escape: nothing happens). */
async function askToReset(say: ProgressMessages): Promise<boolean> {
  const reset = vscode.l10n.t('Reset');
  const choice = await say.warning(
    vscode.l10n.t('Reset your reading progress?'),
    { modal: true, detail: vscode.l10n.t('Every page marked as read becomes unread, the quizzes\' answers are hidden and your grades cleared, and Continue Reading starts again from the first chapter. This cannot be undone.') },
    reset,
  );
  return choice === reset;
}

/** Continue Reading and Reset Progress, for the palette and the Library view's title bar. */
export function registerProgressCommands(s: Services, reader: ReaderApi): {
  disposable: vscode.Disposable;
  /** Speak through `standIn` (the tests read the messages and answer the warning), or VS Code again with undefined. */
  messagesWith(standIn: ProgressMessages | undefined): void;
} {
  let say = vscodeMessages;
  return {
    messagesWith(standIn) { say = standIn ?? vscodeMessages; },
    disposable: vscode.Disposable.from(
      vscode.commands.registerCommand('llmPrimer.continueReading', async () => {
        const lib = await s.store.get();
        if (!lib) return false;
        const next = continueTarget(readingOrder(lib), s.progress.read, s.progress.lastChapter);
        if (!next) {
          say.info(vscode.l10n.t('LLM Primer: you have read every chapter. New chapters appear in the library as they are published.'));
          return false;
        }
        // Asked for explicitly, to read: the reader takes the focus.
        return reader.open(next.id, { focus: true });
      }),
      vscode.commands.registerCommand('llmPrimer.resetProgress', async () => {
        if (!(await askToReset(say))) return false;
        // The quizzes first: the readers show their page again when progress is reset, quiz included.
        await s.quiz.reset();
        await s.progress.reset();
        return true;
      }),
    ),
  };
}
