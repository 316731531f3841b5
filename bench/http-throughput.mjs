// framework_ratio and auth_read: the app against a bare Fastify server answering the same JSON,
// under the same autocannon load.
//
// framework_ratio is read in ROUNDS, each on a freshly started bare Fastify and a freshly started
// app (an instance carries a bias of its own, about ±10 % between two instances of the same
// code), and within a round in SLICES alternated between the two, the order swapped every slice,
// so a drift of the shared machine hits both alike. Two ratios per round:
// - CPU: the bare server's process CPU per request ÷ the app's. It does not depend on what capped
//   the load: autocannon runs in this process on the same 2 cores, costs about as much CPU per
//   request as bare Fastify does, and when the host gives the two of them one core between them
//   the floor halves (21,689 against 42,273 req/s within five minutes, session 40) while each
//   request still costs the servers what it did. It is the req/s ratio the two would reach with a
//   core each to themselves. The verdict reads it.
// - req/s: the app's requests per second ÷ the bare server's, what this row reported until
//   session 41, kept beside. It reads the CPU ratio only when the server is what capped the load;
//   when autocannon or the host did, the cost autocannon adds to both sides pulls it towards 1.
// Each slice also says what capped it: the server (its process near a whole core), autocannon
// (this process near a whole core) or the host (neither: they waited for a core the machine's
// other load or each other held). The row gives the median of the rounds and their range.
import os from 'node:os';
import { signInGuest, sendMessage } from './lib/api-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { load } from './lib/load.mjs';
import { cpuSecondsOf, startReadyServer } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';
import { median, round } from './lib/stats.mjs';

export const rows = ['framework_ratio', 'auth_read'];

const CONNECTIONS = 32;
const HISTORY_TURNS = 20;
/** The goal: a thin NestJS-on-Fastify pipeline reaches well over half of bare Fastify; 40 decryptions are microseconds. */
const GOAL = { frameworkRatio: 0.5, historyCpuMsPerRequest: 1.5 };
/** A process using at least this share of one core over a slice is what capped it. */
const SATURATED_CORE_SHARE = 0.85;

