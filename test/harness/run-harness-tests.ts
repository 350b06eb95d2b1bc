/**
 * Harness tier: the failure tests of the test harness itself (test/harness/failures): no
 * browser, a server that never becomes healthy, a spec whose setup throws, signals mid-run, a
 * tier that hangs or dies. Each asserts that the run ends in time and leaves no process.
 */
import * as path from 'node:path';
import { ROOT } from './paths';
import { ownPgidsFile, runGroup } from './processes';
import { requireOrExit } from './requirements';
import { RESULTS_DIR, writeTierResult } from './tiers';

async function main(): Promise<number> {
  requireOrExit('harness');
  const results = process.env.TIER_RESULTS ?? path.join(RESULTS_DIR, 'harness.json');
  const r = await runGroup(path.join(ROOT, 'node_modules', '.bin', 'mocha'), [
    '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--reporter', path.join(ROOT, 'test', 'support', 'tier-reporter.js'),
    '--timeout', '180000', '--exit', 'test/harness/failures/*.test.ts',
  ], {
    label: 'harness mocha', cwd: ROOT, env: { ...process.env, TIER_NAME: process.env.TIER_NAME ?? 'harness', TIER_RESULTS: results },
    timeoutMs: 10 * 60 * 1000, pgidsFile: ownPgidsFile('harness'),
  });
  if (r.timedOut) console.error('harness: stopped: the tests did not end in 10 minutes');
  if (r.leftBehind.length) console.error(`harness: left running, now killed: ${r.leftBehind.join(', ')}`);
  return r.code === 0 && !r.timedOut && !r.leftBehind.length ? 0 : 1;
}

main().then((c) => process.exit(c), (e) => {
  console.error('harness tier error:', e instanceof Error ? e.stack : e);
  writeTierResult('harness', 0, 1);
  process.exit(2);
});
