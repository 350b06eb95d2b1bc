/**
 * `npm test`: find or install what the tiers need (test/harness/requirements.ts), build (which
 * validates the content), type-check, lint, then the test tiers — unit (mocha in Node), harness
 * (the harness's own failure handling), snippets (every code block of content/: Python run or
 * compiled, the rest parsed), integration (mocha inside a real VS Code extension host) and e2e
 * (Playwright + Chromium against a real VS Code in the browser). Each tier reports its own
 * counts; the last line is the total over all tiers: `N passed, N failed`.
 * Every step runs in its own process group with a time limit; whatever a step leaves running
 * is killed and reported. `npm test -- unit e2e` runs only the tiers named.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runGroup } from '../test/harness/processes';
import { ensureRequirements, RequirementError, TIER_NEEDS, type Requirement } from '../test/harness/requirements';
import { NODE_TS, ROOT } from '../test/harness/paths';

const RESULTS = path.join(ROOT, 'test-results');
const only = process.argv.slice(2);
const MIN = 60 * 1000;

interface TierResult { tier: string; passed: number; failed: number; skipped?: number }

const bin = (n: string) => path.join(ROOT, 'node_modules', '.bin', n);

const TIERS: { tier: string; cmd: string; args: string[]; limit: number }[] = [
  { tier: 'unit', cmd: bin('mocha'), args: [], limit: 20 * MIN },
  { tier: 'harness', cmd: process.execPath, args: [...NODE_TS, 'test/harness/run-harness-tests.ts'], limit: 10 * MIN },
  { tier: 'snippets', cmd: process.execPath, args: [...NODE_TS, 'test/harness/run-snippets.ts'], limit: 30 * MIN },
  { tier: 'integration', cmd: process.execPath, args: [...NODE_TS, 'test/harness/run-integration.ts'], limit: 20 * MIN },
  { tier: 'e2e', cmd: process.execPath, args: [...NODE_TS, 'test/harness/run-e2e.ts'], limit: 40 * MIN },
];

const problems: string[] = [];

async function run(label: string, cmd: string, args: string[], limit: number, env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  console.log(`\n=== ${label} ===`);
  const r = await runGroup(cmd, args, {
    label, timeoutMs: limit, cwd: ROOT, env: { ...process.env, LLM_PRIMER_REQUIREMENTS: 'checked', ...env },
    pgidsFile: path.join(RESULTS, `${label.replace(/\W+/g, '-')}.pgids`),
  });
  if (r.error) console.error(`${label}: ${r.error.message}`);
  if (r.timedOut) { console.error(`${label}: stopped after ${limit / MIN} minutes`); problems.push(`${label} (timed out)`); }
  if (r.leftBehind.length) { console.error(`${label}: left running, now killed: ${r.leftBehind.join(', ')}`); problems.push(`${label} (left processes behind)`); }
  return r.code === 0 && !r.timedOut;
}

function readResult(tier: string): TierResult | undefined {
  const f = path.join(RESULTS, `${tier}.json`);
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as TierResult) : undefined;
}

async function main(): Promise<number> {
  const tiers = TIERS.filter((t) => !only.length || only.includes(t.tier));
  const unknown = only.filter((t) => !TIERS.some((x) => x.tier === t));
  if (unknown.length) { console.error(`unknown tier ${unknown.join(', ')}: the tiers are ${TIERS.map((t) => t.tier).join(', ')}`); return 2; }
  try {
    ensureRequirements([...new Set(tiers.flatMap((t) => TIER_NEEDS[t.tier] as Requirement[]))]);
  } catch (e) {
    if (e instanceof RequirementError) { console.error(e.message); return 1; }
    throw e;
  }
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  if (!await run('build (validates content)', 'npm', ['run', '-s', 'build'], 10 * MIN)) problems.push('build');
  if (!await run('type check', bin('tsc'), ['-p', '.', '--noEmit'], 10 * MIN) || !await run('type check (webview)', bin('tsc'), ['-p', 'webview', '--noEmit'], 10 * MIN)) problems.push('type check');
  if (!await run('lint', bin('eslint'), ['.'], 10 * MIN)) problems.push('lint');

  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const { tier, cmd, args, limit } of tiers) {
    if (problems.includes('build') && tier !== 'unit') {
      console.log(`\n=== ${tier} === not run: the build failed`);
      totals.failed++;
      continue;
    }
    const ok = await run(tier, cmd, args, limit, { TIER_NAME: tier, TIER_RESULTS: path.join(RESULTS, `${tier}.json`) });
    const r = readResult(tier);
    if (!r) { problems.push(`${tier} (no result)`); totals.failed++; continue; }
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped ?? 0;
    if (!ok && r.failed === 0) problems.push(`${tier} (exited with an error)`);
  }
  console.log('');
  if (problems.length) console.log(`problems: ${[...new Set(problems)].join(', ')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return problems.length || totals.failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
