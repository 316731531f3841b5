import type { TriageResult } from '../../triage-result.js';
import { WORDING_THRESHOLDS, type WordingAssessment } from './emergency-wording-model.js';

/** The rules' verdict, and whether they heard a finding and set it aside. */
export interface RuleReading {
  readonly result: TriageResult;
  /** A finding told but negated, passed, long-standing or mild where that decides, an idiom, or asked about. */
  readonly muted: boolean;
  /**
   * A message told in another language, in the English the rules read it in, for the wording model to read
   * instead of the message as written (`OtherLanguageReading.toldInEnglish`); absent for a message in English.
   */
  readonly toldInEnglish?: string;
  /**
   * The child's age in months the rules read a breathing or heart rate for and set it aside as under the band
   * (`../vital-signs-by-age.ts`): the wording model reads the message without those rates.
   */
  readonly ratesReadForTheAge?: number;
}

/**
 * The rules' verdict with the wording model's reading beside it. The model only ever adds: an
 * emergency the rules missed, when it is sure (`WORDING_THRESHOLDS`), naming the words that decided it so a
 * clinician reading the history sees why. It never takes a rule's flag away: people play a real
 * emergency down in the same words the model learned as ordinary ("fine now", "can it wait for a
 * routine appointment"), and a review found it silencing a passed TIA, a non-blanching rash in a
 * baby and a stab wound still bleeding. Nor does it add where the rules heard a finding and set it
 * aside (negated, passed, asked about): it reads words, not the scope of a negation.
 */
export function withWordingVerdict({ result: byRules, muted }: RuleReading, wording: WordingAssessment): TriageResult {
  if (byRules.isEmergency || muted || wording.probability <= WORDING_THRESHOLDS.flagAbove) return byRules;
  const phrases = wording.strongestPhrases.map((phrase) => `"${phrase}"`).join(', ');
  return {
    isEmergency: true,
    categories: [],
    matchedPhrases: [...wording.strongestPhrases],
    discriminators: [phrases === '' ? 'emergency wording (learned)' : `emergency wording (learned): ${phrases}`],
    wording: 'added',
  };
}
