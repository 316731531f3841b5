// startup_ms: from `npm start` (which rebuilds dist/ only when src/ changed since the last build)
// to GET /api/health/ready answering 200, with no MONGODB_URI, so the app starts its embedded
// MongoDB as a developer's machine does.
// The median of three starts; `node dist/main.js` alone (no build) and a bare Fastify process
// started the same way are measured beside it. A smoke run starts only `node dist/main.js`:
// `npm start` may rebuild dist/, which other processes (a test run) may be using.
import { APP_NODE_FLAGS } from './lib/app-node-flags.mjs';
import { startApp, startReadyServer } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';
import { median, round } from './lib/stats.mjs';

export const rows = ['startup_ms'];

export async function run(context) {
  const starts = context.smoke ? 1 : 3;
  const env = { EMBEDDED_MONGOD_TIMEOUT_MS: '4000' };
  const timed = async (command) => {
    const app = await startApp(env, { command, timeoutMs: 120_000 });
    const readyMs = app.readyMs;
    const engine = /in-process wire-protocol server|real mongod/.exec(app.output())?.[0] ?? 'embedded';
    await app.stop();
    return { readyMs, engine };
  };
  const npmStart = [];
  const nodeStart = [];
  const floorStart = [];
  let engine = 'embedded';
  for (let i = 0; i < starts; i += 1) {
    if (!context.smoke) npmStart.push((await timed(['npm', 'start', '--silent'])).readyMs);
    const node = await timed([process.execPath, ...APP_NODE_FLAGS, 'dist/main.js']);
    nodeStart.push(node.readyMs);
    engine = node.engine;
    const started = performance.now();
    const bare = await startReadyServer('bare-fastify.mjs');
    floorStart.push(performance.now() - started);
    await bare.stop();
  }
  const figure = context.smoke ? median(nodeStart) : median(npmStart);
  const floor = median(floorStart);
  context.log(
    `start to ready: npm start ${npmStart.map((v) => Math.round(v)).join('/')} ms, node dist/main.js ${nodeStart.map((v) => Math.round(v)).join('/')} ms, bare Fastify ${Math.round(floor)} ms`,
  );
  return {
    startup_ms: row({
      what: `${context.smoke ? '`node dist/main.js`' : '`npm start` (build only when stale)'} to ready, embedded MongoDB (median of ${starts})`,
      figure: `${ms(figure)}${context.smoke ? '' : ` (of which \`node dist/main.js\` ${ms(median(nodeStart))})`}`,
      floor: `${ms(floor)} bare Fastify process`,
      ratio: figure / floor,
      goal: '≤ 5,000 ms',
      meets: figure <= 5000,
      data: {
        value: round(figure),
        npm_start_ms: npmStart.map((value) => round(value)),
        node_dist_main_ms: nodeStart.map((value) => round(value)),
        bare_fastify_ms: floorStart.map((value) => round(value)),
        embedded_engine: engine,
      },
    }),
  };
}
