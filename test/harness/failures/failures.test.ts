/**
 * The harness under failure: no browser, a server that never becomes healthy, a spec whose setup
 * throws, SIGTERM mid-run, a tier that times out or dies by SIGKILL. Each run must end within a
 * bound and leave no process it started. The harness's entry points run for real, as child
 * processes, against a stand-in code-server (fixtures/fake-code-server.mjs) with short limits.
 * Every process of a test names the test's own directory on its command line (run directory,
 * browser profile, stand-in's child), so `ps` finds whatever is left.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pidAlive } from '../processes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(__dirname, 'fixtures');
/** `node --import tsx`, as npm's scripts run the harness (see NODE_TS in paths.ts). */
const TSX = [process.execPath, '--import', 'tsx'];

interface Run { code: number | null; signal: NodeJS.Signals | null; ms: number; stdout: string; stderr: string }

/** One test's directory: its cache (so its runs and browser profiles live under it) and pid files. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv; fakePids: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-primer-harness-'));
  const fakePids = path.join(dir, 'fake.pids');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LLM_PRIMER_CACHE: dir, CODE_SERVER_ENTRY: path.join(FIXTURES, 'fake-code-server.mjs'), FAKE_PIDS: fakePids,
    LLM_PRIMER_REQUIREMENTS: 'checked', TIER_RESULTS: path.join(dir, 'results.json'), TIER_NAME: 'fixture',
    CODE_SERVER_START_TIMEOUT_S: '10', WORKBENCH_TIMEOUT_S: '3', INTEGRATION_TIMEOUT: '120',
  };
  delete env.LLM_PRIMER_PGIDS; // these runs are on their own, not part of the tier's record
  return { dir, env, fakePids };
}

/** Processes whose command line names `dir`, other than `ps` itself. */
function processesUnder(dir: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((l) => l.includes(dir) && !/^\s*\d+\s+\d+\s+ps /.test(l)).map((l) => l.trim());
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (ok()) return;
  throw new Error(`timed out waiting for ${what}`);
}

/** The processes left under `dir` once they have had a second to finish dying (SIGKILL is asynchronous). */
async function leftUnder(dir: string): Promise<string[]> {
  await until('nothing left', () => processesUnder(dir).length === 0, 2000).catch(() => undefined);
  return processesUnder(dir);
}

/** The stand-in servers' pids (and their children's) still running after a second's grace. */
async function pidsAlive(file: string): Promise<number[]> {
  const pids = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number) : [];
  await until('the pids to end', () => !pids.some(pidAlive), 1000).catch(() => undefined);
  return pids.filter(pidAlive);
}

/**
 * Run a harness entry point in its own process group; `during` may act on it while it runs. Its
 * group is killed at the end whatever happens, so a failing test does not leak either.
 */
function run(args: string[], env: NodeJS.ProcessEnv, during?: (pid: number, output: () => string) => Promise<void>): Promise<Run> {
  const started = Date.now();
  const child = spawn(args[0], args.slice(1), { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const ended = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, ms: Date.now() - started, stdout, stderr })));
  if (during) void during(child.pid!, () => stdout).catch((e) => { stderr += `\n[test] ${String(e)}`; });
  const guard = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 150000);
  return ended.finally(() => clearTimeout(guard));
}

