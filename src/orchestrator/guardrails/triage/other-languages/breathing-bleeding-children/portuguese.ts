import type { FindingsReading } from './findings-reading.js';

/**
 * Portuguese: spots that do not fade under a pressed glass ("não somem quando aperto o copo"): the glass test of a
 * non-blanching rash (NICE NG143, meningococcal disease), and someone found down told in the passive ("foi encontrado").
 */
export const PORTUGUESE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:que )?nao (?:somem|some|desaparecem|desaparece|saem|sai|clareiam|clareia|mudam)', 'that do not fade'],
    ['(?:foi|foram) encontrad[oa]s?', 'he was found'],
  ],
  words: {},
};
