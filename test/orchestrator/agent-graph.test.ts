import { DependencyUnavailableError, type RecordSource } from '../../src/orchestrator/chat-turn.js';
import { EmergencyTriage } from '../../src/orchestrator/guardrails/emergency-triage.js';
import { MEDICAL_DISCLAIMER, SAFE_FALLBACK_ANSWER } from '../../src/orchestrator/guardrails/safety-check.js';
import { PatientRecordRetriever, type RecordQuery } from '../../src/patients/retrieval/patient-record-retriever.js';
import { SYSTEM_PROMPT } from '../../src/orchestrator/prompts/system-prompt.js';
import { FakeOllama } from '../support/fake-ollama.js';
import {
  OTHER_PATIENT_ID,
  PATIENT_ID,
  runCollecting,
  startOrchestrator,
  turn,
  type Orchestrator,
} from './orchestrator-harness.js';

/**
 * The orchestrator as the app builds it, with the real ChatOllama talking HTTP to the scripted
 * fake Ollama: prompt on the wire, streaming, cancellation, retries, breaker, timeouts,
 * guardrails on the way out.
 */

const REPLY = 'A mild cough often settles within a week; warm drinks and honey can soothe it.';
const CHEST_PAIN = 'I have crushing chest pain and my left arm is numb';

class FixedRecords extends PatientRecordRetriever {
  readonly queries: RecordQuery[] = [];
  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    this.queries.push(query);
    return [{ resource_type: 'Condition', date: '2019-11-02', text: 'Seasonal allergic rhinitis' }];
  }
}

