/**
 * One code-server session for the bench: the extension is installed from the packaged .vsix
 * (as users get it); a probe with no code of its own is the extension under development, so
 * that its "tests" module, the bridge in host.ts, runs in the extension host (the extension
 * under development is activated at start-up, which would spoil the activate() timing).
 * `host(code)` runs code inside the extension host.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { ensureCodeServer, installVsix, launchChromium, makeRunDir, startCodeServer, waitWorkbench, type Server } from '../../test/harness/lib';

function post(port: number, urlPath: string, body: string, timeoutMs = 120000): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method: 'POST' }, (res) => {
      let out = '';
      res.on('data', (c: Buffer) => { out += c.toString('utf8'); });
      res.on('end', () => resolve(out));
    });
    req.on('error', reject);
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`the extension host did not answer within ${timeoutMs} ms`)));
    req.end(body);
  });
}

export class BenchSession {
  private constructor(readonly page: Page, private readonly ctx: BrowserContext, private readonly server: Server,
    private readonly port: number, readonly runDir: string, readonly workspace: string) {}

  /** `files` are written into the session's workspace folder; the first is waited for in the explorer. */
  static async start(vsix: string, files: Record<string, string>): Promise<BenchSession> {
    ensureCodeServer();
    const runDir = makeRunDir('bench', { 'markdown.preview.scrollEditorWithPreview': false });
    installVsix(runDir, vsix);
    // code-server fires onLanguage:jsonc at start-up (it loads the user settings), which would
    // activate the extension before activate() can be timed: this session's copy of the
    // manifest keeps only the activation events VS Code derives from its contributions.
    for (const dir of fs.readdirSync(path.join(runDir, 'extensions'))) {
      const manifest = path.join(runDir, 'extensions', dir, 'package.json');
      if (!dir.startsWith('llm-primer.') || !fs.existsSync(manifest)) continue;
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { activationEvents?: string[] };
      pkg.activationEvents = [];
      fs.writeFileSync(manifest, JSON.stringify(pkg, null, 2));
    }
    const probe = path.join(runDir, 'probe');
    fs.mkdirSync(probe);
    // The probe is also the empty extension the activation figure is set against: code that
    // VS Code loads and an activate() that does nothing, active only when the bench asks.
    fs.writeFileSync(path.join(probe, 'package.json'), JSON.stringify({ name: 'bench-probe', publisher: 'bench', version: '0.0.0', engines: { vscode: '^1.100.0' }, main: './empty.js', activationEvents: [] }));
    fs.writeFileSync(path.join(probe, 'empty.js'), 'exports.activate = function () {};\n');
    const workspace = path.join(runDir, 'ws');
    fs.mkdirSync(workspace, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);
    const entry = path.join(runDir, 'bench-host.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, 'host.ts')], outfile: entry, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
    const bridgeFile = path.join(runDir, 'bridge-port');
    const server = await startCodeServer(runDir, { env: { BENCH_BRIDGE_FILE: bridgeFile } });
    let ctx: BrowserContext | undefined;
    try {
      ctx = await launchChromium(runDir);
      const page = ctx.pages()[0] ?? await ctx.newPage();
      const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${server.host}${probe}`],
        ['extensionTestsPath', `vscode-remote://${server.host}${entry}`],
        ['skipWelcome', 'true'],
      ];
      await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      await waitWorkbench(page, Object.keys(files)[0]);
      const started = Date.now();
      while (!fs.existsSync(bridgeFile) || !fs.readFileSync(bridgeFile, 'utf8')) {
        if (Date.now() - started > 60000) throw new Error(`the bench bridge did not start; logs in ${runDir}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return new BenchSession(page, ctx, server, Number(fs.readFileSync(bridgeFile, 'utf8')), runDir, workspace);
    } catch (e) {
      await ctx?.close().catch(() => undefined);
      await server.stop();
      throw e;
    }
  }

  /** Runs `body` (an async function body with `vscode` and `ctx` in scope) in the extension host. */
  async host<T>(body: string): Promise<T> {
    const r = JSON.parse(await post(this.port, '/eval', body)) as { value?: T; error?: string };
    if (r.error) throw new Error(`in the extension host: ${r.error}`);
    return r.value as T;
  }

  /** The content frame of the last webview (VS Code nests it in #active-frame). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  async closeAllEditors(): Promise<void> {
    await this.host("await vscode.commands.executeCommand('workbench.action.closeAllEditors');");
    for (let i = 0; i < 100 && await this.page.locator('iframe.webview').count(); i++) await this.page.waitForTimeout(100);
  }

  async stop(): Promise<void> {
    await post(this.port, '/done', '', 5000).catch(() => undefined);
    await this.ctx.close().catch(() => undefined);
    await this.server.stop();
  }
}
