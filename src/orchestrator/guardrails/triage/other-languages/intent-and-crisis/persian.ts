import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Persian, with Persian or Arabic yā and kāf alike (NICE NG225; NHS 111 mental health;
 * صدای مشاور 1480): wanting to die in the spoken forms ("میخوام بمیرم", "دلم میخواد بمیرم"), killing oneself, cutting
 * one's veins, a burden. "از خنده مردم" (I died laughing) is an idiom and never read here.
 */
export const PERSIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    [
      '(?:می ?خوام|میخوام|دلم می ?خواد|دلم میخواد|می ?خواهم) (?:بمیرم|خودمو بکشم|خودم را بکشم|خودکشی کنم)',
      'i want to die',
    ],
    ['(?:می ?خواد|میخواد|میخواهد) (?:بمیره|خودشو بکشه|خودش را بکشد|خودکشی کنه)', 'he says he wants to kill himself'],
    ['(?:رگ|رگ دستمو|رگ دستشو|رگمو|رگشو) (?:زدم|زده|بریدم|بریده|میزنه|میزنم)', 'she is cutting herself'],
    ['(?:سربار|بار اضافه) (?:همه|خانواده|خونواده)', 'i am a burden'],
  ],
  words: {},
};
