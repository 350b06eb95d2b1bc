import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

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
