import type { TriageResult } from '../../emergency-triage.js';
import { WORDING_THRESHOLDS, type WordingAssessment } from './emergency-wording-model.js';

/**
 * The rules' verdict with the wording model's reading beside it. The model adds an emergency the
 * rules missed only when it is near certain, naming the words that decided it so a clinician
 * reading the history sees why; it overrules the rules' flag only when it is near certain the
 * message is ordinary (the false alarms the rules raise on resolved, hypothetical or
 * long-standing episodes told in words their modifiers do not know).
 */
export function withWordingVerdict(byRules: TriageResult, wording: WordingAssessment): TriageResult {
  const probability = wording.probability;
  if (byRules.isEmergency && probability < WORDING_THRESHOLDS.overruleBelow) {
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
