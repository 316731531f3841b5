import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED = '(?<!(?<![\\p{L}])(?:wont|jennen)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:wont|jennen))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:semenn|kek jou|vakans|lanme)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:semenn|kek jou|vakans|lanme))';

/**
 * Haitian Creole, typed with or without its accents (NICE NG225; the UK Mental Health Triage Scale; household poisons
 * as Haitian households name them: Clorox and "jif" for bleach, rat poison): a wish to vanish or never to wake, life
 * without sense; a whole box of pills swallowed (the verb tells no tense, so "bwè" is read as done); days without sleep
 * told with a delusion of flying and running naked (a manic psychosis, review of development-19).
 */
export const HAITIAN_CREOLE_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['disparet', 'klowoks', 'toutouni', 'reveye'],
  phrases: [
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:mwen |m |li )?(?:vle|ta renmen) (?:jis )?disparet(?: net| pou tout tan)?(?= ?(?:[,.;!?]|$|epi |men |paske ))`,
      'wants to disappear forever',
    ],
    ['(?:mwen |m |li )?pa (?:vle|ta renmen) (?:leve|reveye) anko', 'i do not want to wake up'],
    ['lavi (?:a |m |mwen )?pa gen (?:okenn )?sans|pa gen rezon pou m viv', 'no reason to live'],
    [
      '(?:bwe|vale|pran|manje) (?:yon |tout )?(?:bwat|boutey|plak|pake|flakon) grenn(?: la)?(?: antye| net| yo tout)?',
      'took a whole box of pills',
    ],
    ['pa (?:janm )?domi depi (?:\\d+|de|twa|kat|senk|sis|plizye) (?:jou|nwit|lannwit)', 'has not slept for # days'],
    ['(?:ap )?kouri toutouni(?: nan lari)?', 'runs naked in the street'],
    ['(?:di|kwe) (?:li|l) (?:ka|kapab) vole', 'says he can fly'],
    [
      '(?:vwa|vwa yo) (?:\\p{L}+ ){0,2}(?:di l|di li|ba l lod|mande l) (?:pou l )?(?:touye|tiye)',
      'hears voices telling him to kill',
    ],
    ['fre (?:m|mwen)(?: nan)?', 'my brother'],
  ],
  words: {
    klowoks: 'bleach',
    klorox: 'bleach',
    jif: 'bleach',
    pestisid: 'pesticide',
    ensektisid: 'pesticide',
    antijel: 'antifreeze',
  },
};
