/**
 * What the test tiers need from the machine, found or installed before they run:
 * - a browser (Chrome, Chromium or Edge; CHROMIUM names one) for the integration and e2e tiers;
 * - ripgrep, python3, make and g++ to install code-server the first time (integration, e2e);
 * - a python3 (3.10 or later) with NumPy and PyTorch for the snippets tier (SNIPPETS_PYTHON
 *   names one).
 * On Debian or Ubuntu, as root, what is missing is installed with apt-get. Anywhere else a
 * missing requirement ends the run with one line that says what to install.
 * The decisions are pure functions of a `Host` (platform, environment, file system), so they
 * are unit-tested without installing anything.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTRY } from './paths';
import { writeTierResult } from './tiers';

export type Requirement = 'browser' | 'code-server-build' | 'python-ml';

/** What the tiers need (the unit tier needs nothing beyond Node). */
export const TIER_NEEDS: Record<string, Requirement[]> = {
  unit: [],
  harness: ['browser'],
  snippets: ['python-ml'],
  integration: ['browser', 'code-server-build'],
  e2e: ['browser', 'code-server-build'],
};

export interface Host {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  /** True for an executable regular file. */
  isExecutable(file: string): boolean;
  readText(file: string): string | undefined;
  /** The Python modules (of `modules`) that `exe` cannot import; undefined when `exe` is not a python3 ≥ 3.10. */
  pythonMissing(exe: string, modules: string[]): string[] | undefined;
  /** True when code-server is installed already (nothing to build). */
  codeServerInstalled: boolean;
}

/** The places a Chrome, Chromium or Edge is installed by default, most preferred first. */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
    const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((r) => apps.map((a) => path.posix.join(r, a)));
  }
  if (platform === 'win32') {
    const bins = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => bins.map((b) => path.win32.join(r, b)));
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = [...(env.PATH ?? '').split(':').filter((d) => d.startsWith('/')), '/usr/bin', '/snap/bin'];
  return [...new Set([...dirs.flatMap((d) => names.map((n) => path.posix.join(d, n))), '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'])];
}

/** The browser to use, or why there is none. CHROMIUM, when set, is the only one considered. */
export function findBrowser(host: Host): { path: string } | { problem: string } {
  const wanted = host.env.CHROMIUM;
  if (wanted) return host.isExecutable(wanted) ? { path: wanted } : { problem: `CHROMIUM=${wanted} is not an executable file` };
  const found = browserCandidates(host.platform, host.env).find((c) => host.isExecutable(c));
  return found ? { path: found } : { problem: 'no Chrome, Chromium or Edge found' };
}

/** The interpreters the snippets tier tries, in its order (test/harness/run-snippets.ts). */
export function pythonCandidates(env: NodeJS.ProcessEnv): string[] {
  return env.SNIPPETS_PYTHON ? [env.SNIPPETS_PYTHON] : ['/usr/bin/python3', 'python3'];
}

/** One thing the machine lacks: what to tell the user, and the Debian packages that provide it. */
export interface Missing { what: string; debian: string[]; elsewhere: string }

function which(host: Host, cmd: string): boolean {
  return (host.env.PATH ?? '').split(path.delimiter).some((d) => d && host.isExecutable(path.join(d, cmd)));
}

export function missingFor(needs: Requirement[], host: Host): Missing[] {
  const out: Missing[] = [];
  if (needs.includes('browser')) {
    const b = findBrowser(host);
    if ('problem' in b) {
      out.push(host.env.CHROMIUM
        ? { what: b.problem, debian: [], elsewhere: 'point CHROMIUM at a Chrome, Chromium or Edge, or unset it' }
        : { what: 'a browser', debian: ['chromium'], elsewhere: 'install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM to its executable)' });
    }
  }
  if (needs.includes('code-server-build') && !host.codeServerInstalled) {
    const tools: [string, string][] = [['rg', 'ripgrep'], ['python3', 'python3'], ['make', 'make'], ['g++', 'g++']];
    const lacking = tools.filter(([cmd]) => !which(host, cmd));
    if (lacking.length) {
      out.push({ what: lacking.map(([cmd]) => cmd).join(', '), debian: lacking.map(([, pkg]) => pkg),
        elsewhere: `install ${lacking.map(([, pkg]) => pkg).join(', ')} (needed once, to build code-server)` });
    }
  }
  if (needs.includes('python-ml')) {
    const modules = ['numpy', 'torch'];
    const results = pythonCandidates(host.env).map((exe) => ({ exe, missing: host.pythonMissing(exe, modules) }));
    if (!results.some((r) => r.missing?.length === 0)) {
      const chosen = host.env.SNIPPETS_PYTHON;
      // Debian's python3 is the one apt-get completes; report what it (or the first python that runs) lacks.
      const usable = results.find((r) => r.missing !== undefined);
      const lacking = usable?.missing ?? modules;
      const pkgs = usable ? lacking.map((m) => `python3-${m}`) : ['python3', 'python3-numpy', 'python3-torch'];
      const names = lacking.map((m) => (m === 'numpy' ? 'NumPy' : 'PyTorch')).join(' and ');
      out.push(chosen
        ? { what: `SNIPPETS_PYTHON=${chosen} ${usable ? `lacks ${names}` : 'is not a python3 3.10 or later'}`, debian: [],
          elsewhere: usable ? `${chosen} -m pip install ${lacking.join(' ')}` : 'point SNIPPETS_PYTHON at a python3 3.10 or later' }
        : { what: usable ? `${names} for ${usable.exe}` : 'python3 (3.10 or later)', debian: pkgs,
          elsewhere: `install Python 3.10 or later with NumPy and PyTorch (python3 -m pip install numpy torch)` });
    }
  }
  return out;
}

