/**
 * Entry point loaded by the VS Code extension host (the @vscode/test-electron contract:
 * `run()` resolves when the tests pass). Runs every bundled *.test.js next to this file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reporter = require(path.join(process.env.LLM_PRIMER_ROOT ?? path.resolve(__dirname, '..', '..'), 'test', 'support', 'tier-reporter.js'));
  // INTEGRATION_GREP runs a subset (e.g. INTEGRATION_GREP=models), as mocha's --grep does.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter, grep: process.env.INTEGRATION_GREP || undefined });
  const dir = path.join(__dirname, 'tests');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
