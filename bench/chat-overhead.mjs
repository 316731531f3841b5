// chat_overhead_ms: what the service adds to a text turn. Against an instant fake
// model, turns through POST /api/chat/message and the same fake called directly with
// @langchain/ollama:
//   - one at a time (the headline): added latency = the difference of their percentiles, and the
//     app's process CPU time over the API turns ÷ turns (steadier than latency on a shared machine);
//   - at concurrency 16 (kept for comparison): mostly the CPU per turn queued 16 deep.
//   - the app's CPU per turn is read twice: on a fresh instance (its first few hundred turns, while
//     V8 still compiles hot functions on background threads, which process CPU counts and a
//     main-thread --cpu-prof never shows) and, the headline, on a warm one (after a thousand more
//     turns), as an instance that has served for a while spends it.
// Runnable alone: `npm run bench -- chat_overhead_ms`.
import { sendMessage, signInGuest } from './lib/api-client.mjs';
import { callDirect, directModel } from './lib/model-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { cpuSecondsOf } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';
import { pool, round, summary } from './lib/stats.mjs';

export const rows = ['chat_overhead_ms'];

const CONCURRENCY = 16;
/** Sequential turns are measured in blocks that alternate with the direct calls. */
const BLOCKS = 4;
/** Turns served, at concurrency 16, between the fresh instance's reading and the warm one's. */
const WARM_TURNS = 1000;
const MESSAGE = 'I have had a mild headache since this morning. What can I do about it?';
const GOAL = { p50Ms: 10, cpuMsPerTurn: 10 };

export async function run(context) {
  const turns = context.smoke ? 10 : 200;
  const warmUp = context.smoke ? 4 : 40;
  const [app, ollama] = await Promise.all([context.app('main'), context.ollama('instant')]);
  const model = directModel(ollama.url);
  // One session per concurrent client, as 16 patients would have.
  const callers = await Promise.all(Array.from({ length: CONCURRENCY }, () => signInGuest(app.url)));
  // A turn as a started instance serves it: with the knowledge search, and no start-up work beside it.
  if (!context.smoke) await knowledgeIndexBuilt(app.url, callers[0]);

  const measure = async (count, concurrency, once) => {
    const latencies = [];
    await pool(count, concurrency, async (index) => latencies.push(await once(index)));
    return latencies;
  };
  const viaApi = (index) => sendMessage(app.url, callers[index % CONCURRENCY], MESSAGE).then((answer) => answer.ms);
  const direct = () => callDirect(model, MESSAGE).then((call) => call.totalMs);

  await measure(warmUp, CONCURRENCY, direct);
  await measure(warmUp, CONCURRENCY, viaApi);

  // The fresh instance: sequential turns right after the short warm-up, CPU only.
  const freshCpuBefore = cpuSecondsOf(app.pid);
  await measure(turns, 1, viaApi);
  const freshCpuMsPerTurn = ((cpuSecondsOf(app.pid) - freshCpuBefore) * 1000) / turns;
  await measure(context.smoke ? warmUp : WARM_TURNS, CONCURRENCY, viaApi);

  // Sequential: blocks of direct calls and API turns in turn, so a slow spell lands on both;
  // the app's CPU is read around the API blocks only.
  const sequential = { api: [], direct: [], cpuMs: 0 };
  const perBlock = Math.ceil(turns / BLOCKS);
  for (let block = 0; block < BLOCKS; block += 1) {
    sequential.direct.push(...(await measure(perBlock, 1, direct)));
    const cpuBefore = cpuSecondsOf(app.pid);
    sequential.api.push(...(await measure(perBlock, 1, viaApi)));
    sequential.cpuMs += (cpuSecondsOf(app.pid) - cpuBefore) * 1000;
  }
  const cpuMsPerTurn = sequential.cpuMs / sequential.api.length;

  // Concurrency 16, alternating halves.
  const half = Math.ceil(turns / 2);
  const concurrent = { api: [], direct: [] };
  for (const count of [half, turns - half]) {
    concurrent.direct.push(...(await measure(count, CONCURRENCY, direct)));
    concurrent.api.push(...(await measure(count, CONCURRENCY, viaApi)));
  }

  const seqApi = summary(sequential.api);
  const seqFloor = summary(sequential.direct);
  const conApi = summary(concurrent.api);
  const conFloor = summary(concurrent.direct);
  const added = { p50: seqApi.p50 - seqFloor.p50, p99: seqApi.p99 - seqFloor.p99 };
  const addedConcurrent = { p50: conApi.p50 - conFloor.p50, p99: conApi.p99 - conFloor.p99 };
  context.log(
    `chat turn, sequential: API p50 ${round(seqApi.p50)} / p99 ${round(seqApi.p99)} ms; direct p50 ${round(seqFloor.p50)} / p99 ${round(seqFloor.p99)} ms; app CPU ${round(cpuMsPerTurn)} ms/turn warm, ${round(freshCpuMsPerTurn)} ms/turn fresh`,
  );
  context.log(
    `chat turn, concurrency ${CONCURRENCY}: API p50 ${round(conApi.p50)} / p99 ${round(conApi.p99)} ms; direct p50 ${round(conFloor.p50)} / p99 ${round(conFloor.p99)} ms`,
  );
  return {
    chat_overhead_ms: row({
      what: `text turn via \`POST /api/chat/message\` − the same fake called directly (instant fake, ${turns} turns one at a time on an instance warmed by ${WARM_TURNS} turns): added p50 / p99, app CPU per turn (and on the fresh instance, its ${turns} turns after a ${warmUp}-turn warm-up); the same at concurrency ${CONCURRENCY}`,
      figure: `+${ms(added.p50)} / +${ms(added.p99)}, app CPU ${ms(cpuMsPerTurn)}/turn (fresh instance ${ms(freshCpuMsPerTurn)}/turn); concurrency ${CONCURRENCY}: +${ms(addedConcurrent.p50)} / +${ms(addedConcurrent.p99)}`,
      floor: `${ms(seqFloor.p50)} / ${ms(seqFloor.p99)} direct (concurrency ${CONCURRENCY}: ${ms(conFloor.p50)} / ${ms(conFloor.p99)})`,
      ratio: seqApi.p50 / seqFloor.p50,
      goal: `sequential p50 ≤ ${GOAL.p50Ms}, app CPU ≤ ${GOAL.cpuMsPerTurn} ms/turn`,
      meets: added.p50 <= GOAL.p50Ms && cpuMsPerTurn <= GOAL.cpuMsPerTurn,
      data: {
        p50: round(added.p50),
        p99: round(added.p99),
        app_cpu_ms_per_turn: round(cpuMsPerTurn, 3),
        app_cpu_ms_per_turn_fresh: round(freshCpuMsPerTurn, 3),
        warm_turns: WARM_TURNS,
        api: roundAll(seqApi),
        direct: roundAll(seqFloor),
        turns,
        concurrent: {
          concurrency: CONCURRENCY,
          p50: round(addedConcurrent.p50),
          p99: round(addedConcurrent.p99),
          api: roundAll(conApi),
          direct: roundAll(conFloor),
        },
      },
    }),
  };
}

function roundAll(stats) {
  return Object.fromEntries(Object.entries(stats).map(([key, value]) => [key, round(value)]));
}
