import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * The built service (`dist/main.js`) as a real child process, as `npm start` runs it: for the
 * faults that need a real process — signals, exit codes, a restart on the same database.
 */
export const MAIN = path.resolve('dist/main.js');

export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL if it is still running (afterAll safety net). */
  kill(): void;
}

export function assertBuilt(): void {
  if (!existsSync(MAIN)) throw new Error('dist/main.js is missing: run `npm run build` (npm test does it first)');
}

/** A port nothing listens on right now (the OS picks it, so parallel suites do not collide). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts dist/main.js on 127.0.0.1:`port` and resolves once /api/health/ready answers 200.
 * `wrapper` runs it under another command, e.g. a shell that sets a resource limit first.
 */
export async function startService(
  env: Record<string, string>,
  port: number,
  { readyTimeoutMs = 30_000, wrapper = [] }: { readyTimeoutMs?: number; wrapper?: string[] } = {},
): Promise<ServiceProcess> {
  const [command, ...args] = [...wrapper, process.execPath, MAIN];
  const child = spawn(command!, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const service: ServiceProcess = {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => chunks.join(''),
    exit,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  let exited = false;
  void exit.then(() => (exited = true));
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(`${service.url}/api/health/ready`)).status === 200) return service;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  service.kill();
  throw new Error(`the service did not become ready on port ${port}:\n${service.output().slice(-4000)}`);
}
