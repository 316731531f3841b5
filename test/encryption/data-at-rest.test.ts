import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoClient, type Document } from 'mongodb';
import { Types } from 'mongoose';
import { ConversationRepository } from '../../src/chat/conversation.repository.js';
import { dataKeyId } from '../../src/config/data-encryption-keys.js';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { mapFhirBundle } from '../../src/patients/fhir/fhir-bundle-mapper.js';
import { call, readFixture } from '../auth/auth-test-kit.js';
import { ADMIN_KEY, fixture } from '../records/records-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const KEY_A = randomBytes(32);
const KEY_B = randomBytes(32);
const ANSWER =
  'Your record shows a suspected COVID-19 infection with a fever documented in March 2020, distinctive-answer-7731.';
const QUESTION = 'What did the doctor find in March 2020? My cough is distinctive-question-4412.';

/** Every string in a document, however deep: what a database reader would see. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Types.ObjectId))
    for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

/**
 * Health data at rest: with DATA_ENCRYPTION_KEY set, the conversation and record documents, read
 * straight through the mongodb driver, contain none of the patient's text, while the API answers
 * exactly as without encryption; a key rotation keeps old data readable.
 */
describe('health data encrypted at rest (DATA_ENCRYPTION_KEY)', () => {
  const ollama = new FakeOllama();
  let server: WireProtocolMongoServer;
  let app: TestApp;
  let client: MongoClient;
  const pablo = fixture('Pablo44_');
  const mapped = mapFhirBundle(JSON.parse(readFixture(pablo.file)));
  const env = (extra: Record<string, string>) => ({
    MONGODB_URI: server.uri,
    OLLAMA_BASE_URL: ollama.url,
    AUTH_PATIENT_ID_ONLY: 'true',
    ADMIN_API_KEY: ADMIN_KEY,
    ...extra,
  });

  const raw = (collection: string, filter: Document = {}) =>
    client.db('medchat').collection(collection).find(filter).toArray();
  const signIn = async (target: TestApp) =>
    (await call(target, 'POST', '/api/auth/login', { body: { patient_id: pablo.patientId } })).body
      .access_token as string;

  beforeAll(async () => {
    await ollama.start();
    ollama.setDefaultReply(ANSWER);
    server = new WireProtocolMongoServer();
    await server.start();
    app = await startTestApp(env({ DATA_ENCRYPTION_KEY: KEY_A.toString('base64') }));
    client = await MongoClient.connect(server.uri);
    const imported = await call(app, 'POST', '/api/admin/patients/import', {
      rawBody: readFixture(pablo.file),
      token: ADMIN_KEY,
    });
    expect(imported.status).toBe(201);
  });
  afterAll(async () => {
    await client?.close();
    await app?.close();
    await server?.stop();
    await ollama.stop();
  });

  let sources: Array<{ text: string }> = [];

  it('answers in plaintext over the API: the answer, the record sources and the history', async () => {
    const token = await signIn(app);
    const answer = await call(app, 'POST', '/api/chat/message', { token, body: { message: QUESTION } });
    expect(answer.status).toBe(200);
    expect(answer.body.response).toContain('distinctive-answer-7731');
    sources = answer.body.metadata.sources;
    expect(sources.length).toBeGreaterThan(0);
    const narratives = new Set(mapped.records.map((record) => record.text));
    for (const source of sources) expect(narratives.has(source.text)).toBe(true);

    const history = await call(app, 'GET', '/api/chat/history', { token });
    expect(history.status).toBe(200);
    expect(history.body.messages.map((message: { content: string }) => message.content)).toEqual([
      QUESTION,
      answer.body.response,
    ]);
    expect(history.body.messages[1].metadata.sources).toEqual(sources);
  });

  it('stores no plaintext of the message, the answer, the quoted records or any record narrative', async () => {
    const documents = [
      ...(await raw('conversations')),
      ...(await raw('patient_records', { patient_id: pablo.patientId })),
    ];
    const stored = JSON.stringify(documents);
    const secrets = [
      QUESTION,
      'distinctive-question-4412',
      'distinctive-answer-7731',
      ...sources.map((source) => source.text),
      ...mapped.records.map((record) => record.text),
      ...mapped.records.flatMap((record) => (record.note_text ? [record.note_text] : [])),
    ];
    expect(secrets.length).toBeGreaterThan(50);
    for (const secret of secrets) expect(stored.includes(secret) ? secret : null).toBeNull();
    // JSON escaping must not hide a match: every stored string is checked as it is, too.
    const strings = stringsOf(documents);
    for (const secret of secrets) expect(strings.some((value) => value.includes(secret)) ? secret : null).toBeNull();
  });

  it('stores each encrypted field as enc:v1:<key id>:<base64url>, with the key id beside the ciphertext', async () => {
    const [turn] = await raw('conversations');
    const pattern = new RegExp(`^enc:v1:${dataKeyId(KEY_A)}:[A-Za-z0-9_-]+$`);
    expect(turn!.message).toMatch(pattern);
    expect(turn!.response).toMatch(pattern);
    for (const source of turn!.metadata.sources) expect(source.text).toMatch(pattern);
    // What the statistics and the API's metadata need stays as it was.
    expect(turn!.metadata).toMatchObject({ emergency_detected: false, input_type: 'text' });
    const [record] = await raw('patient_records', { patient_id: pablo.patientId });
    expect(record!.text).toMatch(pattern);
    expect(record!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('encrypts transcripts and image findings as well', async () => {
    const repository = app.medchat.app.get(ConversationRepository, { strict: false });
    const owner = { patient_id: pablo.patientId, session_id: 'session-for-a-voice-turn' };
    const turn = await repository.insertPending({
      sessionId: owner.session_id,
      patientId: owner.patient_id,
      role: 'patient',
      message: 'voice note',
      attachments: [],
    });
    const transcription = 'I have had a rash on my left forearm since Tuesday, transcript-5521';
    const findings = { description: 'erythematous patch, findings-9034', confidence: 0.62 };
    await repository.markCompleted(
      turn._id,
      'answer',
      {
        input_type: 'multimodal',
        tools_used: ['transcribe_audio', 'analyze_image'],
        emergency_detected: false,
        emergency_symptoms: [],
        image_analysis: findings,
        transcription,
        sources: [],
        safety: { disclaimer_added: true, violations: [], response_replaced: false, crisis_support_added: false },
        model: 'medgemma1.5',
      },
      owner,
    );
    const [stored] = await raw('conversations', { _id: turn._id });
    const text = JSON.stringify(stored);
    expect(text).not.toContain('transcript-5521');
    expect(text).not.toContain('findings-9034');
    expect(stored!.metadata.transcription).toMatch(/^enc:v1:/);
    expect(stored!.metadata.image_analysis).toMatch(/^enc:v1:/);
    const {
      newestFirst: [read],
    } = await repository.findPage({ sessionId: owner.session_id, patientId: owner.patient_id }, 1);
    expect(read!.metadata).toMatchObject({ transcription, image_analysis: findings });
  });

  it('after a rotation (B current, A previous) reads what A encrypted and writes with B', async () => {
    await app.close();
    app = await startTestApp(
      env({ DATA_ENCRYPTION_KEY: KEY_B.toString('base64'), DATA_ENCRYPTION_PREVIOUS_KEYS: KEY_A.toString('base64') }),
    );
    const token = await signIn(app);
    const history = await call(app, 'GET', '/api/chat/history?scope=patient', { token });
    expect(history.status).toBe(200);
    expect(history.body.messages.map((message: { content: string }) => message.content)).toContain(QUESTION);

    const again = await call(app, 'POST', '/api/chat/message', { token, body: { message: QUESTION } });
    expect(again.status).toBe(200);
    expect(again.body.metadata.sources).toEqual(sources);
    const [latest] = await client
      .db('medchat')
      .collection('conversations')
      .find({})
      .sort({ created_at: -1 })
      .limit(1)
      .toArray();
    expect(latest!.message.startsWith(`enc:v1:${dataKeyId(KEY_B)}:`)).toBe(true);
  });

  it('without the key that encrypted them, refuses to serve the data (500) and logs which key id is missing', async () => {
    await app.close();
    app = await startTestApp(env({ DATA_ENCRYPTION_KEY: KEY_B.toString('base64') }));
    const token = await signIn(app);
    const history = await call(app, 'GET', '/api/chat/history?scope=patient', { token });
    expect(history.status).toBe(500);
    expect(history.text).not.toContain(dataKeyId(KEY_A));
    expect(JSON.stringify(app.logs.entries())).toContain(
      `encrypted with key ${dataKeyId(KEY_A)}, which is neither DATA_ENCRYPTION_KEY nor one of DATA_ENCRYPTION_PREVIOUS_KEYS`,
    );
  });
});
