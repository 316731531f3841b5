import { ROMANISED_NEPALI_RED_FLAGS } from './punjabi-and-nepali-told-in-latin-letters.js';
import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 62 (T132): Nepali typed in Latin letters, as chat writes it ("tauko ma chot lagyo", "ragat rokiyena"): the
 * Devanagari lexicon (`nepali.ts`) reads none of it, and romanised Hindi shares too few of its words. It holds the kinds
 * T132 was given (NHS 111 / Pathways, Manchester Triage, NICE NG225 and NG232): a head knock with what followed it
 * (vomiting, drowsiness, passing out), a bleed that will not stop, a poison or pills swallowed (a farm pesticide first:
 * the commonest poisoning of Nepal), a wish to die, and bleeding in pregnancy. Nepali puts the verb last, so a
 * poison and its verb ("bisadi piunu bhayo") are read as one phrase, in English order.
 */

/** A verb of drinking or eating, done: "piyo", "piunu bhayo" (honorific), "khayo", "khaeko". */
const SWALLOWED =
  '(?:piyo|pie|pieko|piyeko|piunu bhayo|piunu bhaeko|khayo|khaeko|khako|khanu bhayo|khanu bhaeko|khaidiyo|nilyo|nileko)';

/** A farm or household poison: a pesticide ("bisadi", "kitnashak"), rat poison, a weed killer, phosphide. */
const POISON =
  '(?:(?:kheti ko |khetiko |bali ko )?(?:bisadi|bishadi|visadi|kitnashak|kitnasak)|(?:musa|mushaa|musaa) marne (?:ausadhi|aushadhi|ausadi|dabai|bish|bis|goli)|jhar marne (?:ausadhi|aushadhi|dabai)|(?:bish|bis|visha|bikh)(?![\\p{L}]))';

const PILLS = '(?:chakki|goli|tablet|tablets|ausadhi|aushadhi|ausadi|dabai)';

const ROMANISED_NEPALI_KINDS: ReadonlyArray<readonly [string, string]> = [
  [`${POISON} ${SWALLOWED}`, 'drank the pesticide'],
  [`(?:\\d+) (?:wota|ota|vota|wata|vata|ta) ${PILLS}(?: sabai| ekaichoti| ek choti ma)? ${SWALLOWED}`, 'took # pills'],
  [`(?:sabai|sab|pura|puraa|ek patta|patta ko sabai) ${PILLS} ${SWALLOWED}`, 'swallowed all the pills'],
  ['mukh bata (?:fij|fiz|phij|phiz|fin|pheej)', 'foaming at the mouth'],
  ['aankha ko nani (?:sano|saano)(?: bhayo| bhaeko)?', 'pinpoint pupils'],
  [
    '(?:marna|marnu|mrna) (?:man (?:cha|chha|lagyo|laagyo)|chahanchu)|(?:bachna|baachna|bachnu) (?:man chaina|man chhaina|mann chaina)|aatmahatya (?:garchu|garne|garna)|aafai lai marchu',
    'i want to kill myself',
  ],
  ['(?:nas|haat ko nas|kalai) (?:kateko|katyo|kaatyo|katin|kaatin|katnu bhayo)', 'cut her wrists'],
  [
    'tauko(?: ma|ma)? (?:jod(?:le|dar) )?(?:thokkiyo|thokiyo|thokkyo|thokinu bhayo|thokkinu bhayo|thokkieko|thokieko|bajriyo|bajjiyo|chot lagyo|chot laagyo|chot lageko|futyo|phutyo|fut(?:e|eko))',
    'hit his head',
  ],
  ['tauko ma chot|tauko futeko|tauko phuteko', 'a head injury'],
  [
    '(?:baanta|banta|bantaa|waakwaak|bomit)(?: garyo| gardai cha| gardai chha| garirakheko| garnu bhayo| bhayo| gareko)?',
    'vomiting',
  ],
  [
    '(?:dherai |ekdam )?(?:nidra|nindra|nidaune|nidaaune|nidaauna|nidauna) (?:lagyo|laagyo|lagirakheko|lagi rahyo|khojchha|khojcha|matra)|lhosiyo|ungh(?:iraheko|yo)',
    'very sleepy',
  ],
  [
    'behos(?:h)?(?: bhayo| bhaeko| bhako| hunu bhayo)?|hos(?:h)? (?:chaina|chhaina|gayo|harayo)|bolaunda (?:pani )?(?:boldaina|boldina|bolena|uthdaina|uthena)',
    'unconscious and is not responding',
  ],
  [
    'ragat (?:rokiyena|rokiena|rokidaina|rokindaina|rokinna|rokkiyena|thamiyena|thaamiyena|rokiraheko chaina|rokirakheko chaina)',
    'bleeding heavily and it will not stop',
  ],
  [
    '(?:dherai|ekdam dherai|bhayankar) ragat (?:bagyo|bagiraheko|bagirakheko|bagdai cha|bagdai chha|aayo|aairaheko|aaudai cha|aaudai chha|jandai cha)',
    'bleeding heavily',
  ],
  ['ragat (?:bagyo|bagiraheko|bagdai cha|bagdai chha|aayo|aaudai cha|aaudai chha|jandai cha)', 'bleeding'],
  [
    '(?:pet ma )?(?:bachha|baccha|bacha) (?:cha|chha|basya cha|basya chha|baseko cha|baseko chha)|garbhawati|garbhavati|garvawati',
    'pregnant',
  ],
  ['(?:lad(?:yo|e|eko|nu bhayo)|khas(?:yo|i|eko|nu bhayo)|jharyo|jhari)', 'fell'],
  ['(?:\\d+|ek|dui) (?:minet|minute|min) samma', 'for # minutes'],
];

