import { Annotation, type LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Role } from '../../auth/index.js';
import type { KnowledgeReference } from '../../knowledge/index.js';
import type { LlmCallContext } from '../../llm/index.js';
import type {
  ChatTurnResult,
  EmergencySource,
  InputType,
  PriorExchange,
  SafetyReport,
  TurnAttachment,
} from '../chat-turn.js';
import type { EmergencyCategory } from '../guardrails/emergency-categories.js';
import type { TriageReading } from '../guardrails/emergency-triage.js';
import type { SafetyCheckContext } from '../guardrails/safety-check.js';
import type { RecordAccess } from '../record-access.js';

/** A channel each node may overwrite, starting from `initial` when no node has written it. */
const overwritten = <T>(initial: () => T) => Annotation<T>({ reducer: (_previous, next) => next, default: initial });

export const NO_SAFETY_CHANGES: SafetyReport = {
  disclaimer_added: false,
  violations: [],
  response_replaced: false,
  crisis_support_added: false,
};

/**
 * One chat turn's state as it moves through the graph. The first block is the turn's input
 * (written once, by the runner), the next four what the input makes of it (initialAgentState);
 * every later field is written by the node named beside it.
 */
export const AgentState = Annotation.Root({
  sessionId: Annotation<string>,
  /** null for guests (and the admin key): no record access. */
  patientId: Annotation<string | null>,
  role: Annotation<Role>,
  /** The message exactly as typed; only `text` (sanitized) is ever shown to a model. */
  message: Annotation<string>,
  history: Annotation<PriorExchange[]>,
  attachments: Annotation<TurnAttachment[]>,

  /** The graph's input (initialAgentState in turn-input.ts) */
  inputType: overwritten<InputType>(() => 'text'),
  /** The input, then transcribe_audio: the sanitized final text, typed and transcribed. */
  text: overwritten<string>(() => ''),
  audio: overwritten<TurnAttachment | null>(() => null),
  image: overwritten<TurnAttachment | null>(() => null),
  /** transcribe_audio */
  transcription: overwritten<string | null>(() => null),
  /** triage, or safety_check when the model marked an emergency the rules did not see */
  isEmergency: overwritten<boolean>(() => false),
  /** triage ('rules') or safety_check ('model'); null while no emergency is detected */
  emergencySource: overwritten<EmergencySource | null>(() => null),
  /** triage */
  emergencyCategories: overwritten<EmergencyCategory[]>(() => []),
  /** triage: the discriminators that fired, for `metadata.emergency_symptoms`. */
  emergencySymptoms: overwritten<string[]>(() => []),
  /**
   * triage: a question about a lethal amount or a means of dying or self-harm that is not an emergency
   * (`lethal-means-question.ts`): its answer is held back from the stream and gains the crisis-support paragraph.
   */
  asksAboutLethalMeans: overwritten<boolean>(() => false),
  /** analyze_image */
  imageAnalysis: overwritten<Record<string, unknown> | null>(() => null),
  /** retrieve_context: earlier exchanges within the token budget, oldest first. */
  contextHistory: overwritten<PriorExchange[]>(() => []),
  /** retrieve_context */
  recordAccess: overwritten<RecordAccess>(() => ({ status: 'guest' })),
  /** retrieve_context: medical-knowledge passages, numbered [1], [2], … in this order in the prompt. */
  knowledge: overwritten<KnowledgeReference[]>(() => []),
  /** reason: the model's answer before the safety check. */
  draftAnswer: overwritten<string>(() => ''),
  /** emergency_response or safety_check: what the patient receives. */
  response: overwritten<string>(() => ''),
  /** safety_check */
  safety: overwritten<SafetyReport>(() => NO_SAFETY_CHANGES),
  /** Each tool-like node appends its name when it ran. */
  toolsUsed: Annotation<string[]>({ reducer: (used, added) => used.concat(added), default: () => [] }),
});

export type AgentStateValues = typeof AgentState.State;
export type AgentStateUpdate = typeof AgentState.Update;

/** The `tools_used` names reported in metadata, one per tool-like node that ran. */
export const TOOL = {
  transcribeAudio: 'transcribe_audio',
  analyzeImage: 'analyze_image',
  retrievePatientRecords: 'retrieve_patient_records',
  searchMedicalKnowledge: 'search_medical_knowledge',
} as const;

/**
 * Per-run values that are not state: the streaming hook and what each model call of the turn
 * needs for the slot queue (lane, queue listener, token counter). They travel as LangGraph's run
 * context so the graph itself stays built once and shared by every turn.
 */
export const TurnContext = Annotation.Root({
  onToken: Annotation<((delta: string) => void) | undefined>,
  llmCall: Annotation<LlmCallContext | undefined>,
});

export type TurnContextValues = typeof TurnContext.State;

