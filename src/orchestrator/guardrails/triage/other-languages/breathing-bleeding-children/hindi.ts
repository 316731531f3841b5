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
    // Session 53 (T84): tablets a child chewed or ate from a strip with the count not known or some gone (NHS 111).
    [
      '(?:गोलियों|दवाइयों|दवा|टैबलेट) (?:का|की) (?:पत्ता|पत्ते|स्ट्रिप|डिब्बा|शीशी) (?:चबा|खा|निगल)(?: गया| गई| लिया| ली)?',
      'chewed a strip of pills',
    ],
    ['(?:पता नहीं|मालूम नहीं) (?:कितनी|कितने) (?:खाईं|खाई|खाए|खा लीं|खा ली|निगलीं|निगली)', 'ate an unknown number of tablets'],
    ['(?:\\d+(?:-\\d+)? )?(?:गोलियाँ|गोलियां|गोली|टैबलेट) गायब (?:हैं|है)', 'pills are missing'],
  ],
  words: {},
};
