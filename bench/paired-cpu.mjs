// Paired A/B of app CPU: this checkout's built app against another checkout's, side by side on the
// same embedded MongoDB and fakes, in alternating blocks. On a shared machine a whole `npm run
// bench` moves 10-40 % between runs of the same code (the host's load moves every floor), so two
// runs cannot tell a change of a few percent; blocks of the same work alternated between two
// apps running at once meet the same load, and the ratio of each pair reads the change.
//
//   npm run build && (cd ../base && npm run build)   # both checkouts' dist/
//   node bench/paired-cpu.mjs ../base                # prints a report; writes nothing
//
// Each block: PAIRED_TURNS sequential text turns through `POST /api/chat/message` on each app (as
// chat_overhead_ms sends them), then PAIRED_LIVE_S seconds of autocannon (32 connections) on
// `GET /api/health/live` of each (as framework_ratio), the order of the two apps swapped every
// block; the app's process CPU is read around each. Figures: per block, the medians, and the
// median of the per-block ratios (this checkout ÷ baseline) with their range. Same code on both
// sides reads a ratio of 1 within the range it prints: that range is the noise.
//
// Before the blocks each app serves PAIRED_WARM_TURNS turns unmeasured: V8 is still compiling
// the turn's code on its background threads (TurboFan) for the first few hundred turns of a fresh
// instance, CPU that the process time counts and a CPU profile of the main thread never shows;
// turns 101-300 of a fresh app took about a third more process CPU than turns 1,001-1,200 (24.6
// against 18.3 ms, 4.6 against 1.7 of it on V8's threads; 2-core machine, load 9-12). Both sides
// warmed alike read the code's difference, not the two apps' JIT.
//
// PAIRED_HISTORY_S (0: left out unless asked) adds, to each block, that many seconds of autocannon
// (32 connections) on `GET /api/chat/history?limit=20` of each app, as auth_read sends it: a guest
// session of its own with 20 exchanges (the warm-up turns go to another session, whose history
// is longer than a page and would read differently), its app CPU per read beside the others.
//
// A connection reset does not stop the run; it is counted per app, printed with its block and under
// the table. A turn whose pooled connection the app had closed as it was reused (the app never read
// it: an ECONNRESET on a loaded host, where the app's idle close and the next block's turn cross) is
// sent again; a reset of autocannon's connections loses that one request, and the CPU per request is
// over the requests answered. Any other failure still stops the run.
//
// PAIRED_BLOCKS (8), PAIRED_TURNS (40), PAIRED_WARM_TURNS (200), PAIRED_LIVE_S (2; 0 leaves the
// probe out), PAIRED_HISTORY_S (0).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isStaleConnectionReset, sendMessage, signInGuest } from './lib/api-client.mjs';
import { APP_NODE_FLAGS } from './lib/app-node-flags.mjs';
import { createContext } from './lib/context.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { load } from './lib/load.mjs';
import { cpuSecondsOf, ROOT, startApp } from './lib/processes.mjs';
import { median, round } from './lib/stats.mjs';

const number = (name, fallback) => (process.env[name] === undefined ? fallback : Number(process.env[name]));
const BLOCKS = number('PAIRED_BLOCKS', 8);
const TURNS = number('PAIRED_TURNS', 40);
const WARM_TURNS = number('PAIRED_WARM_TURNS', 200);
const LIVE_S = number('PAIRED_LIVE_S', 2);
const HISTORY_S = number('PAIRED_HISTORY_S', 0);
/** As auth_read: a 20-exchange session read back 20 exchanges at a time. */
const HISTORY_TURNS = 20;
const CONNECTIONS = 32;
const MESSAGE = 'I have had a mild headache since this morning. What can I do about it?';

/** `; resets N vs M` when the block had any. */
const resetsNoted = (atStart) => {
  const [fresh, baseline] = ['new', 'baseline'].map((name) => apps[name].resets - atStart[name]);
  return fresh + baseline > 0 ? `; resets ${fresh} vs ${baseline}` : '';
};

