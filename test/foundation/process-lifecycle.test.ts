import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs the built service as a real process, as `npm start` does: start-up refusals, embedded
 * MongoDB start, readiness, and a clean SIGTERM. `npm test` builds dist/ before Jest runs.
 */
const MAIN = path.resolve('dist/main.js');

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: string[];
  stderr: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runService(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const run: Run = {
    child,
    stdout: [],
    stderr: [],
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout.on('data', (chunk: Buffer) => run.stdout.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => run.stderr.push(chunk.toString()));
  return run;
}

async function waitForLive(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('dist/main.js is missing: run `npm run build` (npm test does it first)');
});

describe('production start-up refusals', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(48),
    MONGODB_URI: 'mongodb://127.0.0.1:1/medchat',
  };

  it.each([
    ['MONGODB_URI', { ...production, MONGODB_URI: '' }],
    ['JWT_SECRET', { ...production, JWT_SECRET: 'too-short-secret' }],
    ['JWT_SECRET', { ...production, JWT_SECRET: '' }],
    ['PORT', { ...production, PORT: 'eighty' }],
    ['LOG_LEVEL', { ...production, LOG_LEVEL: 'loud' }],
    ['RATE_LIMIT_PER_MINUTE', { ...production, RATE_LIMIT_PER_MINUTE: '0' }],
  ])('refuses to start naming %s', async (variable, env) => {
    const run = runService(env);
    const { code } = await run.exit;
    expect(code).toBe(78);
    const problems = run.stderr
      .join('')
      .split('\n')
      .filter((line) => line.trim().startsWith('- '));
    expect(problems.some((line) => line.includes(variable))).toBe(true);
  });
});

describe('development start-up and graceful shutdown', () => {
  it('serves liveness on the embedded MongoDB without any configuration and exits 0 on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const run = runService({
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      EMBEDDED_MONGOD_TIMEOUT_MS: '3000',
    });
    try {
      expect(await waitForLive(`http://127.0.0.1:${port}/api/health/live`, 30_000)).toBe(true);
      const ready = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
      expect(ready.status).toBe(200);
      const output = run.stdout.join('');
      expect(output).toMatch(/Embedded MongoDB: started (a real mongod|the in-process wire-protocol server)/);
      expect(output).toMatch(/JWT_SECRET is not set: generated a random secret/);

      // The service exits 1 itself if shutdown exceeds SHUTDOWN_TIMEOUT_MS (10 s), so 0 means in time.
      run.child.kill('SIGTERM');
      const { code } = await run.exit;
      expect(code).toBe(0);
      expect(run.stdout.join('')).toContain('Shutdown complete');
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  });
});
