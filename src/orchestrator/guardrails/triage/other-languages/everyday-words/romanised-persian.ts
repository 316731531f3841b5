import type { EverydayWords } from './everyday-words.js';

/**
 * Persian typed in Latin letters ("Finglish"), its everyday words with the spellings people type (long vowels doubled or
 * not: "hoosh" / "hosh", "nayoomade" / "nayumade"): a seizure, coming round, fainting, the people and the time since.
 */
export const ROMANISED_PERSIAN_EVERYDAY: EverydayWords = {
  phrases: [
    // Not come round after a seizure or a fall (NICE CG137: not back to normal): still unconscious.
    [
      '(?:hanooz|hanuz|hanoz)? ?(?:be|beh) (?:hoosh|hosh) (?:nayoomade|nayumade|nayomade|nayamade|nemiad|nemiyad|nemiyaad|nemiaad)',
      'is still unconscious',
    ],
    ['(?:bi ?hoosh|bi ?hosh)(?: (?:shode|shod|e|ast))?', 'unconscious'],
    ['(?:tashanoj|tashannoj|tashnoj)(?: (?:karde|kard|mikone|dare|kardeh))?', 'had a seizure'],
    ['(?:az hal|ghash) (?:raft|rafte|kard|karde)', 'fainted'],
    ['(?:yehoo|yehu|yekdafe|nagahan)', 'suddenly'],
    ['(?:az sobh|az dishab|az dirooz)', 'since this morning'],
  ],
  words: {
    hanooz: 'still',
    hanuz: 'still',
    va: 'and',
    kheili: 'very',
    kheyli: 'very',
    shadid: 'severe',
    shode: 'became',
  },
};
