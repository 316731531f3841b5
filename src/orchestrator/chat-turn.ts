import type { Role } from '../auth/index.js';
import type { KnowledgeSource } from '../knowledge/index.js';
import type { QueueUpdate, TokenUsage } from '../llm/index.js';
import type { RecordSource } from '../patients/index.js';

// Part of the turn's contract (the hooks, the result, the error the chat module maps to 503), owned by the llm feature.
export { CapacityExceededError, type QueueUpdate, type TokenUsage } from '../llm/index.js';

/**
 * The contract between the chat module (which owns conversations) and the orchestrator (which
 * owns the agent graph). Nothing LangChain-specific crosses it.
 */
export type InputType = 'text' | 'speech' | 'image' | 'multimodal';

/** One earlier exchange of the session, as context for the model. */
export interface PriorExchange {
  user: string;
  assistant: string;
  at: Date;
}

/** A file the patient attached, already validated and owned by them (the upload module resolves it). */
export interface TurnAttachment {
  kind: 'image' | 'audio';
  file_id: string;
  mime_type: string;
  filename: string;
  /** Reads the stored bytes; the orchestrator calls it only when the node needs them. */
  read(): Promise<Buffer>;
}

export interface ChatTurnInput {
  sessionId: string;
  /** null for guests: no records, no patient-scoped anything. */
  patientId: string | null;
  role: Role;
  message: string;
  /** Earlier exchanges since the session's last clear, oldest first; the orchestrator budgets them. */
  history: PriorExchange[];
  attachments: TurnAttachment[];
}

export interface ChatTurnHooks {
  /** Each piece of the answer as the model produces it (SSE). */
  onToken?: (delta: string) => void;
  /** The turn waits for an LLM slot: called when it starts waiting and when its position changes (at most once a second). */
  onQueued?: (update: QueueUpdate) => void;
  /** Aborted when the client goes away: the LLM call must stop. */
  signal?: AbortSignal;
  /**
   * The model gate: awaited once, before the turn's first model call (the answer or the image
   * analysis) and before it waits for a slot; never for an emergency that triage answers, which
   * needs no model. Whatever it throws ends the turn and comes back from `run` unchanged: the
   * chat module refuses a patient over their daily token budget here, so the budget can never
   * stand between a patient and emergency guidance.
   */
  beforeModelCall?: () => Promise<void>;
}

export type { RecordSource } from '../patients/index.js';

export type { KnowledgeSource } from '../knowledge/index.js';

/** One entry of `metadata.sources`: a record of the caller's own, or a knowledge passage. */
export type ChatSource = (RecordSource & { kind: 'record' }) | KnowledgeSource;

export interface SafetyReport {
  disclaimer_added: boolean;
  violations: string[];
  response_replaced: boolean;
  /**
   * True when a crisis-support paragraph (the crisis line, the emergency number) was added after the answer to a
   * question about a lethal amount or a means of dying or self-harm that was not an emergency.
   */
  crisis_support_added: boolean;
}

/** What detected an emergency: the deterministic triage, or the reasoning model's second opinion. */
export type EmergencySource = 'rules' | 'model';

/** `metadata` of the chat answer (ChatResponseDto), as clients read it. */
export interface ChatResponseMetadata {
  input_type: InputType;
  tools_used: string[];
  emergency_detected: boolean;
  emergency_symptoms: string[];
  /** Present when `emergency_detected`: the triage rules found it, or the model's mark did (the rules did not). */
  emergency_source?: EmergencySource;
  image_analysis: Record<string, unknown> | null;
  transcription: string | null;
  sources: ChatSource[];
  safety: SafetyReport;
  model: string;
}

export interface ChatTurnResult {
  response: string;
  metadata: ChatResponseMetadata;
  /** Internal (quotas, cost allocation): what the turn's model calls consumed; zero for an emergency answered by triage. */
  usage: TokenUsage;
}

/** What the chat module calls; the orchestrator module provides it. */
export abstract class ChatTurnRunner {
  abstract run(input: ChatTurnInput, hooks?: ChatTurnHooks): Promise<ChatTurnResult>;
}

/** A dependency the turn needs is not there: the API answers 503 with this detail. */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly service: 'Ollama' | 'the OpenAI-compatible server' | 'speech-to-text',
    detail: string,
  ) {
    super(detail);
    this.name = 'DependencyUnavailableError';
  }
}
