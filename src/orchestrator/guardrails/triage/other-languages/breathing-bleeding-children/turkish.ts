import type { FindingsReading } from './findings-reading.js';

/**
 * Turkish: someone found unconscious on the floor, told with the finder's verb last ("onu yerde baygın bulduk"): a
 * collapse seen by a bystander (Resuscitation Council UK).
 */
export const TURKISH_FINDINGS: FindingsReading = {
  ownWords: ['baygin', 'bulduk', 'buldum', 'yerde'],
  phrases: [
    [
      '(?:onu |annemi |babami |dedemi |ninemi |esimi )?yerde baygin (?:halde |bir sekilde )?(?:bulduk|buldum|bulduklar|bulundu)',
      'we found him unconscious on the floor',
    ],
    // Fast breathing only while asleep in a baby who feeds well is a normal infant's (Schmitt-Thompson newborn breathing).
    ['uyurken', 'when he sleeps'],
    ['(?:cok )?iyi (?:emiyor|besleniyor|yiyor|mama yiyor)', 'feeds well'],
    ['baygin (?:halde |bir sekilde )?(?:bulduk|buldum|bulduklar|bulundu)', 'we found him unconscious'],
  ],
  words: { baygin: 'unconscious' },
};
