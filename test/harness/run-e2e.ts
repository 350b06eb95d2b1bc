/**
 * E2E tier: package the extension as a .vsix, install it into code-server, and run the
 * Playwright specs in test/e2e against it in Chromium (or Chrome, or Edge). A browser the
 * machine lacks is installed, or named in one line (test/harness/requirements.ts).
 * E2E_VSIX=file uses that .vsix instead of packaging one; E2E_SPECS=glob picks the spec files.
 */
import { ensureCodeServer, ROOT } from './lib';
import { runGroup } from './processes';
import { requireOrExit } from './requirements';
import { runMochaTier, writeTierResult } from './tiers';

const MIN = 60 * 1000;

async function main(): Promise<number> {
  requireOrExit('e2e');
  ensureCodeServer();
  if (!process.env.E2E_VSIX) {
    const pack = await runGroup('npm', ['run', '-s', 'package'], { label: 'package', cwd: ROOT, timeoutMs: 10 * MIN });
    if (pack.code !== 0) { writeTierResult('e2e', 0, 1); return 1; }
  }
  // Never hang: the whole tier has 30 minutes (it takes about 5).
  return runMochaTier('e2e', process.env.E2E_SPECS ?? 'test/e2e/**/*.e2e.ts', {
    specTimeoutMs: 120_000, tierTimeoutMs: (Number(process.env.E2E_TIMEOUT_S) || 30 * 60) * 1000,
  });
}

main().then((c) => process.exit(c), (e) => {
  console.error('e2e harness error:', e instanceof Error ? e.stack : e);
  writeTierResult('e2e', 0, 1);
  process.exit(2);
});
