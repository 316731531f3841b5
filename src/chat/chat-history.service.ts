import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail, callerActor } from '../audit/index.js';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import { SessionService } from '../auth/index.js';
import { deepFreeze } from '../common/deep-freeze.js';
import { withJsonText } from '../common/http/json-text.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { assertCanChat, sessionEnded } from './chat-caller.js';
import { FAILED_ANSWER_TEXT } from './chat-turn-failure.js';
import { ConversationRepository, type ConversationScope } from './conversation.repository.js';
import { ConsultationRepository } from './consultations/consultation.repository.js';
import { toFeedbackDto } from './feedback/chat-feedback.service.js';
import { FeedbackRepository } from './feedback/feedback.repository.js';
import type { StoredFeedback } from './feedback/feedback.schema.js';
import { describeAttachment } from './describe-attachment.js';
import type { ClearHistoryResponseDto } from './dto/clear-history.dto.js';
import type { HistoryQueryDto } from './dto/history-query.dto.js';
import type { ChatHistoryDto, HistoryMessageDto } from './dto/history-response.dto.js';
import { beforeHistoryCursor, encodeHistoryCursor } from './history-cursor.js';
import type { StoredTurn } from './schemas/conversation.schema.js';

/** An exchange's messages as a page shows them, and their JSON (the array's items, without its brackets). */
interface ShownMessages {
  readonly messages: readonly HistoryMessageDto[];
  readonly json: string;
}

/** GET and DELETE /chat/history: paging back through stored exchanges, clearing the model's view, purging. */
@Injectable()
export class ChatHistoryService {
  /**
   * The messages of an exchange shown without feedback, and their JSON, by the stored turn they
   * were made from: ConversationRepository.findPage hands out the same frozen turn while its
   * stored bytes are the same (see DecodedDocuments), so a page read again shows the messages it
   * showed before instead of building and serialising them again (40 objects, their timestamps
   * formatted, per page). A turn changed in the database is a new object, and a rated answer is
   * built afresh with its feedback every time.
   */
  private readonly unratedMessages = new WeakMap<StoredTurn, ShownMessages>();

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly consultations: ConsultationRepository,
    private readonly feedback: FeedbackRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  async history(principal: AuthenticatedPrincipal, query: HistoryQueryDto): Promise<ChatHistoryDto> {
    const caller = assertCanChat(principal);
    let scope: ConversationScope;
    let sessionId = caller.sid;
    if (query.session_id !== undefined && query.session_id !== caller.sid) {
      // An earlier consultation: only a patient has those, and only their own (else 404, never an empty page).
      if (caller.role === 'guest' || caller.sub === null)
        throw new ProblemException(HttpStatus.NOT_FOUND, 'No such consultation.');
      if (!(await this.ownsConsultation(caller.sub, query.session_id)))
        throw new ProblemException(HttpStatus.NOT_FOUND, 'No such consultation.');
      sessionId = query.session_id;
      scope = { sessionId, patientId: caller.sub };
    } else if (query.scope === 'patient') {
      if (caller.role === 'guest' || caller.sub === null) {
        throw new ProblemException(
          HttpStatus.FORBIDDEN,
          'Guests have no patient history; ask for scope=session instead.',
        );
      }
      scope = { patientId: caller.sub };
    } else {
      scope = { sessionId: caller.sid, patientId: caller.sub };
    }
    const before = beforeHistoryCursor(query.before);

    const { newestFirst, more } = await this.conversations.findPage(scope, query.limit, before);
    // The first page of a history that fits on it holds every exchange: nothing left to count.
    const counts =
      before === undefined && !more ? countsOf(newestFirst) : await this.conversations.countExchanges(scope);
    const page = newestFirst.reverse();
    const oldest = page[0];
    // Each id as text once: it names the messages and finds their feedback.
    const messageIds = page.map((turn) => turn._id.toHexString());
    // Only answers that may have feedback (feedback_given true, or absent on older turns): a page
    // of answers never rated makes no feedback query at all.
    const feedback = await this.feedback.findForMessages(
      messageIds.filter((_id, index) => mayHaveFeedback(page[index] as StoredTurn)),
    );
    const messages: HistoryMessageDto[] = [];
    const messagesJson: string[] = [];
    page.forEach((turn, index) => {
      const messageId = messageIds[index] as string;
      const shown = this.messagesOf(turn, messageId, feedback.get(messageId));
      messages.push(...shown.messages);
      messagesJson.push(shown.json);
    });
    const history: ChatHistoryDto = {
      session_id: sessionId,
      patient_id: caller.sub,
      messages,
      // A pending exchange has only its user message so far.
      total_messages: counts.total * 2 - counts.pending,
      next_cursor: more && oldest ? encodeHistoryCursor({ createdAt: oldest.created_at, id: oldest._id }) : null,
    };
    return withJsonText(history, () => pageJson(history, messagesJson));
  }

