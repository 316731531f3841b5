import type { RecordSource } from '../../src/orchestrator/chat-turn.js';
import { EmergencyTriage } from '../../src/orchestrator/guardrails/emergency-triage.js';
import { MEDICAL_DISCLAIMER, SAFE_FALLBACK_ANSWER } from '../../src/orchestrator/guardrails/safety-check.js';
import { PatientRecordRetriever, type RecordQuery } from '../../src/patients/retrieval/patient-record-retriever.js';
import { SYSTEM_PROMPT } from '../../src/orchestrator/prompts/system-prompt.js';
import { CHEST_PAIN, REPLY, orchestratorsOnFakeOllama } from './fake-ollama-orchestrators.js';
import { OTHER_PATIENT_ID, PATIENT_ID, runCollecting, turn } from './orchestrator-harness.js';

/**
 * The orchestrator as the app builds it, with the real ChatOllama talking HTTP to the scripted
 * fake Ollama: the prompt on the wire, streaming, and the guardrails on the way out. Failures
 * of Ollama itself are in agent-graph-resilience.test.ts.
 */

class FixedRecords extends PatientRecordRetriever {
  readonly queries: RecordQuery[] = [];
  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    this.queries.push(query);
    return [{ resource_type: 'Condition', date: '2019-11-02', text: 'Seasonal allergic rhinitis' }];
  }
}

describe('agent graph with ChatOllama and the fake Ollama', () => {
  const { ollama, start } = orchestratorsOnFakeOllama();

  it('sends the system prompt, earlier turns, records and the fenced message, and streams the answer', async () => {
    const retriever = new FixedRecords();
    const { runner } = await start({}, { retriever });
    ollama.reply(REPLY);
    const at = new Date('2026-01-15T14:00:00Z');

    const { result, deltas } = await runCollecting(
      runner,
      turn({
        history: [{ user: 'Do I have any allergies?', assistant: 'Your record lists seasonal allergic rhinitis.', at }],
      }),
    );

    const [request] = ollama.chatRequests();
    expect(request).toMatchObject({
      model: 'medgemma1.5',
      stream: true,
      options: { temperature: 0.3, num_predict: 1024 },
    });
    expect(request.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(request.messages[0].content).toBe(SYSTEM_PROMPT);
    expect(request.messages[1].content).toBe('<patient_message>\nDo I have any allergies?\n</patient_message>');
    expect(request.messages[2].content).toBe('Your record lists seasonal allergic rhinitis.');
    expect(request.messages[3].content).toBe(
      '<patient_records>\n- [Condition, 2019-11-02] Seasonal allergic rhinitis\n</patient_records>\n\n' +
        '<patient_message>\nI have had a mild cough for two days. What can help?\n</patient_message>',
    );

    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(REPLY);
    expect(result.response).toBe(`${REPLY}\n\n${MEDICAL_DISCLAIMER}`);
    expect(result.metadata).toEqual({
      input_type: 'text',
      tools_used: ['retrieve_patient_records'],
      emergency_detected: false,
      emergency_symptoms: [],
      image_analysis: null,
      transcription: null,
      sources: [{ kind: 'record', resource_type: 'Condition', date: '2019-11-02', text: 'Seasonal allergic rhinitis' }],
      safety: { disclaimer_added: true, violations: [], response_replaced: false, crisis_support_added: false },
      model: 'medgemma1.5',
    });
    // The patient's message before this one in the consultation goes with the question, for a follow-up.
    expect(retriever.queries).toEqual([
      {
        patientId: PATIENT_ID,
        question: expect.any(String),
        limit: 8,
        previousMessage: 'Do I have any allergies?',
      },
    ]);
  });

  it('asks Ollama for the whole answer in one reply when nothing reads it as it comes', async () => {
    const { runner } = await start();
    ollama.reply(REPLY);

    const result = await runner.run(turn());

    const [request] = ollama.chatRequests();
    expect(request).toMatchObject({
      model: 'medgemma1.5',
      stream: false,
      options: { temperature: 0.3, num_predict: 1024 },
    });
    expect(request.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(request.messages[0].content).toBe(SYSTEM_PROMPT);
    expect(result.response).toBe(`${REPLY}\n\n${MEDICAL_DISCLAIMER}`);
    // The fake counts a word as a token, and the prompt's words as prompt tokens, as Ollama reports them.
    expect(result.usage).toEqual({
      promptTokens: request.messages
        .map((m) => m.content)
        .join('\n')
        .match(/\s*\S+|\s+$/g)!.length,
      completionTokens: REPLY.split(' ').length,
    });
  });

  it('never asks the retriever about a guest', async () => {
    const retriever = new FixedRecords();
    const { runner } = await start({}, { retriever });

    const { result } = await runCollecting(runner, turn({ patientId: null, role: 'guest' }));

    expect(retriever.queries).toEqual([]);
    expect(result.metadata.sources).toEqual([]);
    expect(result.metadata.tools_used).toEqual([]);
    expect(ollama.chatRequests()[0].messages.at(-1)!.content).toContain('None: the user is a guest');
  });

  it('uses the configured emergency and crisis numbers', async () => {
    const { runner } = await start({ EMERGENCY_NUMBER: '112', CRISIS_LINE: '116 123' });

    const physical = await runner.run(turn({ message: CHEST_PAIN }));
    const crisis = await runner.run(turn({ message: 'I want to kill myself' }));

    expect(physical.response).toMatch(/Please call 112/);
    expect(crisis.response).toMatch(/116 123/);
    expect(crisis.metadata.emergency_symptoms).toEqual(
      new EmergencyTriage().assess('I want to kill myself').discriminators,
    );
    expect(crisis.metadata.emergency_symptoms.length).toBeGreaterThan(0);
    expect(ollama.chatRequests()).toHaveLength(0);
  });

  it('replaces a prohibited answer with the safe fallback', async () => {
    const { runner } = await start();
    const dangerous = 'Your cough is nothing serious. You can stop taking your blood pressure medication.';
    ollama.reply(dangerous);

    const { result, deltas } = await runCollecting(runner, turn());

    // The stream carried the draft; the stored, returned answer is the checked one.
    expect(deltas.join('')).toBe(dangerous);
    expect(result.response).toBe(`${SAFE_FALLBACK_ANSWER}\n\n${MEDICAL_DISCLAIMER}`);
    expect(result.metadata.safety).toEqual({
      disclaimer_added: true,
      violations: ['stop_medication'],
      response_replaced: true,
      crisis_support_added: false,
    });
  });

  it("redacts another patient's identifier from the model's output but keeps the caller's own", async () => {
    const { runner } = await start();
    ollama.reply(`Your records (${PATIENT_ID}) show no cough history, unlike ${OTHER_PATIENT_ID}.`);

    const { result } = await runCollecting(runner, turn());

    expect(result.response).toContain(PATIENT_ID);
    expect(result.response).not.toContain(OTHER_PATIENT_ID);
    expect(result.response).toContain('[redacted]');
    expect(result.metadata.safety).toEqual({
      disclaimer_added: true,
      violations: ['other_patient_identifier'],
      response_replaced: false,
      crisis_support_added: false,
    });
  });
});
