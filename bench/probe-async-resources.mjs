// What async resources one liveness probe creates in the built app and in bare Fastify (issue 17,
// framework_ratio). The request context's AsyncLocalStorage runs a hook of its own for every async
// resource the process creates (Node 20: no AsyncContextFrame), so a probe pays it once per resource,
// whoever made it: a promise of a hook written as an async function, a Timeout, a process.nextTick.
// This counts them by type and by where they were made, in one process holding the app (on the
// bench's embedded MongoDB, in a process of its own) and a bare Fastify server answering the same
// JSON; the client is a child process (4 keep-alive connections, one request at a time on each), so none of
// its resources are counted. An init hook is on only while counting; it samples every 47th resource's
// stack for the call sites.
//
//   npm run build && node bench/probe-async-resources.mjs [checkout] [seconds per server]
//
// Not part of `npm run bench`; writes nothing. Counts, not times: the count does not move with the host's load.
import { spawn } from 'node:child_process';
import { createHook } from 'node:async_hooks';
import { createRequire } from 'node:module';
import path from 'node:path';
import { signInGuest } from './lib/api-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { listenInProcess, startBenchMongo } from './lib/in-process-app.mjs';
import { ROOT } from './lib/processes.mjs';

const checkout = path.resolve(process.argv[2] ?? ROOT);
const SECONDS = Number(process.argv[3] ?? 3);
const Fastify = createRequire(path.join(checkout, 'package.json'))('fastify');

const mongo = await startBenchMongo();
const medchat = await listenInProcess(checkout, mongo.uri, 'probe-async-resources');
const bare = Fastify({ logger: false });
bare.get('/api/health/live', async () => ({ status: 'ok' }));
await bare.listen({ host: '127.0.0.1', port: 0 });
const servers = {
  app: medchat.app.getHttpAdapter().getInstance().server,
  bare: bare.server,
};

// The app builds its knowledge index after listen: wait until it is built, then until the process is quiet.
const appUrl = `http://127.0.0.1:${servers.app.address().port}`;
await knowledgeIndexBuilt(appUrl, await signInGuest(appUrl));
for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
  const before = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const used = process.cpuUsage(before);
  if (used.user + used.system < 100_000) break;
}

// A prime, so the samples do not fall on the same few of a probe's resources every time.
const SAMPLE_EVERY = 47;
let counting = null;
createHook({
  init(_asyncId, type) {
    if (counting === null) return;
    counting.types.set(type, (counting.types.get(type) ?? 0) + 1);
    counting.seen += 1;
    if (counting.seen % SAMPLE_EVERY !== 0) return;
    const trace = {};
    Error.captureStackTrace(trace);
    // The frame that asked for the resource: the first past async_hooks' and the resource's own constructors.
    const frames = trace.stack
      .split('\n')
      .slice(1)
      .map((frame) => frame.trim().replace(/^at /, ''));
    const maker = frames.find(
      (frame) =>
        !/probe-async-resources|async_hooks|emitInit|new Timeout|initAsyncResource|setUnrefTimeout|process\.nextTick/.test(
          frame,
        ),
    );
    const site = `${type} ← ${maker ?? '?'}`;
    counting.sites.set(site, (counting.sites.get(site) ?? 0) + 1);
  },
}).enable();

/** Probes `name` for SECONDS from a client process, the last SECONDS with the hook counting. */
async function census(name) {
  const server = servers[name];
  const { port } = server.address();
  const client = spawn(
    process.execPath,
    [
      '-e',
      `const request = 'GET /api/health/live HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\n\\r\\n';
       for (let connection = 0; connection < 4; connection += 1) {
         const socket = require('node:net').connect(${port}, '127.0.0.1');
         socket.setNoDelay(true);
         socket.on('connect', () => socket.write(request));
         socket.on('data', () => socket.write(request));
       }`,
    ],
    { stdio: 'inherit' },
  );
  let served = 0;
  const onRequest = () => {
    served += 1;
  };
  server.on('request', onRequest);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const from = served;
  counting = { types: new Map(), sites: new Map(), seen: 0 };
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const counted = counting;
  counting = null;
  const probes = served - from;
  server.off('request', onRequest);
  client.kill();
  return { probes, ...counted };
}

const results = {};
for (const name of Object.keys(servers)) results[name] = await census(name);

const perProbe = (count, probes) => (count / probes).toFixed(2);
const types = [...new Set(Object.values(results).flatMap((result) => [...result.types.keys()]))];
console.log(`Async resources created per liveness probe (${SECONDS} s counted on each server)\n`);
console.log(`| type | ${Object.keys(results).join(' | ')} |`);
console.log(
  `|---|${Object.keys(results)
    .map(() => '---|')
    .join('')}`,
);
for (const type of types) {
  const cells = Object.values(results).map((result) => perProbe(result.types.get(type) ?? 0, result.probes));
  console.log(`| ${type} | ${cells.join(' | ')} |`);
}
console.log(
  `| probes counted | ${Object.values(results)
    .map((result) => result.probes)
    .join(' | ')} |`,
);
for (const [name, result] of Object.entries(results)) {
  console.log(`\n${name}: where they are made (every ${SAMPLE_EVERY}th resource sampled; share of the samples)\n`);
  const sampled = [...result.sites.values()].reduce((sum, count) => sum + count, 0);
  for (const [site, count] of [...result.sites].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${((100 * count) / sampled).toFixed(0).padStart(3)} %  ${site}`);
  }
}
await bare.close();
await medchat.close();
mongo.stop();
process.exit(0);
