import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { DatabaseCleanupJob } from '../../src/scheduler/jobs/database-cleanup.job.js';
import { SessionCleanupJob } from '../../src/scheduler/jobs/session-cleanup.job.js';
import { UploadCleanupJob } from '../../src/scheduler/jobs/upload-cleanup.job.js';
import { PeriodicJobRunner } from '../../src/scheduler/periodic-job.runner.js';
import { holdDateAndIntervals } from '../support/fake-date.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const JOBS = ['session-cleanup', 'upload-cleanup', 'database-cleanup'];
const INTERVAL_MS = 1000;

const runnerOf = (app: TestApp): PeriodicJobRunner => app.medchat.app.get(PeriodicJobRunner, { strict: false });

/** The runs an instance logged: the job, the lease holder and the instant the run was started for. */
const runsOf = (app: TestApp) =>
  app.logs
    .entries()
    .filter((entry) => entry.msg === 'Scheduled job finished')
    .map((entry) => ({ job: String(entry.job), holder: entry.holder, startedAt: String(entry.started_at) }));

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
    jest.useRealTimers();
  });
  afterAll(() => server.stop());

  it('gives each run to exactly one instance when both try at the same moment', async () => {
    const [first, second] = [
      await start('medchat_leases', { SCHEDULER_ENABLED: 'false' }),
      await start('medchat_leases', { SCHEDULER_ENABLED: 'false' }),
    ];
    const runners = [first, second].map(runnerOf);
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
    // The scheduler's clock is faked: Date and the interval timers stand still until the test moves
    // them, so a stalled host cannot skip or bunch up ticks. Everything else (setTimeout, sockets,
    // the shared database, the apps' shutdown) runs for real.
    holdDateAndIntervals();
    const startedAt = Date.now();
    const intervals = {
      SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
      SCHEDULER_UPLOAD_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
      SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
    };
    const first = await start('medchat_timers', intervals);
    // The second instance ticks half an interval after the first: each tick finds the lease held or lapsed.
    await jest.advanceTimersByTimeAsync(INTERVAL_MS / 2);
    const second = await start('medchat_timers', intervals);
    const attempts = [first, second].map((app) => jest.spyOn(runnerOf(app), 'runLeased'));
    /** Moves the clock half an interval at a time, each step waiting for the runs its ticks started. */
    const moveClockBy = async (ms: number) => {
      for (let moved = 0; moved < ms; moved += INTERVAL_MS / 2) {
        await jest.advanceTimersByTimeAsync(INTERVAL_MS / 2);
        await Promise.all(attempts.flatMap((attempt) => attempt.mock.results.map((result) => result.value)));
      }
    };

    // The first instance stops right after its run at 3 intervals; its lease is then held until 4.
    await moveClockBy(3 * INTERVAL_MS - INTERVAL_MS / 2);
    await first.close();
    await moveClockBy(4 * INTERVAL_MS);
    await second.close();
    apps.splice(0);

    const [firstHolder, secondHolder] = [first, second].map(
      (app) => app.logs.entries().find((entry) => entry.msg === 'Scheduler started')?.holder,
    );
    expect(firstHolder).not.toEqual(secondHolder);
    const runs = [...runsOf(first), ...runsOf(second)];
    for (const job of JOBS) {
      const afterStart = (ms: number) => new Date(startedAt + ms).toISOString();
      // One run per interval on the first instance's ticks, never one on the second's while the
      // first holds the lease; its lease lapses an interval after its last run, and the second's next
      // tick takes it over and runs every interval after.
      expect(runs.filter((run) => run.job === job).sort((a, b) => a.startedAt.localeCompare(b.startedAt))).toEqual([
        { job, holder: firstHolder, startedAt: afterStart(1 * INTERVAL_MS) },
        { job, holder: firstHolder, startedAt: afterStart(2 * INTERVAL_MS) },
        { job, holder: firstHolder, startedAt: afterStart(3 * INTERVAL_MS) },
        { job, holder: secondHolder, startedAt: afterStart(4.5 * INTERVAL_MS) },
        { job, holder: secondHolder, startedAt: afterStart(5.5 * INTERVAL_MS) },
        { job, holder: secondHolder, startedAt: afterStart(6.5 * INTERVAL_MS) },
      ]);
    }
  });
});
