import { HttpStatus, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { AuditTrail, callerActor } from '../../audit/index.js';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { MetricsRecorder } from '../../metrics/index.js';
import { assertCanChat } from '../chat-caller.js';
import { ConversationRepository, type ConversationScope } from '../conversation.repository.js';
import type { AdminFeedbackPageDto, AdminFeedbackQueryDto, FeedbackDto, GiveFeedbackDto } from '../dto/feedback.dto.js';
import { beforeHistoryCursor, encodeHistoryCursor } from '../history-cursor.js';
import { FeedbackRepository } from './feedback.repository.js';
import type { StoredFeedback } from './feedback.schema.js';

/** PUT /chat/messages/{id}/feedback and GET /admin/feedback: ratings of answers, and their review. */
@Injectable()
export class ChatFeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly conversations: ConversationRepository,
    private readonly audit: AuditTrail,
    private readonly metrics: MetricsRecorder,
  ) {}

  async give(principal: AuthenticatedPrincipal, messageId: string, body: GiveFeedbackDto): Promise<FeedbackDto> {
    const caller = assertCanChat(principal);
    const scope: ConversationScope =
      caller.sub === null ? { sessionId: caller.sid, patientId: null } : { patientId: caller.sub };
    const turn = await this.conversations.findOwned(new Types.ObjectId(messageId), scope);
    if (!turn) throw new ProblemException(HttpStatus.NOT_FOUND, 'No such message.');
    // Only an answer can be rated: a pending or failed exchange has none.
    if (turn.status !== 'completed')
      throw new ProblemException(HttpStatus.CONFLICT, 'This message has no answer to rate yet.');
    const reasons = body.reasons ?? [];
    // First, so a history page never reads the answer as unrated while its feedback exists.
    await this.conversations.markFeedbackGiven(turn._id);
    const stored = await this.feedback.put(
      { messageId, sessionId: turn.session_id, patientId: turn.patient_id },
      { rating: body.rating, reasons, comment: body.comment?.trim() ? body.comment.trim() : null },
    );
    this.metrics.feedbackGiven(body.rating, reasons);
    await this.audit.record({
      action: 'chat.feedback.given',
      outcome: 'success',
      actor: callerActor(caller),
      patient_id: turn.patient_id,
      targets: { message_id: messageId, session_id: turn.session_id },
      details: {
        rating: body.rating,
        reasons: reasons.join(',') || null,
        replaced: stored.created_at.getTime() !== stored.updated_at.getTime(),
      },
    });
    return toFeedbackDto(stored);
  }

  async page(query: AdminFeedbackQueryDto): Promise<AdminFeedbackPageDto> {
    const before = beforeHistoryCursor(query.before);
    const found = await this.feedback.search({
      rating: query.rating,
      reason: query.reason,
      since: query.since ? new Date(query.since) : undefined,
      before,
      limit: query.limit,
    });
    const page = found.slice(0, query.limit);
    const last = page.at(-1);
    return {
      feedback: page.map((stored) => ({
        ...toFeedbackDto(stored),
        session_id: stored.session_id,
        patient_id: stored.patient_id,
        created_at: stored.created_at.toISOString(),
      })),
      next_cursor:
        found.length > query.limit && last ? encodeHistoryCursor({ createdAt: last.updated_at, id: last._id }) : null,
    };
  }
}

export function toFeedbackDto(stored: StoredFeedback): FeedbackDto {
  return {
    message_id: stored.message_id,
    rating: stored.rating,
    reasons: stored.reasons,
    comment: stored.comment,
    updated_at: stored.updated_at.toISOString(),
  };
}
