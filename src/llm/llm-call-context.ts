import type { QueueUpdate, TokenUsage } from './llm-call-types.js';

/**
 * What a turn hands each of its model calls besides the prompt: whose share of the slots the
 * call uses, whom to tell while it waits, and where its token counts go.
 */
export interface LlmCallContext {
  /** The fair-share lane: `patient:<id>`, or `session:<id>` for a guest (see laneOf). */
  lane: string;
  onQueued?: (update: QueueUpdate) => void;
  onUsage?: (usage: TokenUsage) => void;
  /** The turn's model gate (ChatTurnHooks.beforeModelCall): awaited before the call waits for a slot; throwing refuses the call. */
  admit?: () => Promise<void>;
}

/** Lane of calls made for no patient in particular (a FHIR import's embeddings). */
export const SYSTEM_LANE = 'system';

/** Patients share by patient, so two tabs of one patient are one share; guests have only their session. */
export function laneOf(caller: { patientId: string | null; sessionId: string }): string {
  return caller.patientId ? patientLane(caller.patientId) : `session:${caller.sessionId}`;
}

/** The lane of a patient's calls outside the turn runner (the question's embedding at retrieval). */
export function patientLane(patientId: string): string {
  return `patient:${patientId}`;
}
