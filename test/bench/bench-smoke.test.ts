import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROW_ORDER as ROWS } from '../../bench/lib/rows.mjs';
import { runBench, type BenchRun } from './bench-run.js';

/**
 * `npm run bench` with tiny durations (BENCH_SMOKE=1), so the bench scripts cannot rot: every
 * row is produced and reported (the rows of bench/lib/rows.mjs, which run-all.mjs reports in
 * that order). The figures themselves are never asserted.
 */
describe('bench smoke run', () => {
  let outDir: string;
  let run: BenchRun;

  beforeAll(async () => {
    if (!existsSync('dist/main.js'))
      throw new Error('dist/main.js is missing: run `npm run build` (npm test does it first)');
    outDir = mkdtempSync(path.join(os.tmpdir(), 'medchat-bench-smoke-'));
    // Stopped before the hook's own limit, so a run that hangs is ended here, its children with it.
    run = await runBench({ env: { BENCH_SMOKE: '1', BENCH_OUT_DIR: outDir }, timeoutMs: 300_000, graceMs: 5_000 });
  }, 320_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('completes and writes report.json with every row', () => {
    if (run.code !== 0)
      throw new Error(
        `bench exited ${run.code ?? run.signal}${run.stopped ? ' (stopped at its deadline)' : ''}:\n${run.stderr.slice(-4000)}`,
      );
    expect(run.leftBehind).toEqual([]);
    const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8'));
    expect(Object.keys(report)).toEqual([...ROWS, 'meta']);
    for (const key of ROWS) {
      expect(report[key]).toEqual(
        expect.objectContaining({ what: expect.any(String), figure: expect.any(String), goal: expect.any(String) }),
      );
      // Upload is `not run` while a build has no upload endpoint; the records and knowledge rows
      // report figures without a goal; nothing else may be skipped.
      const allowed =
        key === 'upload_45mb'
          ? ['meets', 'misses', 'not run']
          : key === 'fhir_import' || key === 'knowledge_retrieval'
            ? ['report']
            : ['meets', 'misses'];
      expect(allowed).toContain(report[key].verdict);
    }
    expect(report.meta).toEqual(expect.objectContaining({ smoke: true, node: process.version }));
  });

  it('writes report.md with one row per figure: the figure, its floor, the ratio, the goal and the verdict', () => {
    const markdown = readFileSync(path.join(outDir, 'report.md'), 'utf8');
    expect(markdown).toContain('| key | what | figure | floor | ratio | goal | verdict |');
    for (const key of ROWS)
      expect(markdown).toMatch(new RegExp(`^\\| \`${key}\` \\|.*\\| (meets|misses|report|not run[^|]*) \\|$`, 'm'));
    expect(run.stdout).toContain('| key | what | figure | floor | ratio | goal | verdict |');
  });
});
