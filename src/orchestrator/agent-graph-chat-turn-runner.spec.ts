import { textAnswerMetadata } from './testing/text-answer-metadata.js';
import { bind, createTestingService } from '../../test/support/testing-service.js';
import { MetricsRecorder } from '../metrics/index.js';
import { AgentGraphChatTurnRunner, WORDING_MODEL_EMERGENCY } from './agent-graph-chat-turn-runner.js';
import type { ChatTurnInput } from './chat-turn.js';
import { EmergencyTriage } from './guardrails/emergency-triage.js';
import { MEDICAL_DISCLAIMER } from './guardrails/safety-check.js';
import { AnswerGenerator } from './llm/answer-generator.js';
import { ORCHESTRATOR_SETTINGS, type OrchestratorSettings } from './orchestrator-settings.js';
import { ScriptedAnswerGenerator } from './testing/scripted-answer-generator.js';

const settings: OrchestratorSettings = {
  ollama: {
    baseUrl: null,
    model: 'medgemma1.5',
    temperature: 0.3,
    numPredict: 1024,
    timeoutMs: 60_000,
    maxRetries: 2,
    retryBaseDelayMs: 250,
    breakerResetMs: 30_000,
  },
  historyTokenBudget: 2000,
  recordLimit: 8,
  emergencyNumber: '911',
  crisisLine: '988',
};

const input: ChatTurnInput = {
  sessionId: 'session-1',
  patientId: null,
  role: 'guest',
  message: 'How much water should I drink a day?',
  history: [],
  attachments: [],
};

/** The runner as Nest builds it; the record retriever, speech-to-text and vision are auto-mocks a text turn never calls. */
const runnerWith = (answers: AnswerGenerator) =>
  createTestingService(AgentGraphChatTurnRunner, [
    bind(ORCHESTRATOR_SETTINGS, settings),
    bind(AnswerGenerator, answers),
  ]);

describe('AgentGraphChatTurnRunner', () => {
  it('returns the checked answer with ChatResponseMetadata, streaming the draft through onToken', async () => {
    const answers = new ScriptedAnswerGenerator('About eight glasses is a common guide.');
    const runner = await runnerWith(answers);
    const deltas: string[] = [];

    const result = await runner.run(input, { onToken: (delta) => deltas.push(delta) });

    expect(deltas.join('')).toBe('About eight glasses is a common guide.');
    expect(result).toEqual({
      response: `About eight glasses is a common guide.\n\n${MEDICAL_DISCLAIMER}`,
      metadata: textAnswerMetadata({ model: 'scripted-model' }),
      // The scripted model reports no usage; the real clients' counts are covered by the capacity tests.
      usage: { promptTokens: 0, completionTokens: 0 },
    });
  });

  it('streams emergency guidance as one piece and flags the emergency', async () => {
    const runner = await runnerWith(new ScriptedAnswerGenerator());
    const deltas: string[] = [];

    const result = await runner.run(
      { ...input, message: "My husband collapsed and isn't breathing" },
      { onToken: (d) => deltas.push(d) },
    );

    expect(deltas).toEqual([result.response]);
    expect(result.metadata).toMatchObject({
      emergency_detected: true,
      emergency_symptoms: new EmergencyTriage().assess("My husband collapsed and isn't breathing").discriminators,
      safety: { disclaimer_added: false, violations: [], response_replaced: false, crisis_support_added: false },
    });
  });

  it("answers an emergency only the triage's wording model reads, naming its words, and counts it under its own label", async () => {
    // Anaphylaxis told in words the rules' lexicon lacks; if the rules learn them, pick another message.
    const message = "she's gone all blotchy and her throat feels tight since the prawns";
    const counted: string[] = [];
    const metrics = { emergencyDetected: (categories: readonly string[]) => counted.push(...categories) };
    const runner = await createTestingService(AgentGraphChatTurnRunner, [
      bind(ORCHESTRATOR_SETTINGS, settings),
      bind(AnswerGenerator, new ScriptedAnswerGenerator()),
      bind(
        MetricsRecorder,
        // The recorder's other counters are no-ops; `then` stays absent so the stand-in is never awaited as a promise.
        new Proxy(metrics, {
          get: (target, key) => Reflect.get(target, key) ?? (key === 'then' ? undefined : () => undefined),
        }),
      ),
    ]);

    const result = await runner.run({ ...input, message }, { onToken: () => undefined });

    expect(new EmergencyTriage().assess(message).isEmergency).toBe(false);
    expect(result.metadata.emergency_detected).toBe(true);
    expect(result.metadata.emergency_symptoms).toEqual([expect.stringMatching(/^emergency wording \(learned\): "/)]);
    expect(counted).toEqual([WORDING_MODEL_EMERGENCY]);
  });

  it('passes the model gate once before the model is asked, and a refusal there comes back unchanged', async () => {
    const answers = new ScriptedAnswerGenerator();
    const runner = await runnerWith(answers);
    let gateCalls = 0;
    await runner.run(input, { beforeModelCall: async () => void (gateCalls += 1) });
    expect(gateCalls).toBe(1);

    const refusal = new Error('over the daily budget');
    await expect(runner.run(input, { beforeModelCall: () => Promise.reject(refusal) })).rejects.toBe(refusal);
    expect(answers.prompts).toHaveLength(1);
  });

  it('answers an emergency without passing the model gate: triage needs no model', async () => {
    const runner = await runnerWith(new ScriptedAnswerGenerator());
    let gateCalls = 0;
    const result = await runner.run(
      { ...input, message: "My husband collapsed and isn't breathing" },
      { beforeModelCall: async () => void (gateCalls += 1) },
    );
    expect(result.metadata.emergency_detected).toBe(true);
    expect(gateCalls).toBe(0);
  });

  it('rejects with the abort reason when the client has already gone, without running the graph', async () => {
    const answers = new ScriptedAnswerGenerator();
    const runner = await runnerWith(answers);
    const controller = new AbortController();
    controller.abort();

    await expect(runner.run(input, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(answers.prompts).toHaveLength(0);
  });

  it('ends the run as aborted as soon as the client goes, even while a node has not finished', async () => {
    let entered: () => void = () => undefined;
    const modelAsked = new Promise<void>((resolve) => (entered = resolve));
    // A model that never answers and never looks at the signal: only the graph's run can end the turn.
    const unanswering = new (class extends AnswerGenerator {
      readonly modelName = 'unanswering-model';
      generate(): Promise<string> {
        entered();
        return new Promise<string>(() => undefined);
      }
    })();
    const runner = await runnerWith(unanswering);
    const controller = new AbortController();

    const run = runner.run(input, { signal: controller.signal });
    await modelAsked;
    controller.abort();

    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
