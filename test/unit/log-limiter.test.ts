import * as assert from 'node:assert/strict';
import { describeValue, LogLimiter } from '../../src/core/logLimiter';

describe('log limiter', () => {
  let now = 0;
  const limiter = () => new LogLimiter(3, 1000, () => now);

  beforeEach(() => { now = 10_000; });

  it('lets `max` lines through per window and holds back the rest', () => {
    const l = limiter();
    const out = Array.from({ length: 10 }, (_, i) => l.pass(() => `bad ${i}`));
    assert.deepEqual(out, ['bad 0', 'bad 1', 'bad 2', undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('says how many lines were held back on the first line of the next window', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.pass(() => 'bad');
    now += 999;
    assert.equal(l.pass(() => 'still the same window'), undefined);
    now += 1;
    assert.equal(l.pass(() => 'next'), 'next (3 similar lines not logged before this one)');
    assert.equal(l.pass(() => 'after'), 'after');
  });

  it('uses the singular for one line held back, and starts over when the clock goes back', () => {
    const l = limiter();
    for (let i = 0; i < 4; i++) l.pass(() => 'bad');
    now -= 5000;
    assert.equal(l.pass(() => 'x'), 'x (1 similar line not logged before this one)');
  });

  it('does not build the text of a line it holds back', () => {
    const l = limiter();
    let built = 0;
    for (let i = 0; i < 1000; i++) l.pass(() => { built++; return 'bad'; });
    assert.equal(built, 3);
  });
});

describe('describeValue: a log picture of any received value', () => {
  it('is JSON when it can be, cut to the limit with an ellipsis', () => {
    assert.equal(describeValue({ type: 'x', n: 1 }), '{"type":"x","n":1}');
    assert.equal(describeValue('a'.repeat(300), 10), `"${'a'.repeat(9)}…`);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {}; cyclic.self = cyclic;
    const hostile = { toString() { throw new Error('no'); }, toJSON() { throw new Error('no'); } };
    assert.equal(describeValue(undefined), 'undefined');
    assert.equal(describeValue(10n), '10');
    assert.equal(describeValue(cyclic), '[object Object]');
    assert.equal(describeValue(Object.create(null)), '{}');
    assert.equal(describeValue(hostile), '[object]');
    const bare = Object.create(null) as Record<string, unknown>; bare.self = bare;
    assert.equal(describeValue(bare), '[object]');
  });
});
