import { Injectable } from '@nestjs/common';
import { SessionService } from '../../auth/index.js';
import { InterruptedTurnRecovery } from '../../chat/index.js';
import { AppConfig } from '../../config/app-config.js';
import { UploadCleanupService } from '../../upload/index.js';
import type { JobReport, PeriodicJob } from '../periodic-job.js';

/**
 * Every SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS (120 min): chat turns still pending after
 * CHAT_PENDING_GRACE_SECONDS marked failed, expired sessions removed, and upload metadata
 * whose stored file is gone removed.
 */
@Injectable()
export class DatabaseCleanupJob implements PeriodicJob {
  readonly name = 'database-cleanup';
  readonly intervalMs: number;

  constructor(
    private readonly turns: InterruptedTurnRecovery,
    private readonly sessions: SessionService,
    private readonly uploads: UploadCleanupService,
    config: AppConfig,
  ) {
    this.intervalMs = config.env.SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS * 1000;
  }

  async run(now: Date): Promise<JobReport> {
    return {
      stale_pending_turns_failed: await this.turns.failStalePendingTurns(now),
      expired_sessions_removed: await this.sessions.removeExpired(now),
      orphaned_upload_records_removed: await this.uploads.removeOrphanedRecords(),
    };
  }
}
