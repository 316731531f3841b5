// llm_rush: 200 patients asking at once against 2 fake Ollama hosts × 4 slots (each fake really
// runs 4 generations and queues 16, like OLLAMA_NUM_PARALLEL=4 / OLLAMA_MAX_QUEUE=16), 1 s per
// generation. The app's slots and fair queue must keep every host full without overfilling it:
// answered / refused, makespan ÷ the ideal (200 × 1 s ÷ 8 slots), mean slot utilisation (the
// app's medchat_llm_slots_in_use sampled every 100 ms), and p50 / p99 queue wait (each turn's
// time minus its 1 s generation).
import { request, sendMessage, signInGuest } from './lib/api-client.mjs';
import { row } from './lib/report.mjs';
import { pool, round, summary } from './lib/stats.mjs';

export const rows = ['llm_rush'];

const HOSTS = 2;
const SLOTS = 4;

export async function run(context) {
  const patients = context.smoke ? 16 : 200;
  const generationMs = context.smoke ? 100 : 1000;
  const fakeOptions = {
    parallel: SLOTS,
    maxQueue: 16,
    latencyMs: generationMs,
    reply: 'Drink water through the day; pale urine is a good sign.',
  };
  const fakes = await Promise.all(
    Array.from({ length: HOSTS }, (_, index) => context.ollama(`rush-${index}`, fakeOptions)),
  );
  const app = await context.app('llm_rush', {
    ollama: 'rush-0',
    env: {
      OLLAMA_BASE_URL: fakes.map((fake) => fake.url).join(','),
      LLM_SLOTS_PER_HOST: String(SLOTS),
      OLLAMA_TIMEOUT_MS: '120000',
      LLM_QUEUE_MAX_WAIT_SECONDS: '600',
    },
  });

  // Guests: one lane each, as 200 different patients would be.
  const callers = [];
  await pool(patients, 8, async () => callers.push(await signInGuest(app.url)));

  const sampler = sampleSlots(app.url);
  const started = performance.now();
  const results = await Promise.all(
    callers.map(async (caller, index) => {
      const askedAt = performance.now();
      try {
        const answer = await sendMessage(
          app.url,
          caller,
          `Question ${index + 1}: how much water should I drink each day?`,
        );
        return { status: answer.status, ms: performance.now() - askedAt };
      } catch (error) {
        return { status: 0, ms: performance.now() - askedAt, error: String(error.message ?? error) };
      }
    }),
  );
  const makespanMs = performance.now() - started;
  const utilisation = await sampler.stop(HOSTS * SLOTS);

  const answered = results.filter((result) => result.status === 200).length;
  const refused = patients - answered;
  const waits = summary(
    results.filter((result) => result.status === 200).map((result) => Math.max(0, result.ms - generationMs)),
  );
  const idealMs = (patients * generationMs) / (HOSTS * SLOTS);
  const ratio = makespanMs / idealMs;
  context.log(
    `${answered}/${patients} answered in ${Math.round(makespanMs)} ms (ideal ${idealMs} ms); utilisation ${round(utilisation, 3)}`,
  );
  return {
    llm_rush: row({
      what: `${patients} patients at once, ${HOSTS} fake Ollama hosts × ${SLOTS} slots (queue 16 each), ${generationMs} ms generations: answered / refused, makespan ÷ ideal, mean slot utilisation, queue wait p50 / p99`,
      figure: `${answered} answered, ${refused} refused; makespan ${round(makespanMs / 1000, 2)} s; utilisation ${round(utilisation, 3)}; wait p50 ${round(waits.p50 / 1000, 2)} s / p99 ${round(waits.p99 / 1000, 2)} s`,
      floor: `ideal ${round(idealMs / 1000, 2)} s (${patients} × ${generationMs / 1000} s ÷ ${HOSTS * SLOTS} slots)`,
      ratio,
      goal: 'all answered, makespan ≤ 1.1 × ideal, utilisation ≥ 0.9',
      meets: refused === 0 && ratio <= 1.1 && utilisation >= 0.9,
      data: {
        patients,
        answered,
        refused,
        makespan_ms: round(makespanMs),
        ideal_ms: idealMs,
        mean_slot_utilisation: round(utilisation, 3),
        queue_wait_ms: { p50: round(waits.p50), p99: round(waits.p99), max: round(waits.max) },
        failures: [
          ...new Set(
            results
              .filter((result) => result.status !== 200)
              .map((result) => `${result.status} ${result.error ?? ''}`.trim()),
          ),
        ].slice(0, 5),
      },
    }),
  };
}

/** Samples the app's slots in use every 100 ms until stop(), which returns the mean share of `total` in use. */
function sampleSlots(baseUrl) {
  const samples = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const scraped = await request(baseUrl, 'GET', '/metrics').catch(() => undefined);
      const text = typeof scraped?.body === 'string' ? scraped.body : (scraped?.text ?? '');
      const inUse = [...String(text).matchAll(/^medchat_llm_slots_in_use\{[^}]*\} (\S+)$/gm)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
      samples.push(inUse);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop(total) {
      running = false;
      await loop;
      return samples.length === 0 ? 0 : samples.reduce((sum, value) => sum + value, 0) / samples.length / total;
    },
  };
}
