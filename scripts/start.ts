/**
 * `npm start`: build the extension, package it, install it into a private code-server
 * (VS Code 1.100.3 in the browser) and open the demo workspace on 127.0.0.1. Prints the URL;
 * Ctrl+C stops the server. PORT=8080 npm start picks the port.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, installVsix, makeRunDir, ROOT, startCodeServer } from '../test/harness/lib';

async function main(): Promise<void> {
  const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (pack.status !== 0) process.exit(1);
  ensureCodeServer();
  const runDir = makeRunDir('start', { 'workbench.colorTheme': 'Default Dark Modern' });
  installVsix(runDir, path.join(ROOT, 'dist-vsix', 'llm-primer-companion.vsix'));
  const demo = path.join(ROOT, 'demo');
  const server = await startCodeServer(runDir, { port: Number(process.env.PORT ?? 0) || undefined });
  const url = `${server.base}/?folder=${encodeURIComponent(demo)}`;
  console.log(`\nLLM Primer Companion is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser; press Ctrl+C here to stop.`);
  const stop = async () => { await server.stop(); fs.rmSync(runDir, { recursive: true, force: true }); process.exit(0); };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await new Promise(() => undefined);
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
