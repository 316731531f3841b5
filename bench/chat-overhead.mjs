// chat_overhead_ms: what the service adds to a chat turn. 200 turns through POST /api/chat/message
// at concurrency 16 against an instant fake model, and the same number of calls of the same fake
// made directly with @langchain/ollama at the same concurrency; the overhead is the difference
// of their percentiles. Runnable alone: `npm run bench -- chat_overhead_ms`.
import { sendMessage, signInGuest } from './lib/api-client.mjs';
import { callDirect, directModel } from './lib/model-client.mjs';
import { ms, row } from './lib/report.mjs';
import { pool, round, summary } from './lib/stats.mjs';

export const rows = ['chat_overhead_ms'];

const CONCURRENCY = 16;
const MESSAGE = 'I have had a mild headache since this morning. What can I do about it?';

export async function run(context) {
  const turns = context.smoke ? 10 : 200;
  const warmUp = context.smoke ? 4 : 40;
  const [app, ollama] = await Promise.all([context.app('main'), context.ollama('instant')]);
  const model = directModel(ollama.url);
  // One session per concurrent client, as 16 patients would have.
  const callers = await Promise.all(Array.from({ length: CONCURRENCY }, () => signInGuest(app.url)));

  const measure = async (count, once) => {
    const latencies = [];
    await pool(count, CONCURRENCY, async (index) => latencies.push(await once(index)));
    return latencies;
  };
  const viaApi = (index) => sendMessage(app.url, callers[index % CONCURRENCY], MESSAGE).then((answer) => answer.ms);
  const direct = () => callDirect(model, MESSAGE).then((call) => call.totalMs);

  await measure(warmUp, direct);
  await measure(warmUp, viaApi);
  // Alternating halves, so a slow spell of the machine lands on both sides.
  const half = Math.ceil(turns / 2);
  const directMs = [...(await measure(half, direct))];
  const apiMs = [...(await measure(half, viaApi))];
  directMs.push(...(await measure(turns - half, direct)));
  apiMs.push(...(await measure(turns - half, viaApi)));

  const api = summary(apiMs);
  const floor = summary(directMs);
  const p50 = api.p50 - floor.p50;
  const p99 = api.p99 - floor.p99;
  context.log(
    `chat turn: API p50 ${round(api.p50)} / p99 ${round(api.p99)} ms; direct p50 ${round(floor.p50)} / p99 ${round(floor.p99)} ms`,
  );
  return {
    chat_overhead_ms: row({
      what: `turn time via \`POST /api/chat/message\` − the same fake called directly (${turns} turns, concurrency ${CONCURRENCY}, instant fake): p50 / p99`,
      figure: `+${ms(p50)} / +${ms(p99)} (API ${ms(api.p50)} / ${ms(api.p99)})`,
      floor: `${ms(floor.p50)} / ${ms(floor.p99)} direct`,
      ratio: api.p50 / floor.p50,
      goal: 'p50 ≤ 3, p99 ≤ 15',
      meets: p50 <= 3 && p99 <= 15,
      data: {
        p50: round(p50),
        p99: round(p99),
        api: roundAll(api),
        direct: roundAll(floor),
        turns,
        concurrency: CONCURRENCY,
      },
    }),
  };
}

function roundAll(stats) {
  return Object.fromEntries(Object.entries(stats).map(([key, value]) => [key, round(value)]));
}
