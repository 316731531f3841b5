import { HttpStatus, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { ChatAttachmentResolver } from '../../upload/index.js';
import { ChatCallers } from '../chat-caller.js';
import { ChatStreamService } from '../chat-stream.service.js';
import { ChatTurnService, type StartedTurn } from '../chat-turn.service.js';
import type { ChatResponseDto } from '../dto/chat-response.dto.js';
import type { OpenEventStream } from '../sse/event-stream.js';
import { ConversationRepository, type ConversationScope } from '../conversation.repository.js';
import type { StoredTurn } from '../schemas/conversation.schema.js';
import { CONTEXT_TURNS, namedFiles, priorExchanges, resolveAttachments } from '../turn-inputs.js';

/**
 * POST /chat/messages/{id}/retry, up to the answer: finds the caller's failed exchange, rebuilds
 * what the model needs from it (its message, its files, the exchanges before it) and sets it
 * back to pending, so ChatTurnService answers it in place — the same graph, guardrails,
 * capacity queue and token allowance as a new message, and no second copy of the message.
 */
@Injectable()
export class FailedTurnRetry {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly callers: ChatCallers,
    private readonly attachments: ChatAttachmentResolver,
    private readonly turns: ChatTurnService,
    private readonly streams: ChatStreamService,
  ) {}

  async retry(principal: AuthenticatedPrincipal, messageId: string): Promise<ChatResponseDto> {
    return this.turns.answerTurn(await this.reopen(principal, messageId));
  }

  /** Refusals (404, 409, files gone) are ordinary problem responses; once reopened, the answer streams as for a new message. */
  async stream(principal: AuthenticatedPrincipal, messageId: string, openEvents: OpenEventStream): Promise<void> {
    return this.streams.streamTurn(await this.reopen(principal, messageId), openEvents);
  }

  async reopen(principal: AuthenticatedPrincipal, messageId: string): Promise<StartedTurn> {
    const caller = await this.callers.withContextStart(principal);
    const id = new Types.ObjectId(messageId);
    // A guest sees its own session only; a patient any of its sessions (a failed turn of an earlier consultation too).
    const scope: ConversationScope =
      caller.sub === null ? { sessionId: caller.sid, patientId: null } : { patientId: caller.sub };
    const turn = await this.conversations.findOwned(id, scope);
    if (!turn) throw new ProblemException(HttpStatus.NOT_FOUND, 'No such message.');
    if (turn.status !== 'failed') throw notFailed(turn);

    const attachments = await resolveAttachments(this.attachments, caller, namedFiles(turn.attachments));
    // The context is what came before this exchange, as when it was first asked (and not before a clear, in the live session).
    const since = turn.session_id === caller.sid ? caller.contextClearedAt : null;
    const context = await this.conversations.findContext(
      turn.session_id,
      turn.patient_id,
      since,
      CONTEXT_TURNS,
      turn.created_at,
    );
    // Last, as for a new message: a refusal above leaves the exchange failed, as it was.
    if (!(await this.conversations.reopenFailed(id))) throw notFailed({ status: 'pending' });
    return {
      id,
      messageId,
      input: {
        sessionId: turn.session_id,
        patientId: turn.patient_id,
        role: caller.role,
        message: turn.message,
        history: priorExchanges(context),
        attachments,
      },
    };
  }
}

function notFailed(turn: Pick<StoredTurn, 'status'>): ProblemException {
  return new ProblemException(
    HttpStatus.CONFLICT,
    turn.status === 'pending'
      ? 'This message is being answered now.'
      : 'This message has been answered; only a failed one can be asked again.',
    { extensions: { message_status: turn.status } },
  );
}