/** Debian, Ubuntu or a derivative, read from /etc/os-release. */
export function isDebianLike(host: Host): boolean {
  if (host.platform !== 'linux') return false;
  const release = host.readText('/etc/os-release') ?? '';
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)`, 'm').exec(release)?.[1] ?? '';
  return /\b(debian|ubuntu)\b/.test(`${field('ID')} ${field('ID_LIKE')}`) && ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => host.isExecutable(p));
}

export type Plan =
  | { kind: 'ok' }
  | { kind: 'install'; packages: string[] }
  | { kind: 'fail'; line: string };

/** What to do about `missing`: nothing, apt-get install (Debian/Ubuntu as root), or stop with one line. */
export function plan(missing: Missing[], host: Host): Plan {
  if (!missing.length) return { kind: 'ok' };
  const debian = isDebianLike(host);
  const packages = [...new Set(missing.flatMap((m) => m.debian))];
  const allApt = missing.every((m) => m.debian.length);
  if (debian && host.isRoot && allApt) return { kind: 'install', packages };
  const what = missing.map((m) => m.what).join('; ');
  if (debian && allApt) return { kind: 'fail', line: `the tests need ${what}: install with \`sudo apt-get install -y ${packages.join(' ')}\` (or run as root, which installs them)` };
  return { kind: 'fail', line: `the tests need ${what}: ${missing.map((m) => (debian && m.debian.length ? `sudo apt-get install -y ${m.debian.join(' ')}` : m.elsewhere)).join('; ')}` };
}

export const realHost = (): Host => ({
  platform: process.platform,
  env: process.env,
  isRoot: process.getuid?.() === 0,
  isExecutable(file) {
    try { return fs.statSync(file).isFile() && (fs.accessSync(file, fs.constants.X_OK), true); } catch { return false; }
  },
  readText(file) {
    try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; }
  },
  pythonMissing(exe, modules) {
    // A directory of the same name (a namespace package, origin None) is not the module.
    const probe = [
      'import importlib.util as u, json, sys',
      'if sys.version_info < (3, 10): sys.exit(3)',
      'real = lambda m: (lambda s: s is not None and s.origin not in (None, "namespace"))(u.find_spec(m))',
      'print(json.dumps([m for m in sys.argv[1:] if not real(m)]))',
    ].join('\n');
    const r = spawnSync(exe, ['-I', '-c', probe, ...modules], { encoding: 'utf8', timeout: 30000 });
    if (r.status !== 0) return undefined;
    try { return JSON.parse(r.stdout) as string[]; } catch { return undefined; }
  },
  codeServerInstalled: fs.existsSync(ENTRY),
});

export class RequirementError extends Error {}

export interface Installer { (packages: string[]): boolean }

/** `apt-get update && apt-get install -y …`, at most 30 minutes, output shown. */
export const aptInstall: Installer = (packages) => {
  console.log(`installing Debian packages the tests need: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: 'inherit' as const, env, timeout: 30 * 60 * 1000 };
  return spawnSync('apt-get', ['update', '-qq'], opts).status === 0
    && spawnSync('apt-get', ['install', '-y', '-qq', ...packages], opts).status === 0;
};

/**
 * Make sure the machine has what `needs` lists: install it where that is possible, else throw
 * a RequirementError whose message is the one line to show.
 */
export function ensureRequirements(needs: Requirement[], host: Host = realHost(), install: Installer = aptInstall): void {
  const first = plan(missingFor(needs, host), host);
  if (first.kind === 'ok') return;
  if (first.kind === 'fail') throw new RequirementError(first.line);
  if (!install(first.packages)) throw new RequirementError(`the tests need ${first.packages.join(' ')}, and \`apt-get install -y ${first.packages.join(' ')}\` failed (see above)`);
  const after = missingFor(needs, host);
  if (after.length) throw new RequirementError(`the tests still lack ${after.map((m) => m.what).join('; ')} after installing ${first.packages.join(' ')}`);
}

/** For a tier's entry point: check its needs (unless scripts/test-all.ts did) and exit with the one line if unmet. */
export function requireOrExit(tier: string): void {
  if (process.env.LLM_PRIMER_REQUIREMENTS === 'checked') return;
  try {
    ensureRequirements(TIER_NEEDS[tier] ?? []);
  } catch (e) {
    if (!(e instanceof RequirementError)) throw e;
    console.error(`${tier}: ${e.message}`);
    try { writeTierResult(tier, 0, 1); } catch { /* the line above is the result */ }
    process.exit(1);
  }
}
