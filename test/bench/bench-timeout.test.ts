import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBench, type BenchRun } from './bench-run.js';

/**
 * A bench run stopped part-way (the smoke test's deadline, a Ctrl-C) takes every process it started
 * with it: the fake servers, and the app, which runs in a process group of its own.
 */
describe('a bench run stopped part-way', () => {
  let outDir: string;
  let run: BenchRun;

  beforeAll(async () => {
    if (!existsSync('dist/main.js'))
      throw new Error('dist/main.js is missing: run `npm run build` (npm test does it first)');
    outDir = mkdtempSync(path.join(os.tmpdir(), 'medchat-bench-stopped-'));
    run = await runBench({
      env: { BENCH_SMOKE: '1', BENCH_OUT_DIR: outDir },
      timeoutMs: 90_000,
      // Stopped as at a deadline once an app runs on the bench's MongoDB (a server child, like the fakes).
      stopWhen: (running) =>
        running.some((child) => child.command.includes('dist/main.js')) &&
        running.some((child) => child.command.includes('bench/lib/servers/mongo.mjs')),
    });
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('leaves no child running: the app, the fakes and the database all end with the run', () => {
    expect(run.stopped).toBe(true);
    expect(run.descendants.map((child) => child.command)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('dist/main.js'),
        expect.stringContaining('bench/lib/servers/mongo.mjs'),
        expect.stringContaining('bench/lib/servers/fake-ollama.mjs'),
      ]),
    );
    expect(run.leftBehind).toEqual([]);
    // SIGTERM is turned into an exit (128 + 15), which kills what the bench tracks.
    expect(run).toMatchObject({ code: 143, signal: null });
  });
});
