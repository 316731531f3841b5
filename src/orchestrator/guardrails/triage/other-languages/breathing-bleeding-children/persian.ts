import type { FindingsReading } from './findings-reading.js';

/**
 * Persian: vomiting counted after a blow to the head ("دو بار استفراغ کرد") and drowsiness written with its joiner
 * ("خواب‌آلود"): red flags of a head injury (NICE NG232).
 */
export const PERSIAN_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:دو|سه|چهار|\\d+) (?:بار|دفعه) (?:استفراغ|بالا آورد)(?: ?کرد| ?کرده)?', 'vomited several times'],
    ['سرش (?:به \\p{L}+ )?(?:خورد|ضربه خورد)(?! زمین)', 'hit his head'],
    ['استفراغ (?:کرد|کرده|می ?کند|میکنه)', 'vomited'],
    // A fontanelle bulging (NICE NG143).
    [
      'ملاج[^.،!?]{0,20}?(?:برآمده|بر آمده|ورم کرده|باد کرده|بالا آمده|برجسته|قلمبه|پف کرده)',
      "the baby's fontanelle is bulging",
    ],
    ['خواب\\u200c?آلود(?:ه)?|خواب ?آلود(?:ه)?', 'drowsy'],
  ],
  words: {},
};
