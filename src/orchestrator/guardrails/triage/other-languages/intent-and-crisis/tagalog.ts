import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Tagalog and Taglish (NICE NG225; NHS 111 mental health; NCMH crisis line 1553): not
 * wanting to live ("ayoko nang mabuhay") with no other marker, a relative's wish ("gusto na niyang mamatay"), a burden
 * ("pabigat"). "Mamamatay na ako sa gutom" (dying of hunger) is an idiom of degree.
 */
export const TAGALOG_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['mabuhay', 'ayoko', 'pabigat', 'magbigti', 'magbibigti'],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    [
      '(?:papatayin|papatay|patayin) (?:niya |nya |ko )?(?:kami|kayo|sila|tayo|lahat|kaming lahat|ang lahat)',
      'says he will kill us',
    ],
    ['(?:may )?hawak na (?:kutsilyo|itak|baril|patalim)', 'holding a knife'],
    // A light, the power or a fire that goes out ("mamatay ang ilaw") is no one's death.
    [
      '(?:gusto (?:ko|kong|niya|nya) (?:na |nang )?)?(?:mamatay|namatay|patayin) ang (?:ilaw|kuryente|makina|apoy|tv|aircon|bentilador|electric fan|cellphone|phone)',
      'the light goes out',
    ],
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    [
      '(?:wala (?:akong|siyang|syang|kaming) (?:balak|planong|plano|iniisip na|naiisip na)|hindi ko (?:balak|iniisip|naiisip)) (?:na |ng |nang )?magpakamatay',
      'no suicidal thoughts',
    ],
    ['(?:ayoko|ayaw ko) (?:na|nang) mabuhay|ayaw (?:na )?(?:niya|nya) (?:na |nang )?mabuhay', 'i do not want to live'],
    [
      'gusto (?:na )?(?:niya|nya|niyang|nyang|na niyang|na nyang) (?:na |nang )?(?:mamatay|magpakamatay)(?! sa )',
      'he says he wants to die',
    ],
    ['(?:gusto ko (?:na |nang )?|gusto ko ng )mamatay(?! sa )', 'i want to die'],
    ['(?:pabigat|pasanin) (?:lang )?(?:ako|siya|sya) (?:sa|sa lahat|sa pamilya)', 'i am a burden'],
    ['(?:magbibigti|magbigti|nagbigti)', 'i want to hang myself'],
    ['(?:naglalaslas|naglaslas ulit|maglalaslas)(?! (?:ako |siya |sya )?ng )', 'she is cutting herself'],
  ],
  words: {},
};
