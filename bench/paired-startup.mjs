// Paired A/B of start-up time: this checkout's built app against another checkout's, started
// alternately in fresh processes exactly as startup_ms starts `node dist/main.js` (the production
// Node flags, no MONGODB_URI: the embedded MongoDB, EMBEDDED_MONGOD_TIMEOUT_MS=4000). On the
// shared 2-core machine one start moves by seconds with the host's load, so two sets of starts
// taken minutes apart cannot tell a change of a few hundred ms; starts alternated in pairs meet
// the same load, and the ratio of each pair reads the change.
//
//   npm run build && (cd ../base && npm run build)   # both checkouts' dist/
//   node bench/paired-startup.mjs ../base            # prints a report; writes nothing
//
// Per start: the time from spawn to the port accepting a connection (listening) and to
// `GET /api/health/ready` answering 200 (what startup_ms reads), polled every 10 ms as startup_ms
// polls, and the app process's CPU time (user + system, all its threads) when ready answered.
// Figures: the medians and ranges of each side, and the median and range of the per-pair
// ratios (this checkout ÷ baseline) of the ready time and of the CPU time at ready. Same code on both sides reads a ratio of 1
// within the range it prints: that range is the noise. PAIRED_STARTS (7) pairs, the order of the
// two swapped every pair.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { APP_NODE_FLAGS } from './lib/app-node-flags.mjs';
import { cpuSecondsOf, startApp, ROOT } from './lib/processes.mjs';
import { median, round } from './lib/stats.mjs';

const STARTS = Number(process.env.PAIRED_STARTS ?? 7);
const log = (line) => process.stderr.write(`[paired-startup ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const baselineRoot = process.argv[2] && path.resolve(process.argv[2]);
if (!baselineRoot || !existsSync(path.join(baselineRoot, 'dist/main.js'))) {
  process.stderr.write('usage: node bench/paired-startup.mjs <another checkout, with its dist/ built>\n');
  process.exit(2);
}

/** Resolves with the ms from `started` to the first accepted connection on `port`. */
async function listeningAfter(port, started, signal) {
  for (;;) {
    if (signal.aborted) return Number.NaN;
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * PAIRED_BASELINE_NODE_FLAGS (space-separated) replaces the production Node flags of the
 * baseline's starts only, to read a change of the flags themselves (both sides otherwise get this
 * checkout's bench/lib/app-node-flags.mjs). A checkout from before session 50 started its app with
 * --enable-source-maps as well: add it there to compare with it as it ran.
 */
const baselineFlags =
  process.env.PAIRED_BASELINE_NODE_FLAGS === undefined
    ? APP_NODE_FLAGS
    : process.env.PAIRED_BASELINE_NODE_FLAGS.split(' ').filter(Boolean);

async function oneStart(cwd) {
  // startApp picks the port and polls readiness; it tells the port before the spawn, and the
  // port is watched for the first accepted connection alongside.
  const stopWatch = new AbortController();
  let watch = Promise.resolve(Number.NaN);
  const app = await startApp(
    { EMBEDDED_MONGOD_TIMEOUT_MS: '4000' },
    {
      cwd,
      timeoutMs: 120_000,
      command: [process.execPath, ...(cwd === ROOT ? APP_NODE_FLAGS : baselineFlags), 'dist/main.js'],
      onPort: (port) => (watch = listeningAfter(port, performance.now(), stopWatch.signal)),
    },
  );
  // The process's CPU time (user + system, all its threads) when ready answered: a start is
  // CPU-bound (a profile of one is ~95 % busy), so it moves far less with the host's load than
  // the wall time does.
  const cpuMs = cpuSecondsOf(app.pid) * 1000;
  stopWatch.abort();
  const listeningMs = await watch;
  await app.stop();
  return { readyMs: app.readyMs, listeningMs, cpuMs };
}

const sides = { branch: [], base: [] };
const ratios = [];
const cpuRatios = [];
log(
  `${STARTS} pairs: ${ROOT} against ${baselineRoot}; load average ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
for (let i = 0; i < STARTS; i += 1) {
  const order = i % 2 === 0 ? ['branch', 'base'] : ['base', 'branch'];
  const pair = {};
  for (const side of order) pair[side] = await oneStart(side === 'branch' ? ROOT : baselineRoot);
  sides.branch.push(pair.branch);
  sides.base.push(pair.base);
  ratios.push(pair.branch.readyMs / pair.base.readyMs);
  cpuRatios.push(pair.branch.cpuMs / pair.base.cpuMs);
  log(
    `pair ${i + 1}: branch ready ${Math.round(pair.branch.readyMs)} (listening ${Math.round(pair.branch.listeningMs)}, CPU ${Math.round(pair.branch.cpuMs)}), ` +
      `base ready ${Math.round(pair.base.readyMs)} (listening ${Math.round(pair.base.listeningMs)}, CPU ${Math.round(pair.base.cpuMs)}) ms, ` +
      `ratio ${round(ratios.at(-1), 3)}, CPU ratio ${round(cpuRatios.at(-1), 3)}`,
  );
}
const spread = (values) =>
  `${Math.round(median(values))} ms (${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))})`;
for (const side of ['branch', 'base'])
  console.log(
    `${side.padEnd(6)} ready ${spread(sides[side].map((s) => s.readyMs))}, listening ${spread(sides[side].map((s) => s.listeningMs))}, process CPU at ready ${spread(sides[side].map((s) => s.cpuMs))}`,
  );
console.log(
  `CPU-at-ready ratio branch/base: median ${round(median(cpuRatios), 3)} (range ${round(Math.min(...cpuRatios), 3)}-${round(Math.max(...cpuRatios), 3)})`,
);
console.log(
  `ready ratio branch/base: median ${round(median(ratios), 3)} (range ${round(Math.min(...ratios), 3)}-${round(Math.max(...ratios), 3)}); load average after ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
process.exit(0);
