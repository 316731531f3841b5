import type { FindingsReading } from './findings-reading.js';

/**
 * Arabic: the glass test of a rash told in parts (NICE NG143, meningococcal disease): spots that do not go away when
 * pressed with a glass ("ما تختفي لما أضغط عليها بكاسة"), or the test named and its result told after it.
 */
export const ARABIC_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    [
      '(?:ما|لا|مش|مو|ما بت|ما عم) ?(?:تختفي|تروح|يختفي|يروح|بتروح|بيروح|بتختفي|تزول|يزول)[^.،!?]{0,12}?(?:لما|عندما|لمن|اذا|لو|حتى لما|حتى لو) (?:اضغط|ضغطت|نضغط|تضغط|ضغطنا|يضغط)[^.،!?]{0,12}?(?:كاس|كوب|كباي|الكاس|الكوب)\\p{L}*',
      'that do not fade when pressed with a glass',
    ],
    ['حبوب (?:حمرا|حمراء|حمر)|نقط (?:حمرا|حمراء|حمر)|بقع (?:حمرا|حمراء|حمر)', 'red spots'],
    // The glass test named and its result told after it ("عملت اختبار الكاسة وما راحت"): spots that did not fade.
    [
      '(?:اختبار|تجربة|تجربه|فحص) (?:ال)?(?:كاسة|كاسه|كاس|كوب|كباية|كبايه)[^.،!?]{0,24}?(?:و)?(?:ما|لا|مش|مو) ?(?:راحت|راح|اختفت|اختفى|زالت|زال|بتروح|تروح|تختفي|بتختفي)',
      'did the glass test and the spots did not fade',
    ],
  ],
  words: {},
};
