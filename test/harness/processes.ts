/**
 * Every process the test harness starts runs in its own process group, and every group is
 * killed on every way out: a normal end, an error, a timeout, SIGINT, SIGTERM or SIGHUP.
 *
 * A group is recorded twice: in memory, to kill it when this process ends, and (when
 * LLM_PRIMER_PGIDS names a file) in that file, so that the process that started this one can
 * kill it even after this one was killed with SIGKILL (scripts/test-all.ts does that after
 * every tier).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Groups started by this process and not stopped yet, with the label they were started under. */
const live = new Map<number, string>();

/**
 * True while a process of the group is running. A zombie (dead, not yet reaped: in a container
 * whose init does not reap, orphans stay zombies) does not count, so on Linux the group's
 * members are read from /proc; elsewhere a signal 0 tells.
 */
export function groupAlive(pgid: number): boolean {
  if (fs.existsSync('/proc/self/stat')) {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const f = procStat(Number(entry));
      if (f && f.pgrp === pgid && f.state !== 'Z' && f.state !== 'X') return true;
    }
    return false;
  }
  try { process.kill(-pgid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** True while the process runs (not a zombie). */
export function pidAlive(pid: number): boolean {
  const f = procStat(pid);
  if (f) return f.state !== 'Z' && f.state !== 'X';
  if (fs.existsSync('/proc/self/stat')) return false;
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Linux /proc/<pid>/stat: state, process group and start time (clock ticks since boot). */
function procStat(pid: number): { state: string; pgrp: number; start: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: f[0], pgrp: Number(f[2]), start: f[19] };
  } catch { return undefined; }
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try { process.kill(-pgid, signal); } catch { /* already gone */ }
}

/** Linux: the start time of a process, to tell a reused pid from ours. */
const startTime = (pid: number) => procStat(pid)?.start;

/** Remember a group (its leader's pid) until `untrack`; it is killed if this process ends first. */
export function track(pgid: number, label: string): void {
  live.set(pgid, label);
  const file = process.env.LLM_PRIMER_PGIDS;
  if (file) fs.appendFileSync(file, `${pgid} ${startTime(pgid) ?? '-'} ${label.replace(/\s+/g, '_')}\n`);
}

export function untrack(pgid: number): void {
  live.delete(pgid);
}

/** SIGTERM, then SIGKILL after `graceMs` if anything of the group is still there. */
export async function stopGroup(pgid: number, graceMs = 5000): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  for (let waited = 0; waited < graceMs && groupAlive(pgid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  untrack(pgid);
}

/** Kill, now, every group this process still has. Synchronous: safe in an 'exit' handler. */
export function killTracked(): void {
  for (const pgid of live.keys()) signalGroup(pgid, 'SIGKILL');
  live.clear();
}

/** The groups listed in a LLM_PRIMER_PGIDS file that still run (not those whose pid was reused since). */
function listedAlive(file: string): { pgid: number; label: string }[] {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return []; }
  const out: { pgid: number; label: string }[] = [];
  for (const line of text.split('\n')) {
    const [pgidText, started, label] = line.split(' ');
    const pgid = Number(pgidText);
    if (!pgid || out.some((g) => g.pgid === pgid) || !groupAlive(pgid)) continue;
    const now = startTime(pgid);
    if (started !== '-' && now !== undefined && now !== started) continue;
    out.push({ pgid, label: label ?? 'process' });
  }
  return out;
}

/** Kill, now, every group listed in the file that still runs. Synchronous: for exit handlers. */
export function reapNow(file: string): void {
  for (const g of listedAlive(file)) signalGroup(g.pgid, 'SIGKILL');
}

/**
 * Kill every group listed in the file that is still running after `graceMs` (time for a kill
 * already sent to land). Returns the labels of the groups it had to kill: those were left behind.
 */
export async function reap(file: string, graceMs = 1000): Promise<string[]> {
  let left = listedAlive(file);
  for (let waited = 0; left.length && waited < graceMs; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    left = left.filter((g) => groupAlive(g.pgid));
  }
  for (const g of left) signalGroup(g.pgid, 'SIGKILL');
  return left.map((g) => `${g.label} (${g.pgid})`);
}

/** Files of groups to reap when this process ends, however it ends. */
const reapFiles = new Set<string>();

export interface RunOptions {
  label: string;
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** After SIGTERM on timeout, how long the group has to end before SIGKILL. */
  graceMs?: number;
  /** A LLM_PRIMER_PGIDS file for the child: the groups it records are killed when it ends. */
  pgidsFile?: string;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Groups the child started and left running (killed now): each is a leak. */
  leftBehind: string[];
  error?: Error;
}

/**
 * Run a command with inherited stdio in its own process group, at most `timeoutMs`. When it
 * ends, whatever is left of its group, and every group it recorded in `pgidsFile`, is killed.
 */
export function runGroup(cmd: string, args: string[], o: RunOptions): Promise<RunResult> {
  if (o.pgidsFile) { fs.writeFileSync(o.pgidsFile, ''); reapFiles.add(o.pgidsFile); }
  const env = { ...(o.env ?? process.env), ...(o.pgidsFile ? { LLM_PRIMER_PGIDS: o.pgidsFile } : {}) };
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: o.cwd, env, stdio: 'inherit', detached: true });
    const pid = child.pid;
    if (pid === undefined) {
      child.once('error', (error) => resolve({ code: null, signal: null, timedOut: false, leftBehind: [], error }));
      return;
    }
    track(pid, o.label);
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; void stopGroup(pid, o.graceMs ?? 10000); }, o.timeoutMs);
    child.once('exit', async (code, signal) => {
      clearTimeout(timer);
      const leftBehind: string[] = [];
      for (let waited = 0; groupAlive(pid) && waited < 1000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      if (groupAlive(pid)) { signalGroup(pid, 'SIGKILL'); leftBehind.push(`${o.label}'s own group (${pid})`); }
      untrack(pid);
      if (o.pgidsFile) {
        leftBehind.push(...await reap(o.pgidsFile));
        reapFiles.delete(o.pgidsFile);
        fs.rmSync(o.pgidsFile, { force: true });
      }
      resolve({ code, signal, timedOut, leftBehind });
    });
  });
}

/**
 * A LLM_PRIMER_PGIDS file for a child of a harness run on its own; undefined under a runner
 * that already has one (the child's groups are then recorded in the runner's file).
 */
export function ownPgidsFile(name: string): string | undefined {
  return process.env.LLM_PRIMER_PGIDS ? undefined : path.join(os.tmpdir(), `llm-primer-${name}-${process.pid}.pgids`);
}

const EXIT_CODE = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
const onSignal = new Set<(signal: NodeJS.Signals) => void>();

/** Run `fn` (synchronously) before this process exits on a signal. */
export function beforeSignalExit(fn: (signal: NodeJS.Signals) => void): void {
  onSignal.add(fn);
}

function killEverything(): void {
  killTracked();
  for (const f of reapFiles) reapNow(f);
  reapFiles.clear();
}

process.on('exit', killEverything);
for (const signal of Object.keys(EXIT_CODE) as (keyof typeof EXIT_CODE)[]) {
  process.on(signal, () => {
    for (const fn of onSignal) { try { fn(signal); } catch { /* keep going: the groups must die */ } }
    killEverything();
    process.exit(EXIT_CODE[signal]);
  });
}
