import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { PatientErasureService } from '../../privacy/index.js';
import type { JobReport, PeriodicJob } from '../periodic-job.js';

/**
 * Every SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS (30 min): finishes patient erasures a crash
 * stopped part-way (their marker still pending after ERASURE_RESUME_AFTER_MS).
 */
@Injectable()
export class ErasureCompletionJob implements PeriodicJob {
  readonly name = 'erasure-completion';
  readonly intervalMs: number;

  constructor(
    private readonly erasure: PatientErasureService,
    config: AppConfig,
  ) {
    this.intervalMs = config.env.SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS * 1000;
  }

  async run(now: Date): Promise<JobReport> {
    return { unfinished_erasures_completed: await this.erasure.resumeUnfinished(now) };
  }
}
