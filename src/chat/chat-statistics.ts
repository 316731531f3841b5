import { Injectable } from '@nestjs/common';
import { ConversationRepository } from './conversation.repository.js';
import { FeedbackRepository } from './feedback/feedback.repository.js';
import type { FeedbackRating } from './feedback/feedback.schema.js';

/** The chat feature's counts for the operator statistics, decided where the data is kept. */
@Injectable()
export class ChatStatistics {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly feedback: FeedbackRepository,
  ) {}

  /** Every stored exchange, and those triage or the model flagged as emergencies. */
  countTurns(): Promise<{ total: number; emergencies: number }> {
    return this.conversations.countTurns();
  }

  /** How many answers were rated each way. */
  countFeedbackByRating(): Promise<Record<FeedbackRating, number>> {
    return this.feedback.countByRating();
  }
}
