import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:hiya|nakakahiya|napahiya)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:hiya|nakakahiya|napahiya))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:linggo|ilang araw|bakasyon|beach|saglit)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:linggo|ilang araw|bakasyon|beach|saglit))';

/** Where a wish's clause ends: "gusto kong mawala ang sakit" (the pain gone) goes on with what, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|at |pero |kasi |dahil |wala ))';

/**
 * Tagalog and Taglish (NICE NG225; Hopeline PH's warning signs; household names of the Philippine Poison Control
 * Centre: Zonrox for bleach, muriatic acid, Baygon, rat poison): a wish to vanish or never to wake, life without worth;
 * voices heard that order a killing, days without sleep.
 */
export const TAGALOG_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['lason', 'mawala', 'zonrox', 'muriatic', 'naririnig'],
  phrases: [
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?:uminom|nakainom|ininom|lumunok|nilunok|nakalunok)(?: ako| siya| ng| na| sila| mga)* [1-9]\\d+(?: na| ng| piraso(?:ng)?)? (?:tableta|tabletas|tabletang|gamot|capsule|kapsula|pills|biogesic|paracetamol|neozep|bioflu|alaxan|medicol|ibuprofen|mefenamic|diatabs)(?![^.!?]{0,30}(?:araw-araw|kada araw|isang araw))',
      'took # pills',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:gusto|gusto ko|gusto na|gusto ko nang|gusto ko na|gusto kong|gusto niyang|gusto na niyang|gusto niya nang|sana) (?:nang |na )?(?:mawala|maglaho)(?: na lang| na| sa mundo(?: na ito)?| ng tuluyan)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      '(?:ayoko|ayaw ko|ayaw niya|ayaw na niyang|sana hindi) (?:na |nang )?(?:ako |siya )?(?:magising|gumising)(?: pa| bukas)?(?! (?:ng maaga|nang maaga|maaga))',
      'i do not want to wake up',
    ],
    ['(?:wala nang|walang) (?:saysay|kwenta|kuwenta|silbi) (?:ang |ng )?(?:buhay|mabuhay)', 'no reason to live'],
    ['walang (?:makakamiss|makaka-miss|maghahanap|mamimiss) sa (?:akin|kanya)', 'nobody would miss me'],
    ['(?:may )?(?:naririnig|narinig|nakakarinig) (?:siyang |akong |siya ng |ako ng )?(?:mga )?boses', 'hears voices'],
    [
      '(?:ilang|\\d+|dalawang|tatlong|apat na|limang) araw (?:na |nang )?(?:hindi|di) (?:natutulog|nakakatulog|nakatulog)',
      'has not slept for days',
    ],
    ['lason (?:sa|pang|para sa) (?:daga|ipis)|racumin|pampatay ng daga', 'rat poison'],
    ['muriatic(?: acid)?|muriatik', 'drain cleaner'],
    ['(?:pamatay|pampatay) (?:ng |sa )?(?:ipis|insekto|lamok|peste|damo)|pestisidyo|baygon|insecticide', 'pesticide'],
    [
      'uminom(?=(?: \\p{L}+){0,4} (?:zonrox|clorox|lason|muriatic|muriatik|baygon|pestisidyo|pampatay|pamatay|racumin))',
      'drank',
    ],
  ],
  words: {
    zonrox: 'bleach',
    clorox: 'bleach',
    kanta: 'song',
  },
};
