/**
 * The "Check yourself" quizzes as the reader left them: which answers were revealed and how
 * the reader graded themselves on each question. Kept by the host (globalState), so it survives
 * closing the panel and reloading the window.
 */

/** How the reader graded their own answer: they got it, or not yet (to come back to). */
export type QuizGrade = 'got' | 'notYet';

/** One question's state; a question never touched has none. */
export interface QuestionState {
  revealed: boolean;
  grade?: QuizGrade;
}

/** A page's questions by index (position in its quiz), as the webview reports and shows them. */
export type PageQuiz = Record<number, QuestionState>;

/** Every page's quiz state, by page id. */
export type QuizStore = Record<string, PageQuiz>;

/** More questions than any page has: an index at or past it is refused. */
export const MAX_QUESTIONS = 50;

const isGrade = (x: unknown): x is QuizGrade => x === 'got' || x === 'notYet';
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The stored quiz state as it comes back from storage (it may be anything): only pages in
 * `pages`, only question indexes below MAX_QUESTIONS, only well-formed states are kept.
 */
export function parseQuizStore(raw: unknown, pages: ReadonlySet<string>): QuizStore {
  const out: QuizStore = {};
  if (!isObj(raw)) return out;
  for (const id of Object.keys(raw)) {
    const quiz = raw[id];
    // `__proto__` as a key would set the result's prototype instead of adding a page.
    if (id === '__proto__' || !pages.has(id) || !isObj(quiz)) continue;
    const kept: PageQuiz = {};
    for (const key of Object.keys(quiz)) {
      const q = Number(key);
      const state = quiz[key];
      if (!/^\d{1,2}$/.test(key) || q >= MAX_QUESTIONS || !isObj(state) || typeof state.revealed !== 'boolean') continue;
      if (own(state, 'grade') && state.grade !== undefined && !isGrade(state.grade)) continue;
      kept[q] = isGrade(state.grade) ? { revealed: state.revealed, grade: state.grade } : { revealed: state.revealed };
    }
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

/** The store with one question's new state; a question back to untouched (hidden, ungraded) is dropped. */
export function withAnswer(store: QuizStore, id: string, question: number, state: QuestionState): QuizStore {
  const page: PageQuiz = { ...(own(store, id) ? store[id] : {}) };
  if (!state.revealed && !state.grade) delete page[question];
  else page[question] = state.grade ? { revealed: state.revealed, grade: state.grade } : { revealed: state.revealed };
  const next: QuizStore = { ...store };
  if (Object.keys(page).length) next[id] = page; else delete next[id];
  return next;
}

/** The score line's numbers for `total` questions: how many the reader got, and how many are not yet. */
export function quizScore(quiz: PageQuiz | undefined, total: number): { got: number; notYet: number; total: number } {
  let got = 0;
  let notYet = 0;
  for (let q = 0; q < total; q++) {
    const grade = quiz && own(quiz, String(q)) ? quiz[q].grade : undefined;
    if (grade === 'got') got++;
    else if (grade === 'notYet') notYet++;
  }
  return { got, notYet, total };
}