  /** The model stops seeing earlier exchanges; with `purge` they are deleted as well. */
  async clearHistory(principal: AuthenticatedPrincipal, purge: boolean): Promise<ClearHistoryResponseDto> {
    const caller = assertCanChat(principal);
    if (!(await this.sessions.clearContext(caller.sid))) throw sessionEnded();
    const purged = purge ? await this.conversations.deleteSessionTurns(caller.sid, caller.sub) : 0;
    if (purge) {
      // Nothing is left to list; the session's next message opens a new consultation with its own title.
      await this.consultations.delete(caller.sid, caller.sub);
      await this.feedback.deleteBySession(caller.sid, caller.sub);
      await this.audit.record({
        action: 'chat.history.purged',
        outcome: 'success',
        actor: callerActor(caller),
        patient_id: caller.sub,
        targets: { session_id: caller.sid },
        details: { exchanges_deleted: purged },
      });
    }
    return {
      message: purge
        ? `Conversation history cleared; ${purged} stored exchanges deleted.`
        : 'Conversation history cleared.',
      cleared: true,
      purged,
    };
  }

  private messagesOf(turn: StoredTurn, messageId: string, feedback?: StoredFeedback): ShownMessages {
    if (feedback !== undefined) return shownMessages(toHistoryMessages(turn, messageId, feedback));
    let shown = this.unratedMessages.get(turn);
    if (shown === undefined) {
      // Shared by every response that shows them: frozen, as the turn is, so their JSON stays theirs.
      shown = shownMessages(deepFreeze(toHistoryMessages(turn, messageId)));
      this.unratedMessages.set(turn, shown);
    }
    return shown;
  }

  private async ownsConsultation(patientId: string, sessionId: string): Promise<boolean> {
    if (await this.consultations.find(sessionId, patientId)) return true;
    return (await this.conversations.countExchanges({ sessionId, patientId })).total > 0;
  }
}

/**
 * The text JSON.stringify(page) writes, field by field in the page's own order, its messages from the JSON kept with
 * them: a field added to the page is written without this changing.
 */
function pageJson(page: ChatHistoryDto, messagesJson: readonly string[]): string {
  const fields = Object.entries(page)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const json = key === 'messages' ? `[${messagesJson.join(',')}]` : JSON.stringify(value);
      return `${JSON.stringify(key)}:${json}`;
    });
  return `{${fields.join(',')}}`;
}

function shownMessages(messages: readonly HistoryMessageDto[]): ShownMessages {
  return { messages, json: JSON.stringify(messages).slice(1, -1) };
}

function countsOf(turns: readonly StoredTurn[]): { total: number; pending: number } {
  return { total: turns.length, pending: turns.filter((turn) => turn.status === 'pending').length };
}

function mayHaveFeedback(turn: StoredTurn): boolean {
  return turn.status === 'completed' && turn.feedback_given !== false;
}

/** `messageId`: the turn's id as text; `feedback`: the caller's rating of this answer, shown on it as `metadata.feedback`. */
function toHistoryMessages(turn: StoredTurn, messageId: string, feedback?: StoredFeedback): HistoryMessageDto[] {
  const user: HistoryMessageDto = {
    role: 'user',
    content: turn.message,
    timestamp: turn.created_at.toISOString(),
    metadata: {
      message_id: messageId,
      status: turn.status,
      attachments: turn.attachments.map((a) => describeAttachment(a)),
    },
  };
  if (turn.status === 'pending') return [user];
  const answeredAt = (turn.completed_at ?? turn.created_at).toISOString();
  if (turn.status === 'completed') {
    return [
      user,
      {
        role: 'assistant',
        content: turn.response ?? '',
        timestamp: answeredAt,
        // Object.assign onto a new object, not a spread followed by new fields: V8 gives a spread's
        // copy a map that later fields cannot extend along a shared transition, so each answer
        // made a map of its own (about 5 us apiece, 20 per page). Same fields, same order.
        metadata: Object.assign(
          {} as Record<string, unknown>,
          turn.metadata,
          { message_id: messageId, status: 'completed' as const },
          feedback ? { feedback: toFeedbackDto(feedback) } : undefined,
        ),
      },
    ];
  }
  const reason = turn.failure_reason ?? 'internal_error';
  return [
    user,
    {
      role: 'assistant',
      content: FAILED_ANSWER_TEXT[reason],
      timestamp: answeredAt,
      metadata: { message_id: messageId, status: 'failed', failure_reason: reason },
    },
  ];
}
