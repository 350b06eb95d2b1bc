/**
 * E2E tier: package the extension as a .vsix, install it into code-server, and run the
 * Playwright specs in test/e2e against it in Debian's Chromium. Without a browser the tier is
 * skipped with a message, except under CI=true, where a missing browser is a failure.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { chromiumPath, ensureCodeServer, ROOT } from './lib';
import { RESULTS_DIR, writeTierResult } from './tiers';

function main(): number {
  if (!chromiumPath()) {
    if (process.env.CI === 'true') {
      console.error('e2e: no Chromium found and CI=true: install it (apt-get install chromium)');
      writeTierResult('e2e', 0, 1);
      return 1;
    }
    console.log('e2e: skipped: no Chromium or Chrome on this machine (apt-get install chromium to run it)');
    writeTierResult('e2e', 0, 0, 1);
    return 0;
  }
  ensureCodeServer();
  const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (pack.status !== 0) { writeTierResult('e2e', 0, 1); return 1; }
  const results = path.join(RESULTS_DIR, 'e2e.json');
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'mocha'), [
    '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--reporter', path.join(ROOT, 'test', 'support', 'tier-reporter.js'),
    // --exit: once the specs are done, mocha ends even if a failed spec left a handle open.
    '--timeout', '120000', '--exit', 'test/e2e/**/*.e2e.ts',
  ], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, TIER_NAME: 'e2e', TIER_RESULTS: results },
    // Never hang: the whole tier has 30 minutes (it takes about 5).
    timeout: 30 * 60 * 1000, killSignal: 'SIGTERM',
  });
  if (r.error) console.error(`e2e: ${r.error.message}`);
  return r.status ?? 1;
}

process.exit(main());
