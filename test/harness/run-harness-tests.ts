/**
 * Harness tier: the failure tests of the test harness itself (test/harness/failures): no
 * browser, a server that never becomes healthy, a spec whose setup throws, signals mid-run, a
 * tier that hangs or dies. Each asserts that the run ends in time and leaves no process.
 */
import { requireOrExit } from './requirements';
import { runMochaTier, writeTierResult } from './tiers';

async function main(): Promise<number> {
  requireOrExit('harness');
  return runMochaTier('harness', 'test/harness/failures/*.test.ts', { specTimeoutMs: 180_000, tierTimeoutMs: 10 * 60 * 1000 });
}

main().then((c) => process.exit(c), (e) => {
  console.error('harness tier error:', e instanceof Error ? e.stack : e);
  writeTierResult('harness', 0, 1);
  process.exit(2);
});
