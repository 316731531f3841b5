import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { newPatientId, UploadHarness } from './upload-test-kit.js';

const run = promisify(execFile);
const MB = 1024 * 1024;
const FILE_BYTES = 45 * MB;
const SAMPLE_EVERY_MS = 5;
const CLIENT = path.join('test', 'support', 'clients', 'stream-upload.mjs');

interface Measurement {
  status: number;
  sizeBytes: number;
  baselineRss: number;
  peakRss: number;
  seconds: number;
}

/**
 * A 45 MB recording goes through POST /api/upload/audio while the resident memory of this
 * process — the app's — is sampled every few milliseconds. The client runs in a process of its
 * own and generates the body as it sends it, so only the app's memory is counted. The app
 * streams the file to disk, so it never needs the file's 45 MB at once: what RSS still grows by
 * is socket buffers already released but not yet collected (V8 collects external memory lazily,
 * up to tens of MB), and a second upload reuses that memory. The figures are printed and written
 * to test-results/upload-memory.json; timing is reported, never asserted.
 */
describe('memory while uploading a 45 MB recording (disk storage)', () => {
  const harness = new UploadHarness('disk');

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('streams: on each of two uploads RSS grows by less than the file', async () => {
    const patient = await harness.login(newPatientId());
    const measure = async (bytes: number): Promise<Measurement> => {
      const baselineRss = process.memoryUsage().rss;
      let peakRss = baselineRss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), SAMPLE_EVERY_MS);
      const started = Date.now();
      try {
        const { stdout } = await run(process.execPath, [
          CLIENT,
          `${harness.app.url}/api/upload/audio`,
          patient.token,
          String(bytes),
        ]);
        const answer = JSON.parse(stdout) as { status: number; body: { size_bytes: number } };
        return {
          status: answer.status,
          sizeBytes: answer.body.size_bytes,
          baselineRss,
          peakRss: Math.max(peakRss, process.memoryUsage().rss),
          seconds: (Date.now() - started) / 1000,
        };
      } finally {
        clearInterval(sampler);
      }
    };

    // Warms every code path (parser, hashing, file streams) so the measurement sees the upload only.
    expect((await measure(10 * MB)).status).toBe(201);
    const first = await measure(FILE_BYTES);
    const second = await measure(FILE_BYTES);

    for (const upload of [first, second]) expect(upload).toMatchObject({ status: 201, sizeBytes: FILE_BYTES });
    const report = {
      file_mb: FILE_BYTES / MB,
      baseline_rss_mb: mb(first.baselineRss),
      peak_rss_mb: mb(first.peakRss),
      rss_growth_mb: mb(first.peakRss - first.baselineRss),
      second_upload_rss_growth_mb: mb(second.peakRss - second.baselineRss),
      seconds: Math.round(first.seconds * 100) / 100,
      sample_every_ms: SAMPLE_EVERY_MS,
      node: process.version,
    };
    console.log(`45 MB upload, app process memory: ${JSON.stringify(report)}`);
    await mkdir('test-results', { recursive: true });
    await writeFile(path.join('test-results', 'upload-memory.json'), `${JSON.stringify(report, null, 2)}\n`);

    // Holding the file would take its 45 MB at once on top of the baseline; streaming stays below
    // that on every upload. How far below depends on when the collector runs in this shared test
    // process (2.6 MB and 16.5 MB on one CI run), so the second upload's figure is reported, not
    // held to a tighter bound.
    for (const upload of [first, second]) expect(upload.peakRss - upload.baselineRss).toBeLessThan(FILE_BYTES);
  });
});

function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
