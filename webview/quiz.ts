import type { PageQuiz, QuizGrade } from '../src/core/protocol';
import { quizScore, type QuestionState } from '../src/core/progress/quiz';

/**
 * The "Check yourself" quiz of a page, made to remember: each question opens as the reader left
 * it, and under each revealed answer two buttons let the reader grade themselves ("I got it",
 * "Not yet"; pressed again, the grade is taken back). A score line under the heading counts the
 * grades. Every change goes to the host (`report`), which keeps it across reloads.
 */
export function mountQuiz(
  body: HTMLElement, saved: PageQuiz | undefined, t: (key: string) => string,
  report: (question: number, answer: QuestionState) => void,
): void {
  const items = [...body.querySelectorAll<HTMLDetailsElement>('details.quiz-item')];
  if (!items.length) return;
  const state: PageQuiz = { ...saved };
  const stateOf = (i: number): QuestionState => (Object.prototype.hasOwnProperty.call(state, i) ? state[i] : { revealed: false });
  const score = document.createElement('p');
  score.className = 'quiz-score';
  score.setAttribute('aria-live', 'polite');
  const heading = body.querySelector('#check-yourself');
  if (heading) heading.after(score); else items[0].before(score);
  const showScore = () => {
    const { got, notYet, total } = quizScore(state, items.length);
    const line = t('quizScore').replace('{0}', String(got)).replace('{1}', String(total));
    score.textContent = notYet ? `${line} · ${t('quizRevisit').replace('{0}', String(notYet))}` : line;
  };
  const update = (i: number, next: QuestionState) => {
    const before = stateOf(i);
    if (before.revealed === next.revealed && before.grade === next.grade) return;
    state[i] = next;
    showScore();
    report(i, next);
  };

  items.forEach((details, i) => {
    details.open = stateOf(i).revealed;
    const bar = document.createElement('div');
    bar.className = 'quiz-grade';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', t('quizGrade'));
    const buttons = (['got', 'notYet'] as const).map((grade) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.grade = grade;
      b.textContent = grade === 'got' ? t('quizGot') : t('quizNotYet');
      b.addEventListener('click', () => {
        const current = stateOf(i);
        const chosen: QuizGrade | undefined = current.grade === grade ? undefined : grade;
        update(i, { revealed: true, grade: chosen });
        press();
      });
      return b;
    });
    const press = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(stateOf(i).grade === b.dataset.grade)));
    press();
    bar.append(...buttons);
    details.append(bar);
    // Opening or closing a question (also when restored above: then nothing changed, nothing is sent).
    details.addEventListener('toggle', () => update(i, { ...stateOf(i), revealed: details.open }));
  });
  showScore();
}
