import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../../scripts/content';
import { isRightTerm, judge, score } from '../../src/core/terms/score';

/** The hover benchmark, run the way `npm run bench` runs it, on the public sample and our held-out cases. */
describe('hover benchmark', function () {
  this.timeout(60000);

  const runBench = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bench/cli.ts', 'hover', ...args], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const last = r.stdout.trim().split('\n').pop() ?? '';
    return JSON.parse(last) as { cases: number; positives: number; recall: number; precision: number; p50_us: number; p99_us: number };
  };

  it('prints its JSON summary as the last line, for the public sample', () => {
    const s = runBench('--cases', 'test/fixtures/hover-dev.jsonl');
    assert.equal(s.cases, 70);
    assert.equal(s.positives, 55);
    assert.ok(s.recall >= 0.95, `recall ${s.recall}`);
    assert.ok(s.precision >= 0.95, `precision ${s.precision}`);
    assert.ok(s.p50_us > 0 && s.p99_us >= s.p50_us);
  });

  for (const set of ['hover-extra', 'hover-blind', 'hover-blind2']) {
    it(`keeps recall and precision on the held-out cases (${set})`, () => {
      const s = runBench('--cases', `test/fixtures/${set}.jsonl`);
      assert.ok(s.cases >= 200);
      assert.ok(s.recall >= 0.95, `recall ${s.recall}`);
      assert.ok(s.precision >= 0.95, `precision ${s.precision}`);
    });
  }

  it('gets every case of the rules and families it was taught right (hover-rules)', () => {
    const s = runBench('--cases', 'test/fixtures/hover-rules.jsonl');
    assert.ok(s.cases >= 13);
    assert.deepEqual([s.recall, s.precision], [1, 1]);
  });

  it('reads cases given as file + line from --files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-primer-bench-'));
    try {
      fs.writeFileSync(path.join(dir, 'm.py'), 'import math\nimport torch\nprobs = torch.softmax(logits, dim=-1)\n');
      const cases = path.join(dir, 'cases.jsonl');
      fs.writeFileSync(cases, [
        JSON.stringify({ file: 'm.py', line: 2, character: 17, expect: ['softmax'] }),
        JSON.stringify({ file: 'm.py', line: 0, character: 8, expect: [] }),
      ].join('\n'));
      const s = runBench('--cases', cases, '--files', dir);
      assert.deepEqual([s.cases, s.recall, s.precision], [2, 1, 1]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scores by the rules: keyword in title or id, separators read as one', () => {
    assert.ok(isRightTerm({ id: 'kv-cache', title: 'KV cache' }, ['kv_cache']));
    assert.equal(isRightTerm({ id: 'softmax', title: 'Softmax' }, ['logit']), false);
    const s = score([
      judge({ text: '', character: 0, expect: ['a'] }, { id: 'a', title: 'A' }),
      judge({ text: '', character: 0, expect: ['b'] }, undefined),
      judge({ text: '', character: 0, expect: [] }, { id: 'c', title: 'C' }),
    ]);
    assert.deepEqual(s, { cases: 3, positives: 2, recall: 0.5, precision: 0.5 });
  });
});
