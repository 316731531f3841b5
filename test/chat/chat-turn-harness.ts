// Why a file of its own: the chat-turn specs (lifecycle, callers and attachments) share these
// fakes; kept under test/ so the production build never compiles them.
import { HttpStatus } from '@nestjs/common';
import { Types } from 'mongoose';
import type { AuthenticatedPrincipal, LiveSession, SessionService } from '../../src/auth/index.js';
import { ChatCallers } from '../../src/chat/chat-caller.js';
import { ChatTurnService } from '../../src/chat/chat-turn.service.js';
import { ConversationRepository, type NewTurn } from '../../src/chat/conversation.repository.js';
import { ConsultationRepository } from '../../src/chat/consultations/consultation.repository.js';
import { DailyTokenQuota } from '../../src/chat/quota/daily-token-quota.service.js';
import type { FailureReason } from '../../src/chat/schemas/conversation.schema.js';
import { ProblemException } from '../../src/common/problem/problem.exception.js';
import {
  ChatTurnRunner,
  type ChatResponseMetadata,
  type ChatTurnHooks,
  type ChatTurnInput,
  type ChatTurnResult,
  type TurnAttachment,
} from '../../src/orchestrator/index.js';
import { ChatAttachmentResolver } from '../../src/upload/index.js';
import { bind, createTestingService } from '../support/testing-service.js';
import { textAnswerMetadata } from '../../src/orchestrator/testing/text-answer-metadata.js';

export const METADATA: ChatResponseMetadata = textAnswerMetadata();

export const PATIENT: AuthenticatedPrincipal = {
  sub: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
  sid: 'session-1',
  role: 'patient',
  contextClearedAt: null,
};

/** Records what the service stores, in order, so a test can see what happened when. */
export class RecordingRepository {
  readonly events: string[] = [];
  readonly inserted: NewTurn[] = [];
  /** The `since` of each context read: turns before it are not shown to the model. */
  readonly contextSince: Array<Date | null> = [];
  failWith?: Error;

  async findContext(_sessionId: string, _patientId: string | null, since: Date | null) {
    this.contextSince.push(since);
    return [];
  }
  private readonly insertedIds: Types.ObjectId[] = [];

  async insertPending(turn: NewTurn) {
    const id = new Types.ObjectId();
    this.inserted.push(turn);
    this.insertedIds.push(id);
    this.events.push('pending');
    return { _id: id, created_at: new Date() };
  }
  /** A pending turn taken back: it leaves `inserted` (what is kept). */
  async discardPending(id: Types.ObjectId) {
    const index = this.insertedIds.findIndex((inserted) => inserted.equals(id));
    if (index < 0) throw new Error(`discarded a turn never inserted: ${id.toHexString()}`);
    this.insertedIds.splice(index, 1);
    this.inserted.splice(index, 1);
    this.events.push('discarded');
  }
  async markCompleted() {
    this.events.push('completed');
    return new Date('2026-01-15T14:30:28.123Z');
  }
  async markFailed(_id: Types.ObjectId, reason: FailureReason) {
    if (this.failWith) throw this.failWith;
    this.events.push(`failed:${reason}`);
  }
}

export class ScriptedRunner extends ChatTurnRunner {
  inputs: ChatTurnInput[] = [];
  constructor(
    private readonly repository: RecordingRepository,
    private readonly outcome: (hooks: ChatTurnHooks) => Promise<ChatTurnResult>,
  ) {
    super();
  }
  run(input: ChatTurnInput, hooks: ChatTurnHooks = {}): Promise<ChatTurnResult> {
    this.inputs.push(input);
    this.repository.events.push('model');
    return this.outcome(hooks);
  }
}

export const liveSession: LiveSession = {
  session_id: 'session-1',
  patient_id: PATIENT.sub,
  role: 'patient',
  expires_at: new Date(Date.now() + 60_000),
  last_activity_at: new Date(),
  context_cleared_at: null,
  created_at: new Date(),
};
export const sessions = { findLive: async () => liveSession } as unknown as SessionService;
/** No budget: these specs are about turns, the quota has its own integration test. */
const noQuota = {
  assertWithinBudget: async () => undefined,
  record: async () => undefined,
} as unknown as DailyTokenQuota;

/** What the upload module answers for a file id that names no file of the caller's. */
const noFiles = new (class extends ChatAttachmentResolver {
  async resolve(): Promise<TurnAttachment[]> {
    throw new ProblemException(HttpStatus.NOT_FOUND, 'No such file.');
  }
})();

export function turnService(
  repository: RecordingRepository,
  runner: ChatTurnRunner,
  session: SessionService,
  resolver: ChatAttachmentResolver = noFiles,
  // Consultation titles have their own integration test.
  consultations: Pick<ConsultationRepository, 'noteMessage'> = { noteMessage: async () => undefined },
) {
  return createTestingService(ChatTurnService, [
    bind(ConversationRepository, repository),
    bind(ConsultationRepository, consultations as ConsultationRepository),
    bind(ChatTurnRunner, runner),
    bind(ChatCallers, new ChatCallers(session)),
    bind(DailyTokenQuota, noQuota),
    bind(ChatAttachmentResolver, resolver),
  ]);
}

export async function serviceWith(
  outcome: (hooks: ChatTurnHooks) => Promise<ChatTurnResult>,
  resolver?: ChatAttachmentResolver,
) {
  const repository = new RecordingRepository();
  const runner = new ScriptedRunner(repository, outcome);
  const service = await turnService(repository, runner, sessions, resolver);
  return { service, repository, runner };
}

export const answered = async (): Promise<ChatTurnResult> => ({
  response: 'An answer.',
  metadata: METADATA,
  usage: { promptTokens: 0, completionTokens: 0 },
});
