import { bind, createTestingService } from '../../../test/support/testing-service.js';
import { AgentGraphChatTurnRunner } from '../agent-graph-chat-turn-runner.js';
import type { ChatTurnInput } from '../chat-turn.js';
import { buildEmergencyGuidance } from '../guardrails/emergency-guidance.js';
import { MEDICAL_DISCLAIMER } from '../guardrails/safety-check.js';
import { AnswerGenerator, type GenerationHooks } from '../llm/answer-generator.js';
import { ORCHESTRATOR_SETTINGS, type OrchestratorSettings } from '../orchestrator-settings.js';

/** A model that streams exactly the pieces it is given, as a real tokenizer may cut them. */
class ChunkedAnswerGenerator extends AnswerGenerator {
  readonly modelName = 'chunked-model';
  constructor(private readonly pieces: readonly string[]) {
    super();
  }
  async generate(_prompt: unknown, hooks: GenerationHooks): Promise<string> {
    for (const piece of this.pieces) hooks.onToken?.(piece);
    return this.pieces.join('');
  }
}

const settings = {
  ollama: {
    baseUrl: null,
    model: 'chunked-model',
    temperature: 0.3,
    numPredict: 1024,
    timeoutMs: 60_000,
    maxRetries: 0,
    retryBaseDelayMs: 0,
    breakerResetMs: 30_000,
  },
  historyTokenBudget: 2000,
  recordLimit: 8,
  emergencyNumber: '911',
  crisisLine: '988',
} as OrchestratorSettings;

/** Words the rules do not flag, so the turn reaches the model. */
const input: ChatTurnInput = {
  sessionId: 'session-1',
  patientId: null,
  role: 'guest',
  message: 'my dad is acting a bit off since lunch',
  history: [],
  attachments: [],
};
/** The runner as Nest builds it; the record retriever, speech-to-text and vision are auto-mocks a text turn never calls. */
const runnerWith = (answers: AnswerGenerator) =>
  createTestingService(AgentGraphChatTurnRunner, [
    bind(ORCHESTRATOR_SETTINGS, settings),
    bind(AnswerGenerator, answers),
  ]);
const GUIDANCE = buildEmergencyGuidance([], { emergencyNumber: '911', crisisLine: '988' });
const ANSWER = 'Sudden changes in behaviour can be serious.';

async function run(pieces: readonly string[]) {
  const deltas: string[] = [];
  const result = await (
    await runnerWith(new ChunkedAnswerGenerator(pieces))
  ).run(input, { onToken: (d) => deltas.push(d) });
  return { result, deltas };
}

describe('the model emergency mark through the agent graph', () => {
  it('turns a mark cut across tokens into the emergency guidance, flagged as found by the model', async () => {
    const { result, deltas } = await run([
      '[[',
      'EMER',
      'GENCY',
      ']]',
      '\n',
      'Sudden changes',
      ' in behaviour',
      ' can be serious.',
    ]);

    expect(deltas.join('')).toBe(`${GUIDANCE}\n\n${ANSWER}`);
    expect(deltas.some((delta) => /\[|\]|EMER|GENCY/.test(delta))).toBe(false);
    expect(result.response).toBe(`${GUIDANCE}\n\n${ANSWER}\n\n${MEDICAL_DISCLAIMER}`);
    expect(result.metadata).toMatchObject({
      emergency_detected: true,
      emergency_source: 'model',
      emergency_symptoms: [],
    });
  });

  it('leaves an answer that only mentions emergencies as it is, with no emergency_source', async () => {
    const text = 'If it gets worse, go to the emergency department.';
    const { result, deltas } = await run(text.split(/(?= )/));

    expect(deltas.join('')).toBe(text);
    expect(result.metadata.emergency_detected).toBe(false);
    expect(result.metadata).not.toHaveProperty('emergency_source');
  });

  it('reports rules as the source when the triage fired, and the model is never asked', async () => {
    const answers = new ChunkedAnswerGenerator(['[[EMERGENCY]]']);
    const result = await (
      await runnerWith(answers)
    ).run({ ...input, message: "my husband collapsed and isn't breathing" });
    expect(result.metadata).toMatchObject({ emergency_detected: true, emergency_source: 'rules' });
  });
});
