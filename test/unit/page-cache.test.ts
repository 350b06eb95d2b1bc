import * as assert from 'node:assert/strict';
import { PageCache } from '../../src/core/catalog/pageCache';

describe('page cache', () => {
  it('keeps the most recently used pages within its budget of characters', () => {
    const c = new PageCache(10);
    c.set('a', 'aaaa');
    c.set('b', 'bbbb');
    assert.equal(c.get('a'), 'aaaa'); // a is now the most recent
    c.set('c', 'cccc'); // 12 > 10: b, the least recent, goes
    assert.equal(c.get('b'), undefined);
    assert.equal(c.get('a'), 'aaaa');
    assert.equal(c.get('c'), 'cccc');
    assert.equal(c.totalChars, 8);
  });

  it('never holds a page larger than the budget, and replaces a page without counting it twice', () => {
    const c = new PageCache(5);
    c.set('big', 'x'.repeat(6));
    assert.equal(c.get('big'), undefined);
    c.set('a', 'abc');
    c.set('a', 'abcd');
    assert.equal(c.totalChars, 4);
    assert.equal(c.size, 1);
    c.clear();
    assert.equal(c.totalChars, 0);
    assert.equal(c.get('a'), undefined);
  });

  it('stays within its budget whatever the order of reads (property)', () => {
    const c = new PageCache(1000);
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 2000; i++) {
      const id = `p${Math.floor(rnd() * 30)}`;
      if (rnd() < 0.5) c.set(id, 'x'.repeat(Math.floor(rnd() * 400))); else c.get(id);
      assert.ok(c.totalChars <= 1000, `holds ${c.totalChars} characters`);
    }
  });
});
