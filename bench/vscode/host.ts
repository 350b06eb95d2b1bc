/**
 * Loaded by the extension host as the "tests" of the extension under development: a loopback
 * HTTP bridge through which the bench driver runs code inside the host (timing `activate()`,
 * reading the heap, running commands). Resolves, ending the session, when the driver says so.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';

type HostFn = (vscode: typeof import('vscode'), ctx: { gc: () => void; performance: typeof performance; heap: () => number }) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => HostFn;

export function run(): Promise<void> {
  v8.setFlagsFromString('--expose_gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const ctx = { gc, performance, heap: () => { gc(); gc(); return process.memoryUsage().heapUsed; } };
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
      req.on('end', () => {
        if (req.url === '/done') { res.end('{}'); server.close(); resolve(); return; }
        new AsyncFunction('vscode', 'ctx', body)(vscode, ctx).then(
          (value) => res.end(JSON.stringify({ value: value ?? null })),
          (e: unknown) => res.end(JSON.stringify({ error: e instanceof Error ? e.stack : String(e) })));
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      fs.writeFileSync(process.env.BENCH_BRIDGE_FILE ?? '/dev/null', String(port));
    });
  });
}
