import type { FindingsReading } from './findings-reading.js';

/**
 * Spanish: someone found down told in the passive with the subject left out ("fue encontrado desmayado"), where English
 * names who was found: a collapse seen by a bystander (Resuscitation Council UK).
 */
export const SPANISH_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [['(?:fue|fueron|ha sido) (?:encontrad|hallad)[oa]s?', 'he was found']],
  words: {},
};
