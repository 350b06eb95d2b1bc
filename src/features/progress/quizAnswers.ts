import type * as vscode from 'vscode';
import type { Library } from '../../core/catalog/library';
import { parseQuizStore, withAnswer, type PageQuiz, type QuestionState, type QuizStore } from '../../core/progress/quiz';
import type { LibrarySource } from './readProgress';

export const QUIZ_KEY = 'llmPrimer.quizAnswers';

/**
 * The quizzes as the reader left them (answers revealed, self-grades), in globalState so they
 * survive closing the reader and reloading the window. Read once per library and checked
 * against its pages (core/progress/quiz.ts).
 */
export class QuizAnswers {
  private loaded?: { lib: Library; store: QuizStore };

  constructor(private readonly state: Pick<vscode.Memento, 'get' | 'update'>, private readonly library: LibrarySource) {}

  /** The page's questions that were touched; undefined when none was. */
  forPage(id: string): PageQuiz | undefined {
    const store = this.current();
    return store && Object.prototype.hasOwnProperty.call(store, id) ? store[id] : undefined;
  }

  async set(id: string, question: number, answer: QuestionState): Promise<void> {
    const store = this.current();
    if (!store || !this.loaded) return;
    this.loaded.store = withAnswer(store, id, question, answer);
    await this.state.update(QUIZ_KEY, this.loaded.store);
  }

  async reset(): Promise<void> {
    if (this.loaded) this.loaded.store = {};
    await this.state.update(QUIZ_KEY, undefined);
  }

  private current(): QuizStore | undefined {
    const lib = this.library.peek();
    if (!lib) return undefined;
    if (this.loaded?.lib !== lib) {
      const pages = new Set(Object.entries(lib.catalog.pages).filter(([, p]) => p.readable).map(([id]) => id));
      this.loaded = { lib, store: parseQuizStore(this.state.get<unknown>(QUIZ_KEY), pages) };
    }
    return this.loaded.store;
  }
}
