import type { FindingsReading } from './findings-reading.js';

/** Hindi typed in Latin letters: breath that will not pass the nose, a cold's blocked nose, is no airway trouble. */
export const ROMANISED_HINDI_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    [
      '(?:naak|nak) se (?:saa?ns|sans) (?:nahi|nahin|nhi|nai) (?:le|lai) (?:pa|paa|sak)(?: rah[aie]| rahe)?(?: hai| hoon| hu| hun)?',
      'cannot breathe through my nose',
    ],
  ],
  words: {},
};
