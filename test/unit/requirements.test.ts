import * as assert from 'node:assert/strict';
import { browserCandidates, ensureRequirements, findBrowser, isDebianLike, missingFor, plan, RequirementError, type Host } from '../../test/harness/requirements';

/** What the tiers need from the machine, decided on a made-up machine: nothing is installed. */

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

interface Machine {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  root?: boolean;
  files?: string[];
  osRelease?: string;
  /** Interpreter → modules it lacks (absent: not a python3 ≥ 3.10). */
  pythons?: Record<string, string[]>;
  codeServer?: boolean;
}

function host(m: Machine): Host {
  const files = new Set(m.files ?? []);
  return {
    platform: m.platform ?? 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...m.env },
    isRoot: m.root ?? false,
    isExecutable: (f) => files.has(f),
    readText: (f) => (f === '/etc/os-release' ? m.osRelease : undefined),
    pythonMissing: (exe, modules) => m.pythons?.[exe]?.filter((x) => modules.includes(x)),
    codeServerInstalled: m.codeServer ?? true,
  };
}

const debianRoot = (m: Machine = {}) => host({ osRelease: DEBIAN, root: true, ...m, files: ['/usr/bin/apt-get', ...(m.files ?? [])] });
const debianUser = (m: Machine = {}) => host({ osRelease: DEBIAN, root: false, ...m, files: ['/usr/bin/apt-get', ...(m.files ?? [])] });
const withTorch = { '/usr/bin/python3': [] };

