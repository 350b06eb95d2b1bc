import * as assert from 'node:assert/strict';
import { pruneReadPages } from '../../src/core/readPages';

describe('read progress as stored', () => {
  const readable = new Set(['vol-1/ch-1', 'vol-1/ch-2', 'concept/attention']);

  it('keeps a valid list as it is', () => {
    assert.deepEqual(pruneReadPages(['vol-1/ch-2', 'concept/attention'], readable), { ids: ['vol-1/ch-2', 'concept/attention'], changed: false });
    assert.deepEqual(pruneReadPages([], readable), { ids: [], changed: false });
  });

  it('reads nothing stored as nothing, and anything that is not a list as an empty list to write back', () => {
    assert.deepEqual(pruneReadPages(undefined, readable), { ids: [], changed: false });
    for (const raw of [null, 'vol-1/ch-1', 42, true, { 0: 'vol-1/ch-1', length: 1 }, new Set(['vol-1/ch-1'])]) {
      assert.deepEqual(pruneReadPages(raw, readable), { ids: [], changed: true }, String(raw));
    }
  });

  it('drops values of the wrong type, unknown ids, pages that cannot be read and duplicates', () => {
    const raw = [7, null, 'vol-1/ch-1', { id: 'vol-1/ch-2' }, '__proto__', 'constructor', 'vol-9/ch-1', 'vol-1', 'vol-1/ch-1', ['concept/attention'], 'concept/attention'];
    assert.deepEqual(pruneReadPages(raw, readable), { ids: ['vol-1/ch-1', 'concept/attention'], changed: true });
    // eslint-disable-next-line no-sparse-arrays
    assert.deepEqual(pruneReadPages([, 'vol-1/ch-2'], readable), { ids: ['vol-1/ch-2'], changed: true });
  });

  it('brings a stored list of a million entries down to the readable pages it names', () => {
    const huge: unknown[] = Array.from({ length: 1_000_000 }, (_, i) => `vol-1/ch-${i % 50_000}`);
    huge[999_999] = 'concept/attention';
    const { ids, changed } = pruneReadPages(huge, readable);
    assert.deepEqual(ids, ['vol-1/ch-1', 'vol-1/ch-2', 'concept/attention']);
    assert.equal(changed, true);
    // The same for a million ids the library does not know: nothing is kept.
    assert.deepEqual(pruneReadPages(Array.from({ length: 1_000_000 }, (_, i) => `x-${i}`), readable), { ids: [], changed: true });
  });
});
