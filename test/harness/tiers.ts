import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';
import { ownPgidsFile, runGroup } from './processes';

export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Record a tier's counts where scripts/test-all.ts sums them (unless the tier already did). */
export function writeTierResult(tier: string, passed: number, failed: number, skipped = 0): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = process.env.TIER_RESULTS ?? path.join(RESULTS_DIR, `${tier}.json`);
  fs.writeFileSync(file, JSON.stringify({ tier, passed, failed, skipped }, null, 2));
}

/** Build dist/ if it is missing, so a tier can run on its own. */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', 'catalog.json')) && fs.existsSync(path.join(ROOT, 'dist', 'node', 'extension.js'))) return;
  const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/**
 * Run a tier's mocha specs in their own process group with the tier reporter (which writes the
 * tier's counts), bounded in time; whatever the run leaves behind is killed and named. 0 when
 * the specs passed, ended in time and left nothing.
 */
export async function runMochaTier(tier: string, specs: string, opts: { specTimeoutMs: number; tierTimeoutMs: number }): Promise<number> {
  const results = process.env.TIER_RESULTS ?? path.join(RESULTS_DIR, `${tier}.json`);
  const r = await runGroup(path.join(ROOT, 'node_modules', '.bin', 'mocha'), [
    '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--reporter', path.join(ROOT, 'test', 'support', 'tier-reporter.js'),
    // --exit: once the specs are done, mocha ends even if a failed spec left a handle open.
    '--timeout', String(opts.specTimeoutMs), '--exit', specs,
    // E2E_GREP: run only the tests whose title matches (the sessions of other suites never start).
    ...(process.env.E2E_GREP ? ['--grep', process.env.E2E_GREP] : []),
  ], {
    label: `${tier} mocha`, cwd: ROOT, env: { ...process.env, TIER_NAME: process.env.TIER_NAME ?? tier, TIER_RESULTS: results },
    timeoutMs: opts.tierTimeoutMs, pgidsFile: ownPgidsFile(tier),
  });
  if (r.timedOut) console.error(`${tier}: stopped: the specs did not end in ${Math.round(opts.tierTimeoutMs / 60_000)} minutes`);
  if (r.leftBehind.length) console.error(`${tier}: left running, now killed: ${r.leftBehind.join(', ')}`);
  return r.code === 0 && !r.timedOut && !r.leftBehind.length ? 0 : 1;
}
