import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import { call } from '../auth/auth-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture, importFixture, storedRecordsOf } from './records-test-kit.js';

interface Source {
  resource_type: string;
  date: string;
  text: string;
}

/**
 * Retrieval end to end: bundles imported over the admin API, a patient signed in, a question
 * over POST /api/chat/message, and what the (fake) model was shown.
 */
describe('patient record retrieval in chat', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  const pablo = fixture('Pablo44_').patientId; // a juvenile COVID-19 patient (2020)
  const bibi = fixture('Bibi254_').patientId; // another juvenile COVID-19 patient
  const meredith = fixture('Meredith572_').patientId; // an adult with a decade of observations

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp({ OLLAMA_BASE_URL: ollama.url, AUTH_PATIENT_ID_ONLY: 'true', ADMIN_API_KEY: ADMIN_KEY });
    for (const prefix of ['Pablo44_', 'Bibi254_', 'Meredith572_']) await importFixture(app, prefix);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });
  beforeEach(() => ollama.reset());

  async function signIn(patientId: string | null): Promise<string> {
    const answer =
      patientId === null
        ? await call(app, 'POST', '/api/auth/guest')
        : await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    expect(answer.status).toBe(200);
    return answer.body.access_token;
  }

  async function ask(
    patientId: string | null,
    message: string,
  ): Promise<{ sources: Source[]; toolsUsed: string[]; prompt: string }> {
    const token = await signIn(patientId);
    const answer = await call(app, 'POST', '/api/chat/message', { token, body: { message } });
    expect({ status: answer.status, body: answer.status === 200 ? 'ok' : answer.body }).toEqual({
      status: 200,
      body: 'ok',
    });
    const request = ollama.chatRequests().at(-1)!;
    return {
      sources: answer.body.metadata.sources,
      toolsUsed: answer.body.metadata.tools_used,
      prompt: request.messages.map((m) => m.content).join('\n'),
    };
  }

  /** Every narrative of the other patients that the asking patient does not share word for word. */
  async function othersOnly(patientId: string): Promise<string[]> {
    const own = new Set((await storedRecordsOf(app, patientId)).map((record) => record.text));
    const others = [pablo, bibi, meredith].filter((id) => id !== patientId);
    const texts = (await Promise.all(others.map((id) => storedRecordsOf(app, id)))).flat().map((record) => record.text);
    return [...new Set(texts.filter((text) => !own.has(text)))];
  }

  function expectInPromptRecords(prompt: string, sources: Source[]): void {
    const block = /<patient_records>\n([\s\S]*?)\n<\/patient_records>/.exec(prompt)?.[1] ?? '';
    expect(block.split('\n')).toHaveLength(sources.length);
    for (const source of sources) expect(block).toContain(source.text);
  }

  it('for a juvenile COVID-19 patient, "what did the doctor find in March 2020?" retrieves that patient\'s March 2020 Conditions', async () => {
    const { sources, toolsUsed, prompt } = await ask(pablo, 'What did the doctor find in March 2020?');

    expect(toolsUsed).toContain('retrieve_patient_records');
    expect(sources).toHaveLength(6);
    for (const source of sources) {
      expect(source).toMatchObject({ resource_type: 'Condition', date: expect.stringMatching(/^2020-03-/) });
      expect(source.text.startsWith(`${source.date} — Condition: `)).toBe(true);
    }
    const own = new Set((await storedRecordsOf(app, pablo)).map((record) => record.text));
    for (const source of sources) expect(own.has(source.text)).toBe(true);
    expectInPromptRecords(prompt, sources);
    for (const text of await othersOnly(pablo)) expect(prompt).not.toContain(text);
    for (const id of [bibi, meredith]) expect(prompt).not.toContain(id);
  });

  it('"which vaccines have I had?" retrieves Immunizations, different vaccines first', async () => {
    const { sources, prompt } = await ask(pablo, 'Which vaccines have I had?');

    expect(sources).toHaveLength(6);
    for (const source of sources) expect(source.resource_type).toBe('Immunization');
    expect(new Set(sources.map((source) => source.text.replace(/^\S+ — /, ''))).size).toBe(6);
    expectInPromptRecords(prompt, sources);
    for (const text of await othersOnly(pablo)) expect(prompt).not.toContain(text);
  });

  it('for an adult, "how has my weight changed?" retrieves the weight Observations and nothing else', async () => {
    const weights = (await storedRecordsOf(app, meredith)).filter(
      (record) => record.resource_type === 'Observation' && /Observation: (Body )?Weight /.test(record.text),
    );
    expect(weights.length).toBeGreaterThan(0);

    const { sources, prompt } = await ask(meredith, 'How has my weight changed?');

    // Her weight is from 2010 and her record runs to 2021: a history question is not cut by recency.
    expect(sources.map((source) => source.text).sort()).toEqual(weights.map((record) => record.text).sort());
    expectInPromptRecords(prompt, sources);
    for (const text of await othersOnly(meredith)) expect(prompt).not.toContain(text);
  });

  it('for an adult, a measurement question retrieves readings across the years', async () => {
    const { sources } = await ask(meredith, 'How has my temperature changed over the years?');

    const temperatures = sources.filter((source) => /Observation: TEMPERATURE /.test(source.text));
    expect(new Set(temperatures.map((source) => source.date.slice(0, 4)))).toEqual(new Set(['2010', '2012', '2014']));
    for (const source of sources) expect(source.resource_type).toBe('Observation');
  });

  it('retrieves nothing for a question that is not about the record', async () => {
    const { sources, toolsUsed, prompt } = await ask(pablo, 'What is a fever?');

    expect(sources).toEqual([]);
    expect(toolsUsed).not.toContain('retrieve_patient_records');
    expect(prompt).toContain("None: nothing in the patient's health record matches this question.");
  });

  it('a guest triggers no retrieval', async () => {
    const retriever = app.medchat.app.get(PatientRecordRetriever);
    const retrieve = jest.spyOn(retriever, 'retrieve');
    try {
      const { sources, toolsUsed, prompt } = await ask(null, 'Which vaccines have I had?');

      expect(retrieve).not.toHaveBeenCalled();
      expect(sources).toEqual([]);
      expect(toolsUsed).toEqual([]);
      expect(prompt).toContain('None: the user is a guest');
      for (const id of [pablo, bibi, meredith])
        for (const record of await storedRecordsOf(app, id)) expect(prompt).not.toContain(record.text);
    } finally {
      retrieve.mockRestore();
    }
  });

  it('reads a follow-up with the message before it in the same consultation, and only there', async () => {
    const token = await signIn(meredith);
    const say = (message: string, as = token) =>
      call(app, 'POST', '/api/chat/message', { token: as, body: { message } }).then((answer) => {
        expect(answer.status).toBe(200);
        return answer.body.metadata.sources as Source[];
      });
    expect((await say('when was my last tetanus shot?')).some((source) => source.text.includes('Td (adult)'))).toBe(
      true,
    );
    const followUp = await say('and the time before that?');
    expect(followUp.length).toBeGreaterThan(0);
    for (const source of followUp) expect(source.text).toContain('Td (adult)');
    // Another consultation has no message before it: the follow-up names nothing there.
    expect(await say('and the time before that?', await signIn(meredith))).toEqual([]);
  });

  it('tells the model to answer record questions only from the records and to say when they do not show it', async () => {
    const { prompt } = await ask(pablo, 'Do I have any allergies?');
    expect(prompt).toMatch(/only from the records inside <patient_records>/);
    expect(prompt).toMatch(/does not show it/);
  });
});
