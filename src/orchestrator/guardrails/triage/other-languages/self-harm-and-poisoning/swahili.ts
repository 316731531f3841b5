import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED = '(?<!(?<![\\p{L}])(?:aibu|nimeaibika)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:aibu|nimeaibika))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:wiki|siku|likizo|pwani|kwa muda)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:wiki|siku|likizo|pwani|kwa muda))';

/** Where a wish's clause ends: "nataka kupotea kwa muda kwenda likizo" goes on with how long, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|na |lakini |kwa sababu |hakuna ))';

/**
 * Swahili (NICE NG225; household poisons as Kenyan and Tanzanian poison lines name them: Jik for bleach, rat poison,
 * pesticide): a wish to vanish or never to wake, life without meaning, nobody to miss one; voices that order a killing,
 * days without sleep, a knife held.
 */
export const SWAHILI_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: ['kupotea', 'kutoweka', 'kuamka', 'hajalala', 'jik', 'sauti'],
  phrases: [
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?:nimemeza|amemeza|alimeza|nilimeza|nimekunywa|amekunywa|alikunywa|nilikunywa) (?:vidonge|tembe|panadol|paracetamol|piriton|dawa za usingizi) [1-9]\\d+(?! (?:ml|mg|kwa siku|mara|kila siku))',
      'took # pills',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:nataka|anataka|ninataka|anatamani|natamani|ningependa) (?:tu )?(?:kupotea|kutoweka)(?: kabisa| milele| duniani)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    ['(?:sitaki|hataki) kuamka (?:tena|kesho)(?! mapema)', 'i do not want to wake up'],
    ['maisha (?:yangu |yake )?(?:hayana|hayana tena) (?:maana|thamani)', 'no reason to live'],
    ['hakuna (?:atakayenikumbuka|atakayenimiss|atakayejali)', 'nobody would miss me'],
    [
      '(?:anasikia|nasikia|alisikia) sauti (?:\\p{L}+ ){0,2}(?:zinazomwambia|zinazoniambia|zikimwambia|zikiniambia) (?:aue|niue|kuua|ajiue|nijiue|aruke)',
      'hears voices telling him to kill',
    ],
    [
      '(?:hajalala|sijalala|halali|hajapata usingizi) (?:kwa )?siku (?:\\d+|mbili|tatu|nne|tano|kadhaa)',
      'has not slept for # days',
    ],
    ['(?:ameshika|anashika|ana|amebeba|anabeba) (?:kisu|panga|shoka|bunduki)', 'holding a knife'],
    ['dawa ya (?:kuua )?(?:wadudu|mende|magugu)|viuatilifu|sumu ya wadudu', 'pesticide'],
    ['tindikali', 'drain cleaner'],
  ],
  words: {
    jik: 'bleach',
    wimbo: 'song',
  },
};
