import type { SafetyReport } from '../chat-turn.js';
import type { EmergencyCategory } from '../guardrails/emergency-categories.js';

/**
 * The slices of the guardrails the graph's nodes call, so each node states exactly what it
 * needs. The runner wires the real guardrails in; nothing else is ever bound.
 */
export interface EmergencyAssessor {
  assess(text: string): {
    isEmergency: boolean;
    categories: readonly EmergencyCategory[];
    /** The protocol discriminators that fired, for `metadata.emergency_symptoms`. */
    discriminators: readonly string[];
  };
}

export interface EmergencyGuidanceWriter {
  /** The fixed guidance answered for these categories. */
  guidance(categories: readonly EmergencyCategory[]): string;
  /** The call-now guidance for an emergency the model marked: it names no category. */
  uncategorised(): string;
}

export interface AnswerSafetyChecker {
  check(answer: string, caller: { callerPatientId: string | null }): SafetyReport & { response: string };
}

export type InputSanitizer = (text: string) => string;