/** What a node receives besides the state; `signal` is the run's (the client's) abort signal. */
export type NodeRuntime = LangGraphRunnableConfig<TurnContextValues>;

/**
 * The slices of the guardrails the graph's nodes call, so each node states exactly what it
 * needs. The runner wires the real guardrails in (guardrailsFor in graph.ts); nothing else is ever bound.
 */
export interface EmergencyAssessor {
  /** The verdict, and what the triage read the message as, which the lethal-means reading reads after it. */
  assessAndRead(text: string): {
    result: {
      isEmergency: boolean;
      categories: readonly EmergencyCategory[];
      /** The protocol discriminators that fired, for `metadata.emergency_symptoms`. */
      discriminators: readonly string[];
    };
    reading: TriageReading;
  };
}

/**
 * Each is given the message it answers (the turn's `text`, typed or transcribed): a message written in
 * another language is told to call in that language first, then gets the English guidance.
 */
export interface EmergencyGuidanceWriter {
  /** The fixed guidance answered for these categories. */
  guidance(categories: readonly EmergencyCategory[], message: string): string;
  /** The call-now guidance for an emergency the model marked: it names no category. */
  uncategorised(message: string): string;
  /** The crisis-support paragraph said after the answer to a question about a lethal amount or a means of dying. */
  crisisSupport(message: string): string;
}

/**
 * Whether a message that is not an emergency asks about a lethal amount or a means of dying or self-harm, read from
 * what the triage read the message as.
 */
export type LethalMeansReader = (reading: TriageReading) => boolean;

export interface AnswerSafetyChecker {
  check(answer: string, context: SafetyCheckContext): SafetyReport & { response: string };
}

export type InputSanitizer = (text: string) => string;

export function classifyInputType(attached: { audio: boolean; image: boolean }): InputType {
  if (attached.audio && attached.image) return 'multimodal';
  if (attached.audio) return 'speech';
  if (attached.image) return 'image';
  return 'text';
}

export const UNUSABLE_IMAGE_NOTICE =
  'I could not assess the photo you sent: it may be blurred, too dark, or not show the area clearly. Please send a clear, well-lit photo taken close up, or describe what you see in words.';

export const NO_SPEECH_NOTICE =
  'I could not make out any words in your voice message. Please record it again somewhere quiet, or type your message.';

/**
 * A fixed sentence the answer starts with when an attachment could not be used, so the patient
 * is told plainly whatever the model makes of it (the model also sees the findings).
 */
export function attachmentNotice(
  state: Pick<AgentStateValues, 'imageAnalysis' | 'audio' | 'transcription'>,
): string | undefined {
  const notices: string[] = [];
  if (state.imageAnalysis?.image_quality === 'unusable') notices.push(UNUSABLE_IMAGE_NOTICE);
  if (state.audio && state.transcription !== null && state.transcription.trim() === '') notices.push(NO_SPEECH_NOTICE);
  return notices.length > 0 ? notices.join(' ') : undefined;
}

/**
 * The channels a turn's result is read from (toChatTurnResult, and the emergency categories the
 * runner counts): the graph is asked for these alone. In LangGraph's "values" mode a run hands
 * its caller the state after every step that wrote one of its output channels, through a chain
 * of async iterators; with all 23 channels that is every step, with these the steps that only
 * prepare the answer (the draft, the context history) hand nothing over.
 */
export const RESULT_CHANNELS = [
  'response',
  'inputType',
  'toolsUsed',
  'isEmergency',
  'emergencySource',
  'emergencyCategories',
  'emergencySymptoms',
  'imageAnalysis',
  'transcription',
  'recordAccess',
  'knowledge',
  'safety',
] as const satisfies ReadonlyArray<keyof AgentStateValues>;

/** The final state as the runner receives it: the result channels only. */
export type TurnResultState = Pick<AgentStateValues, (typeof RESULT_CHANNELS)[number]>;

/**
 * The graph's final state as the chat module's result (the response metadata the REST contract
 * documents as `ChatResponseMetadata`).
 */
export function toChatTurnResult(state: TurnResultState, model: string): Omit<ChatTurnResult, 'usage'> {
  return {
    response: state.response,
    metadata: {
      input_type: state.inputType,
      tools_used: [...new Set(state.toolsUsed)],
      emergency_detected: state.isEmergency,
      emergency_symptoms: state.emergencySymptoms,
      ...(state.isEmergency ? { emergency_source: state.emergencySource ?? 'rules' } : {}),
      image_analysis: state.imageAnalysis,
      transcription: state.transcription,
      sources: [
        ...(state.recordAccess.status === 'retrieved'
          ? state.recordAccess.records.map((record) => ({ kind: 'record' as const, ...record }))
          : []),
        ...state.knowledge.map(({ kind, id, title, url, source, snippet }) => ({
          kind,
          id,
          title,
          url,
          source,
          snippet,
        })),
      ],
      safety: state.safety,
      model,
    },
  };
}
