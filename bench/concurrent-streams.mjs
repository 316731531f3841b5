// concurrent_streams: 1,000 streaming chats at once against a fake that streams 50 tokens 20 ms
// apart, on an app of its own (so its peak memory is this load's alone): how many completed,
// how many failed, and the app's peak resident memory.
import { signInGuest, streamMessage } from './lib/api-client.mjs';
import { knowledgeIndexBuilt } from './lib/knowledge-ready.mjs';
import { memoryOf, resetPeakMemory, sampleMemory } from './lib/processes.mjs';
import { ms, row } from './lib/report.mjs';
import { pool, round, summary } from './lib/stats.mjs';

export const rows = ['concurrent_streams'];

const STREAMS_PER_SESSION = 10;

export async function run(context) {
  const streams = context.smoke ? 20 : 1000;
  const tokens = context.smoke ? 5 : 50;
  const tokenDelayMs = context.smoke ? 5 : 20;
  const reply = Array.from({ length: tokens }, (_, index) => `word${index + 1}`).join(' ');
  // The fake first: the app is wired to whichever fake of that name runs.
  await context.ollama('streaming', { tokenDelayMs, reply });
  const app = await context.app('streams', { ollama: 'streaming' });

  const sessions = [];
  await pool(Math.ceil(streams / STREAMS_PER_SESSION), 8, async () => sessions.push(await signInGuest(app.url)));
  // The load meets a started instance: its knowledge collection loaded and its index built (both
  // in the background after it listens), so idle holds the index and the peak is the streams' own.
  if (!context.smoke) await knowledgeIndexBuilt(app.url, sessions[0]);
  // A first stream warms the code paths, so the peak is the load's and not the first call's.
  await streamMessage(app.url, sessions[0], 'Warm-up question about sleep.');

  const idle = memoryOf(app.pid);
  const peakResettable = resetPeakMemory(app.pid);
  const sampler = sampleMemory(app.pid);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: streams }, (_, index) =>
      streamMessage(
        app.url,
        sessions[index % sessions.length],
        `Question ${index + 1}: how much sleep does an adult need?`,
      ),
    ),
  );
  const wallMs = performance.now() - started;
  const sampledPeak = sampler.stop();
  const peakMb = peakResettable ? Math.max(memoryOf(app.pid).peakMb, sampledPeak) : sampledPeak;

  const completed = results.filter((result) => result.outcome === 'done' && result.tokens === tokens).length;
  const errors = streams - completed;
  const failures = [
    ...new Set(
      results
        .filter((result) => result.outcome !== 'done')
        .map((result) => `${result.outcome} ${result.detail}`.trim()),
    ),
  ].slice(0, 5);
  const durations = summary(results.map((result) => result.totalMs));
  const idealMs = tokens * tokenDelayMs;
  context.log(
    `${completed}/${streams} streams completed in ${Math.round(wallMs)} ms; peak RSS ${round(peakMb, 1)} MB (idle ${round(idle.rssMb, 1)} MB)`,
  );
  return {
    concurrent_streams: row({
      what: `${streams} simultaneous \`/api/chat/message/stream\` chats, fake streams ${tokens} tokens ${tokenDelayMs} ms apart`,
      figure: `${completed} completed, ${errors} errors, peak RSS ${round(peakMb, 1)} MB; stream p50 ${ms(durations.p50)}, all done in ${ms(wallMs)}`,
      floor: `idle RSS ${round(idle.rssMb, 1)} MB; the fake alone takes ${ms(idealMs)} per stream`,
      ratio: durations.p50 / idealMs,
      goal: '0 errors, RSS ≤ 512',
      meets: errors === 0 && peakMb <= 512,
      data: {
        streams,
        completed,
        errors,
        failures,
        peak_rss_mb: round(peakMb, 1),
        idle_rss_mb: round(idle.rssMb, 1),
        wall_ms: round(wallMs),
        stream_ms: { p50: round(durations.p50), p99: round(durations.p99), max: round(durations.max) },
        fake_stream_ms: idealMs,
      },
    }),
  };
}
