import { Annotation } from '@langchain/langgraph';
import type { Role } from '../../auth/index.js';
import type { EmergencySource, InputType, PriorExchange, SafetyReport, TurnAttachment } from '../chat-turn.js';
import type { EmergencyCategory } from '../guardrails/emergency-categories.js';
import type { KnowledgeReference } from '../../knowledge/index.js';
import type { RecordAccess } from '../record-access.js';

/** A channel each node may overwrite, starting from `initial` when no node has written it. */
const overwritten = <T>(initial: () => T) => Annotation<T>({ reducer: (_previous, next) => next, default: initial });

export const NO_SAFETY_CHANGES: SafetyReport = { disclaimer_added: false, violations: [], response_replaced: false };

/**
 * One chat turn's state as it moves through the graph. The first block is the turn's input
 * (written once, by the runner); every later field is written by the node named beside it.
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

  /** input_router */
  inputType: overwritten<InputType>(() => 'text'),
  /** input_router, then transcribe_audio: the sanitized final text, typed and transcribed. */
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
