import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDiagramControls, isReaderState, isWebviewMessage } from '../../src/core/protocol';

describe('webview message guard', () => {
  it('accepts every well-formed message', () => {
    for (const m of [
      { type: 'ready' },
      { type: 'navigate', id: 'vol-2/ch-4' },
      { type: 'navigate', id: 'glossary', anchor: 'term-softmax' },
      { type: 'openSource', id: 'vol-1/ch-1' },
      { type: 'openExternal', id: 'vol-1/ch-1', url: 'https://arxiv.org/abs/1706.03762' },
      { type: 'toggleRead', id: 'concept/attention' },
      { type: 'scrolled', id: 'concept/attention', scrollY: 120 },
      { type: 'diagramReady', id: 'concept/attention', diagram: 'attention' },
      { type: 'endSeen', id: 'vol-2/ch-4' },
      { type: 'quizAnswer', id: 'vol-3/ch-2', question: 0, revealed: true },
      { type: 'quizAnswer', id: 'vol-3/ch-2', question: 4, revealed: true, grade: 'got' },
      { type: 'quizAnswer', id: 'vol-3/ch-2', question: 49, revealed: false, grade: 'notYet' },
    ]) assert.ok(isWebviewMessage(m), JSON.stringify(m));
  });

  it('rejects unknown types, wrong field types, odd ids and non-https links', () => {
    for (const m of [
      null, 42, 'ready', [], {}, { type: 'eval', code: '1' },
      { type: 'navigate' }, { type: 'navigate', id: 7 }, { type: 'navigate', id: '../etc/passwd' },
      { type: 'navigate', id: 'vol-1', anchor: '"><script>' },
      { type: 'openExternal', id: 'vol-1', url: 'javascript:alert(1)' },
      { type: 'openExternal', id: 'vol-1', url: 'http://example.com' },
      { type: 'scrolled', id: 'vol-1', scrollY: -1 }, { type: 'scrolled', id: 'vol-1', scrollY: Number.NaN },
      { type: 'diagramReady', id: 'vol-1', diagram: 'a b' },
      { type: 'endSeen' }, { type: 'endSeen', id: 3 }, { type: 'endSeen', id: 'Vol 1' }, { type: 'endSeen', id: '../x' },
      { type: 'quizAnswer', id: 'vol-1/ch-1', question: -1, revealed: true }, { type: 'quizAnswer', id: 'vol-1/ch-1', question: 50, revealed: true },
      { type: 'quizAnswer', id: 'vol-1/ch-1', question: 1.5, revealed: true }, { type: 'quizAnswer', id: 'vol-1/ch-1', question: '1', revealed: true },
      { type: 'quizAnswer', id: 'vol-1/ch-1', question: 1, revealed: 'yes' }, { type: 'quizAnswer', id: 'vol-1/ch-1', question: 1 },
      { type: 'quizAnswer', id: 'vol-1/ch-1', question: 1, revealed: true, grade: 'maybe' }, { type: 'quizAnswer', question: 1, revealed: true },
    ]) assert.equal(isWebviewMessage(m), false, JSON.stringify(m));
  });

  it('rejects a well-formed message that carries any field it does not define', () => {
    for (const m of [
      { type: 'ready', command: 'workbench.action.terminal.new' },
      JSON.parse('{"type":"ready","__proto__":null}'),
      { type: 'navigate', id: 'vol-1', anchor: 'x', extra: 1 },
      { type: 'openExternal', id: 'vol-1/ch-1', url: 'https://arxiv.org/abs/1706.03762', id2: 'vol-2' },
      { type: 'toggleRead', id: 'concept/attention', read: true },
      { type: 'endSeen', id: 'vol-1/ch-1', read: true }, { type: 'endSeen', id: 'vol-1/ch-1', seconds: 2 },
      { type: 'quizAnswer', id: 'vol-1/ch-1', question: 1, revealed: true, score: 3 },
      { type: 'scrolled', id: 'vol-1', scrollY: 1, [Symbol('s')]: 1 },
      { type: 'openDiagram', card: 'card-1', diagram: 'attention', preset: {} },
      Object.create({ type: 'ready' }),
      { type: 'constructor' }, { type: 'toString' }, { type: '__proto__' },
    ]) assert.equal(isWebviewMessage(m), false, JSON.stringify(m));
    // The optional field may be left out or undefined; the message is still well formed.
    assert.ok(isWebviewMessage({ type: 'navigate', id: 'vol-1', anchor: undefined }));
  });

  it('accepts every message the reader can send once it crossed the wire as JSON (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9/-]{0,20}$/);
    const msg = fc.oneof(
      fc.constant({ type: 'ready' }),
      fc.record({ type: fc.constant('navigate'), id, anchor: fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: undefined }) }),
      fc.record({ type: fc.constant('scrolled'), id, scrollY: fc.double({ min: 0, max: 1e6, noNaN: true }) }),
      fc.record({ type: fc.constantFrom('openSource', 'toggleRead', 'endSeen'), id }),
      fc.record({ type: fc.constant('quizAnswer'), id, question: fc.integer({ min: 0, max: 49 }), revealed: fc.boolean(), grade: fc.option(fc.constantFrom('got', 'notYet'), { nil: undefined }) }),
    );
    fc.assert(fc.property(msg, (m) => isWebviewMessage(JSON.parse(JSON.stringify(m)))));
  });

  it('checks the navigation messages: section, open wide, copy link, find in workspace', () => {
    for (const m of [
      { type: 'section', id: 'vol-2/ch-4', anchor: 'how-it-works' },
      { type: 'section', id: 'vol-2/ch-4' },
      { type: 'openDiagramWide', id: 'concept/attention', diagram: 'attention' },
      { type: 'copyLink', id: 'vol-2/ch-4', anchor: 'key-equations' },
      { type: 'copyLink', id: 'glossary' },
      { type: 'findInWorkspace', id: 'glossary', term: 'lora' },
      { type: 'findInWorkspace', id: 'concept/fine-tuning' },
    ]) assert.ok(isWebviewMessage(m), JSON.stringify(m));
    for (const m of [
      { type: 'section', anchor: 'x' },
      { type: 'section', id: 'vol-1', anchor: 'Bad Anchor' },
      { type: 'section', id: 'vol-1', anchor: 'x', scrollY: 3 },
      { type: 'openDiagramWide', id: 'concept/attention' },
      { type: 'openDiagramWide', id: 'concept/attention', diagram: '../x' },
      { type: 'openDiagramWide', id: 'concept/attention', diagram: 'attention', wide: true },
      { type: 'copyLink', id: 'vol-1', anchor: '#x' },
      { type: 'copyLink', id: 'vol-1', text: 'vol-1' },
      { type: 'findInWorkspace', id: 'glossary', term: 'lo ra' },
      { type: 'findInWorkspace', id: 'glossary', term: 7 },
      { type: 'findInWorkspace', id: 'glossary', query: '.*' },
      { type: 'findInWorkspace', term: 'lora' },
    ]) assert.equal(isWebviewMessage(m), false, JSON.stringify(m));
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.anything(), (x) => { isWebviewMessage(x); isReaderState(x); }));
  });

  it('checks restored reader state', () => {
    assert.ok(isReaderState({ id: 'vol-2/ch-4', scrollY: 10 }));
    assert.equal(isReaderState({ id: 'vol-2/ch-4' }), false);
    // The "Open wide" panel keeps the diagram it shows alone.
    assert.ok(isReaderState({ id: 'concept/attention', scrollY: 0, diagram: 'attention' }));
    assert.equal(isReaderState({ id: 'concept/attention', scrollY: 0, diagram: '../x' }), false);
    assert.equal(isReaderState(undefined), false);
  });

  it('restores diagram controls only as plain, bounded values per diagram', () => {
    const ok = { id: 'concept/attention', scrollY: 0, controls: { attention: ['1.5', true, 'cat'] } };
    assert.ok(isReaderState(ok));
    assert.ok(isDiagramControls({}));
    const bad: unknown[] = [
      { attention: '1.5' }, { attention: [1.5] }, { attention: [null] }, { '../x': ['1'] }, { attention: ['x'.repeat(201)] },
      { attention: Array(51).fill('1') }, Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`d${i}`, []])), [],
    ];
    for (const c of bad) {
      assert.equal(isDiagramControls(c), false, JSON.stringify(c).slice(0, 80));
      assert.equal(isReaderState({ id: 'concept/attention', scrollY: 0, controls: c }), false);
    }
  });
});
