import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ADMIN_API_KEY, ANCHOR_PATIENT_ID, FuzzTarget, type Session } from './support/fuzz-app.js';
import { judge, type RawResponse } from './support/fuzz-kit.js';

/**
 * NoSQL operators and prototype keys in every body, path and query string: each request is
 * refused (4xx problem+json) and changes nothing — the whole store is compared before and after
 * — and no prototype in this process (the app runs in it) gains a property.
 */
const OTHER_PATIENT_UUID = '5c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6';
const OTHER_PATIENT_ID = `Other12_Person34_${OTHER_PATIENT_UUID}`;
const OTHER_PASSWORD = 'another long enough password';
/** Fields that move on their own (sliding sessions), not because of a request's content. */
const VOLATILE = new Set(['last_activity_at', 'expires_at']);
const MAY_CHANGE_ON_REFUSAL = /^(login_failures|audit_events|rate_limit_counters|scheduler_leases)$/;

function prototypesAreClean(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['role', 'isAdmin', 'roles', 'admin', 'patient_id', 'x']) {
    expect(probe[key]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty(key);
    expect((Array.prototype as unknown as Record<string, unknown>)[key]).toBeUndefined();
    expect((Function.prototype as unknown as Record<string, unknown>)[key]).toBeUndefined();
  }
}

