import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent in Arabizi, Arabic in Latin letters and digits (NICE NG225; NHS 111 mental health): the wish in the
 * Levantine and Egyptian spellings ("bddi moot", "badi mout", "3ayez amoot"), and all the pills taken. "Moot" alone is
 * an English word and never marks a message; "bddi" and "baddi" do.
 */
export const ARABIZI_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['bddi', 'baddi', 'biddi', 'anta7er', 'ente7ar', 'entehar'],
  phrases: [
    [
      '(?:bddi|bidi|biddi|bdi|baddi|badi|3ayez|3ayza|3awez|abi|abgha|ana badi) (?:moot|mout|amoot|amout|mote|anta7er|antaher|ente7ar|entehar|a2tol 7ali|a2tel nafsi)(?! (?:mn|men|min|ml|mel|3a|3al|3ala|3la|fi|fe|3ashan) )',
      'i want to die',
    ],
    [
      '(?:akhadet|akhadt|khadet|bala3t|bala3et|shrebt) (?:kel|kol|kell) (?:el |l)?(?:7boub|hboub|7ubub|7obob|dawa|adwiye|el7boub)',
      'i took all the pills',
    ],
  ],
  words: {},
};
