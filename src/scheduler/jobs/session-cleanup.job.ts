import { Injectable } from '@nestjs/common';
import { SessionService } from '../../auth/index.js';
import { AppConfig } from '../../config/app-config.js';
import type { JobReport, PeriodicJob } from '../periodic-job.js';

/** Every SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS (30 min): removes signed-out and revoked sessions. */
@Injectable()
export class SessionCleanupJob implements PeriodicJob {
  readonly name = 'session-cleanup';
  readonly intervalMs: number;

  constructor(
    private readonly sessions: SessionService,
    config: AppConfig,
  ) {
    this.intervalMs = config.env.SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS * 1000;
  }

  async run(): Promise<JobReport> {
    return { ended_sessions_removed: await this.sessions.removeEnded() };
  }
}