export const ROMANISED_NEPALI: LanguageLexicon = {
  language: 'romanised Nepali',
  script: 'latin',
  markers: [
    'bhayo',
    'cha',
    'chha',
    'chaina',
    'chhaina',
    'garyo',
    'gareko',
    'garnu',
    'bhaeko',
    'bhako',
    'sakdaina',
    'sakena',
    'huncha',
    'hunchha',
    'dherai',
    'aaja',
    'hijo',
    'tauko',
    'ragat',
    'bata',
    'lai',
    'ani',
    'hajur',
    'mero',
    'buwa',
    'aama',
    'bahini',
    'chhora',
    'chora',
    'chhori',
    'chori',
    'khayo',
    'piyo',
    'lagyo',
    'khasyo',
    'ladyo',
    'ausadhi',
    'aushadhi',
  ],
  ownWords: [
    'bisadi',
    'bishadi',
    'kitnashak',
    'baanta',
    'banta',
    'behos',
    'behosh',
    'garbhawati',
    'thokkiyo',
    // Session 63 (T139): an ache, breathing out and a wish, in Nepali's own verbs.
    'dukhyo',
    'ferna',
    'chahanchhu',
    'chahanchu',
  ],
  phrases: [...ROMANISED_NEPALI_RED_FLAGS, ...ROMANISED_NEPALI_KINDS],
  negationAfter: '(?:chaina|chhaina|bhaena|bhayena)(?=\\s*(?:[,.;!?]|$))',
  words: {
    hajur: 'my',
    mero: 'my',
    meri: 'my',
    buwa: 'father',
    aama: 'mother',
    dai: 'brother',
    didi: 'sister',
    bahini: 'sister',
    chhora: 'son',
    chora: 'son',
    chhori: 'daughter',
    chori: 'daughter',
    ani: 'and',
    ra: 'and',
    pasina: 'sweating',
    saas: 'breathing',
    gahro: 'hard',
    aba: 'now',
    ahile: 'now',
    ragat: 'blood',
    tauko: 'head',
  },
};
