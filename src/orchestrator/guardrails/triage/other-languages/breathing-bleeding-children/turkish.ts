import type { FindingsReading } from './findings-reading.js';

/**
 * Turkish: someone found unconscious on the floor, told with the finder's verb last ("onu yerde baygın bulduk"): a
 * collapse seen by a bystander (Resuscitation Council UK).
 */
export const TURKISH_FINDINGS: FindingsReading = {
  ownWords: ['baygin', 'bulduk', 'buldum', 'yerde'],
  phrases: [
    [
      '(?:\\p{L}+ )?yerde baygin (?:halde |bir sekilde )?(?:bulduk|buldum|bulduklar|bulundu)',
      'we found him unconscious on the floor',
    ],
    // Fast breathing only while asleep in a baby who feeds well is a normal infant's (Schmitt-Thompson newborn breathing).
    // ... but a rate told "even asleep" is the measure itself (NICE NG143: 60 a minute or more in a baby).
    ['uyurken bile', 'even when he sleeps'],
    ['uyurken', 'when he sleeps'],
    ['dakikada \\d+ (?:kez |defa |kere )?nefes(?: aliyor| aldi| alip veriyor)?', '# breaths a minute'],
    ['(?:cok )?iyi (?:emiyor|besleniyor|yiyor|mama yiyor)', 'feeds well'],
    // A fontanelle bulging (NICE NG143).
    [
      'bingildag\\p{L}* (?:kabarik|kabarmis|kabardi|sismis|sisti|sis|yukselmis|gergin)',
      "the baby's fontanelle is bulging",
    ],
    ['nobet gecirdi', 'had a seizure'],
    ['(?<=nobet\\p{L}*[^.!?]{0,30})(?:durdu|gecti|bitti)', 'the seizure stopped'],
    ['(?:sonra |simdi )?(?:tekrar|yine|yeniden) (?:basladi|basliyor)', 'then it started again'],
    ['kendine (?:gelmedi|gelmiyor|gelemedi)', 'has not come round'],
    ['burnum (?:tikali|tikandi|kapali)|burnu (?:tikali|tikandi|kapali)|burun tikanikligi', 'blocked nose'],
    ['burnumdan|burnundan', 'through my nose'],
    ['baygin (?:halde |bir sekilde )?(?:bulduk|buldum|bulduklar|bulundu)', 'we found him unconscious'],
  ],
  words: { baygin: 'unconscious' },
};
