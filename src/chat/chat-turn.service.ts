import { HttpStatus, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Types } from 'mongoose';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import type { MultipartBody } from '../common/multipart/multipart-body.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/problem/retry-after.js';
import { AppConfig } from '../config/app-config.js';
import { MetricsRecorder } from '../metrics/index.js';
import {
  CapacityExceededError,
  ChatTurnRunner,
  DependencyUnavailableError,
  type ChatTurnHooks,
  type ChatTurnInput,
  type ChatTurnResult,
} from '../orchestrator/index.js';
import { ChatAttachmentResolver } from '../upload/index.js';
import { assertCanChat, ChatCallers } from './chat-caller.js';
import { ChatUploadReceiver, type ChatFileKind } from '../upload/index.js';
import { ClientDisconnectedError } from './client-disconnected.error.js';
import { ConversationRepository } from './conversation.repository.js';
import { ConsultationRepository } from './consultations/consultation.repository.js';
import { titleFromFirstMessage } from './consultations/consultation-title.js';
import { describeAttachment } from './describe-attachment.js';
import type { ChatResponseDto } from './dto/chat-response.dto.js';
import { MESSAGE_WITH_FILE_FIELDS } from './dto/message-with-file.dto.js';
import type { SendMessageDto } from './dto/send-message.dto.js';
import { parseMessageWithFileFields } from './message-with-file-fields.js';
import { DailyBudgetExhaustedError } from './quota/daily-budget-exhausted.error.js';
import { DailyTokenQuota } from './quota/daily-token-quota.service.js';
import type { FailureReason } from './schemas/conversation.schema.js';
import { CONTEXT_TURNS, priorExchanges, resolveAttachments } from './turn-inputs.js';

/** Seconds a client should wait before retrying when the model is unreachable or the service is restarting. */
const DEPENDENCY_RETRY_AFTER_SECONDS = 10;
/** What a patient whose answer was cut short by a shutdown is told (503, or the stream's error event). */
const SHUTDOWN_DETAIL = 'The server is restarting; your message was kept. Please send it again in a moment.';
/**
 * Writes of a finished answer before it is given up. A dropped connection fails a write at once; the
 * next one waits out the driver's server selection, which is the moment a restarting MongoDB needs.
 */
const ANSWER_STORE_ATTEMPTS = 2;
/** What a patient whose answer could not be stored is told (503, or the stream's error event). */
const ANSWER_NOT_STORED_DETAIL =
  'The answer could not be saved because the database was unavailable for a moment; your message was kept. Please ask again shortly.';
/** What a patient is told when the turn was closed as failed (the stale-turn sweep) before its answer was ready (409). */
const TURN_CLOSED_DETAIL =
  'The answer took too long and your message was already marked as not answered; your message was kept. Please ask it again.';
/** What a patient is told when the turn was deleted (a purge or an erasure) before its answer was ready (404). */
const TURN_DELETED_DETAIL = 'Your message was deleted before its answer was ready, so the answer was not kept.';

/** An exchange stored as pending, with everything the model needs to answer it. */
export interface StartedTurn {
  id: Types.ObjectId;
  messageId: string;
  input: ChatTurnInput;
}

/**
 * The chat turn's lifecycle: checks and stores the patient's message as pending, runs the
 * model, stores the outcome; on shutdown, drains the answers in progress.
 */
