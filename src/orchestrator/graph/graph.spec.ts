import {
  DependencyUnavailableError,
  type ChatTurnInput,
  type RecordSource,
  type TurnAttachment,
} from '../chat-turn.js';
import { EmergencyTriage } from '../guardrails/emergency-triage.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { MEDICAL_DISCLAIMER } from '../guardrails/safety-check.js';
import { ImageAnalyzer, type ImageAnalysisRequest } from '../ports/image-analyzer.js';
import { PatientRecordRetriever, type RecordQuery } from '../../patients/index.js';
import { SpeechToTextClient, type TranscriptionRequest } from '../ports/speech-to-text.client.js';
import { ScriptedAnswerGenerator } from '../testing/scripted-answer-generator.js';
import { buildAgentGraph, type AgentGraphDependencies, guardrailsFor } from './graph.js';
import { type AgentStateValues } from './state.js';
import { initialAgentState, InvalidTurnInputError } from './turn-input.js';

const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const RECORD: RecordSource = { resource_type: 'Observation', date: '2020-03-06', text: 'Body weight 70 kg' };

class RecordingRetriever extends PatientRecordRetriever {
  readonly queries: RecordQuery[] = [];
  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    this.queries.push(query);
    return [RECORD];
  }
}

class ScriptedSpeechToText extends SpeechToTextClient {
  readonly requests: TranscriptionRequest[] = [];
  constructor(private readonly said: string) {
    super();
  }
  async transcribe(request: TranscriptionRequest) {
    this.requests.push(request);
    return { text: this.said };
  }
}

class ScriptedImageAnalyzer extends ImageAnalyzer {
  readonly requests: ImageAnalysisRequest[] = [];
  async analyze(request: ImageAnalysisRequest) {
    this.requests.push(request);
    return { description: 'a small red rash on the forearm', confidence: 0.6 };
  }
}

const attachment = (kind: TurnAttachment['kind']): TurnAttachment => ({
  kind,
  file_id: `${kind}-file`,
  mime_type: kind === 'audio' ? 'audio/wav' : 'image/png',
  filename: `${kind}.bin`,
  read: async () => Buffer.from(`${kind} bytes`),
});

const turn = (overrides: Partial<ChatTurnInput> = {}): ChatTurnInput => ({
  sessionId: 'session-1',
  patientId: PATIENT_ID,
  role: 'patient',
  message: 'What was my weight at my last check-up?',
  history: [],
  attachments: [],
  ...overrides,
});

function setup(bound: Partial<Pick<AgentGraphDependencies, 'retriever' | 'speechToText' | 'imageAnalyzer'>> = {}) {
  const answers = new ScriptedAnswerGenerator('Your record shows a body weight of 70 kg.');
  const graph = buildAgentGraph({
    ...guardrailsFor({ emergencyNumber: '112', crisisLine: '988' }),
    answers,
    ...bound,
    context: { historyTokenBudget: 2000, recordLimit: 5 },
  });
  /** Runs a turn and reports the nodes in the order they ran, with the final state. */
  const run = async (input: ChatTurnInput) => {
    const visited: string[] = [];
    let state: AgentStateValues | undefined;
    for await (const [mode, chunk] of await graph.stream(initialAgentState(input, sanitizeUserInput), {
      streamMode: ['updates', 'values'],
      context: { onToken: undefined, llmCall: undefined },
    })) {
      if (mode === 'updates') visited.push(...Object.keys(chunk));
      else state = chunk as AgentStateValues;
    }
    return { visited, state: state! };
  };
  return { graph, answers, run };
}

