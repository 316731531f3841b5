// `npm run bench`: every benchmark in one process tree on this machine, then bench/report.md
// (a table a person reads) and bench/report.json (the same figures). See bench/README.md.
//
//   npm run bench                        all rows, writes bench/report.{md,json}
//   npm run bench -- chat_overhead_ms    only the pieces of the named rows; prints, writes nothing
//   BENCH_SMOKE=1                        tiny durations (the smoke test), figures mean nothing
//   BENCH_OUT_DIR=<dir>                  where the report files go (default bench/)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from './lib/context.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { ROW_ORDER } from './lib/rows.mjs';
import { round } from './lib/stats.mjs';

export { ROW_ORDER };

const PIECES = [
  'startup.mjs',
  'http-throughput.mjs',
  'chat-overhead.mjs',
  'sse-ttft.mjs',
  'upload.mjs',
  'concurrent-streams.mjs',
  'fhir-import.mjs',
  'triage.mjs',
  'login-burst.mjs',
  'llm-rush.mjs',
  'knowledge-retrieval.mjs',
  'records-scale.mjs',
];

const smoke = process.env.BENCH_SMOKE === '1';
const requested = process.argv.slice(2).map((name) => name.replace(/^--/, ''));
const unknown = requested.filter((name) => !ROW_ORDER.includes(name) && !ROW_ORDER.includes(`${name}_ms`));
if (unknown.length > 0) {
  process.stderr.write(`Unknown benchmark ${unknown.join(', ')}; choose from ${ROW_ORDER.join(', ')}\n`);
  process.exit(2);
}
const wanted = new Set(requested.map((name) => (ROW_ORDER.includes(name) ? name : `${name}_ms`)));
const outDir =
  process.env.BENCH_OUT_DIR ?? (wanted.size === 0 ? fileURLToPath(new URL('.', import.meta.url)) : undefined);

const log = (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const context = createContext({ smoke, log });
const started = performance.now();
const report = {};
let failed = false;
try {
  for (const file of PIECES) {
    const piece = await import(new URL(file, import.meta.url).href);
    if (wanted.size > 0 && !piece.rows.some((key) => wanted.has(key))) continue;
    log(`${file}: ${piece.rows.join(', ')}`);
    const pieceStarted = performance.now();
    try {
      Object.assign(report, await piece.run(context));
    } catch (error) {
      failed = true;
      log(`${file} failed: ${error.stack ?? error}`);
      for (const key of piece.rows)
        report[key] = {
          what: key,
          figure: '—',
          floor: '—',
          ratio: null,
          goal: '—',
          verdict: 'failed',
          reason: String(error.message ?? error).split('\n')[0],
        };
    }
    log(`${file} took ${Math.round((performance.now() - pieceStarted) / 1000)} s`);
    // An app whose memory a later piece measures must not carry this piece's load.
    if (file === 'concurrent-streams.mjs') await context.stop('app:streams');
  }
} finally {
  await context.close();
}

report.meta = {
  generated_at: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
  node: process.version,
  smoke,
  duration_s: round((performance.now() - started) / 1000, 1),
};
const ordered = Object.fromEntries([
  ...ROW_ORDER.filter((key) => key in report).map((key) => [key, report[key]]),
  ['meta', report.meta],
]);
const markdown = renderMarkdown(ordered, ROW_ORDER);
process.stdout.write(`${markdown}\n`);
if (outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'report.md'), markdown);
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(ordered, null, 2)}\n`);
  log(`wrote ${path.join(outDir, 'report.md')} and report.json`);
}
process.exit(failed ? 1 : 0);
