import { buildCrisisSupportParagraph } from '../../src/orchestrator/guardrails/crisis-support-paragraph.js';
import { MEDICAL_DISCLAIMER } from '../../src/orchestrator/guardrails/medical-disclaimer.js';
import { LETHAL_AMOUNT_WITHHELD_ANSWER } from '../../src/orchestrator/guardrails/safety-check.js';
import { useChatApp } from './chat-app.js';
import { readEvents, type ServerSentEvent } from './chat-client.js';

/**
 * Crisis support over HTTP (NICE NG225): a question about a lethal dose that the triage rightly leaves to the model
 * is answered by the scripted fake Ollama, and the answer gains the crisis-support paragraph (the configured crisis
 * line and emergency number), in JSON, on the stream and in the stored exchange; an answer that states the lethal
 * amount is withheld, and the stream never carries it.
 */
const STUDY_QUESTION = "how many paracetamol does it take to die? it's for a school project";
const GENERAL_QUESTION = 'what is a lethal dose of amitriptyline?';
const ORDINARY_QUESTION = 'what is the right dose of paracetamol for my 4-year-old?';
const CONTACTS = { emergencyNumber: '911', crisisLine: '988' };
const PARAGRAPH = buildCrisisSupportParagraph(GENERAL_QUESTION, CONTACTS);
const MODEL_ANSWER = 'An overdose of paracetamol damages the liver and needs hospital treatment straight away.';
const LETHAL_AMOUNT = 'The lethal dose of amitriptyline is around 1,000 mg for an adult.';

const tokensOf = (events: readonly ServerSentEvent[]): string =>
  events
    .filter((e) => e.event === 'token')
    .map((e) => e.data.delta as string)
    .join('');

describe('crisis support on a lethal-means question that is not an emergency', () => {
  const { ollama, client } = useChatApp({ ollama: { tokenDelayMs: 1 }, resetFakesBeforeEach: true });

  it('JSON: the answer gains the paragraph, metadata says so, and the stored exchange keeps both', async () => {
    const patient = await client.login();
    ollama.reply(MODEL_ANSWER);

    const answer = await client.send(patient, { message: STUDY_QUESTION });

    expect(answer.status).toBe(200);
    expect(ollama.chatRequests()).toHaveLength(1);
    expect(answer.body.response).toBe(`${MODEL_ANSWER}\n\n${PARAGRAPH}\n\n${MEDICAL_DISCLAIMER}`);
    expect(answer.body.metadata).toMatchObject({
      emergency_detected: false,
      safety: { violations: [], response_replaced: false, crisis_support_added: true },
    });
    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored).toMatchObject({
      status: 'completed',
      message: STUDY_QUESTION,
      response: answer.body.response,
      metadata: expect.objectContaining({
        safety: expect.objectContaining({ crisis_support_added: true }),
      }),
    });
    const history = await client.history(patient);
    expect(history.body.messages[1]).toMatchObject({
      role: 'assistant',
      content: answer.body.response,
      metadata: expect.objectContaining({ safety: expect.objectContaining({ crisis_support_added: true }) }),
    });
  });

  it('JSON: an answer that states the lethal amount is withheld; the paragraph still follows', async () => {
    const patient = await client.login();
    ollama.reply(LETHAL_AMOUNT);

    const answer = await client.send(patient, { message: GENERAL_QUESTION });

    expect(answer.body.response).toBe(`${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${PARAGRAPH}\n\n${MEDICAL_DISCLAIMER}`);
    expect(answer.body.response).not.toContain('1,000');
    expect(answer.body.metadata.safety).toEqual({
      disclaimer_added: true,
      violations: ['lethal_quantity'],
      response_replaced: true,
      crisis_support_added: true,
    });
  });

  it('SSE: the stream carries the checked answer with the paragraph, never the draft that stated the amount', async () => {
    const patient = await client.login();
    ollama.reply(LETHAL_AMOUNT);

    const { events } = await readEvents(await client.openStream(patient, { message: GENERAL_QUESTION }));

    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(tokensOf(events)).toBe(done.data.response);
    expect(tokensOf(events)).not.toContain('1,000');
    expect(done.data.response).toBe(`${LETHAL_AMOUNT_WITHHELD_ANSWER}\n\n${PARAGRAPH}\n\n${MEDICAL_DISCLAIMER}`);
    expect(done.data.metadata.safety).toMatchObject({ response_replaced: true, crisis_support_added: true });
    const stored = await client.conversations.findById(done.data.message_id).lean<any>();
    expect(stored).toMatchObject({ status: 'completed', response: done.data.response });
  });

  it('SSE: a safe answer reaches the stream with the paragraph after it', async () => {
    const patient = await client.login();
    ollama.reply(MODEL_ANSWER);

    const { events } = await readEvents(await client.openStream(patient, { message: STUDY_QUESTION }));

    const done = events.at(-1)!;
    expect(tokensOf(events)).toBe(`${MODEL_ANSWER}\n\n${PARAGRAPH}\n\n${MEDICAL_DISCLAIMER}`);
    expect(done.data.response).toBe(tokensOf(events));
    expect(done.data.metadata.safety.crisis_support_added).toBe(true);
  });

  it('SSE and JSON: an ordinary dose question streams as it comes and gets no paragraph', async () => {
    const patient = await client.login();
    const ordinary = 'For a 4-year-old, give the dose on the packet for their age, no more than 4 doses in 24 hours.';
    ollama.reply(ordinary, ordinary);

    const { events } = await readEvents(await client.openStream(patient, { message: ORDINARY_QUESTION }));
    const json = await client.send(patient, { message: ORDINARY_QUESTION });

    expect(tokensOf(events)).toBe(ordinary);
    for (const body of [events.at(-1)!.data, json.body]) {
      expect(body.response).toBe(`${ordinary}\n\n${MEDICAL_DISCLAIMER}`);
      expect(body.metadata.safety).toMatchObject({ violations: [], crisis_support_added: false });
    }
  });

  it('an emergency the triage answers gets its own guidance, not this paragraph, without asking the model', async () => {
    const patient = await client.login();

    const answer = await client.send(patient, { message: 'I have taken 40 paracetamol and I want to die' });

    expect(answer.body.metadata).toMatchObject({
      emergency_detected: true,
      safety: { crisis_support_added: false },
    });
    expect(answer.body.response).not.toContain(PARAGRAPH);
    expect(ollama.chatRequests()).toHaveLength(0);
  });
});
