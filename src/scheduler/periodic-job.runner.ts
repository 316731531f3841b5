import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config.js';
import { ConversationRetentionJob } from './jobs/conversation-retention.job.js';
import { DatabaseCleanupJob } from './jobs/database-cleanup.job.js';
import { ErasureCompletionJob } from './jobs/erasure-completion.job.js';
import { SessionCleanupJob } from './jobs/session-cleanup.job.js';
import { UploadCleanupJob } from './jobs/upload-cleanup.job.js';
import type { JobReport, PeriodicJob } from './periodic-job.js';
import { SchedulerLeases } from './scheduler-leases.js';

export type JobOutcome =
  { ran: true; report: JobReport } | { ran: false; reason: 'lease_held_elsewhere' | 'still_running' | 'failed' };

/**
 * Starts each job's interval (in the @nestjs/schedule registry, which clears them at shutdown)
 * and runs a job only while this instance holds its lease for one interval, so with several
 * instances on one database each job runs once per interval. Each run logs what it removed.
 */
@Injectable()
export class PeriodicJobRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(PeriodicJobRunner.name);
  private readonly jobs: PeriodicJob[];
  private readonly running = new Set<string>();

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly leases: SchedulerLeases,
    private readonly config: AppConfig,
    sessions: SessionCleanupJob,
    uploads: UploadCleanupJob,
    database: DatabaseCleanupJob,
    erasures: ErasureCompletionJob,
    retention: ConversationRetentionJob,
  ) {
    this.jobs = [sessions, uploads, database, erasures, retention];
  }

  onApplicationBootstrap(): void {
    if (!this.config.env.SCHEDULER_ENABLED) {
      this.logger.log('Scheduler disabled (SCHEDULER_ENABLED=false): this instance runs no clean-up jobs');
      return;
    }
    for (const job of this.jobs) {
      const timer = setInterval(() => void this.runLeased(job), job.intervalMs);
      // The HTTP server keeps the process alive; a pending clean-up must not.
      timer.unref();
      this.registry.addInterval(job.name, timer);
    }
    this.logger.log({
      msg: 'Scheduler started',
      holder: this.leases.holder,
      intervals_s: Object.fromEntries(this.jobs.map((job) => [job.name, job.intervalMs / 1000])),
    });
  }

  /** Runs the job if this instance gets its lease; never throws (a failed run is logged and retried next interval). */
  async runLeased(job: PeriodicJob, now: Date = new Date()): Promise<JobOutcome> {
    if (this.running.has(job.name)) return { ran: false, reason: 'still_running' };
    this.running.add(job.name);
    try {
      if (!(await this.leases.acquire(job.name, job.intervalMs, now))) {
        this.logger.debug({ msg: 'Scheduled job skipped: another instance holds its lease', job: job.name });
        return { ran: false, reason: 'lease_held_elsewhere' };
      }
      const started = Date.now();
      const report = await job.run(now);
      this.logger.log({
        msg: 'Scheduled job finished',
        job: job.name,
        holder: this.leases.holder,
        started_at: now.toISOString(),
        duration_ms: Date.now() - started,
        ...report,
      });
      return { ran: true, report };
    } catch (error) {
      this.logger.error({ msg: 'Scheduled job failed', job: job.name, err: error });
      return { ran: false, reason: 'failed' };
    } finally {
      this.running.delete(job.name);
    }
  }
}