function show(r: Run): string {
  return `exit ${r.code ?? r.signal} after ${r.ms} ms\n--- stdout\n${r.stdout.slice(-3000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
}

describe('harness failure handling', function () {
  this.timeout(160000);
  const dirs: string[] = [];
  const box = () => { const b = sandbox(); dirs.push(b.dir); return b; };
  after(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

  it('integration, no browser (CHROMIUM names nothing): fails at once with the reason, server stopped', async () => {
    const { dir, env, fakePids } = box();
    const r = await run([...TSX, 'test/harness/run-integration.ts'], { ...env, CHROMIUM: path.join(dir, 'no-such-browser') });
    assert.notEqual(r.code, 0, show(r));
    assert.match(r.stderr, /CHROMIUM=\S+no-such-browser is not an executable file/, show(r));
    assert.ok(r.ms < 60000, show(r));
    assert.equal(fs.readFileSync(fakePids, 'utf8').trim().split(/\s+/).length, 2, 'the stand-in server and its child had started');
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  it('integration, a browser that cannot start (/bin/false): fails, server stopped', async () => {
    const { dir, env, fakePids } = box();
    const r = await run([...TSX, 'test/harness/run-integration.ts'], { ...env, CHROMIUM: '/bin/false' });
    assert.notEqual(r.code, 0, show(r));
    assert.ok(r.ms < 60000, show(r));
    assert.ok(fs.existsSync(fakePids), 'the stand-in server had started');
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  it('integration, a server that never answers /healthz: gives up after the limit, server killed', async () => {
    const { dir, env, fakePids } = box();
    const r = await run([...TSX, 'test/harness/run-integration.ts'], { ...env, FAKE_MODE: 'silent', CODE_SERVER_START_TIMEOUT_S: '2' });
    assert.notEqual(r.code, 0, show(r));
    assert.match(r.stderr, /did not answer \/healthz within 2 s/, show(r));
    assert.ok(r.ms < 30000, show(r));
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  it('e2e, specs whose setup throws (a session that cannot start; a server left running): mocha ends, both fail, nothing left', async () => {
    const { dir, env, fakePids } = box();
    const vsix = path.join(dir, 'stand-in.vsix');
    fs.writeFileSync(vsix, '');
    const r = await run([...TSX, 'test/harness/run-e2e.ts'], {
      ...env, E2E_VSIX: vsix, E2E_SPECS: path.join(FIXTURES, 'throws-in-setup.e2e.ts'), E2E_TIMEOUT_S: '120',
    });
    assert.equal(r.code, 1, show(r));
    assert.ok(r.ms < 90000, show(r));
    // mocha's own exit handler stopped the server the second spec left: the tier's last-resort reaper found nothing.
    assert.doesNotMatch(r.stdout + r.stderr, /left running/, show(r));
    const results = JSON.parse(fs.readFileSync(env.TIER_RESULTS!, 'utf8')) as { passed: number; failed: number; failures: { title: string; error: string }[] };
    assert.equal(results.passed, 0, show(r));
    assert.deepEqual(results.failures.map((f) => f.title), [
      'a session that cannot start (the workbench never shows) "before all" hook for "is never reached"',
      'a setup that throws after starting a server it does not stop "before all" hook for "is never reached"',
    ], show(r));
    assert.match(results.failures[1].error, /setup failed on purpose/);
    assert.equal(fs.readFileSync(fakePids, 'utf8').trim().split('\n').length, 2, 'both specs had started a server');
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`integration, ${signal === 'SIGINT' ? 'Ctrl+C (SIGINT to its process group)' : 'SIGTERM'} while the browser waits for the tests: ends at once, browser and server gone`, async () => {
      const { dir, env, fakePids } = box();
      let sentAt = 0;
      const r = await run([...TSX, 'test/harness/run-integration.ts'], env, async (pid) => {
        // Mid-run: the server is up and the browser has opened its page.
        await until('the server and the browser', () => fs.existsSync(fakePids) && processesUnder(dir).some((l) => l.includes('chrome-profile')), 60000);
        await sleep(1000);
        sentAt = Date.now();
        process.kill(signal === 'SIGINT' ? -pid : pid, signal);
      });
      assert.ok(sentAt, show(r));
      assert.equal(r.code, signal === 'SIGTERM' ? 143 : 130, show(r));
      assert.ok(Date.now() - sentAt < 10000, `ended ${Date.now() - sentAt} ms after ${signal}\n${show(r)}`);
      assert.deepEqual(await pidsAlive(fakePids), [], show(r));
      assert.deepEqual(await leftUnder(dir), []);
    });
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`npm start, ${signal === 'SIGINT' ? 'Ctrl+C (SIGINT to its process group)' : 'SIGTERM'}: the server stops, its run directory is removed`, async () => {
      const { dir, env, fakePids } = box();
      const vsix = path.join(dir, 'stand-in.vsix');
      fs.writeFileSync(vsix, '');
      let sentAt = 0;
      let out = '';
      const r = await run([...TSX, 'scripts/start.ts'], { ...env, START_VSIX: vsix }, async (pid, output) => {
        await until('the URL', () => output().includes('press Ctrl+C here to stop'), 30000);
        out = fs.readdirSync(path.join(dir, 'runs')).join();
        sentAt = Date.now();
        // Ctrl+C in a terminal signals the whole foreground group (tsx and node here).
        process.kill(signal === 'SIGINT' ? -pid : pid, signal);
      });
      assert.ok(sentAt, show(r));
      assert.match(r.stdout, /is running in VS Code \(code-server\) at:\s+http:\/\/127\.0\.0\.1:\d+\/\?folder=/, show(r));
      assert.equal(r.code, signal === 'SIGINT' ? 130 : 143, show(r));
      assert.ok(Date.now() - sentAt < 5000, show(r));
      assert.match(out, /^start-/);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'runs')), [], 'run directory removed');
      assert.deepEqual(await pidsAlive(fakePids), [], show(r));
      assert.deepEqual(await leftUnder(dir), []);
    });
  }

  it('a tier that hangs is stopped at its time limit by the runner, with what it started', async () => {
    const { dir, env, fakePids } = box();
    const r = await run([...TSX, path.join(FIXTURES, 'tier.ts'), 'runner'], { ...env, TIER_MODE: 'hang', TIER_LIMIT_MS: '4000' });
    assert.equal(r.code, 0, show(r));
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { timedOut: boolean; signal: string | null; code: number | null };
    assert.equal(result.timedOut, true, show(r));
    assert.ok(r.ms < 30000, show(r));
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  it('a tier killed by SIGKILL (no handler runs): the runner kills the server it left and names it', async () => {
    const { dir, env, fakePids } = box();
    const r = await run([...TSX, path.join(FIXTURES, 'tier.ts'), 'runner'], { ...env, TIER_MODE: 'die', RUNNER_PGIDS: path.join(dir, 'tier.pgids') });
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { signal: string | null; leftBehind: string[] };
    assert.equal(result.signal, 'SIGKILL', show(r));
    assert.equal(result.leftBehind.length, 1, show(r));
    assert.match(result.leftBehind[0], /^code-server \(\d+\)$/, show(r));
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });

  it('SIGTERM to the runner while its tier runs: the runner ends at once, with the tier and its server', async () => {
    const { dir, env, fakePids } = box();
    let sentAt = 0;
    const r = await run([...TSX, path.join(FIXTURES, 'tier.ts'), 'runner'], { ...env, TIER_MODE: 'hang', RUNNER_PGIDS: path.join(dir, 'tier.pgids') }, async (pid) => {
      await until('the server', () => fs.existsSync(fakePids), 30000);
      sentAt = Date.now();
      process.kill(pid, 'SIGTERM');
    });
    assert.ok(sentAt, show(r));
    assert.equal(r.code, 143, show(r));
    assert.ok(Date.now() - sentAt < 10000, show(r));
    assert.deepEqual(await pidsAlive(fakePids), [], show(r));
    assert.deepEqual(await leftUnder(dir), []);
  });
});
