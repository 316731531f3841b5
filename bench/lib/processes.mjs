// Child processes of the bench (servers, the app) and what the bench reads about them.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { APP_NODE_FLAGS } from './app-node-flags.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const children = new Set();

/** Kills whatever is still running when the bench exits, however it exits. */
process.once('exit', () => {
  for (const child of children) signal(child, 'SIGKILL');
});
// A signal ends a process without its 'exit' event: the app, in a process group of its own, would
// outlive a bench stopped by Ctrl-C (which reaches only the terminal's group), by a timeout's SIGTERM
// or by a hang-up. Exiting on them instead runs the handler above; the server children follow on
// their own, once their stdin closes with this process.
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(name, () => process.exit(128 + constants.signals[name]));
}

/** A detached child leads its own process group: the signal goes to the whole group. */
function signal(child, name) {
  try {
    if (child.detachedGroup) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // already gone
  }
}

/** Starts `script` (a bench/lib/servers/*.mjs) and resolves with its announcement once it is ready. */
export function startServer(script, env = {}, timeoutMs = 30_000) {
  const child = spawn(process.execPath, [fileURLToPath(new URL(`servers/${script}`, import.meta.url))], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return track(child, timeoutMs, (line) => {
    try {
      const message = JSON.parse(line);
      return message.ready ? message : undefined;
    } catch {
      return undefined;
    }
  });
}

/**
 * Starts the built app (`node dist/main.js`) as production runs it and resolves once
 * GET /api/health/ready answers 200. `env` replaces the environment entirely but for PATH/HOME.
 * `cwd`: the checkout whose app it is (this one unless another is compared, see paired-cpu.mjs).
 * `onPort`: called with the app's port before it is spawned.
 */
export async function startApp(
  env,
  { timeoutMs = 60_000, command = [process.execPath, ...APP_NODE_FLAGS, 'dist/main.js'], cwd = ROOT, onPort } = {},
) {
  const port = await freePort();
  // Told before the spawn: paired-startup.mjs watches the port open on its own.
  onPort?.(port);
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Its own process group: `npm start` runs the app as a grandchild, and stop() must reach it.
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  child.detachedGroup = true;
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const handle = track(child, timeoutMs, () => undefined);
  handle.ready.catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (handle.exited) throw new Error(`the app exited before it was ready:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health/ready`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.stop();
      throw new Error(`the app was not ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { ...handle, url, readyMs: performance.now() - started, output: () => output };
}

function track(child, timeoutMs, readyFrom) {
  children.add(child);
  let exited = false;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      children.delete(child);
      resolve({ code, signal });
    });
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`child ${child.pid} was not ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const announced = readyFrom(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (announced) {
          clearTimeout(timer);
          resolve(announced);
        }
      }
    });
    exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`child ${child.pid} exited (${code ?? signal}) before it was ready`));
    });
  });
  const handle = {
    pid: child.pid,
    get exited() {
      return exited;
    },
    ready,
    exit,
    /** SIGTERM, then SIGKILL after 10 s. */
    async stop() {
      if (exited) return exit;
      signal(child, 'SIGTERM');
      const timer = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
      const result = await exit;
      clearTimeout(timer);
      return result;
    },
  };
  return handle;
}

/** The announcement of a server child, with its handle. */
export async function startReadyServer(script, env) {
  const handle = startServer(script, env);
  const details = await handle.ready;
  return { ...handle, ...details };
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident set size now and its peak (VmHWM) of a process, in MiB, from /proc. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kib('VmRSS') / 1024, peakMb: kib('VmHWM') / 1024 };
}

/** Resets the peak RSS (VmHWM) of a process to its current RSS; false where the kernel does not allow it. */
export function resetPeakMemory(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples the RSS every `intervalMs` until stopped; the sampled peak backs VmHWM where it cannot be reset. */
export function sampleMemory(pid, intervalMs = 20) {
  let peakMb = memoryOf(pid).rssMb;
  const timer = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, memoryOf(pid).rssMb);
    } catch {
      clearInterval(timer);
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      try {
        peakMb = Math.max(peakMb, memoryOf(pid).rssMb);
      } catch {
        // the process is gone
      }
      return peakMb;
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
