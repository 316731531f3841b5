import type { Role } from '../auth/authenticated-principal.js';

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

/** A file the patient attached, already validated and owned by them (the uploads issue fills it). */
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

/** Where a turn waiting for an LLM slot stands (the SSE `queued` event's data). */
export interface QueueUpdate {
  /** 1 = next to be served. */
  position: number;
  estimated_wait_seconds: number;
}

/** Tokens the model calls of one turn consumed (chat and vision together); never sent to the client. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
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

export interface RecordSource {
  resource_type: string;
  date: string;
  text: string;
}

export interface SafetyReport {
  disclaimer_added: boolean;
  violations: string[];
  response_replaced: boolean;
}

/** What detected an emergency: the deterministic triage, or the reasoning model's second opinion. */
export type EmergencySource = 'rules' | 'model';

/** `metadata` of API.md's ChatResponse. */
export interface ChatResponseMetadata {
  input_type: InputType;
  tools_used: string[];
  emergency_detected: boolean;
  emergency_symptoms: string[];
  /** Present when `emergency_detected`: the triage rules found it, or the model's mark did (the rules did not). */
  emergency_source?: EmergencySource;
  image_analysis: Record<string, unknown> | null;
  transcription: string | null;
  sources: RecordSource[];
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

/**
 * Every LLM slot stayed taken for too long, or too many turns were already waiting: the API
 * answers 503 with `Retry-After` (worked out from the queue) and the turn is stored `failed`
 * with reason `capacity`, so the patient can ask again.
 */
export class CapacityExceededError extends Error {
  constructor(
    readonly reason: 'queue_full' | 'wait_timeout',
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === 'queue_full'
        ? 'The medical assistant is answering as many patients as it can right now and cannot take more waiting questions. Your message was kept; please try again shortly.'
        : 'The medical assistant is answering as many patients as it can right now and your question waited too long for its turn. Your message was kept; please try again shortly.',
    );
    this.name = 'CapacityExceededError';
  }
}
