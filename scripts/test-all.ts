/**
 * `npm test`: build (which validates the content), type-check, lint, then the test tiers —
 * unit (mocha in Node), snippets (every code block of content/: Python run or compiled, the
 * rest parsed), integration (mocha inside a real VS Code extension host) and e2e (Playwright +
 * Chromium against a real VS Code in the browser). Each tier reports its own
 * counts; the last line is the total over all tiers: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './content';

const RESULTS = path.join(ROOT, 'test-results');
const only = process.argv.slice(2);

interface TierResult { tier: string; passed: number; failed: number; skipped?: number }

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readResult(tier: string): TierResult | undefined {
  const f = path.join(RESULTS, `${tier}.json`);
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as TierResult) : undefined;
}

function main(): number {
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const problems: string[] = [];
  const bin = (n: string) => path.join(ROOT, 'node_modules', '.bin', n);

  if (!run('build (validates content)', 'npm', ['run', '-s', 'build'])) problems.push('build');
  if (!run('type check', bin('tsc'), ['-p', '.', '--noEmit']) || !run('type check (webview)', bin('tsc'), ['-p', 'webview', '--noEmit'])) problems.push('type check');
  if (!run('lint', bin('eslint'), ['.'])) problems.push('lint');

  const tiers: [string, string, string[]][] = [
    ['unit', bin('mocha'), []],
    ['snippets', bin('tsx'), ['test/harness/run-snippets.ts']],
    ['integration', bin('tsx'), ['test/harness/run-integration.ts']],
    ['e2e', bin('tsx'), ['test/harness/run-e2e.ts']],
  ];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const [tier, cmd, args] of tiers) {
    if (only.length && !only.includes(tier)) continue;
    if (problems.includes('build') && tier !== 'unit') {
      console.log(`\n=== ${tier} === not run: the build failed`);
      totals.failed++;
      continue;
    }
    const ok = run(tier, cmd, args, { TIER_NAME: tier, TIER_RESULTS: path.join(RESULTS, `${tier}.json`) });
    const r = readResult(tier);
    if (!r) { problems.push(`${tier} (no result)`); totals.failed++; continue; }
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped ?? 0;
    if (!ok && r.failed === 0) problems.push(`${tier} (exited with an error)`);
  }
  console.log('');
  if (problems.length) console.log(`problems: ${problems.join(', ')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return problems.length || totals.failed ? 1 : 0;
}

process.exit(main());
