/** Where the harness keeps things: code-server in the cache, one directory per run under it. */
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = process.env.LLM_PRIMER_CACHE ?? path.join(ROOT, '.cache');
export const CS_DIR = path.join(CACHE, 'code-server');
/** code-server's entry script; CODE_SERVER_ENTRY replaces it (the harness's own tests start a stand-in server). */
export const ENTRY = process.env.CODE_SERVER_ENTRY ?? path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RUNS = path.join(CACHE, 'runs');

/**
 * Node's arguments to run a TypeScript file in one process, tsx as a loader. The `tsx` command
 * runs the script in a child and relays signals to it, then SIGKILLs it if the script has not
 * answered within 30 ms (easily missed on a loaded machine): its handlers would not run, and
 * what it started would be left. Run with `process.execPath, [...NODE_TS, file]`, cwd ROOT.
 */
export const NODE_TS = ['--import', 'tsx'];
