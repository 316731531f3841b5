import { HttpStatus } from '@nestjs/common';
import { Types } from 'mongoose';
import { bind, createTestingService } from '../../test/support/testing-service.js';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import type { LiveSession, SessionService } from '../auth/index.js';
import { describeError } from '../common/problem/describe-error.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import {
  ChatTurnRunner,
  DependencyUnavailableError,
  type ChatResponseMetadata,
  type ChatTurnHooks,
  type ChatTurnInput,
  type ChatTurnResult,
  type TurnAttachment,
} from '../orchestrator/index.js';
import { ChatAttachmentResolver } from '../upload/index.js';
import { ChatCallers } from './chat-caller.js';
import { ChatTurnService } from './chat-turn.service.js';
import { ClientDisconnectedError } from './client-disconnected.error.js';
import { ConversationRepository, type NewTurn } from './conversation.repository.js';
import { ConsultationRepository } from './consultations/consultation.repository.js';
import { DailyBudgetExhaustedError } from './quota/daily-budget-exhausted.error.js';
import { DailyTokenQuota } from './quota/daily-token-quota.service.js';
import type { FailureReason } from './schemas/conversation.schema.js';

const METADATA: ChatResponseMetadata = {
  input_type: 'text',
  tools_used: [],
  emergency_detected: false,
  emergency_symptoms: [],
  image_analysis: null,
  transcription: null,
  sources: [],
  safety: { disclaimer_added: true, violations: [], response_replaced: false },
  model: 'medgemma1.5',
};

const PATIENT: AuthenticatedPrincipal = {
  sub: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
  sid: 'session-1',
  role: 'patient',
  contextClearedAt: null,
};

/** Records what the service stores, in order, so a test can see what happened when. */
class RecordingRepository {
  readonly events: string[] = [];
  readonly inserted: NewTurn[] = [];
  /** The `since` of each context read: turns before it are not shown to the model. */
  readonly contextSince: Array<Date | null> = [];
  failWith?: Error;

