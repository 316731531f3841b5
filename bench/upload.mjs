// upload_45mb: one 45 MB WAV recording through POST /api/upload/audio (multipart), its
// throughput against the same bytes sent to a bare Fastify server that discards them, and how
// much the app's resident memory grows while it takes the file (it must stream, not buffer).
import http from 'node:http';
import { wavHeader } from '../test/support/clients/wav-header.mjs';
import { agent, signInGuest } from './lib/api-client.mjs';
import { memoryOf, resetPeakMemory, sampleMemory } from './lib/processes.mjs';
import { notRun, row } from './lib/report.mjs';
import { round } from './lib/stats.mjs';

export const rows = ['upload_45mb'];

const MB = 1024 * 1024;
const WHAT = 'one 45 MB WAV through `POST /api/upload/audio`: MB/s and peak RSS growth';
const GOAL = 'RSS growth ≤ 32 MB';

export async function run(context) {
  const sizeMb = context.smoke ? 2 : 45;
  const [app, bare] = await Promise.all([context.app('upload'), context.bare()]);
  const caller = await signInGuest(app.url);
  const probe = await sendUpload(`${app.url}/api/upload/audio`, caller.token, 1);
  if (probe.status === 404) {
    return { upload_45mb: notRun({ what: WHAT, goal: GOAL, reason: 'this build has no POST /api/upload/audio yet' }) };
  }
  if (probe.status !== 201) throw new Error(`the warm-up upload answered ${probe.status}: ${probe.body}`);

  const floor = await sendUpload(`${bare.url}/upload`, undefined, sizeMb);
  const idle = memoryOf(app.pid);
  const peakResettable = resetPeakMemory(app.pid);
  const sampler = sampleMemory(app.pid, 5);
  const upload = await sendUpload(`${app.url}/api/upload/audio`, caller.token, sizeMb);
  const sampledPeak = sampler.stop();
  if (upload.status !== 201) throw new Error(`the ${sizeMb} MB upload answered ${upload.status}: ${upload.body}`);
  const peakMb = peakResettable ? Math.max(memoryOf(app.pid).peakMb, sampledPeak) : sampledPeak;
  const growthMb = peakMb - idle.rssMb;
  const rate = sizeMb / (upload.ms / 1000);
  const floorRate = sizeMb / (floor.ms / 1000);
  context.log(
    `upload ${sizeMb} MB: ${round(rate, 1)} MB/s (bare ${round(floorRate, 1)} MB/s), RSS +${round(growthMb, 1)} MB`,
  );
  return {
    upload_45mb: row({
      what: WHAT,
      figure: `${round(rate, 1)} MB/s, RSS +${round(growthMb, 1)} MB`,
      floor: `${round(floorRate, 1)} MB/s to bare Fastify`,
      ratio: rate / floorRate,
      goal: GOAL,
      meets: growthMb <= 32,
      data: {
        size_mb: sizeMb,
        mb_per_s: round(rate, 1),
        floor_mb_per_s: round(floorRate, 1),
        rss_growth_mb: round(growthMb, 1),
        idle_rss_mb: round(idle.rssMb, 1),
        peak_rss_mb: round(peakMb, 1),
      },
    }),
  };
}

/** Streams a multipart upload of a `sizeMb` WAV from a 64 KiB buffer, so the client holds no copy. */
function sendUpload(url, token, sizeMb) {
  const boundary = `----medchat-bench-${Date.now()}`;
  const total = sizeMb * MB;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="recording.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + total + tail.length,
      },
    });
    req.on('response', (res) => {
      const parts = [];
      res.on('data', (part) => parts.push(part));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          body: Buffer.concat(parts).toString('utf8').slice(0, 500),
          ms: performance.now() - started,
        }),
      );
    });
    req.on('error', reject);
    req.write(head);
    req.write(wavHeader(total - 44));
    let sent = 44;
    const pump = () => {
      while (sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}
