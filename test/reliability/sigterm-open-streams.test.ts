import { MongoClient } from 'mongodb';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { newPatientId, readEvents, type ServerSentEvent } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { assertBuilt, freePort, startService, type ServiceProcess } from '../support/service-process.js';

/**
 * SIGTERM while 20 answers are streaming. The database is a wire-protocol server owned by the
 * test, so the data outlives the process and a second process can be started on it.
 */
const STREAMS = 20;
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
/** 20 s at 50 ms a token, far beyond the shutdown deadline: these streams cannot finish in time. */
const LONG_ANSWER = words(400);
/** About 3 s: these may finish while the service drains (half of SHUTDOWN_TIMEOUT_MS). */
const SHORT_ANSWER = words(60);
const SHORT_STREAMS = 10;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('SIGTERM while 20 chat streams are open', () => {
  const mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
  const ollama = new FakeOllama({ defaultReply: LONG_ANSWER, tokenDelayMs: 50 });
  let client: MongoClient;
  const services: ServiceProcess[] = [];

  const env = () => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    MONGODB_URI: mongo.uri,
    OLLAMA_BASE_URL: ollama.url,
    OLLAMA_TIMEOUT_MS: '60000',
    AUTH_PATIENT_ID_ONLY: 'true',
    JWT_SECRET: 'sigterm-test-secret-that-is-long-enough-0123456789',
    RATE_LIMIT_PER_MINUTE: '10000',
    RATE_LIMIT_PER_HOUR: '100000',
    SHUTDOWN_TIMEOUT_MS: '8000',
    // The fake has no slot limit and all 20 answers must be streaming when SIGTERM arrives; with
    // the default 4 slots per host, 16 of them would still be waiting in the queue.
    LLM_SLOTS_PER_HOST: '32',
  });

  beforeAll(async () => {
    assertBuilt();
    await mongo.start();
    await ollama.start();
    client = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 5000 });
    await client.connect();
  });
  afterAll(async () => {
    for (const service of services) service.kill();
    await client?.close();
    await ollama.stop();
    await mongo.stop();
  });

  it('ends every stream with done or error, exits 0, and leaves no turn pending for the next process', async () => {
    const first = await startService(env(), await freePort());
    services.push(first);
    ollama.reply(...Array.from({ length: SHORT_STREAMS }, () => SHORT_ANSWER));

    // One after another: the sign-in limiter counts attempts still in flight from one address.
    const tokens: string[] = [];
    for (let i = 0; i < STREAMS; i += 1) {
      const response = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ patient_id: newPatientId() }),
      });
      expect(response.status).toBe(200);
      tokens.push(((await response.json()) as { access_token: string }).access_token);
    }

    // Open the 20 streams and wait until each has started streaming tokens.
    const firstTokens = tokens.map(() => deferred());
    const bodies = tokens.map(async (token, index) => {
      const response = await fetch(`${first.url}/api/chat/message/stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: `Stream ${index}: why do my knees ache in the cold?` }),
      });
      expect(response.status).toBe(200);
      // A stream cut without a final event is what this test guards against: record it, do not throw.
      const events: ServerSentEvent[] = [];
      try {
        await readEvents(response, (event) => {
          events.push(event);
          if (event.event === 'token') firstTokens[index]!.resolve();
        });
        return { events, endedBy: 'server' as const };
      } catch {
        return { events, endedBy: 'cut' as const };
      }
    });
    await Promise.all(firstTokens.map((started) => started.promise));
    expect(ollama.inFlight).toBe(STREAMS);

    first.child.kill('SIGTERM');
    const results = await Promise.all(bodies);
    const { code } = await first.exit;

    const outcomes: ServerSentEvent[] = [];
    for (const { events, endedBy } of results) {
      expect(endedBy).toBe('server');
      expect(events[0]?.event).toBe('start');
      const last = events[events.length - 1]!;
      expect(['done', 'error']).toContain(last.event);
      if (last.event === 'error') {
        expect(last.data).toEqual({
          status: 503,
          detail: expect.stringMatching(/restart/i),
          retry_after: expect.any(Number),
        });
      }
      outcomes.push(last);
    }
    // The long answers were cut short; the short ones may have finished during the drain.
    expect(outcomes.filter((outcome) => outcome.event === 'error').length).toBeGreaterThanOrEqual(
      STREAMS - SHORT_STREAMS,
    );
    // exit 1 would mean the shutdown deadline (SHUTDOWN_TIMEOUT_MS) had to cut it short.
    expect(code).toBe(0);
    expect(first.output()).toContain('Shutdown complete');

    const second = await startService(env(), await freePort());
    services.push(second);
    const conversations = client.db('medchat').collection('conversations');
    const stored = await conversations.find({}).toArray();
    expect(stored).toHaveLength(STREAMS);
    expect(stored.filter((turn) => turn.status === 'pending')).toEqual([]);
    // What each client was told is what was stored.
    const startedIds = results.map(({ events }) => events[0]!.data.message_id as string);
    for (const [index, outcome] of outcomes.entries()) {
      const turn = stored.find((candidate) => candidate._id.toHexString() === startedIds[index]);
      expect(turn).toBeDefined();
      expect(turn!.message).toBe(`Stream ${index}: why do my knees ache in the cold?`);
      if (outcome.event === 'done')
        expect(turn).toMatchObject({ status: 'completed', response: outcome.data.response });
      else expect(turn).toMatchObject({ status: 'failed', failure_reason: 'interrupted', response: null });
    }

    // The restarted service answers the same patients (sessions and tokens survive) and shows the outcome.
    const history = await fetch(`${second.url}/api/chat/history`, {
      headers: { authorization: `Bearer ${tokens[0]}` },
    });
    expect(history.status).toBe(200);
    const messages = ((await history.json()) as { messages: Array<{ role: string; metadata: { status: string } }> })
      .messages;
    expect(messages).toHaveLength(2);
    expect(messages[1]!.metadata.status).toBe(outcomes[0]!.event === 'done' ? 'completed' : 'failed');

    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);
  });
});