export async function run(context) {
  const smoke = context.smoke;
  const plan = {
    rounds: smoke ? 1 : 5,
    // Short slices, many of them: a burst of the host's other load lands on both sides.
    slices: smoke ? 1 : 6,
    slice_s: smoke ? 0.3 : 1,
    warm_s: smoke ? 0.2 : 2,
    connections: CONNECTIONS,
  };
  // The host's load average (all its processes, the other users of the machine included) beside the figures.
  const loadBefore = os.loadavg()[0];
  const probeRounds = [];
  for (let index = 0; index < plan.rounds; index += 1) {
    probeRounds.push(await probeRound(context, index, plan));
    const last = probeRounds.at(-1);
    context.log(
      `round ${index + 1}/${plan.rounds}: CPU ratio ${round(last.cpuRatio, 3)} (bare ${round(last.bare.cpuUsPerRequest, 1)} µs, ` +
        `app ${round(last.app.cpuUsPerRequest, 1)} µs per request), req/s ratio ${round(last.rpsRatio, 3)} ` +
        `(bare ${Math.round(last.bare.rps)}, app ${Math.round(last.app.rps)}); cores used, server + autocannon: ` +
        `bare ${round(last.bare.serverCores, 2)} + ${round(last.bare.loaderCores, 2)}, app ${round(last.app.serverCores, 2)} + ${round(last.app.loaderCores, 2)}; ` +
        `capped by: bare ${describeCaps(last.bare.caps)}, app ${describeCaps(last.app.caps)}`,
    );
  }
  const loadAfter = os.loadavg()[0];
  const floorRps = median(probeRounds.map((r) => r.bare.rps));
  const history = await historyReads(context);

  const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
  const cpuRatio = spread(probeRounds.map((r) => r.cpuRatio));
  const rpsRatio = spread(probeRounds.map((r) => r.rpsRatio));
  const bareCpuUs = median(probeRounds.map((r) => r.bare.cpuUsPerRequest));
  const appCpuUs = median(probeRounds.map((r) => r.app.cpuUsPerRequest));
  const appRps = median(probeRounds.map((r) => r.app.rps));
  const caps = {
    bare: countCaps(probeRounds.flatMap((r) => r.bare.caps)),
    app: countCaps(probeRounds.flatMap((r) => r.app.caps)),
  };
  const live = lost(probeRounds.map((r) => r.app));
  const range = ({ min, max }) => `${round(min, 3)}–${round(max, 3)}`;

  return {
    framework_ratio: row({
      what:
        '`GET /api/health/live` against bare Fastify answering the same JSON: process CPU per request, bare ÷ app ' +
        '(the req/s ratio with a core each); beside it req/s app ÷ bare, the figure before session 41. ' +
        `Median of ${plan.rounds} rounds on fresh processes, ${plan.slices} alternated ${plan.slice_s} s slices each`,
      figure:
        `app CPU ${round(appCpuUs / 1000, 4)} ms/request, CPU ratio ${round(cpuRatio.median, 3)} (rounds ${range(cpuRatio)}); ` +
        `${Math.round(appRps)} req/s, req/s ratio ${round(rpsRatio.median, 3)} (rounds ${range(rpsRatio)}); ` +
        `capped by: bare ${describeCaps(caps.bare)}, app ${describeCaps(caps.app)}; ` +
        `host load ${round(loadBefore, 1)} → ${round(loadAfter, 1)}; failures ${live.failures}${droppedNote(live)}`,
      floor: `bare CPU ${round(bareCpuUs / 1000, 4)} ms/request, ${Math.round(floorRps)} req/s`,
      ratio: cpuRatio.median,
      goal: `CPU ratio ≥ ${GOAL.frameworkRatio}`,
      meets: cpuRatio.median >= GOAL.frameworkRatio && live.failures === 0,
      data: {
        value: round(cpuRatio.median, 3),
        cpu_ratio: { median: round(cpuRatio.median, 3), min: round(cpuRatio.min, 3), max: round(cpuRatio.max, 3) },
        rps_ratio: { median: round(rpsRatio.median, 3), min: round(rpsRatio.min, 3), max: round(rpsRatio.max, 3) },
        app_rps: round(appRps, 1),
        floor_rps: round(floorRps, 1),
        app_cpu_ms_per_request: round(appCpuUs / 1000, 4),
        floor_cpu_ms_per_request: round(bareCpuUs / 1000, 4),
        capped_by: caps,
        host_load_average: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
        app_p99_ms: Math.max(...probeRounds.map((r) => r.app.p99_ms)),
        failures: live.failures,
        resets: live.resets,
        closed: live.closed,
        rounds: probeRounds.map((r) => ({
          cpu_ratio: round(r.cpuRatio, 3),
          rps_ratio: round(r.rpsRatio, 3),
          bare: summariseSide(r.bare),
          app: summariseSide(r.app),
        })),
        load: plan,
      },
    }),
    auth_read: row({
      what: `\`GET /api/chat/history?limit=20\` (${HISTORY_TURNS}-turn session, guest token): req/s, p99`,
      figure:
        `${Math.round(history.rps)} req/s, p99 ${ms(history.p99)} (app CPU ${history.cpuMsPerRequest} ms/request); ` +
        `failures ${history.failures}${droppedNote(history)}`,
      floor: `${Math.round(floorRps)} req/s`,
      ratio: history.rps / floorRps,
      goal: `app CPU ≤ ${GOAL.historyCpuMsPerRequest} ms/request`,
      meets: history.cpuMsPerRequest <= GOAL.historyCpuMsPerRequest && history.failures === 0,
      data: {
        rps: round(history.rps, 1),
        p99_ms: history.p99,
        ratio: round(history.rps / floorRps, 3),
        floor_rps: round(floorRps, 1),
        app_cpu_ms_per_request: history.cpuMsPerRequest,
        failures: history.failures,
        resets: history.resets,
        closed: history.closed,
        load: { connections: CONNECTIONS, duration_s: history.durationS, rounds: history.rounds },
      },
    }),
  };
}

/** One round of framework_ratio: a fresh bare server and a fresh app, warmed, then alternated slices. */
async function probeRound(context, index, plan) {
  const appName = `probe-${index}`;
  // The bare server is not one of the context's processes: start it first and stop it in `finally`
  // even when the app fails to start, or it outlives the bench.
  const bare = await startReadyServer('bare-fastify.mjs');
  let app;
  try {
    app = await context.app(appName);
    // The app builds its knowledge index in the background after it listens (seconds of CPU):
    // the probe is measured on a started instance, not one still loading.
    if (!context.smoke) await knowledgeIndexBuilt(app.url, await signInGuest(app.url));
    const sides = {
      bare: { pid: bare.pid, url: `${bare.url}/api/health/live` },
      app: { pid: app.pid, url: `${app.url}/api/health/live` },
    };
    const slices = { bare: [], app: [] };
    // Both warmed alike (V8 optimises the request path), the order swapped every round.
    const firstOrder = index % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
    for (const name of firstOrder)
      await load({ url: sides[name].url, connections: CONNECTIONS, durationS: plan.warm_s });
    for (let slice = 0; slice < plan.slices; slice += 1) {
      const order = slice % 2 === 0 ? firstOrder : [...firstOrder].reverse();
      for (const name of order) slices[name].push(await measuredSlice(sides[name], plan.slice_s));
    }
    const side = (list) => {
      const requests = list.reduce((sum, s) => sum + s.requests, 0);
      const seconds = list.reduce((sum, s) => sum + s.seconds, 0);
      const cpuS = list.reduce((sum, s) => sum + s.serverCpuS, 0);
      const loaderCpuS = list.reduce((sum, s) => sum + s.loaderCpuS, 0);
      return {
        rps: requests / seconds,
        cpuUsPerRequest: (cpuS * 1e6) / Math.max(1, requests),
        serverCores: cpuS / seconds,
        loaderCores: loaderCpuS / seconds,
        caps: list.map((s) => s.cappedBy),
        p99_ms: Math.max(...list.map((s) => s.p99_ms)),
        ...lost(list),
      };
    };
    const result = { bare: side(slices.bare), app: side(slices.app) };
    return {
      ...result,
      cpuRatio: result.bare.cpuUsPerRequest / result.app.cpuUsPerRequest,
      rpsRatio: result.app.rps / result.bare.rps,
    };
  } finally {
    await Promise.all([app ? context.stop(`app:${appName}`) : undefined, bare.stop()]);
  }
}

