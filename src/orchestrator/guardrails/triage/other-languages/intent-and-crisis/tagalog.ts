import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Tagalog and Taglish (NICE NG225; NHS 111 mental health; NCMH crisis line 1553): not
 * wanting to live ("ayoko nang mabuhay") with no other marker, a relative's wish ("gusto na niyang mamatay"), a burden
 * ("pabigat"). "Mamamatay na ako sa gutom" (dying of hunger) is an idiom of degree.
 */
export const TAGALOG_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['mabuhay', 'ayoko', 'pabigat', 'magbigti', 'magbibigti'],
  phrases: [
    ['(?:ayoko|ayaw ko) (?:na|nang) mabuhay|ayaw (?:na )?(?:niya|nya) (?:na |nang )?mabuhay', 'i do not want to live'],
    [
      'gusto (?:na )?(?:niya|nya|niyang|nyang|na niyang|na nyang) (?:na |nang )?(?:mamatay|magpakamatay)(?! sa )',
      'he says he wants to die',
    ],
    ['(?:gusto ko (?:na |nang )?|gusto ko ng )mamatay(?! sa )', 'i want to die'],
    ['(?:pabigat|pasanin) (?:lang )?(?:ako|siya|sya) (?:sa|sa lahat|sa pamilya)', 'i am a burden'],
    ['(?:magbibigti|magbigti|nagbigti)', 'i want to hang myself'],
    ['(?:naglalaslas|naglaslas ulit|maglalaslas)', 'she is cutting herself'],
  ],
  words: {
    lubid: 'rope',
  },
};