describe('agent graph', () => {
  it('takes a typed question through retrieval, the model and the safety check', async () => {
    const retriever = new RecordingRetriever();
    const { run, answers } = setup({ retriever });

    const { visited, state } = await run(turn());

    expect(visited).toEqual(['triage', 'retrieve_context', 'reason', 'safety_check']);
    expect(answers.prompts).toHaveLength(1);
    expect(retriever.queries).toEqual([
      { patientId: PATIENT_ID, question: 'What was my weight at my last check-up?', limit: 5 },
    ]);
    expect(state.recordAccess).toEqual({ status: 'retrieved', records: [RECORD] });
    expect(state.toolsUsed).toEqual(['retrieve_patient_records']);
    expect(state.inputType).toBe('text');
    expect(state.response).toBe(`Your record shows a body weight of 70 kg.\n\n${MEDICAL_DISCLAIMER}`);
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain('- [Observation, 2020-03-06] Body weight 70 kg');
  });

  it('answers an emergency with fixed guidance and makes no model call', async () => {
    const retriever = new RecordingRetriever();
    const { run, answers } = setup({ retriever, imageAnalyzer: new ScriptedImageAnalyzer() });

    const { visited, state } = await run(
      turn({ message: 'I have crushing chest pain and my left arm is numb', attachments: [attachment('image')] }),
    );

    expect(visited).toEqual(['triage', 'emergency_response']);
    expect(answers.prompts).toHaveLength(0);
    expect(retriever.queries).toHaveLength(0);
    expect(state.isEmergency).toBe(true);
    // The discriminators that fired, as the triage names them.
    expect(state.emergencySymptoms).toEqual(
      new EmergencyTriage().assess('I have crushing chest pain and my left arm is numb').discriminators,
    );
    expect(state.emergencySymptoms.length).toBeGreaterThan(0);
    expect(state.response).toMatch(/Please call 112/);
  });

  it('never looks up records for a guest, and tells the model there are none', async () => {
    const retriever = new RecordingRetriever();
    const { run, answers } = setup({ retriever });

    const { state } = await run(turn({ patientId: null, role: 'guest' }));

    expect(retriever.queries).toHaveLength(0);
    expect(state.recordAccess).toEqual({ status: 'guest' });
    expect(state.toolsUsed).toEqual([]);
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain('None: the user is a guest');
  });

  it('does not look up records without a retriever bound, and says the record cannot be searched', async () => {
    const { run, answers } = setup();

    const { state } = await run(turn());

    expect(state.recordAccess).toEqual({ status: 'unavailable' });
    expect(state.toolsUsed).toEqual([]);
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain('cannot be searched');
  });

  it('transcribes a voice message before triage and reasons on the transcript', async () => {
    const speechToText = new ScriptedSpeechToText('My ankle is swollen after a fall.');
    const { run, answers } = setup({ speechToText });

    const { visited, state } = await run(turn({ message: '', attachments: [attachment('audio')] }));

    expect(visited).toEqual(['transcribe_audio', 'triage', 'retrieve_context', 'reason', 'safety_check']);
    expect(speechToText.requests[0]).toMatchObject({
      audio: Buffer.from('audio bytes'),
      mimeType: 'audio/wav',
      filename: 'audio.bin',
    });
    expect(state).toMatchObject({
      inputType: 'speech',
      transcription: 'My ankle is swollen after a fall.',
      toolsUsed: ['transcribe_audio'],
    });
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain(
      '<patient_message>\nMy ankle is swollen after a fall.\n</patient_message>',
    );
  });

  it('triages what was said: a spoken emergency is answered without the model', async () => {
    const { run, answers } = setup({ speechToText: new ScriptedSpeechToText('I want to kill myself') });

    const { visited, state } = await run(turn({ message: '', attachments: [attachment('audio')] }));

    expect(visited).toEqual(['transcribe_audio', 'triage', 'emergency_response']);
    expect(answers.prompts).toHaveLength(0);
    expect(state.response).toMatch(/988/);
  });

  it('analyses an attached image before gathering context, and joins typed text with a transcript', async () => {
    const imageAnalyzer = new ScriptedImageAnalyzer();
    const speechToText = new ScriptedSpeechToText('It itches at night.');
    const { run, answers } = setup({ imageAnalyzer, speechToText });

    const { visited, state } = await run(
      turn({
        patientId: null,
        role: 'guest',
        message: 'What is this rash?',
        attachments: [attachment('image'), attachment('audio')],
      }),
    );

    expect(visited).toEqual([
      'transcribe_audio',
      'triage',
      'analyze_image',
      'retrieve_context',
      'reason',
      'safety_check',
    ]);
    expect(imageAnalyzer.requests[0]).toMatchObject({
      mimeType: 'image/png',
      question: 'What is this rash?\n\nIt itches at night.',
    });
    expect(state.inputType).toBe('multimodal');
    expect(state.imageAnalysis).toEqual({ description: 'a small red rash on the forearm', confidence: 0.6 });
    expect(state.toolsUsed).toEqual(['transcribe_audio', 'analyze_image']);
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain('<image_analysis>');
  });

  it('refuses attachments it cannot read with a 503-worthy error, before any model call', async () => {
    const { run, answers } = setup();

    await expect(run(turn({ attachments: [attachment('audio')] }))).rejects.toMatchObject({
      constructor: DependencyUnavailableError,
      service: 'speech-to-text',
      message: expect.stringMatching(/no speech-to-text service is available/),
    });
    await expect(run(turn({ attachments: [attachment('image')] }))).rejects.toMatchObject({
      service: 'Ollama',
      message: expect.stringMatching(/no image analysis is available/),
    });
    expect(answers.prompts).toHaveLength(0);
  });

  it('refuses two attachments of one kind', async () => {
    const { run } = setup();
    await expect(run(turn({ attachments: [attachment('image'), attachment('image')] }))).rejects.toBeInstanceOf(
      InvalidTurnInputError,
    );
  });

  it('sanitizes the message before triage and the model see it', async () => {
    const { run, answers } = setup();

    const { state } = await run(
      turn({ message: 'Is <b>ibuprofen</b>\u200B ok\u0000 with <script>alert(1)</script>my tea?' }),
    );

    expect(state.text).toBe('Is ibuprofen ok with my tea?');
    expect(answers.prompts.at(-1)!.at(-1)!.content).toContain(
      '<patient_message>\nIs ibuprofen ok with my tea?\n</patient_message>',
    );
  });

  it('shows the model only the recent history that fits the budget, oldest first', async () => {
    const { run, answers } = setup();
    const at = new Date(0);
    const long = 'x'.repeat(8000);

    await run(
      turn({
        history: [
          { user: 'too old to fit', assistant: long, at },
          { user: 'recent question', assistant: 'recent answer', at },
          { user: 'latest question', assistant: 'latest answer', at },
        ],
      }),
    );

    const prompt = answers.prompts.at(-1)!;
    expect(prompt.map((m) => m.content).slice(1, -1)).toEqual([
      '<patient_message>\nrecent question\n</patient_message>',
      'recent answer',
      '<patient_message>\nlatest question\n</patient_message>',
      'latest answer',
    ]);
  });

  it('redacts another patient’s identifier from the answer but keeps the caller’s own', async () => {
    const other = 'Beth12_Smith34_0b5e0a7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c';
    const answers = new ScriptedAnswerGenerator(`Your id is ${PATIENT_ID}; ${other} had the same result.`);
    const graph = buildAgentGraph({
      ...guardrailsFor({ emergencyNumber: '911', crisisLine: '988' }),
      answers,
      context: { historyTokenBudget: 2000, recordLimit: 5 },
    });

    const state = await graph.invoke(initialAgentState(turn(), sanitizeUserInput), {
      context: { onToken: undefined, llmCall: undefined },
    });

    expect(state.response).toContain(PATIENT_ID);
    expect(state.response).not.toContain(other);
    expect(state.safety.violations).toEqual(['other_patient_identifier']);
  });
});
