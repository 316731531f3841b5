import type { FindingsReading } from './findings-reading.js';

/**
 * Hindi: a fit told as stopped and then started again ("दौरा रुका था लेकिन फिर से शुरू हो गया"): the stop was left
 * unread, so the English lost the fit it started again (NICE NG217: a second seizure without recovery).
 */
export const HINDI_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // A fontanelle bulging (NICE NG143).
    [
      '(?:सिर का |सिर की )?(?:तालू|तालु) (?:उभरा|उभरी|फूला|फूली|उठा|उठी|सूजा|सूजी|ऊपर आ गया)(?: हुआ| हुई)?(?: है)?',
      "the baby's fontanelle is bulging",
    ],
    ['(?:रुका|रुकी|रुक गया|रुक गई|थमा|थमी|थम गया|थम गई)(?: था| थी)?', 'stopped'],
  ],
  words: {},
};
