import type { EmergencyCategory } from './emergency-categories.js';

/** What the triage decided about one message (`EmergencyTriage.assess`). */
export interface TriageResult {
  isEmergency: boolean;
  categories: EmergencyCategory[];
  /** The normalised phrases that decided the categories, in message order, without repeats. */
  matchedPhrases: string[];
  /**
   * The protocol discriminators that fired ("airway compromise", "breathless with poor
   * circulation"), in category order, without repeats: what `metadata.emergency_symptoms` names.
   */
  discriminators: string[];
  /** Set when the learned wording model added an emergency the rules missed (it never removes one). */
  wording?: 'added';
}