const log = (line) => process.stderr.write(`[paired ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const baselineRoot = process.argv[2] && path.resolve(process.argv[2]);
if (!baselineRoot || !existsSync(path.join(baselineRoot, 'dist/main.js'))) {
  process.stderr.write('usage: node bench/paired-cpu.mjs <another checkout, with its dist/ built>\n');
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'dist/main.js'))) {
  process.stderr.write('this checkout has no dist/: npm run build first\n');
  process.exit(2);
}

const context = createContext({ smoke: false, log });
const apps = {};
try {
  const [mongo, model, stt] = await Promise.all([context.mongo(), context.ollama('instant'), context.stt()]);
  // One after the other: an app builds its knowledge index after it listens (seconds of CPU).
  for (const [name, cwd] of [
    ['new', ROOT],
    ['baseline', baselineRoot],
  ]) {
    const environment = context.appEnvironment({
      database: `medchat_paired_${name}`,
      mongoUri: mongo.uri,
      ollamaUrl: model.url,
      sttUrl: stt.url,
    });
    const app = await startApp(environment, { cwd, command: [process.execPath, ...APP_NODE_FLAGS, 'dist/main.js'] });
    const caller = await signInGuest(app.url);
    await knowledgeIndexBuilt(app.url, caller);
    let reader;
    if (HISTORY_S > 0) {
      reader = await signInGuest(app.url);
      for (let turn = 0; turn < HISTORY_TURNS; turn += 1)
        await sendMessage(app.url, reader, `Question number ${turn + 1}: is it normal to feel tired after a cold?`);
    }
    apps[name] = { ...app, caller, reader, resets: 0 };
    log(`${name} (${cwd}) ready, pid ${app.pid}`);
  }

  const sendTurn = async (app) => {
    try {
      await sendMessage(app.url, app.caller, MESSAGE);
    } catch (error) {
      if (!isStaleConnectionReset(error)) throw error;
      app.resets += 1;
      await sendMessage(app.url, app.caller, MESSAGE);
    }
  };
  const turnsCpuMs = async (app, turns) => {
    const before = cpuSecondsOf(app.pid);
    for (let turn = 0; turn < turns; turn += 1) await sendTurn(app);
    return ((cpuSecondsOf(app.pid) - before) * 1000) / turns;
  };
  /** autocannon on `path`: its resets counted, any other failure fatal. */
  const loadCpuMs = async (app, path, durationS, headers = {}) => {
    const before = cpuSecondsOf(app.pid);
    const result = await load({ url: `${app.url}${path}`, headers, connections: CONNECTIONS, durationS });
    app.resets += result.resets + result.closed;
    if (result.failures > 0)
      throw new Error(`GET ${path} failed ${result.failures} times (and ${result.resets + result.closed} resets)`);
    return ((cpuSecondsOf(app.pid) - before) * 1000) / result.requests;
  };
  const probeCpuMs = (app, durationS) => loadCpuMs(app, '/api/health/live', durationS);

  const historyCpuMs = (app, durationS) =>
    loadCpuMs(app, `/api/chat/history?limit=${HISTORY_TURNS}`, durationS, {
      authorization: `Bearer ${app.reader.token}`,
    });

  // Warm-up, not measured: both apps' code optimised, the sessions' histories started.
  for (const app of Object.values(apps)) {
    await turnsCpuMs(app, WARM_TURNS);
    if (LIVE_S > 0) await probeCpuMs(app, 1);
    if (HISTORY_S > 0) await historyCpuMs(app, 2);
  }

  const figures = {
    turn: { new: [], baseline: [] },
    probe: { new: [], baseline: [] },
    history: { new: [], baseline: [] },
  };
  const resetsBefore = { new: apps.new.resets, baseline: apps.baseline.resets };
  for (let block = 0; block < BLOCKS; block += 1) {
    const resetsAtStart = { new: apps.new.resets, baseline: apps.baseline.resets };
    const order = block % 2 === 0 ? ['new', 'baseline'] : ['baseline', 'new'];
    for (const name of order) figures.turn[name].push(await turnsCpuMs(apps[name], TURNS));
    if (LIVE_S > 0) for (const name of order) figures.probe[name].push(await probeCpuMs(apps[name], LIVE_S));
    if (HISTORY_S > 0) for (const name of order) figures.history[name].push(await historyCpuMs(apps[name], HISTORY_S));
    log(
      `block ${block + 1}/${BLOCKS}: turn ${round(figures.turn.new[block])} vs ${round(figures.turn.baseline[block])} ms` +
        (LIVE_S > 0
          ? `; probe ${round(figures.probe.new[block], 4)} vs ${round(figures.probe.baseline[block], 4)} ms`
          : '') +
        (HISTORY_S > 0
          ? `; history ${round(figures.history.new[block], 3)} vs ${round(figures.history.baseline[block], 3)} ms`
          : '') +
        resetsNoted(resetsAtStart),
    );
  }

  const lines = [
    `Paired app CPU, this checkout (${ROOT}) ÷ baseline (${baselineRoot}): ${BLOCKS} blocks of ${TURNS} turns` +
      (LIVE_S > 0 ? ` and ${LIVE_S} s of liveness probes` : '') +
      (HISTORY_S > 0 ? ` and ${HISTORY_S} s of history reads` : '') +
      ', order swapped every block.',
    '',
    '| figure | this checkout (median) | baseline (median) | ratio (median of blocks) | ratio range |',
    '|---|---|---|---|---|',
  ];
  const rowOf = (label, pair, digits) => {
    const ratios = pair.new.map((value, block) => value / pair.baseline[block]);
    return `| ${label} | ${round(median(pair.new), digits)} ms | ${round(median(pair.baseline), digits)} ms | ${round(median(ratios), 3)} | ${round(Math.min(...ratios), 3)} … ${round(Math.max(...ratios), 3)} |`;
  };
  lines.push(rowOf('app CPU per text turn', figures.turn, 2));
  if (LIVE_S > 0) lines.push(rowOf('app CPU per liveness probe', figures.probe, 4));
  if (HISTORY_S > 0) lines.push(rowOf('app CPU per history read', figures.history, 3));
  lines.push(
    '',
    `Connection resets in the blocks (counted, not fatal): this checkout ${apps.new.resets - resetsBefore.new}, ` +
      `baseline ${apps.baseline.resets - resetsBefore.baseline}; in the warm-up: ` +
      `${resetsBefore.new} and ${resetsBefore.baseline}.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  for (const app of Object.values(apps)) await app.stop();
  await context.close();
}
process.exit(0);
