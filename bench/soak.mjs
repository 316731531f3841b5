// Soak: many patients chatting for minutes against the built app, to find what only time shows —
// errors that appear under sustained load, memory that keeps growing, turns left pending.
//
//   npm run bench:soak          (builds dist/ first; not part of npm test; prints a report)
//
// SOAK_PATIENTS patients are signed in at once (patient-id sign-in, starts staggered) and each
// sends SOAK_MESSAGES messages spread evenly over SOAK_DURATION_S (a share of them streamed), then
// checks its history is complete, ordered and its own, and signs out: 200 × 10 messages in 5
// minutes by default, a steady load with every session open for the whole run. The model is the
// project's scripted fake Ollama answering after 10–200 ms; MongoDB is the wire-protocol server
// in a process of its own, so the app's memory is the app's alone.
//
// SOAK_PATIENTS (200), SOAK_MESSAGES (10), SOAK_DURATION_S (300), SOAK_STREAM_SHARE (0.2),
// SOAK_SAMPLE_S (30).
import { randomUUID } from 'node:crypto';
import { agent, request, streamMessage } from './lib/api-client.mjs';
import { loadFakes } from './lib/fakes.mjs';
import { memoryOf, startApp, startReadyServer } from './lib/processes.mjs';
import { percentile, round } from './lib/stats.mjs';

const number = (name, fallback) => (process.env[name] === undefined ? fallback : Number(process.env[name]));
const PATIENTS = number('SOAK_PATIENTS', 200);
const MESSAGES = number('SOAK_MESSAGES', 10);
const DURATION_S = number('SOAK_DURATION_S', 300);
const STREAM_SHARE = number('SOAK_STREAM_SHARE', 0.2);
const SAMPLE_S = number('SOAK_SAMPLE_S', 30);

const log = (line) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- servers -------------------------------------------------------------------------------

const mongo = await startReadyServer('mongo.mjs');
const { FakeOllama } = await loadFakes();
const ollama = new FakeOllama({
  defaultReply: 'Regular sleep, water and a short daily walk help most people feel better.',
});
ollama.latency(10, 200);
await ollama.start();
// Tens of thousands of calls: the fake's request log would only grow in this process.
setInterval(() => {
  ollama.requests.length = 0;
}, 1000).unref();

const app = await startApp({
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  MONGODB_URI: mongo.uri,
  OLLAMA_BASE_URL: ollama.url,
  OLLAMA_TIMEOUT_MS: '30000',
  AUTH_PATIENT_ID_ONLY: 'true',
  JWT_SECRET: 'soak-secret-that-is-long-enough-for-hs256-0123456789',
  RATE_LIMIT_PER_MINUTE: '10000000',
  RATE_LIMIT_PER_HOUR: '100000000',
});

/** RSS from /proc and the V8 heap from the app's own /metrics. */
async function memory() {
  const { rssMb } = memoryOf(app.pid);
  const metrics = await request(app.url, 'GET', '/metrics');
  const heapBytes = Number(
    /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)$/m.exec(String(metrics.body))?.[1] ?? Number.NaN,
  );
  return { rssMb: round(rssMb, 1), heapMb: round(heapBytes / 2 ** 20, 1) };
}

// ---- load ----------------------------------------------------------------------------------

const counts = { conversations: 0, turns: 0, streamed: 0, historyChecks: 0 };
const errors = new Map();
const turnMs = { message: [], stream: [] };
const fail = (kind) => errors.set(kind, (errors.get(kind) ?? 0) + 1);

let patientSequence = 0;
const newPatientId = () => {
  patientSequence += 1;
  return `Soak${patientSequence}_Patient${patientSequence % 997}_${randomUUID()}`;
};

