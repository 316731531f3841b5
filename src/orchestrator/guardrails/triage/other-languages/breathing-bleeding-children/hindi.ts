import type { FindingsReading } from './findings-reading.js';

/**
 * Sweets or food told in the sentence, and no medicine anywhere in the message: a count of sweets eaten, not of tablets.
 * A strip or pills found beside a sweets box (review V36, 20:38) is still a count of tablets.
 */
const FOODS =
  '(?:मिठाई|मिठाइयां|मिठाइयाँ|लड्डू|जलेबी|रसगुल्ले|रसगुल्ला|चॉकलेट|टॉफी|टॉफ़ी|बिस्कुट|रोटी|रोटियां|पूरी|पूरियां|समोसे|समोसा|आम|केले|पकौड़े|मोमोज़|मोमोज)';
const MEDICINES = '(?:दवा|दवाई|दवाइयां|दवाइयाँ|गोली|गोलियां|गोलियाँ|टैबलेट|पत्ता|पत्ते|शीशी|सिरप|कैप्सूल)';
const NOT_OF_FOOD = `(?:(?=[^]*${MEDICINES})|(?<=${MEDICINES}[^]*)|(?<!${FOODS}[^.!?]{0,60})(?![^.!?]{0,80}${FOODS}))`;

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
    // Session 54 (T87): ... but not sweets or food told in its sentence with no medicine named ("मिठाई खा ली, पता नहीं
    // कितनी खाईं").
    [
      `${NOT_OF_FOOD}(?:पता नहीं|मालूम नहीं) (?:कितनी|कितने) (?:खाईं|खाई|खाए|खा लीं|खा ली|निगलीं|निगली)`,
      'ate an unknown number of tablets',
    ],
    // Session 54 (T87): many (sleeping) pills swallowed, told with "सारी" or "पूरी" (NICE NG225, TOXBASE).
    [
      '(?:बहुत सारी|ढेर सारी|सारी|सारे|पूरी|बहुत) (?:नींद की )?(?:गोलियां|गोलियाँ|दवाइयां|दवाइयाँ|टैबलेट्स|टैबलेट) (?:एक साथ )?(?:खा|निगल) (?:लीं|ली|लिया|लिए|लिये|गया|गई|गयी)',
      'took a lot of sleeping pills',
    ],
    ['(?:\\d+(?:-\\d+)? )?(?:गोलियाँ|गोलियां|गोली|टैबलेट) गायब (?:हैं|है)', 'pills are missing'],
  ],
  words: {},
};
