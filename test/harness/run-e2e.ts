/**
 * E2E tier: package the extension as a .vsix, install it into code-server, and run the
 * Playwright specs in test/e2e against it in Chromium (or Chrome, or Edge). A browser the
 * machine lacks is installed, or named in one line (test/harness/requirements.ts).
 * E2E_VSIX=file uses that .vsix instead of packaging one; E2E_SPECS=glob picks the spec files.
 */
import * as path from 'node:path';
import { ensureCodeServer, ROOT } from './lib';
import { ownPgidsFile, runGroup } from './processes';
import { requireOrExit } from './requirements';
import { RESULTS_DIR, writeTierResult } from './tiers';

const MIN = 60 * 1000;

async function main(): Promise<number> {
  requireOrExit('e2e');
  ensureCodeServer();
  if (!process.env.E2E_VSIX) {
    const pack = await runGroup('npm', ['run', '-s', 'package'], { label: 'package', cwd: ROOT, timeoutMs: 10 * MIN });
    if (pack.code !== 0) { writeTierResult('e2e', 0, 1); return 1; }
  }
  const results = process.env.TIER_RESULTS ?? path.join(RESULTS_DIR, 'e2e.json');
  const r = await runGroup(path.join(ROOT, 'node_modules', '.bin', 'mocha'), [
    '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--reporter', path.join(ROOT, 'test', 'support', 'tier-reporter.js'),
    // --exit: once the specs are done, mocha ends even if a failed spec left a handle open.
    '--timeout', '120000', '--exit', process.env.E2E_SPECS ?? 'test/e2e/**/*.e2e.ts',
  ], {
    label: 'e2e mocha', cwd: ROOT, env: { ...process.env, TIER_NAME: process.env.TIER_NAME ?? 'e2e', TIER_RESULTS: results },
    // Never hang: the whole tier has 30 minutes (it takes about 5).
    timeoutMs: (Number(process.env.E2E_TIMEOUT_S) || 30 * 60) * 1000, pgidsFile: ownPgidsFile('e2e'),
  });
  if (r.timedOut) console.error('e2e: stopped: the specs did not end in time');
  if (r.leftBehind.length) console.error(`e2e: left running, now killed: ${r.leftBehind.join(', ')}`);
  return r.code === 0 && !r.timedOut && !r.leftBehind.length ? 0 : 1;
}

main().then((c) => process.exit(c), (e) => {
  console.error('e2e harness error:', e instanceof Error ? e.stack : e);
  writeTierResult('e2e', 0, 1);
  process.exit(2);
});
