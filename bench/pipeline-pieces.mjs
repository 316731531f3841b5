// Where a liveness probe's CPU goes beyond bare Fastify, piece by piece (issue 17, framework_ratio).
// One process holds the built app (createApp from a checkout's dist/, on the bench's embedded MongoDB
// in a process of its own), a bare Fastify server answering as the floor does, and one bare server
// per piece of the app's request pipeline with that piece alone added (the app's own hook code from
// dist/ where it is a function of its own). An in-process client (4 keep-alive connections, one
// request at a time on each) drives one server at a time in blocks; each server's block is paired
// with a block of the bare server just before or after it (the order swapped every round), and the
// process CPU per request of the two is subtracted. Every server shares the process, its heap and the
// host's load, so the pair's difference is the piece's cost; the client costs both sides alike.
// The request context's AsyncLocalStorage turns async hooks on for the whole process: they are
// turned off (its disable()) before a block of any server without it, and the app's first request
// of its block turns them on again.
//
//   npm run build && node --max-semi-space-size=16 --min-semi-space-size=16 bench/pipeline-pieces.mjs [checkout] [rounds] [requests per block]
//
// Not part of `npm run bench`; writes nothing. The pieces overlap: the first onResponse hook (or a
// logger) makes Fastify listen for each response's end, the first onSend hook adds a hook runner,
// and each `+piece` pays those alone, so the pieces add up to more than `+all (chained)`.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import path from 'node:path';
import { listenInProcess, startBenchMongo } from './lib/in-process-app.mjs';
import { ROOT } from './lib/processes.mjs';
import { median, percentile } from './lib/stats.mjs';

const checkout = path.resolve(process.argv[2] ?? ROOT);
const ROUNDS = Number(process.argv[3] ?? 8);
const PER_BLOCK = Number(process.argv[4] ?? 3000);
const requireFromCheckout = createRequire(path.join(checkout, 'package.json'));
const Fastify = requireFromCheckout('fastify');
const { LogController } = Fastify;
const { FastifyAdapter } = requireFromCheckout('@nestjs/platform-fastify');
const dist = (file) => import(path.join(checkout, 'dist', file));

// Every AsyncLocalStorage that runs, so that the servers without one can be measured without async hooks.
const stores = new Set();
for (const method of ['run', 'enterWith']) {
  const original = AsyncLocalStorage.prototype[method];
  AsyncLocalStorage.prototype[method] = function (...args) {
    stores.add(this);
    return original.apply(this, args);
  };
}

const mongo = await startBenchMongo();

const { addSecurityHeaderHooks } = await dist('bootstrap/security.js');
const { registerCors } = await dist('bootstrap/cors.js');
const { HookChainingFastifyAdapter } = await dist('bootstrap/hook-chaining-fastify-adapter.js');
const { unversionedUrl } = await dist('bootstrap/api-version.js');
const { RequestContext } = await dist('common/request-context/request-context.js');
const { resolveRequestId, REQUEST_ID_HEADER } = await dist('common/request-context/request-id.js');
const { registerJsonDepthLimit } = await dist('common/http/json-depth-limit.js');
const { registerPrototypeQueryKeyGuard } = await dist('common/http/prototype-query-keys.js');
const { chainRootHooks } = await dist('common/http/root-hook-chains.js');
const { createRootLogger } = await dist('common/logging/root-logger.js');
const { MetricsRecorder } = await dist('metrics/metrics-recorder.js');

// As the bench runs the app (from its checkout: it reads its data/ relative to it), but with keep-alive
// connections that outlive the other servers' blocks (a timer's length does not change its cost).
const medchat = await listenInProcess(checkout, mongo.uri, 'pipeline-pieces', { KEEP_ALIVE_TIMEOUT_MS: '600000' });

const LIVE_BODY = JSON.stringify({ status: 'ok' });
const metrics = new MetricsRecorder();
const logger = createRootLogger({ level: 'warn' });

