// framework_ratio and auth_read: requests per second of the app against a bare Fastify server
// answering the same JSON, under the same autocannon load, measured alternately so drifts of
// a shared machine hit both alike.
import { signInGuest, sendMessage } from './lib/api-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { load } from './lib/load.mjs';
import { cpuSecondsOf } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';
import { round } from './lib/stats.mjs';

export const rows = ['framework_ratio', 'auth_read'];

const CONNECTIONS = 32;
const HISTORY_TURNS = 20;
/** The goal: a thin NestJS-on-Fastify pipeline reaches well over half of bare Fastify; 40 decryptions are microseconds. */
const GOAL = { frameworkRatio: 0.5, historyCpuMsPerRequest: 1.5 };

export async function run(context) {
  const durationS = context.smoke ? 0.3 : 6;
  const rounds = context.smoke ? 1 : 2;
  const [app, bare] = await Promise.all([context.app('main'), context.bare()]);

  // A session with 20 exchanges, read back 20 at a time (40 messages).
  const caller = await signInGuest(app.url);
  // The app builds its knowledge index in the background after it listens (seconds of CPU): the
  // rows measure a started instance, not one still loading (the chat turns below then search it).
  if (!context.smoke) await knowledgeIndexBuilt(app.url, caller);
  for (let turn = 0; turn < HISTORY_TURNS; turn += 1)
    await sendMessage(app.url, caller, `Question number ${turn + 1}: is it normal to feel tired after a cold?`);
  const targets = {
    floor: { url: `${bare.url}/api/health/live` },
    live: { url: `${app.url}/api/health/live` },
    history: {
      url: `${app.url}/api/chat/history?limit=${HISTORY_TURNS}`,
      headers: { authorization: `Bearer ${caller.token}` },
    },
  };

  const warm = context.smoke ? 0.2 : 2;
  for (const target of Object.values(targets)) await load({ ...target, connections: CONNECTIONS, durationS: warm });
  const runs = { floor: [], live: [], history: [] };
  // The app's CPU time per request is steadier than req/s on a machine others share.
  const cpuMs = { live: 0, history: 0 };
  const served = { live: 0, history: 0 };
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, target] of Object.entries(targets)) {
      const cpuBefore = cpuSecondsOf(name === 'floor' ? bare.pid : app.pid);
      const result = await load({ ...target, connections: CONNECTIONS, durationS });
      if (name !== 'floor') {
        cpuMs[name] += (cpuSecondsOf(app.pid) - cpuBefore) * 1000;
        served[name] += result.requests;
      }
      context.log(`${name}: ${Math.round(result.rps)} req/s, p99 ${result.p99_ms} ms, ${result.failures} failures`);
      runs[name].push(result);
    }
  }
  const cpuPerRequest = (name) => round(cpuMs[name] / Math.max(1, served[name]), 3);
  const mean = (results, field) => results.reduce((sum, result) => sum + result[field], 0) / results.length;
  const failures = (results) => results.reduce((sum, result) => sum + result.failures, 0);
  const floorRps = mean(runs.floor, 'rps');
  const liveRps = mean(runs.live, 'rps');
  const historyRps = mean(runs.history, 'rps');
  const historyP99 = Math.max(...runs.history.map((result) => result.p99_ms));
  const load_ = { connections: CONNECTIONS, duration_s: durationS, rounds };

  const frameworkRatio = liveRps / floorRps;
  const authRatio = historyRps / floorRps;
  return {
    framework_ratio: row({
      what: '`GET /api/health/live` req/s ÷ bare Fastify answering the same JSON',
      figure: `${Math.round(liveRps)} req/s (app CPU ${cpuPerRequest('live')} ms/request)`,
      floor: `${Math.round(floorRps)} req/s`,
      ratio: frameworkRatio,
      goal: `≥ ${GOAL.frameworkRatio}`,
      meets: frameworkRatio >= GOAL.frameworkRatio && failures(runs.live) === 0,
      data: {
        value: round(frameworkRatio, 3),
        app_rps: round(liveRps, 1),
        floor_rps: round(floorRps, 1),
        app_cpu_ms_per_request: cpuPerRequest('live'),
        app_p99_ms: Math.max(...runs.live.map((r) => r.p99_ms)),
        failures: failures(runs.live),
        load: load_,
      },
    }),
    auth_read: row({
      what: `\`GET /api/chat/history?limit=20\` (${HISTORY_TURNS}-turn session, guest token): req/s, p99`,
      figure: `${Math.round(historyRps)} req/s, p99 ${ms(historyP99)} (app CPU ${cpuPerRequest('history')} ms/request)`,
      floor: `${Math.round(floorRps)} req/s`,
      ratio: authRatio,
      goal: `app CPU ≤ ${GOAL.historyCpuMsPerRequest} ms/request`,
      meets: cpuPerRequest('history') <= GOAL.historyCpuMsPerRequest && failures(runs.history) === 0,
      data: {
        rps: round(historyRps, 1),
        p99_ms: historyP99,
        ratio: round(authRatio, 3),
        floor_rps: round(floorRps, 1),
        app_cpu_ms_per_request: cpuPerRequest('history'),
        failures: failures(runs.history),
        load: load_,
      },
    }),
  };
}
