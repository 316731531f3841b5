import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { DatabaseCleanupJob } from '../../src/scheduler/jobs/database-cleanup.job.js';
import { SessionCleanupJob } from '../../src/scheduler/jobs/session-cleanup.job.js';
import { UploadCleanupJob } from '../../src/scheduler/jobs/upload-cleanup.job.js';
import { PeriodicJobRunner } from '../../src/scheduler/periodic-job.runner.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const JOBS = ['session-cleanup', 'upload-cleanup', 'database-cleanup'];
const INTERVAL_MS = 1000;
const OBSERVED_MS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  job: string;
  holder: string;
  at: number;
}

/** Two instances of the app on one database, each with its own timers: every job must run once per interval. */
describe('scheduled jobs on two instances sharing one database', () => {
  const server = new WireProtocolMongoServer();
  const apps: TestApp[] = [];
  const dirs: string[] = [];

  /** An instance on the shared server; each test uses a database of its own, so leases never carry over. */
  const start = async (database: string, extra: Record<string, string> = {}): Promise<TestApp> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'medchat-scheduler-'));
    dirs.push(dir);
    const app = await startTestApp({ MONGODB_URI: `${server.uri}${database}`, UPLOAD_DIR: dir, ...extra });
    apps.push(app);
    return app;
  };

  beforeAll(() => server.start());
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  afterAll(() => server.stop());

  it('gives each run to exactly one instance when both try at the same moment', async () => {
    const [first, second] = [
      await start('medchat_leases', { SCHEDULER_ENABLED: 'false' }),
      await start('medchat_leases', { SCHEDULER_ENABLED: 'false' }),
    ];
    const runners = [first, second].map((app) => app.medchat.app.get(PeriodicJobRunner, { strict: false }));
    const jobsOf = (app: TestApp) =>
      [SessionCleanupJob, UploadCleanupJob, DatabaseCleanupJob].map(
        (type) => app.medchat.app.get(type as never, { strict: false }) as never,
      );
    const [firstJobs, secondJobs] = [jobsOf(first), jobsOf(second)];
    const t0 = Date.now() + 10 * 24 * 60 * 60 * 1000;

    for (let round = 0; round < 4; round += 1) {
      const now = new Date(t0 + round * 2 * 60 * 60 * 1000);
      for (const [index] of JOBS.entries()) {
        const outcomes = await Promise.all([
          runners[0]!.runLeased(firstJobs[index]!, now),
          runners[1]!.runLeased(secondJobs[index]!, now),
        ]);
        expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
        expect(outcomes.filter((outcome) => !outcome.ran)).toEqual([{ ran: false, reason: 'lease_held_elsewhere' }]);
      }
    }
    const leases = first.medchat.app.get<Model<any>>(getModelToken('SchedulerLease'), { strict: false });
    expect((await leases.find({}).lean<any[]>()).map((lease) => lease._id).sort()).toEqual([...JOBS].sort());
  });

  it('runs every job once per interval, whichever instance holds the lease, and hands over when the holder stops', async () => {
    const intervals = {
      SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
      SCHEDULER_UPLOAD_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
      SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
    };
    const first = await start('medchat_timers', intervals);
    const second = await start('medchat_timers', intervals);
    const observedFrom = Date.now();
    await sleep(OBSERVED_MS);
    await first.close();
    const firstStoppedAt = Date.now();
    await sleep(OBSERVED_MS);
    const observedTo = Date.now();
    await second.close();
    apps.splice(0);

    const runsOf = (app: TestApp): Run[] =>
      app.logs
        .entries()
        .filter((entry) => entry.msg === 'Scheduled job finished')
        .map((entry) => ({
          job: String(entry.job),
          holder: String(entry.holder),
          at: Date.parse(String(entry.started_at)),
        }));
    const runs = [...runsOf(first), ...runsOf(second)];
    const holders = [first, second].map(
      (app) => app.logs.entries().find((entry) => entry.msg === 'Scheduler started')?.holder,
    );
    expect(new Set(holders).size).toBe(2);
    for (const job of JOBS) {
      const times = runs
        .filter((run) => run.job === job)
        .map((run) => run.at)
        .sort((a, b) => a - b);
      const gaps = times.slice(1).map((time, index) => time - times[index]!);
      const inWindow = times.filter((time) => time >= observedFrom && time < observedTo);
      // Never two runs within one interval, on either instance...
      expect({ job, gapsShorterThanAnInterval: gaps.filter((gap) => gap < INTERVAL_MS - 50) }).toEqual({
        job,
        gapsShorterThanAnInterval: [],
      });
      // ...a run in (nearly) every interval, one interval lost at most while the lease changes hands...
      const intervalsObserved = (observedTo - observedFrom) / INTERVAL_MS;
      expect(inWindow.length).toBeGreaterThanOrEqual(Math.floor(intervalsObserved) - 2);
      expect(inWindow.length).toBeLessThanOrEqual(Math.ceil(intervalsObserved));
      // ...and the second instance carries on once the first has stopped.
      expect(runsOf(second).filter((run) => run.job === job && run.at > firstStoppedAt).length).toBeGreaterThanOrEqual(
        Math.floor(OBSERVED_MS / INTERVAL_MS) - 2,
      );
    }
  });
});
