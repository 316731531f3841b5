import { EMERGENCY_CALL_SENTENCES } from '../../src/orchestrator/guardrails/emergency-call-translations.js';
import { buildEmergencyGuidance } from '../../src/orchestrator/guardrails/emergency-guidance.js';
import { useChatApp } from './chat-app.js';
import { readEvents } from './chat-client.js';

/**
 * The model's second opinion over HTTP: the fake Ollama answers with the emergency mark on a
 * message the triage (its rules and its wording model) does not flag. The mark never reaches the patient, JSON or SSE; the
 * turn is flagged `emergency_source: "model"` with the fixed call-now guidance in front.
 */
const UNFLAGGED_BY_RULES = 'my dad has been acting a bit odd since lunch';
const GUIDANCE = buildEmergencyGuidance([], { emergencyNumber: '911', crisisLine: '988' });
const MODEL_ANSWER = 'A sudden change like this should be checked straight away.';
/** What the patient must never see: the mark, whole or in pieces (the guidance says "emergency" in lower case). */
const MARK_PIECE = /\[\[|\]\]|EMERGENCY/;

describe('the model emergency mark over HTTP', () => {
  const { ollama, client } = useChatApp({ ollama: { tokenDelayMs: 1 }, resetFakesBeforeEach: true });

  it('JSON: flags the turn as a model-found emergency, puts the guidance first, stores it, and counts it', async () => {
    const patient = await client.login();
    ollama.reply(`[[EMERGENCY]]\n${MODEL_ANSWER}`);

    const answer = await client.send(patient, { message: UNFLAGGED_BY_RULES });

    expect(answer.status).toBe(200);
    expect(ollama.chatRequests()).toHaveLength(1);
    expect(answer.body.metadata).toMatchObject({
      emergency_detected: true,
      emergency_source: 'model',
      emergency_symptoms: [],
    });
    expect(answer.body.response.startsWith(`${GUIDANCE}\n\n${MODEL_ANSWER}`)).toBe(true);
    expect(answer.body.response).not.toMatch(MARK_PIECE);
    const history = await client.history(patient);
    expect(history.body.messages[1]).toMatchObject({
      content: answer.body.response,
      metadata: expect.objectContaining({ emergency_detected: true, emergency_source: 'model' }),
    });
    const metrics = await (await fetch(`${client.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^medchat_emergencies_detected_total\{category="model_marked"\} 1$/m);
  });

  it('SSE: a mark the model streams in pieces never reaches the patient; the guidance streams first', async () => {
    const patient = await client.login();
    // The fake streams one chunk per word: "[[", " EMERGENCY", " ]]", "\nA", ...
    ollama.reply(`[[ EMERGENCY ]]\n${MODEL_ANSWER}`);

    const { events } = await readEvents(await client.openStream(patient, { message: UNFLAGGED_BY_RULES }));

    const tokens = events.filter((e) => e.event === 'token').map((e) => e.data.delta as string);
    expect(tokens.filter((delta) => MARK_PIECE.test(delta))).toEqual([]);
    expect(tokens.join('')).toBe(`${GUIDANCE}\n\n${MODEL_ANSWER}`);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.metadata).toMatchObject({ emergency_detected: true, emergency_source: 'model' });
    expect(done.data.response).not.toMatch(MARK_PIECE);
  });

  it('SSE: a message in Spanish the model marks streams the Spanish call first, as the stored answer says (issue 11)', async () => {
    const patient = await client.login();
    ollama.reply(`[[EMERGENCY]]\n${MODEL_ANSWER}`);

    const { events } = await readEvents(
      await client.openStream(patient, { message: 'mi papá está un poco raro desde el almuerzo' }),
    );

    const streamed = events
      .filter((e) => e.event === 'token')
      .map((e) => e.data.delta as string)
      .join('');
    expect(streamed).toBe(`${EMERGENCY_CALL_SENTENCES.Spanish.callNow('911')}\n\n${GUIDANCE}\n\n${MODEL_ANSWER}`);
    const done = events.at(-1)!;
    expect(done.data.metadata).toMatchObject({ emergency_detected: true, emergency_source: 'model' });
    expect(done.data.response.startsWith(streamed)).toBe(true);
  });

  it('SSE and JSON: an ordinary answer that mentions emergencies streams unchanged and flags nothing', async () => {
    const patient = await client.login();
    const ordinary = 'This is not an emergency [1], but if it gets worse go to the emergency department.';
    ollama.reply(ordinary, ordinary);

    const { events } = await readEvents(
      await client.openStream(patient, { message: 'I have had a sore throat for two days' }),
    );
    const json = await client.send(patient, { message: 'I have had a sore throat for two days' });

    expect(
      events
        .filter((e) => e.event === 'token')
        .map((e) => e.data.delta)
        .join(''),
    ).toBe(ordinary);
    for (const metadata of [events.at(-1)!.data.metadata, json.body.metadata]) {
      expect(metadata.emergency_detected).toBe(false);
      expect(metadata).not.toHaveProperty('emergency_source');
    }
    // The checked answer drops the citation: no knowledge passage [1] was given to the model.
    expect(json.body.response.startsWith(ordinary.replace(' [1]', ''))).toBe(true);
  });

  it('names the rules as the source when the triage answers, without asking the model', async () => {
    const patient = await client.login();

    const answer = await client.send(patient, { message: 'I have crushing chest pain spreading to my left arm' });

    expect(answer.body.metadata).toMatchObject({ emergency_detected: true, emergency_source: 'rules' });
    expect(ollama.chatRequests()).toHaveLength(0);
  });
});