/** One slice of autocannon on one side: its requests, the server's CPU, autocannon's (this process) and what capped it. */
async function measuredSlice(side, durationS) {
  const serverBefore = cpuSecondsOf(side.pid);
  const loaderBefore = process.cpuUsage();
  const started = performance.now();
  const result = await load({ url: side.url, connections: CONNECTIONS, durationS });
  const seconds = (performance.now() - started) / 1000;
  const serverCpuS = cpuSecondsOf(side.pid) - serverBefore;
  const loader = process.cpuUsage(loaderBefore);
  const loaderCpuS = (loader.user + loader.system) / 1e6;
  const cappedBy =
    serverCpuS / seconds >= SATURATED_CORE_SHARE
      ? 'server'
      : loaderCpuS / seconds >= SATURATED_CORE_SHARE
        ? 'autocannon'
        : 'host';
  return {
    requests: result.requests,
    seconds,
    serverCpuS,
    loaderCpuS,
    cappedBy,
    p99_ms: result.p99_ms,
    ...lost([result]),
  };
}

/**
 * Requests of the runs that got no 2xx answer, by kind (`load`): `failures` the server answered badly or not at
 * all, and apart from them those lost with their connection, reset or closed under them.
 */
function lost(runs) {
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  return { failures: sum('failures'), resets: sum('resets'), closed: sum('closed') };
}

/** `; connections dropped: N reset, M closed` when any request was lost with its connection. */
function droppedNote({ resets, closed }) {
  return resets + closed > 0 ? `; connections dropped under a request: ${resets} reset, ${closed} closed` : '';
}

function countCaps(caps) {
  const counts = { server: 0, autocannon: 0, host: 0 };
  for (const cap of caps) counts[cap] += 1;
  return counts;
}

function describeCaps(capsOrCounts) {
  const counts = Array.isArray(capsOrCounts) ? countCaps(capsOrCounts) : capsOrCounts;
  const total = counts.server + counts.autocannon + counts.host;
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${name} ${count}/${total}`)
    .join(', ');
}

function summariseSide(side) {
  return {
    rps: round(side.rps, 1),
    cpu_us_per_request: round(side.cpuUsPerRequest, 2),
    server_cores: round(side.serverCores, 2),
    autocannon_cores: round(side.loaderCores, 2),
    capped_by: countCaps(side.caps),
  };
}

/** auth_read: autocannon on a 20-exchange session's history, read back 20 at a time, on one warmed instance. */
async function historyReads(context) {
  const smoke = context.smoke;
  const durationS = smoke ? 0.3 : 6;
  const rounds = smoke ? 1 : 2;
  const app = await context.app('main');
  const caller = await signInGuest(app.url);
  // The chat turns below search the knowledge index: a started instance, not one still loading.
  if (!smoke) await knowledgeIndexBuilt(app.url, caller);
  for (let turn = 0; turn < HISTORY_TURNS; turn += 1)
    await sendMessage(app.url, caller, `Question number ${turn + 1}: is it normal to feel tired after a cold?`);
  const target = {
    url: `${app.url}/api/chat/history?limit=${HISTORY_TURNS}`,
    headers: { authorization: `Bearer ${caller.token}` },
    connections: CONNECTIONS,
  };
  await load({ ...target, durationS: smoke ? 0.2 : 2 });
  const runs = [];
  let cpuMs = 0;
  for (let i = 0; i < rounds; i += 1) {
    const cpuBefore = cpuSecondsOf(app.pid);
    const result = await load({ ...target, durationS });
    cpuMs += (cpuSecondsOf(app.pid) - cpuBefore) * 1000;
    context.log(
      `history: ${Math.round(result.rps)} req/s, p99 ${result.p99_ms} ms, ${result.failures} failures${droppedNote(result)}`,
    );
    runs.push(result);
  }
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  return {
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p99: Math.max(...runs.map((r) => r.p99_ms)),
    cpuMsPerRequest: round(cpuMs / Math.max(1, requests), 3),
    ...lost(runs),
    durationS,
    rounds,
  };
}
