import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { assertBuilt, freePort, MAIN, startService } from '../support/service-process.js';

/**
 * Runs the built service as a real process, as `npm start` does: start-up refusals, embedded
 * MongoDB start, readiness, and a clean SIGTERM. `npm test` builds dist/ before Jest runs.
 */
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

beforeAll(assertBuilt);

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
  // A readiness wait, not a speed assertion: start-up takes ~3 s alone but far longer on a CI host
  // busy with two Jest workers. The OS picks the port (a random one once collided with a parallel
  // suite's), and a service that exits early fails at once with its own output.
  it('serves liveness on the embedded MongoDB without any configuration and exits 0 on SIGTERM', async () => {
    const service = await startService(
      { NODE_ENV: 'development', LOG_LEVEL: 'info', EMBEDDED_MONGOD_TIMEOUT_MS: '3000' },
      await freePort(),
      { readyTimeoutMs: 90_000 },
    );
    try {
      expect((await fetch(`${service.url}/api/health/live`)).status).toBe(200);
      expect(service.output()).toMatch(/Embedded MongoDB: started (a real mongod|the in-process wire-protocol server)/);
      expect(service.output()).toMatch(/JWT_SECRET is not set: generated a random secret/);

      // The service exits 1 itself if shutdown exceeds SHUTDOWN_TIMEOUT_MS (10 s), so 0 means in time.
      service.child.kill('SIGTERM');
      const { code } = await service.exit;
      expect(code).toBe(0);
      expect(service.output()).toContain('Shutdown complete');
    } finally {
      service.kill();
    }
  }, 150_000);
});