/** The app's pieces; each is added alone to a bare server, and all but the alternatives together. */
const PIECES = {
  handler: {
    what: "the probe's handler (its JSON text, reply.type) instead of the floor's async object",
    ownHandler: true,
  },
  requestId: {
    what: 'genReqId: X-Request-ID reused or randomUUID',
    options: { genReqId: (request) => resolveRequestId(request.headers[REQUEST_ID_HEADER]) },
  },
  rewriteUrl: {
    what: 'rewriteUrl: /api/v1 to /api',
    options: { rewriteUrl: (request) => unversionedUrl(request.url ?? '/') },
  },
  timeouts: {
    what: "the app's server timeouts (connectionTimeout, keep-alive, request and header deadlines)",
    options: {
      requestTimeout: 120_000,
      keepAliveTimeout: 600_000,
      connectionTimeout: 120_000,
      http: { requestTimeout: 120_000, headersTimeout: 60_000, connectionsCheckingInterval: 30_000 },
      return503OnClosing: true,
      forceCloseConnections: 'idle',
    },
  },
  logger: {
    what: 'the pino root logger at warn, its child answering itself, request logging off',
    options: { loggerInstance: logger, logController: new LogController({ disableRequestLogging: true }) },
    setUp: (fastify) =>
      Object.defineProperty(fastify.log, 'child', { value: () => fastify.log, configurable: true, writable: true }),
  },
  context: {
    what: 'the request context (AsyncLocalStorage run per request)',
    usesContext: true,
    hooks: (fastify) =>
      fastify.addHook('onRequest', (request, _reply, done) =>
        RequestContext.run({ requestId: String(request.id) }, done),
      ),
  },
  idHeaders: {
    what: 'X-Request-ID and X-Process-Time (onSend)',
    hooks: (fastify) =>
      fastify.addHook('onSend', (request, reply, payload, done) => {
        reply.header('x-request-id', String(request.id));
        reply.header('x-process-time', (reply.elapsedTime / 1000).toFixed(3));
        done(null, payload);
      }),
  },
  accessLog: {
    what: 'the access-log hook (onResponse; writes nothing for a 2xx at warn)',
    hooks: (fastify) =>
      fastify.addHook('onResponse', (_request, reply, done) => {
        const status = reply.statusCode;
        const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
        if (!logger.isLevelEnabled(level)) return done();
        done();
      }),
  },
  security: {
    what: 'security headers and Cache-Control (onRequest), the document-only test (onSend)',
    hooks: (fastify) => addSecurityHeaderHooks(fastify),
  },
  cors: {
    what: 'the CORS hook (Vary: Origin) and OPTIONS *',
    hooks: (fastify) => registerCors(fastify, ['http://localhost:3000']),
  },
  metrics: {
    what: 'the request-duration metric (onResponse)',
    hooks: (fastify) =>
      fastify.addHook('onResponse', (request, reply, done) => {
        metrics.observeHttpRequest(
          request.method,
          request.routeOptions.url ?? 'unmatched',
          reply.statusCode,
          reply.elapsedTime / 1000,
        );
        done();
      }),
  },
  preValidation: {
    what: 'the JSON depth and query prototype-key checks (preValidation)',
    hooks: (fastify) => {
      registerJsonDepthLimit(fastify);
      registerPrototypeQueryKeyGuard(fastify);
    },
  },
  nestAdapter: {
    what: "Nest's FastifyAdapter (its six onRequest hooks and one onResponse hook)",
    alternative: true,
    instance: (options) => new FastifyAdapter({ ...options, skipMiddie: true }).getInstance(),
  },
  nestAdapterChained: {
    what: 'the same, its hooks chained (HookChainingFastifyAdapter)',
    alternative: true,
    instance: (options) => new HookChainingFastifyAdapter({ ...options, skipMiddie: true }).getInstance(),
  },
};

async function serverWith(names, { chained = false } = {}) {
  const pieces = names.map((name) => PIECES[name]);
  const options = Object.assign({ logger: false }, ...pieces.map((piece) => piece.options ?? {}));
  if (options.loggerInstance) delete options.logger;
  const made = pieces.find((piece) => piece.instance);
  const fastify = made ? made.instance(options) : Fastify(options);
  if (chained) chainRootHooks(fastify);
  for (const piece of pieces) piece.setUp?.(fastify);
  for (const piece of pieces) piece.hooks?.(fastify);
  if (pieces.some((piece) => piece.ownHandler)) {
    fastify.get('/api/health/live', (_request, reply) => {
      void reply.type('application/json; charset=utf-8').send(LIVE_BODY);
    });
  } else {
    fastify.get('/api/health/live', async () => ({ status: 'ok' }));
  }
  await fastify.listen({ host: '127.0.0.1', port: 0 });
  return { port: fastify.server.address().port, usesContext: pieces.some((piece) => piece.usesContext) };
}

