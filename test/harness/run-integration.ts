/**
 * Integration tier: runs test/integration inside the real extension host of code-server
 * (VS Code 1.100.3), the way @vscode/test-electron does on a desktop. The workbench URL's
 * payload names the extension under development and the test entry; mocha's output comes back
 * through `codeAutomationLog`, the result through `codeAutomationExit`.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { ensureBuilt, writeTierResult } from './tiers';
import { ensureCodeServer, launchChromium, log, makeRunDir, ROOT, startCodeServer } from './lib';
import { requireOrExit } from './requirements';

/** Workbench start-up chatter that says nothing about the tests. */
const WORKBENCH_NOISE = /^(Resolved connection token|Resolving connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|Updating additional builtin|Started local extension host|Extension host)/;

const OUT = path.join(ROOT, 'dist-test', 'integration');
const TIMEOUT_S = Number(process.env.INTEGRATION_TIMEOUT ?? 300);

/** Bundle test/integration into dist-test/integration (index.js + tests/*.test.js); returns the entry. */
export async function bundleTests(): Promise<string> {
  fs.rmSync(OUT, { recursive: true, force: true });
  const tests = fs.readdirSync(path.join(ROOT, 'test', 'integration')).filter((f) => f.endsWith('.test.ts'));
  const common: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' };
  await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'test', 'integration', 'index.ts')], outfile: path.join(OUT, 'index.js') });
  await esbuild.build({ ...common, entryPoints: tests.map((t) => path.join(ROOT, 'test', 'integration', t)), outdir: path.join(OUT, 'tests') });
  return path.join(OUT, 'index.js');
}

async function main(): Promise<number> {
  requireOrExit('integration');
  ensureBuilt();
  ensureCodeServer();
  const entry = await bundleTests();
  const runDir = makeRunDir('integration');
  const results = path.join(runDir, 'results.json');
  const workspace = path.join(ROOT, 'demo');
  const server = await startCodeServer(runDir, { env: { TIER_RESULTS: results, TIER_NAME: 'integration', LLM_PRIMER_ROOT: ROOT } });
  let ctx: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let code = 2;
  try {
    // Inside the try: if Chromium cannot start, the server is still stopped.
    ctx = await launchChromium(runDir);
    const page = ctx.pages()[0] ?? await ctx.newPage();
    const hostLog = fs.createWriteStream(path.join(runDir, 'automation.log'));
    let resolveExit: (c: number) => void = () => undefined;
    const exited = new Promise<number>((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const msg = Array.isArray(args) ? util.format(...args) : String(args);
      hostLog.write(`[${type}] ${msg}\n`);
      // Mocha's reporter output arrives as 'info'/'log' lines from the extension host.
      if (!['trace', 'debug'].includes(type) && !/^\s*$/.test(msg) && !WORKBENCH_NOISE.test(msg)) console.log(msg);
    });
    await page.exposeFunction('codeAutomationExit', (c: number) => resolveExit(Number(c)));
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${server.host}${ROOT}`],
      ['extensionTestsPath', `vscode-remote://${server.host}${entry}`],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log('integration: opening the workbench with the extension under development');
    await page.goto(url);
    const timeout = new Promise<number>((r) => setTimeout(() => r(124), TIMEOUT_S * 1000));
    code = await Promise.race([exited, timeout]);
    if (code === 124) {
      console.error(`integration: no result within ${TIMEOUT_S}s`);
      await page.screenshot({ path: path.join(runDir, 'timeout.png') }).catch(() => undefined);
    }
  } finally {
    await ctx?.close().catch(() => undefined);
    await server.stop();
  }
  if (fs.existsSync(results)) {
    const r = JSON.parse(fs.readFileSync(results, 'utf8')) as { passed: number; failed: number };
    writeTierResult('integration', r.passed, r.failed);
    if (code === 0 && r.failed) code = 1;
  } else {
    console.error(`integration: the test run wrote no results (exit ${code}); logs in ${runDir}`);
    writeTierResult('integration', 0, 1);
    if (code === 0) code = 1;
  }
  return code;
}

if (require.main === module) {
  main().then((c) => process.exit(c), (e) => {
    console.error('integration harness error:', e instanceof Error ? e.stack : e);
    writeTierResult('integration', 0, 1);
    process.exit(2);
  });
}
