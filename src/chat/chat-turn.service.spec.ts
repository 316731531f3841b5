import type { SessionService } from '../auth/index.js';
import { describeError } from '../common/problem/describe-error.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { DependencyUnavailableError, type ChatTurnHooks } from '../orchestrator/index.js';
import {
  answered,
  liveSession,
  METADATA,
  PATIENT,
  RecordingRepository,
  ScriptedRunner,
  serviceWith,
  turnService,
} from '../../test/chat/chat-turn-harness.js';
import { ClientDisconnectedError } from './client-disconnected.error.js';
import { DailyBudgetExhaustedError } from './quota/daily-budget-exhausted.error.js';

describe('ChatTurnService: the turn lifecycle', () => {
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

  it("opens a patient's consultation from a turn with no answered exchange before it, never again after one", async () => {
    const repository = new RecordingRepository();
    const opened: string[] = [];
    const consultations = { noteMessage: async (sessionId: string) => void opened.push(sessionId) };
    const service = await turnService(
      repository,
      new ScriptedRunner(repository, answered),
      { findLive: async () => liveSession } as unknown as SessionService,
      undefined,
      consultations,
    );

    await service.sendMessage(PATIENT, { message: 'Hello' });
    expect(opened).toEqual([PATIENT.sid]);
    // The session's context now holds that answered exchange.
    const earlier = { message: 'Hello', response: 'Hi.', created_at: new Date('2026-01-15T09:00:00.000Z') };
    repository.findContext = async () => [earlier] as never;
    await service.sendMessage(PATIENT, { message: 'And another thing' });
    expect(opened).toEqual([PATIENT.sid]);
    // Cleared: the context is empty again and the (unchanging) upsert is asked once more.
    repository.findContext = async () => [];
    await service.sendMessage(PATIENT, { message: 'After clearing' });
    expect(opened).toEqual([PATIENT.sid, PATIENT.sid]);
  });

  it('opens no consultation for a guest', async () => {
    const repository = new RecordingRepository();
    const opened: string[] = [];
    const service = await turnService(
      repository,
      new ScriptedRunner(repository, answered),
      { findLive: async () => liveSession } as unknown as SessionService,
      undefined,
      { noteMessage: async (sessionId: string) => void opened.push(sessionId) },
    );

    await service.sendMessage({ ...PATIENT, sub: null, role: 'guest' }, { message: 'Hello' });
    expect(opened).toEqual([]);
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

  it('keeps nothing when the context cannot be read: the pending turn stored beside the read is taken back', async () => {
    const { service, repository } = await serviceWith(answered);
    repository.findContext = async () => {
      throw new Error('undecryptable stored turn');
    };

    await expect(service.sendMessage(PATIENT, { message: 'Hello' })).rejects.toThrow('undecryptable stored turn');
    expect(repository.inserted).toEqual([]);
    expect(repository.events).toEqual(['pending', 'discarded']);
  });

  it('fails the request, calling no model, when the pending turn cannot be stored', async () => {
    const { service, repository } = await serviceWith(answered);
    repository.insertPending = async () => {
      throw new Error('database gone');
    };

    await expect(service.sendMessage(PATIENT, { message: 'Hello' })).rejects.toThrow('database gone');
    expect(repository.events).toEqual([]);
  });

  it('sends the context read and the pending insert together, not one after the other', async () => {
    const { service, repository } = await serviceWith(answered);
    let insertStarted!: () => void;
    const insertCalled = new Promise<void>((resolve) => (insertStarted = resolve));
    const insert = repository.insertPending.bind(repository);
    repository.insertPending = (turn) => (insertStarted(), insert(turn));
    // The read answers only once the insert has been asked for: sequential calls would never finish.
    const read = repository.findContext.bind(repository);
    repository.findContext = async (...args) => (await insertCalled, read(...args));

    await service.sendMessage(PATIENT, { message: 'Hello' });

    expect(repository.events).toEqual(['pending', 'model', 'completed']);
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

  it('keeps a finished answer whose client left or cancelled before it was delivered, and returns it as stored', async () => {
    const abort = new AbortController();
    const { service, repository } = await serviceWith(async () => {
      abort.abort();
      return answered();
    });
    const turn = await service.startTurn(PATIENT, { message: 'Hello' });

    // A client still connected (a WebSocket that sent a cancel too late) is told it was answered.
    await expect(service.answerTurn(turn, { signal: abort.signal })).resolves.toMatchObject({
      response: 'An answer.',
      message_id: turn.messageId,
    });
    expect(repository.events).toEqual(['pending', 'model', 'completed']);
  });

  it.each([
    [
      'the aborted model call',
      new DOMException('The chat turn was cancelled because the client went away.', 'AbortError'),
    ],
    ['a model call failing anyway', new DependencyUnavailableError('Ollama', 'Ollama is down.')],
  ])(
    'stores an answer its client stopped (%s) as failed:client_disconnected and says so with ClientDisconnectedError',
    async (_case, thrown) => {
      const abort = new AbortController();
      const { service, repository } = await serviceWith(async () => {
        abort.abort();
        throw thrown;
      });
      const turn = await service.startTurn(PATIENT, { message: 'Hello' });

      await expect(service.answerTurn(turn, { signal: abort.signal })).rejects.toBeInstanceOf(ClientDisconnectedError);
      expect(repository.events).toEqual(['pending', 'model', 'failed:client_disconnected']);
    },
  );

  it('keeps the original error when storing the failure fails too', async () => {
    const { service, repository } = await serviceWith(() =>
      Promise.reject(new DependencyUnavailableError('Ollama', 'Ollama is down.')),
    );
    repository.failWith = new Error('database gone');

    await expect(service.sendMessage(PATIENT, { message: 'Hello' })).rejects.toMatchObject({
      detail: 'Ollama is down.',
    });
  });
});
