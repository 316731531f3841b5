import type { EmergencyCategory } from '../../emergency-categories.js';
import type { TriageResult } from '../../triage-result.js';
import { WORDING_THRESHOLDS, type WordingAssessment } from './emergency-wording-model.js';

/**
 * Emergencies that are often told in calm, ordinary words, which is exactly what the model reads
 * as ordinary: suicidal intent said flatly ("thinking of killing herself this weekend"), an
 * overdose told as a number of tablets by someone who feels fine (paracetamol harms before it
 * hurts), a child "fine" after a knock but vomiting, a baby who has stopped moving. Where the
 * rules found one of these, the model never overrules them (leave-one-set-out showed it would).
 */
const TOLD_CALMLY: ReadonlySet<EmergencyCategory> = new Set([
  'suicide_self_harm',
  'poisoning_overdose',
  'head_injury',
  'obstetric_bleeding',
]);

/** The rules' verdict, and whether they heard a finding and set it aside. */
export interface RuleReading {
  readonly result: TriageResult;
  /** A finding told but negated, passed, long-standing or mild where that decides, an idiom, or asked about. */
  readonly muted: boolean;
}

/**
 * The rules' verdict with the wording model's reading beside it. The model adds an emergency the
 * rules missed only when it is near certain, naming the words that decided it so a clinician
 * reading the history sees why; it overrules the rules' flag only when it is near certain the
 * message is ordinary (the false alarms the rules raise on resolved, hypothetical or
 * long-standing episodes told in words their modifiers do not know), and never where the
 * emergency is one often told calmly.
 */
export function withWordingVerdict({ result: byRules, muted }: RuleReading, wording: WordingAssessment): TriageResult {
  const probability = wording.probability;
  // Where the rules heard a finding and set it aside, their reading of the sentence stands: the
  // model reads words, not the scope of a negation or the time of an episode.
  if (muted && !byRules.isEmergency) return byRules;
  if (
    byRules.isEmergency &&
    probability < WORDING_THRESHOLDS.overruleBelow &&
    !byRules.categories.some((category) => TOLD_CALMLY.has(category))
  ) {
    return { isEmergency: false, categories: [], matchedPhrases: [], discriminators: [], wording: 'overruled' };
  }
  if (!byRules.isEmergency && probability > WORDING_THRESHOLDS.flagAbove) {
    const phrases = wording.strongestPhrases.map((phrase) => `"${phrase}"`).join(', ');
    const named = phrases === '' ? 'emergency wording (learned)' : `emergency wording (learned): ${phrases}`;
    return {
      isEmergency: true,
      categories: [],
      matchedPhrases: [...wording.strongestPhrases],
      discriminators: [named],
      wording: 'added',
    };
  }
  return byRules;
}
