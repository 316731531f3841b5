import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ConversationRepository } from './conversation.repository.js';

/**
 * A process killed mid-turn leaves its exchange `pending`. Nothing can finish it any more, so
 * once it is older than the grace period (longer than any live turn takes) it is marked failed
 * with reason `interrupted`: the patient's message stays and the history says what happened.
 * Runs at start-up; the scheduler calls failStalePendingTurns() periodically.
 */
@Injectable()
export class InterruptedTurnRecovery implements OnApplicationBootstrap {
  private readonly logger = new Logger(InterruptedTurnRecovery.name);

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.failStalePendingTurns();
    } catch (error) {
      // A database hiccup at start-up must not keep the service down; the next sweep retries.
      this.logger.error({ msg: 'Could not fail stale pending chat turns at start-up', err: error });
    }
  }

  /** Returns how many turns were marked failed. */
  async failStalePendingTurns(now: Date = new Date()): Promise<number> {
    const olderThan = new Date(now.getTime() - this.config.env.CHAT_PENDING_GRACE_SECONDS * 1000);
    const failed = await this.conversations.failPendingOlderThan(olderThan, 'interrupted');
    if (failed > 0) this.logger.warn({ msg: 'Marked interrupted chat turns as failed', count: failed });
    return failed;
  }
}