/** One patient's conversation, its messages sent at `schedule` (ms since the epoch), or at once when late. */
async function conversation(schedule) {
  const patientId = newPatientId();
  const login = await request(app.url, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
  if (login.status !== 200) return fail(`login ${login.status}`);
  const caller = { token: login.body.access_token, sessionId: login.body.session_id };
  const sent = [];
  for (const [m, at] of schedule.entries()) {
    await sleep(Math.max(0, at - Date.now()));
    const message = `${patientId} asks question ${m + 1}: how can I sleep better?`;
    sent.push(message);
    const started = performance.now();
    const streamed = Math.random() < STREAM_SHARE;
    if (streamed) {
      const stream = await streamMessage(app.url, caller, message);
      if (stream.outcome !== 'done') fail(`stream ${stream.outcome} ${stream.detail}`.trim().slice(0, 80));
      else counts.streamed += 1;
    } else {
      const answer = await request(app.url, 'POST', '/api/chat/message', { token: caller.token, body: { message } });
      if (answer.status !== 200) fail(`message ${answer.status}`);
    }
    turnMs[streamed ? 'stream' : 'message'].push(performance.now() - started);
    counts.turns += 1;
  }
  const history = await request(app.url, 'GET', '/api/chat/history?limit=100', { token: caller.token });
  counts.historyChecks += 1;
  if (history.status !== 200) fail(`history ${history.status}`);
  else {
    const users = history.body.messages.filter((entry) => entry.role === 'user').map((entry) => entry.content);
    if (JSON.stringify(users) !== JSON.stringify(sent)) fail('history incomplete, out of order or not its own');
    if (history.body.messages.some((entry) => entry.metadata?.status !== 'completed'))
      fail('history has a turn not completed');
  }
  const logout = await request(app.url, 'POST', '/api/auth/logout', { token: caller.token });
  if (logout.status !== 200) fail(`logout ${logout.status}`);
  counts.conversations += 1;
}

async function patient(startAt) {
  const interval = (DURATION_S * 1000) / MESSAGES;
  const offset = Math.random() * interval;
  try {
    await conversation(Array.from({ length: MESSAGES }, (_, m) => startAt + offset + m * interval));
  } catch (error) {
    fail(`network ${error.code ?? error.message}`.slice(0, 80));
  }
}

// A few turns first, so "start" is the warmed-up app rather than the first call's lazy set-up.
await conversation(Array.from({ length: MESSAGES }, () => 0));
const atStart = await memory();
const samples = [{ at_s: 0, ...atStart, turns: counts.turns }];
log(
  `app ready in ${round(app.readyMs, 0)} ms; ${PATIENTS} patients × ${MESSAGES} messages over ${DURATION_S} s; start RSS ${atStart.rssMb} MB, heap ${atStart.heapMb} MB`,
);

const started = Date.now();
const sampler = setInterval(async () => {
  const sample = { at_s: Math.round((Date.now() - started) / 1000), ...(await memory()), turns: counts.turns };
  samples.push(sample);
  log(
    `${sample.at_s} s: ${counts.turns} turns, ${[...errors.values()].reduce((a, b) => a + b, 0)} errors, RSS ${sample.rssMb} MB, heap ${sample.heapMb} MB`,
  );
}, SAMPLE_S * 1000);
await Promise.all(Array.from({ length: PATIENTS }, () => patient(started)));
clearInterval(sampler);
const elapsedS = (Date.now() - started) / 1000;
const atEnd = await memory();
// Idle for a while: what the app keeps once the load is gone.
await sleep(10_000);
const afterIdle = await memory();

// ---- the store: nothing left pending -------------------------------------------------------

const { MongoClient } = await import('mongodb');
const client = new MongoClient(mongo.uri);
const conversations = client.db('medchat').collection('conversations');
const stored = {
  completed: await conversations.countDocuments({ status: 'completed' }),
  pending: await conversations.countDocuments({ status: 'pending' }),
  failed: await conversations.countDocuments({ status: 'failed' }),
};
await client.close();

await app.stop();
await ollama.stop();
await mongo.stop();
agent.destroy();

// ---- report --------------------------------------------------------------------------------

const totalErrors = [...errors.values()].reduce((a, b) => a + b, 0);
const report = [
  '# MedChat soak report',
  '',
  `${new Date().toISOString()} — Node ${process.version}, ${PATIENTS} concurrent patients × ${MESSAGES} messages per conversation, ${round(elapsedS, 0)} s (messages spread evenly), ${Math.round(STREAM_SHARE * 100)}% streamed; fake Ollama 10–200 ms; wire-protocol MongoDB in its own process.`,
  '',
  '| figure | value |',
  '|---|---|',
  `| conversations completed | ${counts.conversations} |`,
  `| turns sent | ${counts.turns} (${counts.streamed} streamed) |`,
  `| turns/s | ${round(counts.turns / elapsedS, 1)} |`,
  ...Object.entries(turnMs).map(
    ([kind, values]) =>
      `| ${kind} turn latency p50 / p95 / p99 / max | ${[0.5, 0.95, 0.99, 1].map((share) => round(percentile(values, share), 0)).join(' / ')} ms |`,
  ),
  `| errors | ${totalErrors}${totalErrors ? ` (${[...errors].map(([kind, count]) => `${kind}: ${count}`).join('; ')})` : ''} |`,
  `| stored turns completed / failed / pending | ${stored.completed} / ${stored.failed} / ${stored.pending} |`,
  `| RSS start → end → after 10 s idle | ${atStart.rssMb} → ${atEnd.rssMb} → ${afterIdle.rssMb} MB |`,
  `| V8 heap used start → end → after 10 s idle | ${atStart.heapMb} → ${atEnd.heapMb} → ${afterIdle.heapMb} MB |`,
  '',
  'Samples (RSS / heap in MB, turns so far):',
  '',
  ...samples.map((sample) => `- ${sample.at_s} s: RSS ${sample.rssMb}, heap ${sample.heapMb}, ${sample.turns} turns`),
  '',
];
process.stdout.write(`${report.join('\n')}\n`);
process.exit(0);
