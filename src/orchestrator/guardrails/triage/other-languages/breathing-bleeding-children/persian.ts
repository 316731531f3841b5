import type { FindingsReading } from './findings-reading.js';

/**
 * Persian: vomiting counted after a blow to the head ("دو بار استفراغ کرد") and drowsiness written with its joiner
 * ("خواب‌آلود"): red flags of a head injury (NICE NG232).
 */
export const PERSIAN_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:دو|سه|چهار|\\d+) (?:بار|دفعه) (?:استفراغ|بالا آورد)(?: ?کرد| ?کرده)?', 'vomited several times'],
    ['استفراغ (?:کرد|کرده|می ?کند|میکنه)', 'vomited'],
    ['خواب\\u200c?آلود(?:ه)?|خواب ?آلود(?:ه)?', 'drowsy'],
  ],
  words: {},
};
