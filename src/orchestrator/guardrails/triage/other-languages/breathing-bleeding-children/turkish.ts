import type { FindingsReading } from './findings-reading.js';
import { toldAnywhere, toldNowhere } from '../language-lexicon.js';

/**
 * An older child told (two years or more, or one using the toilet alone): a nappy dry for hours is toilet training
 * then, not an infant's reduced urine output (review V36 at session 54's merge).
 */
const AN_OLDER_CHILD = '(?:(?:[2-9]|1\\d|iki|uc|dort|bes|yedi|sekiz|dokuz|on) yas\\p{L}*|tuvalet|birakti)';

/**
 * Turkish: someone found unconscious on the floor, told with the finder's verb last ("onu yerde baygın bulduk"): a
 * collapse seen by a bystander (Resuscitation Council UK).
 */
export const TURKISH_FINDINGS: FindingsReading = {
  ownWords: ['baygin', 'bulduk', 'buldum', 'yerde'],
  phrases: [
    // Session 54 (T87): a baby's nappy dry, no urine passed, for hours told (NICE NG143 and WHO IMCI: reduced urine output
    // in an infant, a baby or a nappy told); a nappy dry just now, or an older child's toilet training, is not.
    [
      `(?:(?:alti|bezi) (?:hep |hala |bile )?kuru|bezini (?:islatmiyor|islatmadi|hic islatmadi)|cis (?:yapmiyor|yapmadi|yapamiyor))${toldAnywhere('(?:beri|saattir|saatlerdir|butun gun|gun boyu|dunden|sabahtan)')}${toldAnywhere('(?:bebe\\p{L}*|bebis\\p{L}*|yenidogan\\p{L}*|lohusa|(?:\\d+|bir|iki|uc) (?:aylik|haftalik|gunluk)|alti|bezi)')}${toldNowhere(AN_OLDER_CHILD)}`,
      'no wet nappy',
    ],
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
