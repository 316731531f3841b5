// sse_ttft_added_ms: time to the first token through POST /api/chat/message/stream minus time to
// the first chunk of the same fake called directly with @langchain/ollama, one turn at a time.
import { signInGuest, streamMessage } from './lib/api-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { callDirect, directModel } from './lib/model-client.mjs';
import { ms, row } from './lib/report.mjs';
import { round, summary } from './lib/stats.mjs';

export const rows = ['sse_ttft_added_ms'];

const MESSAGE = 'Is it safe to take ibuprofen for a sore back?';

export async function run(context) {
  const samples = context.smoke ? 6 : 100;
  const warmUp = context.smoke ? 2 : 20;
  const [app, ollama] = await Promise.all([context.app('main'), context.ollama('instant')]);
  const model = directModel(ollama.url);
  const caller = await signInGuest(app.url);
  // A turn as a started instance serves it: with the knowledge search, and no start-up work beside it.
  if (!context.smoke) await knowledgeIndexBuilt(app.url, caller);

  const viaApi = async () => {
    const stream = await streamMessage(app.url, caller, MESSAGE);
    if (stream.outcome !== 'done') throw new Error(`stream ended ${stream.outcome}: ${stream.detail}`);
    return stream.firstTokenMs;
  };
  const direct = async () => (await callDirect(model, MESSAGE)).firstTokenMs;

  for (let i = 0; i < warmUp; i += 1) {
    await direct();
    await viaApi();
  }
  const apiMs = [];
  const directMs = [];
  // Interleaved, one at a time: both see the same state of the machine.
  for (let i = 0; i < samples; i += 1) {
    directMs.push(await direct());
    apiMs.push(await viaApi());
  }
  const api = summary(apiMs);
  const floor = summary(directMs);
  const p50 = api.p50 - floor.p50;
  const p99 = api.p99 - floor.p99;
  context.log(
    `TTFT: stream p50 ${round(api.p50)} / p99 ${round(api.p99)} ms; direct p50 ${round(floor.p50)} / p99 ${round(floor.p99)} ms`,
  );
  return {
    sse_ttft_added_ms: row({
      what: `time to first token via \`/api/chat/message/stream\` − direct from the fake (${samples} sequential turns): p50 / p99`,
      figure: `+${ms(p50)} / +${ms(p99)} (stream ${ms(api.p50)} / ${ms(api.p99)})`,
      floor: `${ms(floor.p50)} / ${ms(floor.p99)} direct`,
      ratio: api.p50 / floor.p50,
      goal: 'p50 ≤ 2',
      meets: p50 <= 2,
      data: { p50: round(p50), p99: round(p99), stream: roundAll(api), direct: roundAll(floor), samples },
    }),
  };
}

function roundAll(stats) {
  return Object.fromEntries(Object.entries(stats).map(([key, value]) => [key, round(value)]));
}