  async findContext(_sessionId: string, _patientId: string | null, since: Date | null) {
    this.contextSince.push(since);
    return [];
  }
  async insertPending(turn: NewTurn) {
    this.inserted.push(turn);
    this.events.push('pending');
    return { _id: new Types.ObjectId(), created_at: new Date() };
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

class ScriptedRunner extends ChatTurnRunner {
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

const liveSession: LiveSession = {
  session_id: 'session-1',
  patient_id: PATIENT.sub,
  role: 'patient',
  expires_at: new Date(Date.now() + 60_000),
  last_activity_at: new Date(),
  context_cleared_at: null,
  created_at: new Date(),
};
const sessions = { findLive: async () => liveSession } as unknown as SessionService;
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

function turnService(
  repository: RecordingRepository,
  runner: ChatTurnRunner,
  session: SessionService,
  resolver: ChatAttachmentResolver = noFiles,
) {
  return createTestingService(ChatTurnService, [
    bind(ConversationRepository, repository),
    // Consultation titles have their own integration test.
    bind(ConsultationRepository, { noteMessage: async () => undefined } as unknown as ConsultationRepository),
    bind(ChatTurnRunner, runner),
    bind(ChatCallers, new ChatCallers(session)),
    bind(DailyTokenQuota, noQuota),
    bind(ChatAttachmentResolver, resolver),
  ]);
}

async function serviceWith(
  outcome: (hooks: ChatTurnHooks) => Promise<ChatTurnResult>,
  resolver?: ChatAttachmentResolver,
) {
  const repository = new RecordingRepository();
  const runner = new ScriptedRunner(repository, outcome);
  const service = await turnService(repository, runner, sessions, resolver);
  return { service, repository, runner };
}

const answered = async (): Promise<ChatTurnResult> => ({
  response: 'An answer.',
  metadata: METADATA,
  usage: { promptTokens: 0, completionTokens: 0 },
});

describe('ChatTurnService', () => {
  it('starts the context where the session the guard read was last cleared, without reading the session again', async () => {
    const clearedAt = new Date('2026-01-15T09:00:00.000Z');
    let sessionReads = 0;
    const repository = new RecordingRepository();
    const service = await turnService(repository, new ScriptedRunner(repository, answered), {
      findLive: async () => (sessionReads++, liveSession),
    } as unknown as SessionService);

    await service.sendMessage({ ...PATIENT, contextClearedAt: clearedAt }, { message: 'Hello' });

    expect(repository.contextSince).toEqual([clearedAt]);
    expect(sessionReads).toBe(0);
  });

  it('reads the session for a principal that does not say when its context was cleared', async () => {
    const clearedAt = new Date('2026-01-15T09:00:00.000Z');
    const repository = new RecordingRepository();
    const service = await turnService(repository, new ScriptedRunner(repository, answered), {
      findLive: async () => ({ ...liveSession, context_cleared_at: clearedAt }),
    } as unknown as SessionService);
    const { contextClearedAt: _unknown, ...withoutContextStart } = PATIENT;

    await service.sendMessage(withoutContextStart, { message: 'Hello' });

    expect(repository.contextSince).toEqual([clearedAt]);
  });

  it('stores nothing when the context cannot be read', async () => {
    const { service, repository } = await serviceWith(answered);
    repository.findContext = async () => {
      throw new Error('undecryptable stored turn');
    };

    await expect(service.sendMessage(PATIENT, { message: 'Hello' })).rejects.toThrow('undecryptable stored turn');
    expect(repository.inserted).toEqual([]);
    expect(repository.events).toEqual([]);
  });

  it('stores the message pending before the model is called, then completed', async () => {
    const { service, repository } = await serviceWith(answered);

    const response = await service.sendMessage(PATIENT, { message: 'Hello' });

    expect(repository.events).toEqual(['pending', 'model', 'completed']);
    expect(response).toMatchObject({
      response: 'An answer.',
      session_id: 'session-1',
      timestamp: '2026-01-15T14:30:28.123Z',
      metadata: METADATA,
    });
  });

  it('stores an unexpected failure as internal_error and lets it become a 500 without internals', async () => {
    const boom = new Error('connection string mongodb://secret@db leaked');
    const { service, repository } = await serviceWith(() => Promise.reject(boom));

    const failure = await service.sendMessage(PATIENT, { message: 'Hello' }).catch((error: unknown) => error);

    expect(failure).toBe(boom);
    expect(repository.events).toEqual(['pending', 'model', 'failed:internal_error']);
    const described = describeError(failure);
    expect(described.status).toBe(500);
    expect(described.detail).not.toContain('secret');
  });

  it('answers an unavailable dependency with 503, its detail and Retry-After', async () => {
    const { service, repository } = await serviceWith(() =>
      Promise.reject(new DependencyUnavailableError('Ollama', 'Ollama is down.')),
    );

    const failure = (await service
      .sendMessage(PATIENT, { message: 'Hello' })
      .catch((error: unknown) => error)) as ProblemException;

    expect(failure).toBeInstanceOf(ProblemException);
    expect(failure.getStatus()).toBe(503);
    expect(failure.detail).toBe('Ollama is down.');
    expect(failure.problem.headers).toEqual({ 'retry-after': expect.stringMatching(/^\d+$/) });
    expect(repository.events).toEqual(['pending', 'model', 'failed:dependency_unavailable']);
  });

  it('gives the runner a model gate, and stores a turn refused there for the daily budget as failed:quota with a 429', async () => {
    let gate: ChatTurnHooks['beforeModelCall'];
    const { service, repository } = await serviceWith(async (hooks) => {
      gate = hooks.beforeModelCall;
      throw new DailyBudgetExhaustedError(1000, 3600);
    });

    const failure = (await service
      .sendMessage(PATIENT, { message: 'Hello' })
      .catch((error: unknown) => error)) as ProblemException;

    expect(gate).toBeInstanceOf(Function);
    expect(failure.getStatus()).toBe(429);
    expect(failure.problem.headers).toEqual({ 'retry-after': '3600' });
    expect(repository.events).toEqual(['pending', 'model', 'failed:quota']);
  });

  it('does not keep an answer whose client left before it was delivered', async () => {
    const abort = new AbortController();
    const { service, repository } = await serviceWith(async () => {
      abort.abort();
      return answered();
    });
    const turn = await service.startTurn(PATIENT, { message: 'Hello' });

    await expect(service.answerTurn(turn, { signal: abort.signal })).rejects.toBeInstanceOf(ClientDisconnectedError);
    expect(repository.events).toEqual(['pending', 'model', 'failed:client_disconnected']);
  });

  it('keeps the original error when storing the failure fails too', async () => {
    const { service, repository } = await serviceWith(() =>
      Promise.reject(new DependencyUnavailableError('Ollama', 'Ollama is down.')),
    );
    repository.failWith = new Error('database gone');

    await expect(service.sendMessage(PATIENT, { message: 'Hello' })).rejects.toMatchObject({
      detail: 'Ollama is down.',
    });
  });

  it('refuses another session id and a file id with nothing to resolve it, before storing anything', async () => {
    const { service, repository } = await serviceWith(answered);

    await expect(service.sendMessage(PATIENT, { message: 'Hello', session_id: 'session-2' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(service.sendMessage(PATIENT, { message: 'Hello', image_file_id: 'file-1' })).rejects.toMatchObject({
      status: 404,
      detail: 'No such file.',
    });
    expect(repository.events).toEqual([]);
  });

  it('passes resolved attachments to the model and stores their description', async () => {
    const attachment: TurnAttachment = {
      kind: 'image',
      file_id: 'file-1',
      mime_type: 'image/png',
      filename: 'rash.png',
      read: async () => Buffer.from(''),
    };
    const asked: unknown[] = [];
    const resolver = new (class extends ChatAttachmentResolver {
      async resolve(principal: AuthenticatedPrincipal, references: object) {
        asked.push([principal, references]);
        return [attachment];
      }
    })();
    const { service, repository, runner } = await serviceWith(answered, resolver);

    await service.sendMessage(PATIENT, { message: 'Look', image_file_id: 'file-1' });

    expect(asked).toEqual([[PATIENT, { image_file_id: 'file-1' }]]);
    expect(runner.inputs[0].attachments).toEqual([attachment]);
    expect(repository.inserted[0].attachments).toEqual([
      { kind: 'image', file_id: 'file-1', mime_type: 'image/png', filename: 'rash.png' },
    ]);
  });

  it('refuses the admin key, which has no session to chat in', async () => {
    const { service } = await serviceWith(answered);

    await expect(
      service.sendMessage({ sub: null, sid: null, role: 'admin' }, { message: 'Hello' }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
