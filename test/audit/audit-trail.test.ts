import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
import { call, expectProblem } from '../auth/auth-test-kit.js';
import { ADMIN_KEY, fixture, importFixture } from '../records/records-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const QUESTION = 'What did the doctor find in March 2020? audit-question-6620';
const ANSWER = 'The record lists several findings, audit-answer-3187.';

interface AuditEvent {
  event_id: string;
  at: string;
  action: string;
  outcome: string;
  actor: { role: string; patient_id: string | null; session_id: string | null; via?: string };
  patient_id: string | null;
  request_id: string | null;
  client_ip: string | null;
  targets: Record<string, string>;
  details: Record<string, unknown>;
}

/** The audit trail end to end: actions over the API, then GET /api/admin/audit and the raw collection. */
describe('audit trail (audit_events, GET /api/admin/audit)', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  const pablo = fixture('Pablo44_').patientId;
  const bibi = fixture('Bibi254_').patientId;
  let startedAt: string;

  const audit = async (query = ''): Promise<{ events: AuditEvent[]; next_cursor: string | null }> => {
    const answer = await call(app, 'GET', `/api/admin/audit${query ? `?${query}` : ''}`, { token: ADMIN_KEY });
    expect({ status: answer.status, body: answer.status === 200 ? 'ok' : answer.body }).toEqual({
      status: 200,
      body: 'ok',
    });
    return answer.body;
  };

  beforeAll(async () => {
    await ollama.start();
    ollama.setDefaultReply(ANSWER);
    app = await startTestApp({
      OLLAMA_BASE_URL: ollama.url,
      AUTH_PATIENT_ID_ONLY: 'true',
      ADMIN_API_KEY: ADMIN_KEY,
      AUDIT_RETENTION_DAYS: '30',
      TRUST_PROXY: 'true',
    });
    startedAt = new Date().toISOString();
    await importFixture(app, 'Pablo44_');
    await importFixture(app, 'Bibi254_');
    expect(
      (
        await call(app, 'PUT', `/api/admin/patients/${bibi}/password`, {
          token: ADMIN_KEY,
          body: { password: 'a long and proper password' },
        })
      ).status,
    ).toBe(204);
    const failed = await call(app, 'POST', '/api/auth/login', {
      body: { patient_id: bibi, password: 'not the password' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(failed.status).toBe(401);

    const login = await call(app, 'POST', '/api/auth/login', {
      body: { patient_id: pablo },
      headers: { 'x-request-id': 'audit-login-1', 'x-forwarded-for': '203.0.113.7' },
    });
    expect(login.status).toBe(200);
    const token = login.body.access_token as string;
    const chat = await call(app, 'POST', '/api/chat/message', {
      token,
      body: { message: QUESTION },
      headers: { 'x-request-id': 'audit-chat-1' },
    });
    expect(chat.status).toBe(200);
    expect(chat.body.metadata.sources.length).toBeGreaterThan(0);
    const purge = await call(app, 'DELETE', '/api/chat/history?purge=true', {
      token,
      headers: { 'x-request-id': 'audit-purge-1' },
    });
    expect(purge.body).toMatchObject({ cleared: true, purged: 1 });
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('records sign-ins with who, when, the request id, the client address and the outcome', async () => {
    const { events } = await audit(`patient_id=${pablo}&action=auth.login.succeeded`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'auth.login.succeeded',
      outcome: 'success',
      actor: { role: 'patient', patient_id: pablo, session_id: expect.any(String) },
      patient_id: pablo,
      request_id: 'audit-login-1',
      client_ip: '203.0.113.7',
      details: { reason: 'patient_id_only' },
    });
    expect(Date.parse(events[0]!.at)).toBeGreaterThanOrEqual(Date.parse(startedAt));

    const failures = await audit(`outcome=failure&patient_id=${bibi}`);
    expect(failures.events).toEqual([
      expect.objectContaining({
        action: 'auth.login.failed',
        actor: expect.objectContaining({ role: 'anonymous', patient_id: null }),
        client_ip: '203.0.113.9',
        details: { reason: 'wrong_password' },
      }),
    ]);
  });

  it('records a record retrieval with the patient and counts only, in the request it happened in', async () => {
    const { events } = await audit(`action=records.retrieved&patient_id=${pablo}`);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'success',
      actor: { role: 'patient', patient_id: pablo },
      request_id: 'audit-chat-1',
    });
    expect(events[0]!.details).toEqual({ records_returned: expect.any(Number), candidates: expect.any(Number) });
    expect(events[0]!.details.records_returned).toBeGreaterThan(0);
  });

  it('records purges and admin actions', async () => {
    const purged = await audit('action=chat.history.purged');
    expect(purged.events).toEqual([
      expect.objectContaining({
        patient_id: pablo,
        request_id: 'audit-purge-1',
        details: { exchanges_deleted: 1 },
        targets: { session_id: expect.any(String) },
      }),
    ]);
    const imports = await audit('action=admin.patient.imported');
    expect(imports.events.map((event) => event.patient_id).sort()).toEqual([bibi, pablo].sort());
    for (const event of imports.events) expect(event.actor).toMatchObject({ role: 'admin', via: 'admin-api-key' });
    const passwords = await audit(`action=admin.patient.password_set&patient_id=${bibi}`);
    expect(passwords.events).toHaveLength(1);
    const reads = await audit('action=admin.audit.read');
    expect(reads.events.length).toBeGreaterThanOrEqual(4);
  });

  it('pages newest first with next_cursor, without repeats, until null', async () => {
    const seen: AuditEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: AuditEvent[]; next_cursor: string | null } = await audit(
        `patient_id=${pablo}&limit=2${cursor ? `&before=${cursor}` : ''}`,
      );
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events);
      cursor = page.next_cursor;
    } while (cursor !== null);
    expect(new Set(seen.map((event) => event.event_id)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i += 1)
      expect(Date.parse(seen[i - 1]!.at)).toBeGreaterThanOrEqual(Date.parse(seen[i]!.at));
    expect(new Set(seen.map((event) => event.action))).toEqual(
      new Set([
        'admin.patient.imported',
        'auth.login.succeeded',
        'records.retrieved',
        'chat.history.purged',
        'admin.audit.read',
      ]),
    );
  });

  it('filters by time', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await audit(`from=${encodeURIComponent(future)}`)).events).toEqual([]);
    expect((await audit(`to=${encodeURIComponent(startedAt)}&patient_id=${pablo}`)).events).toEqual([]);
    expect(
      (await audit(`from=${encodeURIComponent(startedAt)}&patient_id=${pablo}&action=auth.login.succeeded`)).events,
    ).toHaveLength(1);
  });

  it('stores no health data: neither the question, the answer nor any record text', async () => {
    const client = await MongoClient.connect(app.medchat.database.uri);
    try {
      const stored = await client.db('medchat').collection('audit_events').find({}).toArray();
      expect(stored.length).toBeGreaterThan(8);
      const text = JSON.stringify(stored);
      for (const secret of [
        'audit-question-6620',
        'audit-answer-3187',
        'March 2020',
        'not the password',
        'a long and proper password',
        ADMIN_KEY,
      ])
        expect(text).not.toContain(secret);
      const indexes = await client.db('medchat').collection('audit_events').indexes();
      expect(indexes).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 })]),
      );
      for (const event of stored) {
        const kept = (event.expires_at as Date).getTime() - (event.at as Date).getTime();
        expect(kept).toBe(30 * 86_400_000);
      }
    } finally {
      await client.close();
    }
  });

  it('is for the admin key only, and refuses malformed filters with 422', async () => {
    const guest = await call(app, 'POST', '/api/auth/guest');
    expectProblem(await call(app, 'GET', '/api/admin/audit', { token: guest.body.access_token }), 403);
    expectProblem(await call(app, 'GET', '/api/admin/audit'), 401);
    for (const query of [
      'action=everything',
      'outcome=maybe',
      'from=yesterday',
      'limit=0',
      'limit=201',
      'patient_id=$ne',
      'before=not-a-cursor',
      'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    ]) {
      expectProblem(await call(app, 'GET', `/api/admin/audit?${query}`, { token: ADMIN_KEY }), 422);
    }
  });

  it('is documented in the OpenAPI document with its filters', async () => {
    const document = (await call(app, 'GET', '/docs-json')).body;
    const operation = document.paths['/api/v1/admin/audit'].get;
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name).sort()).toEqual([
      'action',
      'before',
      'from',
      'limit',
      'outcome',
      'patient_id',
      'to',
    ]);
    expect(JSON.stringify(operation.responses['200'])).toContain('AuditPageDto');
  });
});