const servers = {
  bare: await serverWith([]),
  app: { port: medchat.app.getHttpAdapter().getInstance().server.address().port, usesContext: true },
};
for (const name of Object.keys(PIECES)) servers[`+${name}`] = await serverWith([name]);
const together = Object.keys(PIECES).filter((name) => !PIECES[name].alternative);
servers['+all (chained)'] = await serverWith(together, { chained: true });

const REQUEST = Buffer.from('GET /api/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
const ANSWERED = '{"status":"ok"}';

function clientOf(port, connections = 4) {
  let onAnswer = () => undefined;
  const sockets = Array.from({ length: connections }, () => {
    const socket = connect(port, '127.0.0.1');
    socket.setNoDelay(true);
    let tail = '';
    socket.on('data', (chunk) => {
      const text = tail + chunk.toString('latin1');
      let from = 0;
      for (let at = text.indexOf(ANSWERED); at >= 0; at = text.indexOf(ANSWERED, from)) {
        from = at + ANSWERED.length;
        onAnswer(socket);
      }
      tail = text.slice(Math.max(from, text.length - ANSWERED.length + 1));
    });
    return socket;
  });
  return {
    ready: Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('connect', resolve)))),
    block: (count) =>
      new Promise((resolve) => {
        let sent = sockets.length;
        let answered = 0;
        onAnswer = (socket) => {
          answered += 1;
          if (sent < count) {
            sent += 1;
            socket.write(REQUEST);
          } else if (answered === count) resolve();
        };
        for (const socket of sockets) socket.write(REQUEST);
      }),
  };
}

const clients = {};
for (const [name, server] of Object.entries(servers)) {
  clients[name] = clientOf(server.port);
  await clients[name].ready;
}

/** Process CPU µs per request over a block of `name`. */
async function block(name) {
  if (!servers[name].usesContext) for (const store of stores) store.disable();
  await clients[name].block(200);
  const before = process.cpuUsage();
  await clients[name].block(PER_BLOCK);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / PER_BLOCK;
}

// The app builds its knowledge index after listen: wait until the process is quiet, then warm every server.
for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
  const before = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const used = process.cpuUsage(before);
  if (used.user + used.system < 100_000) break;
}
for (const name of Object.keys(servers)) for (let warm = 0; warm < 3; warm += 1) await block(name);

const names = Object.keys(servers).filter((name) => name !== 'bare');
const alone = Object.fromEntries([['bare', []], ...names.map((name) => [name, []])]);
const added = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const name of round % 2 ? [...names].reverse() : names) {
    const pair = round % 2 ? [name, 'bare'] : ['bare', name];
    const reading = {};
    for (const side of pair) reading[side] = await block(side);
    alone[name].push(reading[name]);
    alone.bare.push(reading.bare);
    added[name].push(reading[name] - reading.bare);
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
}

const fixed = (value) => value.toFixed(1);
console.log(
  `${ROUNDS} rounds, ${PER_BLOCK} requests a block: process CPU µs per request (the in-process client included, alike in all)\n`,
);
console.log('| server | µs per request | added to bare, paired: median (IQR) | what |');
console.log('|---|---|---|---|');
console.log(`| bare | ${fixed(median(alone.bare))} | — | the floor: bare Fastify, async handler |`);
for (const name of names) {
  const differences = added[name];
  console.log(
    `| ${name} | ${fixed(median(alone[name]))} | ${fixed(median(differences))} (${fixed(percentile(differences, 0.25))} … ${fixed(percentile(differences, 0.75))}) | ${PIECES[name.slice(1)]?.what ?? (name === 'app' ? 'the app (createApp)' : 'every piece above but the adapters, its hooks chained')} |`,
  );
}
await medchat.close();
mongo.stop();
process.exit(0);