describe('test requirements: the browser', () => {
  it('CHROMIUM, when it names an executable, is used and nothing else is looked at', () => {
    const h = host({ env: { CHROMIUM: '/opt/my/chrome' }, files: ['/opt/my/chrome', '/usr/bin/chromium'] });
    assert.deepEqual(findBrowser(h), { path: '/opt/my/chrome' });
  });

  it('CHROMIUM naming nothing is reported as such, even with a browser installed', () => {
    const h = debianRoot({ env: { CHROMIUM: '/nonexistent' }, files: ['/usr/bin/chromium'] });
    assert.deepEqual(findBrowser(h), { problem: 'CHROMIUM=/nonexistent is not an executable file' });
    // …and it is not "fixed" by installing Chromium: the setting is what is wrong.
    assert.deepEqual(plan(missingFor(['browser'], h), h), { kind: 'fail', line: 'the tests need CHROMIUM=/nonexistent is not an executable file: point CHROMIUM at a Chrome, Chromium or Edge, or unset it' });
  });

  it('Linux: a browser on PATH comes first, then the usual places (Chromium before Chrome before Edge)', () => {
    assert.deepEqual(findBrowser(host({ env: { PATH: '/home/u/bin:/usr/bin' }, files: ['/home/u/bin/google-chrome', '/usr/bin/chromium'] })), { path: '/home/u/bin/google-chrome' });
    assert.deepEqual(findBrowser(host({ files: ['/usr/bin/microsoft-edge', '/usr/bin/chromium-browser'] })), { path: '/usr/bin/chromium-browser' });
    assert.deepEqual(findBrowser(host({ env: { PATH: '' }, files: ['/opt/google/chrome/chrome'] })), { path: '/opt/google/chrome/chrome' });
    assert.deepEqual(findBrowser(host({ env: { PATH: '' }, files: ['/snap/bin/chromium'] })), { path: '/snap/bin/chromium' });
  });

  it('macOS: Chrome, Chromium or Edge in /Applications or ~/Applications', () => {
    const mac = (files: string[]) => host({ platform: 'darwin', env: { HOME: '/Users/u' }, files });
    assert.deepEqual(findBrowser(mac(['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'])), { path: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge' });
    assert.deepEqual(findBrowser(mac(['/Users/u/Applications/Chromium.app/Contents/MacOS/Chromium'])), { path: '/Users/u/Applications/Chromium.app/Contents/MacOS/Chromium' });
    assert.ok(!browserCandidates('darwin', {}).some((c) => c.startsWith('/usr/bin')));
  });

  it('Windows: Program Files, Program Files (x86) and LocalAppData', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    assert.deepEqual(findBrowser(host({ platform: 'win32', env, files: [edge] })), { path: edge });
    const chrome = 'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    assert.deepEqual(findBrowser(host({ platform: 'win32', env, files: [chrome, edge] })), { path: edge }, 'machine-wide installs first');
    assert.deepEqual(findBrowser(host({ platform: 'win32', env })), { problem: 'no Chrome, Chromium or Edge found' });
  });
});

describe('test requirements: what to do', () => {
  it('nothing missing: nothing to do', () => {
    const h = debianUser({ files: ['/usr/bin/chromium'], pythons: withTorch });
    assert.deepEqual(plan(missingFor(['browser', 'python-ml', 'code-server-build'], h), h), { kind: 'ok' });
  });

  it('Debian as root: apt-get installs chromium, ripgrep and what Debian\'s python3 lacks', () => {
    const h = debianRoot({ codeServer: false, files: ['/usr/bin/python3', '/usr/bin/make', '/usr/bin/g++'], pythons: { '/usr/bin/python3': ['torch'] } });
    assert.deepEqual(plan(missingFor(['browser', 'code-server-build', 'python-ml'], h), h), { kind: 'install', packages: ['chromium', 'ripgrep', 'python3-torch'] });
  });

  it('the build tools are needed only while code-server is not installed', () => {
    const h = debianRoot({ codeServer: true, files: ['/usr/bin/chromium'] });
    assert.deepEqual(missingFor(['browser', 'code-server-build'], h), []);
  });

  it('a python3 on PATH with NumPy and PyTorch is enough (Debian\'s may lack them)', () => {
    const h = debianRoot({ pythons: { '/usr/bin/python3': ['numpy', 'torch'], python3: [] } });
    assert.deepEqual(missingFor(['python-ml'], h), []);
  });

  it('no python3 at all: Debian installs python3 with NumPy and PyTorch', () => {
    const h = debianRoot({ pythons: {} });
    assert.deepEqual(plan(missingFor(['python-ml'], h), h), { kind: 'install', packages: ['python3', 'python3-numpy', 'python3-torch'] });
  });

  it('Debian, not root: one line with the apt-get command', () => {
    const h = debianUser({ pythons: { '/usr/bin/python3': ['torch'] } });
    assert.deepEqual(plan(missingFor(['browser', 'python-ml'], h), h), {
      kind: 'fail',
      line: 'the tests need a browser; PyTorch for /usr/bin/python3: install with `sudo apt-get install -y chromium python3-torch` (or run as root, which installs them)',
    });
  });

  it('Ubuntu counts as Debian; Fedora, macOS and Windows get what to install instead of a command', () => {
    assert.ok(isDebianLike(host({ osRelease: UBUNTU, files: ['/usr/bin/apt-get'] })));
    assert.ok(!isDebianLike(host({ osRelease: DEBIAN })), 'no apt-get, no apt-get install');
    const fedora = host({ osRelease: FEDORA, root: true, files: ['/usr/bin/apt-get'] });
    assert.deepEqual(plan(missingFor(['browser'], fedora), fedora), { kind: 'fail', line: 'the tests need a browser: install Google Chrome, Chromium or Microsoft Edge (or set CHROMIUM to its executable)' });
    const mac = host({ platform: 'darwin', root: true, pythons: { python3: ['numpy', 'torch'] } });
    assert.deepEqual(plan(missingFor(['python-ml'], mac), mac), { kind: 'fail', line: 'the tests need NumPy and PyTorch for python3: install Python 3.10 or later with NumPy and PyTorch (python3 -m pip install numpy torch)' });
  });

  it('SNIPPETS_PYTHON is the only interpreter considered, and apt-get does not complete it', () => {
    const h = debianRoot({ env: { SNIPPETS_PYTHON: '/opt/py/bin/python' }, pythons: { '/opt/py/bin/python': ['torch'], '/usr/bin/python3': [] } });
    assert.deepEqual(plan(missingFor(['python-ml'], h), h), { kind: 'fail', line: 'the tests need SNIPPETS_PYTHON=/opt/py/bin/python lacks PyTorch: /opt/py/bin/python -m pip install torch' });
  });

  it('Debian, a bad CHROMIUM and a missing torch: the apt part is named as a command, the rest as advice', () => {
    const h = debianUser({ env: { CHROMIUM: '/x' }, pythons: { '/usr/bin/python3': ['torch'] } });
    const p = plan(missingFor(['browser', 'python-ml'], h), h);
    assert.deepEqual(p, { kind: 'fail', line: 'the tests need CHROMIUM=/x is not an executable file; PyTorch for /usr/bin/python3: point CHROMIUM at a Chrome, Chromium or Edge, or unset it; sudo apt-get install -y python3-torch' });
  });
});

describe('test requirements: ensureRequirements', () => {
  it('installs what is missing, then checks again', () => {
    const installed: string[][] = [];
    const files = ['/usr/bin/apt-get'];
    const h = host({ osRelease: DEBIAN, root: true, files, pythons: withTorch });
    const fileSet = h.isExecutable;
    let afterInstall = false;
    h.isExecutable = (f) => fileSet(f) || (afterInstall && f === '/usr/bin/chromium');
    ensureRequirements(['browser', 'python-ml'], h, (pkgs) => { installed.push(pkgs); afterInstall = true; return true; });
    assert.deepEqual(installed, [['chromium']]);
  });

  it('never installs when it cannot help: one line instead', () => {
    const h = debianUser({ pythons: withTorch });
    assert.throws(() => ensureRequirements(['browser'], h, () => assert.fail('apt-get must not run')),
      (e: unknown) => e instanceof RequirementError && !e.message.includes('\n') && /sudo apt-get install -y chromium/.test(e.message));
  });

  it('a failed apt-get, or one that did not help, is one line too', () => {
    const h = debianRoot({ pythons: withTorch });
    assert.throws(() => ensureRequirements(['browser'], h, () => false), /^Error: the tests need chromium, and `apt-get install -y chromium` failed \(see above\)$|chromium, and `apt-get install -y chromium` failed/);
    assert.throws(() => ensureRequirements(['browser'], h, () => true), /the tests still lack a browser after installing chromium/);
  });
});
