import * as assert from 'node:assert/strict';
import { TASKS, calculate, lookup, policy, runAgent } from '../../../src/core/diagrams/agents-and-tools';

const task = (id: string) => TASKS.find((t) => t.id === id)!;

describe('diagram agents-and-tools', () => {
  it('the calculator follows precedence, associativity and parentheses', () => {
    assert.equal(calculate('2 + 3 * 4'), 14); // * before +
    assert.equal(calculate('(2 + 3) * 4'), 20);
    assert.equal(calculate('2^3^2'), 512); // right-associative: 2^(3^2) = 2^9
    assert.equal(calculate('10 - 4 - 3'), 3); // left-associative: (10-4)-3
    assert.equal(calculate('-3 + 5'), 2);
    assert.equal(calculate('-2^2'), -4); // power before unary minus
    assert.equal(calculate('2^-1'), 0.5);
    assert.equal(calculate('2 * 32 * 4096 * 2'), 524_288);
    assert.equal(calculate('2048 * 15 / 100'), 307.2);
    assert.throws(() => calculate('1 / 0'), /division by zero/);
    assert.throws(() => calculate('2 +'), /expected a number/);
    assert.throws(() => calculate('(1 + 2'), /expected "\)"/);
    assert.throws(() => calculate('3 $ 4'), /unexpected "\$"/);
  });
  it('lookup reads the table and refuses unknown keys', () => {
    assert.equal(lookup('gpt-3.layers'), 96);
    assert.equal(lookup('llama-2-7b.hidden_size'), 4096);
    assert.throws(() => lookup('gpt-5.layers'), /no row "gpt-5"/);
    assert.throws(() => lookup('gpt-3.vocab'), /no column "vocab"/);
  });
  it('the KV-cache task: two lookups, one real calculation, then the answer', () => {
    const t = runAgent(task('kv'));
    assert.deepEqual(t.map((s) => s.kind), [
      'question', 'thought', 'action', 'observation', 'thought', 'action', 'observation', 'thought', 'action', 'observation', 'thought', 'answer',
    ]);
    assert.deepEqual(t.filter((s) => s.kind === 'action').map((s) => s.text), [
      'lookup("llama-2-7b.layers")', 'lookup("llama-2-7b.hidden_size")', 'calculator("2 * 32 * 4096 * 2")',
    ]);
    // 2 · 32 · 4096 · 2 = 524,288 = 512 KiB
    assert.equal(t[9].value, 524_288);
    assert.equal(t[t.length - 1].text, '524,288 bytes per token (512 KiB).');
  });
  it('the ratio task divides 96 by 12', () => {
    const t = runAgent(task('ratio'));
    const obs = t.filter((s) => s.kind === 'observation').map((s) => s.value);
    assert.deepEqual(obs, [96, 12, 8]);
    assert.equal(t[t.length - 1].text, '8 times as many layers.');
  });
  it('a failed lookup ends with a refusal, not a number', () => {
    const t = runAgent(task('missing'));
    assert.equal(t.length, 6); // question, thought, action, error observation, thought, answer
    assert.ok(t[3].error);
    assert.match(t[5].text, /could not find/);
  });
  it('pure arithmetic goes straight to the calculator: (3 + 4) · 2^10 − 1 = 7,167', () => {
    const t = runAgent(task('arith'));
    assert.equal(t.filter((s) => s.kind === 'action').length, 1);
    assert.equal(t[3].value, 7167);
  });
  it('the loop stops after maxTurns tool calls', () => {
    const t = runAgent(task('kv'), 1);
    assert.equal(t.filter((s) => s.kind === 'action').length, 1);
    assert.match(t[t.length - 1].text, /Stopped/);
  });
  it('the policy is deterministic: same state, same decision', () => {
    const facts = new Map([['gpt-3.context_length', 2048]]);
    const g = task('percent').goal;
    assert.deepEqual(policy(g, facts, undefined, undefined), policy(g, facts, undefined, undefined));
    const d = policy(g, facts, undefined, undefined);
    assert.ok('call' in d && d.call.input === '2048 * 15 / 100');
  });
});
