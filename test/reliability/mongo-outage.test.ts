import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { chatEnv, ChatClient, eventually, type Caller } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * MongoDB goes away while patients are chatting, then comes back. The database is a
 * wire-protocol server owned by the test (stop() drops every socket and keeps the data), so
 * the outage is the same whatever MONGODB_URI the suite runs with.
 */
const PATIENTS = 8;
const TURNS_BEFORE = 3;
/** Hang guard per request: far beyond the driver's 3 s server selection timeout. */
const HANG_GUARD_MS = 20_000;
/**
 * Hang guard for the whole test, not a measure of speed: it runs 20-40 s on a loaded 2-core host
 * (each request met by the outage waits out server selection), and the time grows with the host's
 * slowness, so jest's default 60 s is too near to be one.
 */
const TEST_HANG_GUARD_MS = 300_000;

type Phase = 'before' | 'outage' | 'after';

interface Observation {
  /** When the request was sent. */
  phase: Phase;
  /** When its answer arrived: a request sent during the outage may wait out server selection and succeed after it. */
  answeredIn: Phase;
  route: string;
  status: number;
  type: string;
  body: any;
}

describe('MongoDB outage during traffic', () => {
  const mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
  const ollama = new FakeOllama();
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await mongo.start();
    await ollama.start();
    ollama.latency(10, 50);
    app = await startTestApp(
      chatEnv(ollama.url, { MONGODB_URI: mongo.uri, OLLAMA_TIMEOUT_MS: '10000', LOGIN_MAX_FAILURES: '1000' }),
    );
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
    await mongo.stop();
  });

  /** One request with a hang guard: a request that does not answer in time fails the test. */
  async function observe(
    phase: () => Phase,
    route: string,
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Observation> {
    const issuedIn = phase();
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: {
        ...(caller ? { authorization: `Bearer ${caller.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(HANG_GUARD_MS),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // kept as text
    }
    return {
      phase: issuedIn,
      answeredIn: phase(),
      route,
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: parsed,
    };
  }

  it(
    'answers 503 problem+json while it is down, recovers without a restart, and loses no earlier turn',
    async () => {
      const patients: Caller[] = [];
      for (let i = 0; i < PATIENTS; i += 1) patients.push(await client.login());
      await Promise.all(
        patients.map(async (patient, p) => {
          for (let t = 0; t < TURNS_BEFORE; t += 1) {
            const answer = await client.send(patient, { message: `Patient ${p}, question ${t}: is my cough normal?` });
            expect(answer.status).toBe(200);
          }
        }),
      );
      const before = await Promise.all(
        patients.map(async (patient) => (await client.history(patient, 'limit=100')).body.messages),
      );
      for (const messages of before) expect(messages).toHaveLength(TURNS_BEFORE * 2);

      // Traffic: every patient keeps chatting and reading history until told to stop.
      let phase: Phase = 'before';
      let trafficOn = true;
      const observations: Observation[] = [];
      const workers = patients.map(async (patient, p) => {
        for (let n = 0; trafficOn; n += 1) {
          const current = () => phase;
          observations.push(
            n % 3 === 2
              ? await observe(current, 'history', patient, 'GET', '/api/chat/history?limit=5')
              : await observe(current, 'message', patient, 'POST', '/api/chat/message', {
                  message: `Patient ${p}, traffic ${n}.`,
                }),
          );
        }
      });
      const seen = (wanted: Phase, accept: (o: Observation) => boolean) =>
        observations.filter((o) => o.phase === wanted && accept(o)).length;
      const withinOutage = (o: Observation) => o.phase === 'outage' && o.answeredIn === 'outage';

      await eventually(
        async () => seen('before', (o) => o.status === 200),
        (count) => count >= PATIENTS,
        10_000,
      );
      await mongo.stop();
      phase = 'outage';
      // Let every patient's requests meet the outage a few times; public routes and probes too.
      await eventually(
        async () => seen('outage', withinOutage),
        (count) => count >= PATIENTS * 2,
        60_000,
      );
      const outageProbes = await Promise.all([
        observe(() => 'outage', 'ready', undefined, 'GET', '/api/health/ready'),
        observe(() => 'outage', 'live', undefined, 'GET', '/api/health/live'),
        observe(() => 'outage', 'login', undefined, 'POST', '/api/auth/login', {
          patient_id: 'Eve12_Outage34_aff8f143-2375-416f-901d-b0e4c73e3e58',
        }),
        observe(() => 'outage', 'guest', undefined, 'POST', '/api/auth/guest'),
      ]);
      observations.push(...outageProbes);

      await mongo.start();
      phase = 'after';
      // Recovery without a restart: every patient gets answers again.
      await eventually(
        async () =>
          new Set(
            observations
              .filter((o) => o.phase === 'after' && o.status === 200 && o.route === 'message')
              .map((o) => o.body.session_id),
          ).size,
        (recovered) => recovered === PATIENTS,
        30_000,
      );
      trafficOn = false;
      await Promise.all(workers);

      // Never a hang (observe() would have thrown), never a 5xx other than 503, never a 503 that is not problem+json.
      const serverErrors = observations.filter((o) => o.status >= 500);
      expect(serverErrors.filter((o) => o.status !== 503)).toEqual([]);
      for (const o of serverErrors) {
        expect(o.type).toMatch(/^application\/problem\+json/);
        expect(o.body).toMatchObject({ status: 503, detail: expect.any(String) });
        expect(o.body.detail).not.toMatch(/\n\s+at |Mongo\w*Error|ECONNREFUSED/);
      }
      // Everything that needed the database and was answered during the outage was refused with 503.
      const duringOutage = observations.filter((o) => withinOutage(o) && o.route !== 'live');
      expect(duringOutage.length).toBeGreaterThan(PATIENTS * 2);
      expect(duringOutage.filter((o) => o.status !== 503)).toEqual([]);
      expect(new Set(duringOutage.map((o) => o.route))).toEqual(
        new Set(['message', 'history', 'ready', 'login', 'guest']),
      );
      expect(outageProbes.find((o) => o.route === 'ready')!.body.detail).toMatch(/MongoDB/);
      expect(outageProbes.find((o) => o.route === 'live')!.status).toBe(200);
      // Nothing but 200 and 503 at any time: the outage is not mistaken for the client's fault.
      expect(observations.filter((o) => o.status !== 200 && o.status !== 503)).toEqual([]);

      // Readiness and sign-in are back.
      await eventually(
        () => client.call('GET', '/api/health/ready'),
        (ready) => ready.status === 200,
        10_000,
      );
      const newcomer = await client.login();
      expect((await client.send(newcomer, { message: 'Hello after the outage.' })).status).toBe(200);

      // Every turn sent before the outage is intact: same messages, same answers, same order.
      for (const [p, patient] of patients.entries()) {
        const after = await client.history(patient, 'limit=100');
        expect(after.status).toBe(200);
        expect(after.body.messages.slice(0, TURNS_BEFORE * 2)).toEqual(before[p]);
        expect(
          after.body.messages.slice(0, TURNS_BEFORE * 2).every((m: any) => m.metadata.status === 'completed'),
        ).toBe(true);
      }
    },
    TEST_HANG_GUARD_MS,
  );
});
