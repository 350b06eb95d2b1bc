/**
 * Run a real VS Code (code-server 4.100.3 = VS Code 1.100.3) for tests: an isolated run
 * directory per run, a free loopback port, the server in its own process group (so stopping
 * it takes down the extension host too), and Debian's Chromium driven by playwright-core.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = process.env.LLM_PRIMER_CACHE ?? path.join(ROOT, '.cache');
export const CS_DIR = path.join(CACHE, 'code-server');
export const ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RUNS = path.join(CACHE, 'runs');

const t0 = Date.now();
export function log(...a: unknown[]): void {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
}

/** Install the pinned code-server into .cache/ unless it is there already. */
export function ensureCodeServer(): void {
  if (fs.existsSync(ENTRY)) return;
  log('installing code-server 4.100.3 into', CS_DIR, '(once; about a minute)');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh'), CS_DIR], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('code-server install failed');
}

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => c && fs.existsSync(c));
}

function httpGet(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode ?? 0)); });
    req.on('error', reject);
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
  });
}

/** Fresh user-data, extensions and browser profile for one run, with settings that keep VS Code quiet and offline. */
export function makeRunDir(name: string, extraSettings: Record<string, unknown> = {}): string {
  const dir = path.join(RUNS, `${name}-${process.pid}-${Date.now()}`);
  for (const d of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'chrome-profile']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'security.workspace.trust.enabled': false,
    'git.enabled': false, 'editor.hover.delay': 300, 'window.restoreWindows': 'none', 'workbench.colorTheme': 'Default Dark Modern',
    ...extraSettings,
  };
  fs.writeFileSync(path.join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  return dir;
}

function csEnv(runDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '',
    // No extension gallery at all: the workbench never tries to reach a marketplace.
    EXTENSIONS_GALLERY: '{}',
  };
}

const baseArgs = (runDir: string) => ['--config', path.join(runDir, 'config.yaml'),
  '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions')];

/** `code-server --install-extension X.vsix` into the run's extensions dir. */
export function installVsix(runDir: string, vsix: string): void {
  const r = spawnSync(process.execPath, [ENTRY, ...baseArgs(runDir), '--install-extension', vsix], { env: csEnv(runDir), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Server { base: string; host: string; port: number; stop(): Promise<void> }

export async function startCodeServer(runDir: string, opts: { port?: number; env?: NodeJS.ProcessEnv; folder?: string } = {}): Promise<Server> {
  const port = opts.port || await freePort();
  const args = [ENTRY, ...baseArgs(runDir), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  if (opts.folder) args.push(opts.folder);
  const out = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  const proc = spawn(process.execPath, args, { env: { ...csEnv(runDir), ...opts.env }, detached: true, stdio: ['ignore', out, out] });
  let exited: string | undefined;
  proc.on('exit', (code, sig) => { exited = `${code ?? ''}${sig ?? ''}`; });
  const pid = proc.pid!;
  livePgids.add(pid);
  const alive = () => { try { process.kill(-pid, 0); return true; } catch { return false; } };
  const stop = async () => {
    try { process.kill(-pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
    livePgids.delete(pid);
  };
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited !== undefined) { await stop(); throw new Error(`code-server exited early (${exited}); see ${runDir}/code-server.log`); }
    try { if (await httpGet(`${base}/healthz`) === 200) break; } catch { /* not yet */ }
    if (Date.now() - started > 60000) { await stop(); throw new Error('code-server did not answer /healthz within 60 s'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, port, host: `127.0.0.1:${port}`, stop };
}

/**
 * Process groups of the code-servers this process started and has not stopped. Whatever way the
 * harness ends (an error, a signal, mocha exiting), they are killed: a test run leaves nothing.
 */
const livePgids = new Set<number>();
const killAll = () => { for (const g of livePgids) { try { process.kill(-g, 'SIGKILL'); } catch { /* gone */ } } livePgids.clear(); };
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => { killAll(); process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1)); });
}

export async function launchChromium(runDir: string): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium)');
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(runDir, 'chrome-profile'), {
    executablePath, headless: true, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter,OptimizationHints', '--disable-dev-shm-usage'],
  });
}

/** The workbench is ready when the folder's files are listed (server file system reachable). */
export async function waitWorkbench(page: Page, fileName: string, timeout = 90000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.activitybar').waitFor({ timeout });
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first().waitFor({ timeout });
}
