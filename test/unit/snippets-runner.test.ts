import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The snippets tier end to end on test/fixtures/snippets: every way a block fails, at its line. */
const ROOT = path.resolve(__dirname, '..', '..');
const F = 'test/fixtures/snippets/page.md';

describe('snippets tier (runner)', function () {
  this.timeout(60000);

  it('reports each broken block as file:line: message, kills a hung block with its children, and writes the counts', function () {
    const hasPython = ['/usr/bin/python3', 'python3'].some((p) => spawnSync(p, ['-c', 'import sys; sys.exit(sys.version_info < (3, 10))']).status === 0);
    if (!hasPython) this.skip();
    // Only sleeps this run starts count: another test run on the machine may have its own.
    const sleeps = () => new Set(spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout.split('\n')
      .map((l) => l.trim()).filter((l) => / sleep 120$/.test(l)).map((l) => l.split(/\s+/)[0]));
    const before = sleeps();
    const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snippets-test-')), 'r.json');
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['test/harness/run-snippets.ts', 'test/fixtures/snippets'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, SNIPPET_TIMEOUT_S: '2', TIER_RESULTS: results, CI: '' },
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `${F}:3: "packages" declares "unused_pkg", which no Python block of the page imports`,
      `${F}:7: did not finish within 2 s (killed)`,
      `${F}:18: expected the output to show "2.7183"; it printed: "3.1416 done"`,
      `${F}:22: NameError: name 'undefined_name' is not defined`,
      `${F}:27: SyntaxError: invalid syntax`,
      `${F}:37: SyntaxError: '(' was never closed (partial block, also tried as a function body)`,
      `${F}:42: import "peft" is not declared: add it to "packages" in the front matter with the version the code is written for`,
      `${F}:46: TypeScript: Expression expected.`,
      `${F}:57: JSON: Expected double-quoted property name in JSON at position 9`,
      `${F}:62: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${F}:68: snippet marker is not on the line right after a code block's closing fence`,
    ]);
    assert.match(r.stdout, /^12 code blocks in 1 files: 3 executed, 4 compiled, 4 parsed, 0 skipped, 1 not checked/m);
    assert.match(r.stdout, /^snippets: 2 passed, 11 failed$/m);
    assert.deepEqual(JSON.parse(fs.readFileSync(results, 'utf8')), { tier: 'snippets', passed: 2, failed: 11, skipped: 0 });
    const left = [...sleeps()].filter((pid) => !before.has(pid));
    assert.deepEqual(left, [], 'the hung block\'s child was killed with it');
  });
});
