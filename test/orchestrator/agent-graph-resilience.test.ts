import { jest } from '@jest/globals';
import { DependencyUnavailableError } from '../../src/orchestrator/chat-turn.js';
import { EmergencyTriage } from '../../src/orchestrator/guardrails/emergency-triage.js';
import { holdDate } from '../support/fake-date.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { CHEST_PAIN, REPLY, orchestratorsOnFakeOllama } from './fake-ollama-orchestrators.js';
import { runCollecting, turn } from './orchestrator-harness.js';

/**
 * The orchestrator's answers when Ollama misbehaves, with the real ChatOllama talking HTTP to the
 * scripted fake Ollama: cancellation, retries, the circuit breaker, timeouts, an unreachable or
 * unconfigured model.
 */

describe('agent graph with ChatOllama when Ollama fails', () => {
  const { ollama, start } = orchestratorsOnFakeOllama();
  afterEach(() => jest.useRealTimers());

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
    const { runner, health, logs } = await start({ OLLAMA_MAX_RETRIES: '2', OLLAMA_BREAKER_RESET_MS: '2000' });
    // The breaker reads its reset delay off Date, and Date stands still until the test moves it: a
    // loaded machine cannot half-open the breaker before the fail-fast check (the 2 s it once relied
    // on), and the delay is over when the test says so. Timers and I/O run for real.
    holdDate();
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
    jest.setSystemTime(Date.now() + 2050);
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
    // The fake never answers: only the 200 ms timeout can end each attempt (without it the turn would
    // hang until Jest's own timeout), so the rejection is the proof; how fast it came is a bench's business.
    ollama.hang();

    // A streamed turn: no token came, so the timed-out attempt is retried once.
    await expect(runner.run(turn(), { onToken: () => undefined })).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The medical language model (Ollama) is unavailable: it did not answer within 200 ms. Please try again shortly.',
      ),
    );
    expect(ollama.chatRequests()).toHaveLength(2);
    // Both attempts' connections were really closed, not left waiting in the background.
    await ollama.waitFor(() => ollama.aborted === 2 && ollama.inFlight === 0);
  });

  it('does not retry a one-reply answer that outlasts the timeout: the host was generating all along', async () => {
    const { runner } = await start({ OLLAMA_TIMEOUT_MS: '200', OLLAMA_MAX_RETRIES: '2' });
    // The real server holds a reply asked for whole until every token is generated: 60 tokens at
    // 10 ms each outlast the 200 ms allowance, and a retry would take as long again.
    ollama.tokenDelayMs = 10;
    ollama.reply(Array.from({ length: 60 }, (_, index) => `word${index}`).join(' '));

    await expect(runner.run(turn())).rejects.toThrow(
      new DependencyUnavailableError(
        'Ollama',
        'The medical language model (Ollama) is unavailable: it did not answer within 200 ms. Please try again shortly.',
      ),
    );
    expect(ollama.chatRequests()).toHaveLength(1);
    expect(ollama.chatRequests()[0]).toMatchObject({ stream: false });
    await ollama.waitFor(() => ollama.aborted === 1 && ollama.inFlight === 0);
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

    await expect(runner.run(turn(), { onToken: () => undefined })).rejects.toThrow(
      /it reported an error \(llama runner process has terminated\)/,
    );
  });

  it('retries a one-reply answer that Ollama fails with a 500, as nothing of it reached the patient', async () => {
    const { runner } = await start();
    // Without a stream Ollama reports a runner crash as a 500 `{ "error": … }`; the fake does the same.
    ollama.failMidStream(2, 'llama runner process has terminated', 1).reply(REPLY);

    const result = await runner.run(turn());

    expect(ollama.chatRequests().map((request) => request.stream)).toEqual([false, false]);
    expect(result.response.startsWith(REPLY)).toBe(true);
  });

  it('retries a one-reply answer whose connection drops before the reply', async () => {
    const { runner } = await start();
    ollama.resetMidStream(3, 1).reply(REPLY);

    const result = await runner.run(turn());

    expect(ollama.chatRequests()).toHaveLength(2);
    expect(result.response.startsWith(REPLY)).toBe(true);
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
});