describe('agent graph with ChatOllama and the fake Ollama', () => {
  const ollama = new FakeOllama();
  const started: Orchestrator[] = [];

  /** Fast retries and a short breaker reset keep the resilience tests quick. */
  const start = async (
    env: Record<string, string | undefined> = {},
    bound: { retriever?: PatientRecordRetriever } = {},
  ) => {
    const orchestrator = await startOrchestrator(
      { OLLAMA_BASE_URL: ollama.url, OLLAMA_RETRY_BASE_DELAY_MS: '5', ...env },
      bound,
    );
    started.push(orchestrator);
    return orchestrator;
  };

  beforeAll(() => ollama.start());
  afterAll(() => ollama.stop());
  beforeEach(() => ollama.reset());
  afterEach(async () => {
    for (const orchestrator of started.splice(0)) await orchestrator.close();
  });

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
      safety: { disclaimer_added: true, violations: [], response_replaced: false },
      model: 'medgemma1.5',
    });
    expect(retriever.queries).toEqual([{ patientId: PATIENT_ID, question: expect.any(String), limit: 8 }]);
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

  it('stops the Ollama request when the client aborts mid-stream', async () => {
    const { runner } = await start();
    ollama.tokenDelayMs = 20;
    ollama.reply(REPLY);
    const controller = new AbortController();
    const deltas: string[] = [];

    const outcome = runner.run(turn(), {
      signal: controller.signal,
      onToken: (delta) => {
        deltas.push(delta);
        if (deltas.length === 2) controller.abort();
      },
    });

    await expect(outcome).rejects.toMatchObject({ name: 'AbortError' });
    await ollama.waitFor(() => ollama.aborted === 1);
    expect(deltas.length).toBeLessThan(REPLY.split(' ').length);
    // A client abort is neither retried nor held against Ollama.
    expect(ollama.chatRequests()).toHaveLength(1);
  });

  it("one client's abort leaves another patient's concurrent answer intact", async () => {
    const { runner } = await start();
    ollama.tokenDelayMs = 15;
    ollama.setDefaultReply(REPLY);
    const leaving = new AbortController();
    let leavingTokens = 0;

    const left = runner.run(turn({ sessionId: 'leaving' }), {
      signal: leaving.signal,
      onToken: () => {
        leavingTokens += 1;
        if (leavingTokens === 2) leaving.abort();
      },
    });
    const stayed = runCollecting(runner, turn({ sessionId: 'staying', patientId: null, role: 'guest' }));

    await expect(left).rejects.toMatchObject({ name: 'AbortError' });
    const { deltas } = await stayed;
    expect(deltas.join('')).toBe(REPLY);
    expect(ollama.aborted).toBe(1);
  });

  it('cancels a request Ollama has not answered yet when the client aborts', async () => {
    const { runner } = await start();
    ollama.hang(1);
    const controller = new AbortController();

    const outcome = runner.run(turn(), { signal: controller.signal });
    await ollama.waitFor(() => ollama.inFlight === 1);
    controller.abort();

    await expect(outcome).rejects.toMatchObject({ name: 'AbortError' });
    await ollama.waitFor(() => ollama.aborted === 1);
  });

  it('retries 500s, then opens the breaker and fails fast without reaching Ollama, then recovers', async () => {
    // The breaker stays open for 2 s, so a loaded machine cannot half-open it before the fail-fast check.
    const { runner, health, logs } = await start({ OLLAMA_MAX_RETRIES: '2', OLLAMA_BREAKER_RESET_MS: '2000' });
    ollama.failWith(500);

    // 1 try + 2 retries = 3 failed attempts.
    await expect(runner.run(turn())).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The medical language model (Ollama) is unavailable: it answered HTTP 500. Please try again shortly.',
      ),
    );
    expect(ollama.chatRequests()).toHaveLength(3);
    expect(health.collect()).toEqual({
      circuit_breakers: { ollama: 'closed', ollama_vision: 'closed', speech_to_text: 'closed' },
    });

    // Attempts 4 and 5 fail and open the breaker, which refuses this turn's last retry.
    await expect(runner.run(turn())).rejects.toThrow(/failed several times in a row, so calls are paused/);
    expect(ollama.chatRequests()).toHaveLength(5);
    expect(health.collect()).toEqual({
      circuit_breakers: { ollama: 'open', ollama_vision: 'closed', speech_to_text: 'closed' },
    });

    const failFast = runner.run(turn());
    await expect(failFast).rejects.toBeInstanceOf(DependencyUnavailableError);
    await expect(failFast).rejects.toMatchObject({ service: 'Ollama' });
    expect(ollama.chatRequests()).toHaveLength(5);

    // After the reset delay one trial call goes through; its success closes the circuit.
    ollama.clearFaults().reply(REPLY);
    await new Promise((resolve) => setTimeout(resolve, 2050));
    const { result } = await runCollecting(runner, turn());
    expect(result.response.startsWith(REPLY)).toBe(true);
    expect(health.collect()).toEqual({
      circuit_breakers: { ollama: 'closed', ollama_vision: 'closed', speech_to_text: 'closed' },
    });
    expect(logs.filter((line) => line.startsWith('warn: Retrying Ollama'))).toHaveLength(4);
    expect(logs).toContain('error: Ollama circuit opened: failing fast for 2000 ms');
    expect(logs).toContain('log: Ollama circuit closed again');
  });

  it('does not retry a 4xx', async () => {
    const { runner } = await start();
    ollama.failWith(400, 1, { message: 'invalid options' });

    await expect(runner.run(turn())).rejects.toThrow(/it refused the request \(HTTP 400: invalid options\)/);
    expect(ollama.chatRequests()).toHaveLength(1);
  });

  it('times out a hung Ollama, closes the hung requests, and answers 503', async () => {
    const { runner } = await start({ OLLAMA_TIMEOUT_MS: '200', OLLAMA_MAX_RETRIES: '1' });
    ollama.hang();

    const startedAt = Date.now();
    await expect(runner.run(turn())).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The medical language model (Ollama) is unavailable: it did not answer within 200 ms. Please try again shortly.',
      ),
    );
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(ollama.chatRequests()).toHaveLength(2);
    // Both attempts' connections were really closed, not left waiting in the background.
    await ollama.waitFor(() => ollama.aborted === 2 && ollama.inFlight === 0);
  });

  it('recovers from one transient failure before any token was streamed', async () => {
    const { runner } = await start();
    ollama.resetMidStream(0, 1).reply(REPLY);

    const { result, deltas } = await runCollecting(runner, turn());

    expect(ollama.chatRequests()).toHaveLength(2);
    expect(deltas.join('')).toBe(REPLY);
    expect(result.response.startsWith(REPLY)).toBe(true);
  });

  it('does not retry once tokens were streamed: a reset mid-stream is a 503', async () => {
    const { runner } = await start();
    ollama.resetMidStream(3, 1).reply(REPLY);
    const deltas: string[] = [];

    await expect(runner.run(turn(), { onToken: (delta) => deltas.push(delta) })).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The medical language model (Ollama) is unavailable: the connection dropped in the middle of the answer. Please try again shortly.',
      ),
    );
    expect(deltas).toHaveLength(3);
    expect(ollama.chatRequests()).toHaveLength(1);
  });

  it('reports an error Ollama sends inside the stream as a 503', async () => {
    const { runner } = await start();
    ollama.failMidStream(2, 'llama runner process has terminated', 1);

    await expect(runner.run(turn())).rejects.toThrow(/it reported an error \(llama runner process has terminated\)/);
  });

  it('answers 503 when Ollama is not reachable at all', async () => {
    const unreachable = new FakeOllama();
    await unreachable.start();
    const url = unreachable.url;
    await unreachable.stop();
    const { runner } = await start({ OLLAMA_BASE_URL: url, OLLAMA_MAX_RETRIES: '1' });

    await expect(runner.run(turn())).rejects.toThrow(/unavailable: the connection failed \(ECONNREFUSED\)/);
  });

  it('without OLLAMA_BASE_URL refuses model turns with a clear 503 but still answers emergencies', async () => {
    const { runner } = await start({ OLLAMA_BASE_URL: undefined });

    await expect(runner.run(turn())).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The language model is not configured: set OLLAMA_BASE_URL to an Ollama server.',
      ),
    );

    const { result, deltas } = await runCollecting(runner, turn({ message: CHEST_PAIN }));
    expect(result.response).toMatch(/Please call 911/);
    expect(deltas).toEqual([result.response]);
    expect(result.metadata).toMatchObject({
      emergency_detected: true,
      emergency_symptoms: new EmergencyTriage().assess(CHEST_PAIN).discriminators,
      tools_used: [],
      sources: [],
    });
    expect(ollama.requests).toHaveLength(0);
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
    });
  });
});
