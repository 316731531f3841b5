import type { FindingsReading } from './findings-reading.js';

/** Hindi typed in Latin letters: breath that will not pass the nose, a cold's blocked nose, is no airway trouble. */
export const ROMANISED_HINDI_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // A baby feeding well (NICE NG143 green), session 43 (T53).
    [
      '(?:doodh|dudh|feed)(?: bhi)? (?:achhe|acche|achchhe|achhi tarah|theek|thik|sahi) (?:se )?(?:pee|pi|le) (?:raha|rahi|rahe|leta|leti)(?: hai| hain)?',
      'feeds well',
    ],
    // A reading told as what the thermometer showed ("thermometer me 37.2 aaya"), read by its number as in English.
    [
      '(?:thermometer|tharmametar|temperature|temp|taapmaan|tapmaan|tapman)(?: (?:me|mein|main|pe|par))? (?:\\d+(?:[.,]\\d)?) (?:aaya|aya|aayi|ayi|aa raha|aa rahi|dikha|dikhaya|tha|thi|hai)',
      'a temperature of #',
    ],
    [
      '(?:naak|nak) se (?:saa?ns|sans) (?:nahi|nahin|nhi|nai) (?:le|lai) (?:pa|paa|sak)(?: rah[aie]| rahe)?(?: hai| hoon| hu| hun)?',
      'cannot breathe through my nose',
    ],
  ],
  words: {},
};