describe('operator injection and prototype keys', () => {
  const target = new FuzzTarget();
  let connection: Connection;
  let other: Session;

  /** Every document of every collection a request could change, volatile fields aside. */
  async function storeDump(): Promise<string> {
    const db = connection.db!;
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((c) => c.name)
      .filter((name) => !MAY_CHANGE_ON_REFUSAL.test(name))
      .sort();
    const dump: Record<string, unknown[]> = {};
    for (const name of names) {
      const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
      dump[name] = documents.map((document) =>
        Object.fromEntries(Object.entries(document).filter(([key]) => !VOLATILE.has(key))),
      );
    }
    return JSON.stringify(dump);
  }

  beforeAll(async () => {
    await target.start();
    connection = target.app.medchat.app.get<Connection>(getConnectionToken(), { strict: false });
    const imported = await target.json('POST', '/api/admin/patients/import', ADMIN_API_KEY, {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: OTHER_PATIENT_UUID,
            name: [{ given: ['Other12'], family: 'Person34' }],
          },
        },
      ],
    });
    expect(imported.status).toBe(201);
    expect(
      (
        await target.json('PUT', `/api/admin/patients/${OTHER_PATIENT_ID}/password`, ADMIN_API_KEY, {
          password: OTHER_PASSWORD,
        })
      ).status,
    ).toBe(204);
    const login = await target.json('POST', '/api/auth/login', undefined, {
      patient_id: OTHER_PATIENT_ID,
      password: OTHER_PASSWORD,
    });
    const body = JSON.parse(login.text) as { access_token: string; session_id: string };
    other = { token: body.access_token, sessionId: body.session_id, patientId: OTHER_PATIENT_ID };
    expect(
      (
        await target.json('POST', '/api/chat/message', other.token, {
          message: 'The other patient asks about migraines.',
        })
      ).status,
    ).toBe(200);
  });
  afterAll(() => target.stop());

  /** Sends raw JSON text (so prototype keys stay own keys) and checks the refusal changed nothing. */
  async function expectRefusedWithoutEffect(
    method: string,
    path: string,
    bearer: string | undefined,
    body?: string,
  ): Promise<RawResponse> {
    const before = await storeDump();
    const response = await target.client.send({
      method,
      path,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body,
    });
    expect({ status: response.status, body: response.text.slice(0, 300) }).toEqual({
      status: expect.any(Number),
      body: expect.any(String),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(judge(response, {}, {})).toEqual({ ok: true });
    expect(await storeDump()).toBe(before);
    prototypesAreClean();
    return response;
  }

  const anchor = () => target.anchor.token;

  describe('bodies', () => {
    const anchorId = ANCHOR_PATIENT_ID;
    it.each([
      ['patient_id $ne', `{"patient_id":{"$ne":null}}`],
      ['patient_id $gt and password $ne', `{"patient_id":{"$gt":""},"password":{"$ne":null}}`],
      ['password $ne', `{"patient_id":"${anchorId}","password":{"$ne":null}}`],
      ['password $regex', `{"patient_id":"${anchorId}","password":{"$regex":".*"}}`],
      ['patient_id $regex', `{"patient_id":{"$regex":"^Anchor"}}`],
      ['patient_id $where', `{"patient_id":{"$where":"return true"}}`],
      ['patient_id as an array', `{"patient_id":["${anchorId}"]}`],
      ['password as an array', `{"patient_id":"${anchorId}","password":["x"]}`],
      ['a role claim', `{"patient_id":"${anchorId}","password":"wrong password!","role":"admin"}`],
      ['__proto__', `{"__proto__":{"role":"admin","isAdmin":true},"patient_id":"${anchorId}","password":"x"}`],
      [
        'constructor.prototype',
        `{"constructor":{"prototype":{"isAdmin":true,"role":"admin"}},"patient_id":"${anchorId}"}`,
      ],
      ['nested __proto__', `{"patient_id":"${anchorId}","password":{"__proto__":{"isAdmin":true}}}`],
    ])('POST /api/auth/login with %s', async (_label, body) => {
      await expectRefusedWithoutEffect('POST', '/api/auth/login', undefined, body);
    });

    it.each([
      ['message $ne', `{"message":{"$ne":null}}`],
      ['message $where', `{"message":{"$where":"sleep(100)"}}`],
      ['session_id $ne', `{"message":"hi","session_id":{"$ne":null}}`],
      ['session_id $regex', `{"message":"hi","session_id":{"$regex":".*"}}`],
      ['image_file_id $ne', `{"message":"hi","image_file_id":{"$ne":null}}`],
      ['audio_file_id $gt', `{"message":"hi","audio_file_id":{"$gt":""}}`],
      ['patient_id of another patient', `{"message":"hi","patient_id":"${OTHER_PATIENT_ID}"}`],
      ["another patient's session_id", 'OTHER_SESSION'],
      ['__proto__', `{"__proto__":{"isAdmin":true,"role":"admin"},"message":"hi"}`],
      ['constructor.prototype', `{"message":"hi","constructor":{"prototype":{"role":"admin"}}}`],
      ['__proto__ inside message', `{"message":{"__proto__":{"isAdmin":true}}}`],
    ])('POST /api/chat/message and /stream with %s', async (_label, template) => {
      const body =
        template === 'OTHER_SESSION' ? JSON.stringify({ message: 'hi', session_id: other.sessionId }) : template;
      await expectRefusedWithoutEffect('POST', '/api/chat/message', anchor(), body);
      await expectRefusedWithoutEffect('POST', '/api/chat/message/stream', anchor(), body);
    });

    it.each([
      [
        'Patient id $ne',
        `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":{"$ne":null},"name":[{"given":["Evil1"],"family":"Person2"}]}}]}`,
      ],
      [
        'given name $gt',
        `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"${OTHER_PATIENT_UUID}","name":[{"given":[{"$gt":""}],"family":"Person34"}]}}]}`,
      ],
      ['resourceType $ne', `{"resourceType":{"$ne":"x"},"entry":[]}`],
      ['__proto__', `{"__proto__":{"isAdmin":true},"resourceType":"Bundle","entry":[]}`],
      [
        'constructor.prototype in a resource',
        `{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","constructor":{"prototype":{"role":"admin"}}}}]}`,
      ],
    ])('POST /api/admin/patients/import with %s', async (_label, body) => {
      await expectRefusedWithoutEffect('POST', '/api/admin/patients/import', ADMIN_API_KEY, body);
    });

    it.each([
      ['password $ne', `{"password":{"$ne":null}}`],
      ['password $gt', `{"password":{"$gt":""}}`],
      ['__proto__', `{"__proto__":{"password":"correct horse battery staple"}}`],
      ['extra role', `{"password":"a new password, long enough","roles":["admin"]}`],
    ])('PUT /api/admin/patients/:id/password with %s', async (_label, body) => {
      await expectRefusedWithoutEffect('PUT', `/api/admin/patients/${OTHER_PATIENT_ID}/password`, ADMIN_API_KEY, body);
    });

    it.each([
      ['{"$ne":null}', encodeURIComponent('{"$ne":null}')],
      ['$ne', '%24ne'],
      ['[$ne]', 'patient_id%5B%24ne%5D'],
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
    ])('PUT /api/admin/patients/%s/password', async (_label, segment) => {
      await expectRefusedWithoutEffect(
        'PUT',
        `/api/admin/patients/${segment}/password`,
        ADMIN_API_KEY,
        '{"password":"a new password, long enough"}',
      );
    });
  });

  it.each([
    ['{"$ne":null}', encodeURIComponent('{"$ne":null}')],
    ['$ne', '%24ne'],
    ['[$ne]', 'file_id%5B%24ne%5D'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
  ])('GET and DELETE /api/upload/%s', async (_label, segment) => {
    await expectRefusedWithoutEffect('GET', `/api/upload/${segment}`, anchor());
    await expectRefusedWithoutEffect('DELETE', `/api/upload/${segment}`, anchor());
  });

  describe('query strings', () => {
    it.each([
      'scope[$ne]=x',
      'scope[$ne]=session',
      'limit[$gt]=0',
      'before[$ne]=x',
      'scope=patient&patient_id=' + OTHER_PATIENT_ID,
      'session_id=OTHER_SESSION',
      'patient_id[$ne]=x',
      '__proto__[role]=admin',
      '__proto__=x',
      '__proto__=a&__proto__=b',
      'constructor[prototype][isAdmin]=true',
      'constructor=x',
      'prototype=x',
      '$where=1',
      'scope=patient&scope=session',
      'limit=1&limit=2',
    ])('GET /api/chat/history?%s', async (query) => {
      const response = await expectRefusedWithoutEffect(
        'GET',
        `/api/chat/history?${query.replace('OTHER_SESSION', other.sessionId)}`,
        anchor(),
      );
      expect(response.text).not.toContain('migraines');
    });

    it.each([
      'purge[$ne]=false',
      'purge=true&__proto__=x',
      'purge=true&constructor=x',
      'purge=true&session_id[$ne]=x',
      'purge=true&session_id=OTHER_SESSION',
      'purge=true&patient_id=' + OTHER_PATIENT_ID,
      '__proto__[purge]=true',
      'purge=true&purge=true',
    ])('DELETE /api/chat/history?%s', async (query) => {
      await expectRefusedWithoutEffect(
        'DELETE',
        `/api/chat/history?${query.replace('OTHER_SESSION', other.sessionId)}`,
        anchor(),
      );
    });

    it.each([
      'session_id[$ne]=x',
      '__proto__=x',
      'constructor=x',
      'session_id[$regex]=.*',
      'session_id=OTHER_SESSION',
      '__proto__[session_id]=x',
      'session_id=a&session_id=b',
    ])('POST /api/auth/logout?%s', async (query) => {
      await expectRefusedWithoutEffect(
        'POST',
        `/api/auth/logout?${query.replace('OTHER_SESSION', other.sessionId)}`,
        anchor(),
      );
    });
  });

  it('leaves both patients signed in, with their own histories', async () => {
    const anchorHistory = JSON.parse((await target.json('GET', '/api/chat/history', target.anchor.token)).text) as {
      messages: Array<{ content: string }>;
    };
    const otherHistory = JSON.parse((await target.json('GET', '/api/chat/history', other.token)).text) as {
      messages: Array<{ content: string }>;
    };
    expect(anchorHistory.messages.map((m) => m.content)).not.toContainEqual(expect.stringContaining('migraines'));
    expect(otherHistory.messages[0]?.content).toBe('The other patient asks about migraines.');
    prototypesAreClean();
  });
});
