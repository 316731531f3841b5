import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent in Haitian Creole (NICE NG225; NHS 111 mental health): someone else's wish to kill themselves
 * ("li vle touye tèt li"), not wanting to live, a burden ("yon chay").
 */
export const HAITIAN_CREOLE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['touye'],
  phrases: [
    [
      '(?:li|l) (?:vle|pral|ap|di l ap|di li pral) (?:touye tet li|touye tet|pann tet li|mouri)',
      'he says he wants to kill himself',
    ],
    ['(?:m|mwen) pa vle viv(?: anko)?|(?:li|l) pa vle viv(?: anko)?', 'i do not want to live'],
    ['(?:m|mwen) (?:se|tounen) yon chay (?:pou|sou)', 'i am a burden'],
  ],
  words: {},
};