@Injectable()
export class ChatTurnService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ChatTurnService.name);
  /** Set when the service stops: answers still being produced then end as `interrupted`. */
  private shuttingDown = false;
  /** One per answer being produced, so shutdown can cancel each (one shared signal would gather a listener per turn). */
  private readonly cancellers = new Set<AbortController>();
  /** Answers being produced now; shutdown waits for each to be stored (completed or failed). */
  private readonly answering = new Set<Promise<unknown>>();

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly consultations: ConsultationRepository,
    private readonly runner: ChatTurnRunner,
    private readonly callers: ChatCallers,
    private readonly quota: DailyTokenQuota,
    private readonly attachments: ChatAttachmentResolver,
    private readonly uploads: ChatUploadReceiver,
    private readonly metrics: MetricsRecorder,
    private readonly config: AppConfig,
  ) {}

  /** POST /chat/message: one exchange, answered as a whole. */
  async sendMessage(principal: AuthenticatedPrincipal, request: SendMessageDto): Promise<ChatResponseDto> {
    return this.answerTurn(await this.startTurn(principal, request));
  }

  /**
   * POST /chat/message-with-image and -with-audio: the form's file becomes an upload of the
   * caller's, which the turn then names like any uploaded file. A refused message (invalid
   * fields, another session, an ended one) takes its file with it; once the turn is stored the
   * file stays with it, so a failed answer can be asked again by file id.
   */
  async sendMessageWithFile(
    principal: AuthenticatedPrincipal,
    kind: ChatFileKind,
    form: MultipartBody,
  ): Promise<ChatResponseDto> {
    assertCanChat(principal);
    const received = await this.uploads.receive(principal, kind, form, MESSAGE_WITH_FILE_FIELDS);
    let turn: StartedTurn;
    try {
      const fields = parseMessageWithFileFields(received.fields);
      const reference = kind === 'image' ? { image_file_id: received.file_id } : { audio_file_id: received.file_id };
      // A large file takes a while to arrive: the session is checked again, not as the guard saw it.
      const caller = await this.callers.live(principal);
      turn = await this.startTurn(caller, {
        message: fields.message ?? '',
        session_id: fields.session_id,
        ...reference,
      });
    } catch (error) {
      await received.discard();
      throw error;
    }
    return this.answerTurn(turn);
  }

  /**
   * Everything that can refuse the request happens here, before an answer starts: the caller
   * and session checks, the attachments, then the context read and the patient's message
   * stored as pending. Those two go to the database together (one round trip of waiting, not
   * two: the read asks only for answered turns, so it never sees the new one); when the read
   * fails, the pending turn is taken back, so a refusal or a failed read leaves none behind.
   */
  async startTurn(principal: AuthenticatedPrincipal, request: SendMessageDto): Promise<StartedTurn> {
    const caller = await this.callers.withContextStart(principal);
    if (request.session_id !== undefined && request.session_id !== null && request.session_id !== caller.sid) {
      throw new ProblemException(HttpStatus.NOT_FOUND, 'No such session.');
    }
    const attachments = await resolveAttachments(this.attachments, caller, request);
    const [read, insert] = await Promise.allSettled([
      this.conversations.findContext(caller.sid, caller.sub, caller.contextClearedAt, CONTEXT_TURNS),
      this.conversations.insertPending({
        sessionId: caller.sid,
        patientId: caller.sub,
        role: caller.role,
        message: request.message,
        attachments: attachments.map(describeAttachment),
      }),
    ]);
    if (read.status === 'rejected') {
      if (insert.status === 'fulfilled') await this.discardPending(insert.value._id);
      throw read.reason;
    }
    if (insert.status === 'rejected') throw insert.reason;
    const context = read.value;
    const stored = insert.value;
    // A patient's first message opens the consultation listed in GET /chat/sessions; a guest's session ends with its sign-in.
    // An answered exchange in the context means the consultation is open already: its turn opened it before its
    // answer started (below), and deleting a consultation deletes its exchanges. Only a turn with no context asks
    // again (the session's first, or the first after "clear history", where the upsert changes nothing): every
    // later message of a patient was one more write, and a title encrypted, that never changed a thing.
    if (caller.sub !== null && context.length === 0) {
      await this.consultations.noteMessage(
        caller.sid,
        caller.sub,
        titleFromFirstMessage(request.message, stored.attachments),
        stored.created_at,
      );
    }
    return {
      id: stored._id,
      messageId: stored._id.toHexString(),
      input: {
        sessionId: caller.sid,
        patientId: caller.sub,
        role: caller.role,
        message: request.message,
        history: priorExchanges(context),
        attachments,
      },
    };
  }

  /**
   * Runs the model for a started turn and stores the outcome; what it settles with is what was
   * stored, so a caller tells its client exactly that. The answer when the turn is stored
   * `completed`, even if the client left or cancelled after the answer was whole (a caller whose
   * client is still there delivers it). ClientDisconnectedError when the client's signal stopped
   * the answer first (stored `failed`, `client_disconnected`). Any other failure is stored before it
   * is rethrown — DependencyUnavailableError as a 503 problem, anything else unchanged (a 500;
   * DailyBudgetExhaustedError is its own 429 problem, the turn stored `failed` with reason `quota`).
   */
  answerTurn(turn: StartedTurn, hooks: ChatTurnHooks = {}): Promise<ChatResponseDto> {
    const answer = this.answer(turn, hooks);
    this.answering.add(answer);
    const settled = () => void this.answering.delete(answer);
    answer.then(settled, settled);
    return answer;
  }

  /**
   * Shutdown (SIGTERM): answers in progress may finish during the first half of
   * SHUTDOWN_TIMEOUT_MS; the rest are then cut short, stored as `interrupted` and answered 503,
   * so no client is left with a stream that just stops and no turn is left `pending`.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.answering.size > 0) {
      const graceMs = this.config.env.SHUTDOWN_TIMEOUT_MS / 2;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.answering]),
        new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    // Turns that start from now on (requests still arriving) are interrupted at once.
    this.shuttingDown = true;
    for (const cancel of this.cancellers) cancel.abort();
    await Promise.allSettled([...this.answering]);
  }

  private async answer(turn: StartedTurn, hooks: ChatTurnHooks): Promise<ChatResponseDto> {
    const clientSignal = hooks.signal;
    // One signal for the model call: the client leaving or the service stopping.
    const cancel = new AbortController();
    const abort = () => cancel.abort();
    clientSignal?.addEventListener('abort', abort);
    this.cancellers.add(cancel);
    if (clientSignal?.aborted || this.shuttingDown) abort();
    let result;
    let admittedAt: Date | undefined;
    try {
      // The daily token budget is checked at the model gate, after triage: an emergency is answered whatever the budget.
      // The clock is read once there, so a turn admitted before midnight UTC is counted on that day, not the next.
      const beforeModelCall = () => this.quota.assertWithinBudget(turn.input, (admittedAt = new Date()));
      result = await this.runner.run(turn.input, { ...hooks, signal: cancel.signal, beforeModelCall });
    } catch (error) {
      // No answer is kept with a failure, not even the part already streamed: the safety check reads the
      // whole answer (prohibited content, diagnosis wording, other patients' identifiers, crisis support),
      // and a draft cut short never reached it. The patient's message stays, with the failure's reason,
      // and can be asked again (POST /chat/messages/{id}/retry).
      const reason: FailureReason = clientSignal?.aborted
        ? 'client_disconnected'
        : this.shuttingDown
          ? 'interrupted'
          : error instanceof CapacityExceededError
            ? 'capacity'
            : error instanceof DailyBudgetExhaustedError
              ? 'quota'
              : error instanceof DependencyUnavailableError
                ? 'dependency_unavailable'
                : 'internal_error';
      await this.storeFailure(turn, reason);
      this.metrics.chatTurn(reason);
      if (reason === 'client_disconnected') throw new ClientDisconnectedError();
      if (reason === 'interrupted') {
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, SHUTDOWN_DETAIL, {
          headers: { 'retry-after': String(DEPENDENCY_RETRY_AFTER_SECONDS) },
        });
      }
      if (error instanceof CapacityExceededError) {
        // Every LLM slot is taken and the queue is full or was waited out: nothing is broken, so the client is told when to come back.
        this.metrics.llmTurnRejected(error.reason);
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, error.message, {
          headers: { 'retry-after': String(error.retryAfterSeconds) },
        });
      }
      if (error instanceof DependencyUnavailableError) {
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, error.message, {
          headers: { 'retry-after': String(DEPENDENCY_RETRY_AFTER_SECONDS) },
          extensions: { service: error.service },
        });
      }
      throw error;
    } finally {
      clientSignal?.removeEventListener('abort', abort);
      this.cancellers.delete(cancel);
    }
    // Counted even if the client has left: the model did the work. A count that fails is logged, never the patient's loss.
    await this.quota.record(turn.input, turn.input.message, result, admittedAt);
    // The answer is whole and has passed the safety check: it is kept even when the client has just left
    // or cancelled (as POST /chat/message keeps it after a hang-up), so the patient finds it in the history,
    // and it is returned all the same: a client still connected is told it was answered, not cancelled.
    const completedAt = await this.storeAnswer(turn, result);
    this.metrics.chatTurn('completed');
    return {
      response: result.response,
      session_id: turn.input.sessionId,
      message_id: turn.messageId,
      timestamp: completedAt.toISOString(),
      metadata: result.metadata,
    };
  }

  /**
   * Stores a whole, checked answer, and returns when. The patient is never given an answer the history
   * would not show: when no attempt could store it, the turn is stored `failed` (`storage_unavailable`),
   * or left `pending` for the stale-turn sweep when even that fails, and the client is told 503 with
   * Retry-After; the message is kept and can be asked again (POST /chat/messages/{id}/retry).
   */
  private async storeAnswer(turn: StartedTurn, result: ChatTurnResult): Promise<Date> {
    const owner = { patient_id: turn.input.patientId, session_id: turn.input.sessionId };
    for (let attempt = 1; ; attempt += 1) {
      let completedAt: Date | null;
      try {
        completedAt = await this.conversations.markCompleted(turn.id, result.response, result.metadata, owner);
      } catch (error) {
        this.logger.warn({ msg: 'Could not store a chat answer', message_id: turn.messageId, attempt, err: error });
        if (attempt >= ANSWER_STORE_ATTEMPTS) break;
        continue;
      }
      if (completedAt === null) throw await this.overtaken(turn);
      return completedAt;
    }
    await this.storeFailure(turn, 'storage_unavailable');
    this.metrics.chatTurn('storage_unavailable');
    throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ANSWER_NOT_STORED_DETAIL, {
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      extensions: { message_id: turn.messageId },
    });
  }

  /**
   * The answer is whole but no pending turn took it: the client is told what the store holds, never
   * an answer the history does not show.
   */
  private async overtaken(turn: StartedTurn): Promise<ProblemException> {
    this.logger.warn({ msg: 'A chat answer came after its turn was closed or deleted', message_id: turn.messageId });
    if (await this.conversations.exists(turn.id)) {
      return new ProblemException(HttpStatus.CONFLICT, TURN_CLOSED_DETAIL, {
        extensions: { message_id: turn.messageId },
      });
    }
    return new ProblemException(HttpStatus.NOT_FOUND, TURN_DELETED_DETAIL);
  }

  /** A failure to take it back must not hide the read's failure; the start-up sweep fails a turn left pending. */
  private async discardPending(id: Types.ObjectId): Promise<void> {
    try {
      await this.conversations.discardPending(id);
    } catch (error) {
      this.logger.error({ msg: 'Could not take back a pending chat turn', message_id: id.toHexString(), err: error });
    }
  }

  /** A failure to record the failure must not hide the failure itself; the start-up sweep catches it. */
  private async storeFailure(turn: StartedTurn, reason: FailureReason): Promise<void> {
    try {
      await this.conversations.markFailed(turn.id, reason);
    } catch (error) {
      this.logger.error({ msg: 'Could not store a failed chat turn', message_id: turn.messageId, reason, err: error });
    }
  }
}
