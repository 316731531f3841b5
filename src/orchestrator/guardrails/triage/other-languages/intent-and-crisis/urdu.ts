import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Urdu script (NICE NG225; NHS 111 mental health; Umang): suicide and killing oneself
 * in the first and third person, not wanting to live, cutting one's wrist, a burden. Roman Urdu is read with Hinglish
 * (`hindi.ts`, `ROMANISED_HINDI_INTENT_AND_CRISIS`).
 */
export const URDU_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    [
      'خودکشی (?:کر لوں گا|کر لوں گی|کرنا چاہتا|کرنا چاہتی|کروں گا|کروں گی|کر لوں|کرنا)|(?:اپنے آپ|خود) کو (?:مار|ختم کر) (?:لوں گا|لوں گی|دوں گا|دوں گی)',
      'i will kill myself',
    ],
    ['(?:وہ )?خودکشی (?:کرنا چاہتا ہے|کرنا چاہتی ہے|کر لے گا|کر لے گی|کی دھمکی)', 'he says he wants to kill himself'],
    ['(?:مجھے )?(?:اب )?(?:جینا|زندہ رہنا|زندہ) نہیں (?:رہنا )?(?:ہے|چاہتا|چاہتی)', 'i do not want to live'],
    ['(?:اپنی )?(?:کلائی|نس|نسیں|بازو) (?:کاٹ|کاٹی|کاٹ لی|کاٹ رہی|کاٹ رہا)', 'she is cutting herself'],
    ['(?:سب|گھر والوں) (?:پر|کے لیے) بوجھ', 'i am a burden'],
  ],
  words: {},
};
