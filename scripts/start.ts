/**
 * `npm start`: build the extension, package it, install it into a private code-server
 * (VS Code 1.100.3 in the browser) and open the demo workspace on 127.0.0.1. Prints the URL;
 * Ctrl+C (or SIGTERM) stops the server and removes its run directory. PORT=8080 npm start
 * picks the port; START_VSIX=file installs that .vsix instead of packaging one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, installVsix, makeRunDir, ROOT, startCodeServer } from '../test/harness/lib';
import { beforeSignalExit, runGroup } from '../test/harness/processes';

async function main(): Promise<void> {
  const vsix = process.env.START_VSIX ?? path.join(ROOT, 'dist-vsix', 'llm-primer-companion.vsix');
  if (!process.env.START_VSIX) {
    const pack = await runGroup('npm', ['run', '-s', 'package'], { label: 'package', cwd: ROOT, timeoutMs: 10 * 60 * 1000 });
    if (pack.code !== 0) process.exit(1);
  }
  ensureCodeServer();
  const runDir = makeRunDir('start', { 'workbench.colorTheme': 'Default Dark Modern' });
  // However this process ends from here on, the server is killed (processes.ts) and its run
  // directory removed.
  beforeSignalExit(() => console.log('\nstopping code-server'));
  process.on('exit', () => { try { fs.rmSync(runDir, { recursive: true, force: true }); } catch { /* a file written while the server was dying */ } });
  installVsix(runDir, vsix);
  const demo = path.join(ROOT, 'demo');
  const server = await startCodeServer(runDir, { port: Number(process.env.PORT ?? 0) || undefined });
  const url = `${server.base}/?folder=${encodeURIComponent(demo)}`;
  console.log(`\nLLM Primer Companion is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser; press Ctrl+C here to stop.`);
  await new Promise(() => undefined);
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
