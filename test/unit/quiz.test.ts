import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_QUESTIONS, parseQuizStore, quizScore, withAnswer, type QuizStore } from '../../src/core/progress/quiz';

const pages = new Set(['vol-1/ch-1', 'vol-3/ch-2']);

describe('quiz answers', () => {
  it('records a revealed answer and a grade, and drops a question back to untouched', () => {
    let store: QuizStore = {};
    store = withAnswer(store, 'vol-1/ch-1', 0, { revealed: true });
    store = withAnswer(store, 'vol-1/ch-1', 2, { revealed: true, grade: 'got' });
    assert.deepEqual(store, { 'vol-1/ch-1': { 0: { revealed: true }, 2: { revealed: true, grade: 'got' } } });
    store = withAnswer(store, 'vol-1/ch-1', 2, { revealed: false, grade: 'got' });
    assert.deepEqual(store['vol-1/ch-1'][2], { revealed: false, grade: 'got' }, 'the grade outlives hiding the answer again');
    store = withAnswer(store, 'vol-1/ch-1', 0, { revealed: false });
    store = withAnswer(store, 'vol-1/ch-1', 2, { revealed: false });
    assert.deepEqual(store, {}, 'nothing left to keep');
  });

  it('leaves the store it was given as it was', () => {
    const before: QuizStore = { 'vol-1/ch-1': { 0: { revealed: true } } };
    withAnswer(before, 'vol-1/ch-1', 1, { revealed: true, grade: 'notYet' });
    assert.deepEqual(before, { 'vol-1/ch-1': { 0: { revealed: true } } });
  });

  it('scores the questions graded "got" and "not yet", out of the questions on the page', () => {
    const quiz = { 0: { revealed: true, grade: 'got' as const }, 1: { revealed: true, grade: 'notYet' as const }, 2: { revealed: true }, 7: { revealed: true, grade: 'got' as const } };
    assert.deepEqual(quizScore(quiz, 3), { got: 1, notYet: 1, total: 3 }, 'a question past the page\'s last one does not count');
    assert.deepEqual(quizScore(undefined, 4), { got: 0, notYet: 0, total: 4 });
  });

  it('keeps only well-formed state of known pages from storage', () => {
    const raw = {
      'vol-1/ch-1': { 0: { revealed: true, grade: 'got' }, 1: { revealed: 'yes' }, 2: { revealed: true, grade: 'maybe' }, x: { revealed: true }, [MAX_QUESTIONS]: { revealed: true }, 3: { revealed: false, grade: 'notYet' } },
      'vol-9/ch-1': { 0: { revealed: true } },
      'vol-3/ch-2': 'broken',
    };
    assert.deepEqual(parseQuizStore(raw, pages), { 'vol-1/ch-1': { 0: { revealed: true, grade: 'got' }, 3: { revealed: false, grade: 'notYet' } } });
    for (const bad of [undefined, null, 3, 'x', [], [{ revealed: true }]]) assert.deepEqual(parseQuizStore(bad, pages), {});
    assert.deepEqual(parseQuizStore(JSON.parse('{"__proto__":{"0":{"revealed":true}}}'), new Set(['__proto__'])), { }, 'no prototype keys');
  });

  it('never throws on anything read back from storage, and what it keeps parses again unchanged (property)', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      const store = parseQuizStore(x, pages);
      assert.deepEqual(parseQuizStore(JSON.parse(JSON.stringify(store)), pages), store);
    }));
  });
});
