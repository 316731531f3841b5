import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { ConversationRetention } from '../../privacy/index.js';
import type { JobReport, PeriodicJob } from '../periodic-job.js';

/** Every SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS (120 min): exchanges past CONVERSATION_RETENTION_DAYS. */
@Injectable()
export class ConversationRetentionJob implements PeriodicJob {
  readonly name = 'conversation-retention';
  readonly intervalMs: number;

  constructor(
    private readonly retention: ConversationRetention,
    config: AppConfig,
  ) {
    this.intervalMs = config.env.SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS * 1000;
  }

  async run(now: Date): Promise<JobReport> {
    const purged = await this.retention.purge(now);
    return { expired_exchanges_purged: purged.exchanges_purged, patients_with_exchanges_purged: purged.owners };
  }
}
