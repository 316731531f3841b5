import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A process seen below the bench, with its start time (clock ticks since boot): a reused pid is not mistaken for it. */
export interface SeenProcess {
  pid: number;
  /** Its process group: the app runs in one of its own, so that stopping it reaches `npm start`'s grandchild. */
  group: number;
  startTime: string;
  command: string;
}

export interface BenchRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Whether the run was stopped (its deadline passed, or `stopWhen` held) rather than ending on its own. */
  stopped: boolean;
  /** Every process seen below `bench/run-all.mjs` while it ran. */
  descendants: SeenProcess[];
  /**
   * Those still running a few seconds after run-all.mjs exited: children the bench itself left
   * behind. Every process group seen is then killed, so nothing outlives the run here in any case.
   */
  leftBehind: SeenProcess[];
}

export interface BenchRunOptions {
  env: Record<string, string>;
  /** The run is stopped at this deadline: SIGTERM to run-all.mjs's process group, then SIGKILL to every group seen `graceMs` later. */
  timeoutMs: number;
  /** Stops the run as at its deadline once the processes running below it satisfy this. */
  stopWhen?: (running: readonly SeenProcess[]) => boolean;
  graceMs?: number;
}

const POLL_MS = 100;
/** How long the children of a finished run may take to go (a server leaves once its stdin closes). */
const SETTLE_MS = 5_000;

/** `pid`'s parent and start time from /proc, or undefined when it is gone or a zombie (dead, not yet reaped). */
function readStat(pid: number): { ppid: number; group: number; startTime: string } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name, in parentheses, may hold spaces and parentheses: the fields follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
  return { ppid: Number(fields[1]), group: Number(fields[2]), startTime: fields[19]! };
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function isAlive(seen: SeenProcess): boolean {
  return readStat(seen.pid)?.startTime === seen.startTime;
}

/** Every live process whose chain of parents reaches `root`. */
function descendantsOf(root: number): SeenProcess[] {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { group: number; startTime: string }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    stats.set(pid, stat);
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  const found: SeenProcess[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push({ pid, ...stats.get(pid)!, command: commandOf(pid) });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs `node bench/run-all.mjs` as the leader of its own process group, watching the processes below
 * it. At the deadline its group is sent SIGTERM, as a Ctrl-C would be; a bench stuck in synchronous
 * work cannot take a signal, so `graceMs` later every group seen is killed, the app's own included.
 * When the run ends, however it ends, what still runs a few seconds later is reported as left behind
 * and every group seen is killed.
 */
export function runBench({ env, timeoutMs, stopWhen, graceMs = 10_000 }: BenchRunOptions): Promise<BenchRun> {
  const child = spawn(process.execPath, ['bench/run-all.mjs'], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const group = -child.pid!;
  const seen = new Map<string, SeenProcess>();
  let stdout = '';
  let stderr = '';
  let stopped = false;
  let killTimer: NodeJS.Timeout | undefined;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // The groups of processes seen and still running (checked by start time): a dead group's id may be reused.
  const killAll = () => {
    kill(group, 'SIGKILL');
    const running = [...seen.values()].filter(isAlive);
    for (const runningGroup of new Set(running.map((found) => found.group))) kill(-runningGroup, 'SIGKILL');
    for (const found of running) kill(found.pid, 'SIGKILL');
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    kill(group, 'SIGTERM');
    killTimer = setTimeout(killAll, graceMs);
  };
  const deadline = setTimeout(stop, timeoutMs);
  const watch = setInterval(() => {
    const running = descendantsOf(child.pid!);
    for (const found of running) seen.set(`${found.pid}:${found.startTime}`, found);
    if (stopWhen?.(running)) stop();
  }, POLL_MS);
  return new Promise((resolve) => {
    child.once('exit', async (code, signal) => {
      clearTimeout(deadline);
      clearTimeout(killTimer);
      clearInterval(watch);
      const descendants = [...seen.values()];
      const settleBy = Date.now() + SETTLE_MS;
      while (descendants.some(isAlive) && Date.now() < settleBy) await new Promise((r) => setTimeout(r, POLL_MS));
      const leftBehind = descendants.filter(isAlive);
      killAll();
      resolve({ code, signal, stdout, stderr, stopped, descendants, leftBehind });
    });
  });
}
