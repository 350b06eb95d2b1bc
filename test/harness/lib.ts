/**
 * Run a real VS Code (code-server 4.100.3 = VS Code 1.100.3) for tests: an isolated run
 * directory per run, a free loopback port, the server in its own process group (so stopping
 * it takes down the extension host too, and processes.ts kills it on every way out), and a
 * Chromium, Chrome or Edge driven by playwright-core that resolves no host but this machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CACHE, CS_DIR, ENTRY, ROOT, RUNS } from './paths';
import { stopGroup, track } from './processes';
import { ensureRequirements, findBrowser, realHost } from './requirements';

export { CACHE, CS_DIR, ENTRY, ROOT, RUNS };

/** Seconds from the environment, else the default (the harness's own tests shorten them). */
const seconds = (name: string, fallback: number) => (Number(process.env[name]) || fallback) * 1000;

const t0 = Date.now();
export function log(...a: unknown[]): void {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
}

/** Install the pinned code-server into .cache/ unless it is there already. */
export function ensureCodeServer(): void {
  if (fs.existsSync(ENTRY)) return;
  log('installing code-server 4.100.3 into', CS_DIR, '(once; about a minute)');
  // ripgrep, make and g++ come from requirements.ts (installed, or one line saying what to
  // install), so the script leaves apt alone.
  ensureRequirements(['code-server-build']);
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh'), CS_DIR], {
    stdio: 'inherit', env: { ...process.env, SKIP_APT: '1' }, timeout: 30 * 60 * 1000, killSignal: 'SIGKILL',
  });
  if (r.status !== 0) throw new Error(`code-server install failed${r.error ? ` (${r.error.message})` : ''}`);
}

/** The Chrome, Chromium or Edge to drive (CHROMIUM names one), or undefined. */
export function chromiumPath(): string | undefined {
  const b = findBrowser(realHost());
  return 'path' in b ? b.path : undefined;
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
    'git.enabled': false, 'editor.hover.delay': 300, 'llmPrimer.welcome.openWalkthrough': false, 'window.restoreWindows': 'none', 'workbench.colorTheme': 'Default Dark Modern',
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
  const r = spawnSync(process.execPath, [ENTRY, ...baseArgs(runDir), '--install-extension', vsix], {
    env: csEnv(runDir), encoding: 'utf8', timeout: 3 * 60 * 1000, killSignal: 'SIGKILL',
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed${r.error ? ` (${r.error.message})` : ''}:\n${r.stdout}\n${r.stderr}`);
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
  fs.closeSync(out);
  let exited: string | undefined;
  proc.on('exit', (code, sig) => { exited = `${code ?? ''}${sig ?? ''}`; });
  const pid = proc.pid!;
  track(pid, 'code-server');
  const stop = () => stopGroup(pid);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const limit = seconds('CODE_SERVER_START_TIMEOUT_S', 60);
  for (;;) {
    if (exited !== undefined) { await stop(); throw new Error(`code-server exited early (${exited}); see ${runDir}/code-server.log`); }
    try { if (await httpGet(`${base}/healthz`) === 200) break; } catch { /* not yet */ }
    if (Date.now() - started > limit) { await stop(); throw new Error(`code-server did not answer /healthz within ${limit / 1000} s; see ${runDir}/code-server.log`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, port, host: `127.0.0.1:${port}`, stop };
}

/**
 * Features Chromium would reach the network for. One --disable-features replaces any other on
 * the command line, so this list repeats Playwright's own (playwright-core's chromiumSwitches).
 */
const DISABLED_FEATURES = [
  // Playwright's
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
  // Services that looked names up anyway: form autofill, translation, cast discovery, CT log updates.
  'AutofillServerCommunication', 'Translate', 'DialMediaRouteProvider', 'CertificateTransparencyComponentUpdater',
];

/** Chromium's command line: headless-friendly, and no host resolved but 127.0.0.1 and localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-domain-reliability',
  '--disable-client-side-phishing-detection', '--safebrowsing-disable-auto-update', '--no-pings', '--disable-breakpad',
  '--disable-default-apps', '--metrics-recording-only', '--disable-features=' + DISABLED_FEATURES.join(','),
  // Whatever service is left finds no name: nothing is looked up, nothing leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** The browser window every session starts with. */
export const DEFAULT_VIEWPORT = { width: 1400, height: 900 };

export async function launchChromium(runDir: string): Promise<BrowserContext> {
  const browser = findBrowser(realHost());
  if ('problem' in browser) throw new Error(`${browser.problem} (install Chromium, Chrome or Edge, or set CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(runDir, 'chrome-profile'), {
    executablePath: browser.path, headless: true, viewport: DEFAULT_VIEWPORT, args: CHROMIUM_ARGS,
    timeout: seconds('CHROMIUM_LAUNCH_TIMEOUT_S', 180),
  });
}

/** The workbench is ready when the folder's files are listed (server file system reachable). */
export async function waitWorkbench(page: Page, fileName: string, timeout = seconds('WORKBENCH_TIMEOUT_S', 90)): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.activitybar').waitFor({ timeout });
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first().waitFor({ timeout });
}
