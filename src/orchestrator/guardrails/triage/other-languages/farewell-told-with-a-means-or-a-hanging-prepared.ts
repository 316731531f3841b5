import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T127): suicide told indirectly in languages whose lexicons did not hold the farewell or the means at
 * hand (NICE NG225; the Samaritans' warning signs: a goodbye or an apology sent to everyone, then silence; belongings
 * or a pet handed on; a means made ready; a hanging prepared). Each part is read as the English the self-harm rules
 * weigh together ("sent a goodbye message", "her phone is off", "tried to hang himself"), never alone as intent:
 * - a goodbye ("thanks everyone, goodbye", "I won't trouble you anymore", "forgive me") is read only beside another
 *   part (a silence, pills, things given away, a roof), since the same words close a livestream, a meeting or a chat;
 * - a cloth or a rope tied to a ceiling fan (Hindi, Urdu, Bengali) is a hanging made ready (the commonest means in South Asia);
 * - razor blades made ready are a means only beside a goodbye, a pet handed on or "won't need it anymore"; blades
 *   bought for shaving or a craft are not.
 */

const GOODBYE_MESSAGE = 'sent a goodbye message';
const HANGING_PREPARED = 'was trying to hang himself from the fan';

/** Banglish: "ar kosto dibo na" (I won't trouble you anymore) beside a silence, pills or empty strips. */
const BANGLISH_OTHER_PART =
  '(?:phone|fone|mobile) (?:off|bondho|bondo|switch ?off|dhorche na|dhore na|dhorchhe na)|oshudh|osudh|oshud|tablet|khali pata';
export const BANGLISH_FAREWELL_AND_ITS_MEANS: LexiconPhrases = [
  [
    `(?:ar|aar) (?:kono )?(?:kosto|koshto|kashto|jhamela|jhamela kore|bojha hoye) (?:dibo|debo|dimu|thakbo) ?na${toldAnywhere(`(?:${BANGLISH_OTHER_PART})`)}`,
    GOODBYE_MESSAGE,
  ],
  [
    '(?:(?:ghumer )?(?:oshudh|osudh|oshud|tablet)\\p{L}* khali (?:pata|strip|packet|pyaket)\\p{L}*|khali (?:pata|strip|packet)\\p{L}* (?:\\p{L}+ )?(?:ghumer )?(?:oshudh|osudh|oshud|tablet)\\p{L}*)(?! (?:fele|felbo|felte|kothay))',
    'empty packets of sleeping pills',
  ],
];

/** Romanised Punjabi and Hindi: "mainu maaf kar dena" (forgive me) and a phone not picked up ("phone nahi chuk reha"). */
const ROMANISED_PUNJABI_OTHER_PART =
  'sulphas|sulfas|celphos|goliyan|goliyaan|dawai|zehar|zeher|(?:phone|fone|call) (?:nahi|nhi|ni|nai) (?:chuk|chakk|chak|utha)';
export const ROMANISED_PUNJABI_FAREWELL_AND_ITS_MEANS: LexiconPhrases = [
  [
    `(?:mainu|menu|mujhe|sanu|sab nu|sabnu) (?:maaf|maf|maaph) (?:kar|kr) (?:dena|deyo|dio|dinaa|dena ji|dijiye|dijiyo)${toldAnywhere(`(?:${ROMANISED_PUNJABI_OTHER_PART})`)}`,
    'said forgive me',
  ],
  [
    `(?:(?:phone|fone|call) (?:nahi|nhi|ni|nai) (?:chuk|chukk|chak|chakk)\\p{L}*)${toldAnywhere('(?:maaf|maf|maaph|alvida|alwida)')}`,
    'is not answering his phone',
  ],
  // Who holds the means ("ohde kol sulphas": he has sulphas): the English rules weigh a means that someone has.
  ['(?:ohde|odhe|ohdi|usde|uske|us ke|unke) (?:kol|koll|paas|pas)', 'he has'],
];

/** Chinese: "谢谢大家，再见" posted to all, beside things given away, a roof or pills; not a stream, a class or a move. */
export const CHINESE_FAREWELL_AND_ITS_MEANS: LexiconPhrases = [
  [
    `(?:(?:谢谢|謝謝|感谢|感謝)(?:大家|所有人|你们|你們)[，,、 ]*(?:再见|再見|拜拜|永别|永別))${toldNowhere('(?:直播|会议|會議|开会|開會|上课|上課|下课|下課|离职|離職|辞职|辭職|毕业|畢業|搬家|退休|出国|出國|演讲|演講|节目|節目)')}${toldAnywhere('(?:送人|送给别人|送給別人|送掉|楼顶|樓頂|天台|顶楼|頂樓|安眠药|安眠藥|遗书|遺書)')}`,
    'said goodbye to everyone',
  ],
];

/** Hindi: a dupatta, a sari or a rope tied to the ceiling fan. */
export const HINDI_HANGING_PREPARED: LexiconPhrases = [
  [
    '(?:पंखे|पंखा|सीलिंग फैन|फैन) (?:पे|पर|से|में) (?:दुपट्टा|चुन्नी|रस्सी|साड़ी|चादर|फंदा|फंदे)(?: को)? (?:बाँध|बांध|लटका|डाल|बना)[\\p{L}\\p{M}]*',
    HANGING_PREPARED,
  ],
];

export const ROMANISED_HINDI_HANGING_PREPARED: LexiconPhrases = [
  [
    '(?:pankhe|pankha|ceiling fan|fan) (?:pe|par|pr|se|mein|me|nal|naal) (?:dupatta|dupata|chunni|chunri|rassi|rasi|saree|sari|chadar|fanda|phanda)(?: ko)? (?:baandh|bandh|latka|daal|bana|banh)\\p{L}*',
    HANGING_PREPARED,
  ],
];

export const URDU_HANGING_PREPARED: LexiconPhrases = [
  [
    '(?:پنکھے|پنکھا|سیلنگ فین|فین) (?:سے|پر|پہ|میں) (?:دوپٹہ|دوپٹا|چنری|رسی|رسّی|چادر|پھندا|پھندہ)(?: کو)? (?:باندھ|لٹکا|ڈال|بنا)[\\p{L}\\p{M}]*',
    HANGING_PREPARED,
  ],
];

export const BENGALI_HANGING_PREPARED: LexiconPhrases = [
  [
    '(?:ফ্যানে|ফ্যানের সাথে|ফ্যানের সঙ্গে|ফ্যান থেকে|সিলিং ফ্যানে) (?:ওড়না|ওড়না|ওরনা|দড়ি|দড়ি|শাড়ি|শাড়ি|চাদর|ফাঁস)(?: দিয়ে)? (?:বাঁধ|বাধ|বেঁধ|বেধ|ঝুল|লাগা)[\\p{L}\\p{M}]*',
    HANGING_PREPARED,
  ],
];

export const BANGLISH_HANGING_PREPARED: LexiconPhrases = [
  [
    '(?:fan|fane|ceiling fan|pakha|pakhay)(?: er sathe| e| theke)? (?:orna|urna|dori|shari|sari|chador|fash|phash|fans) (?:bandh|badh|bendh|bedh|jhul|laga)\\p{L}*',
    HANGING_PREPARED,
  ],
];

/** Polish: razor blades made ready ("żyletki przygotowane") beside a pet handed on, "won't need it" or a goodbye. */
export const POLISH_BLADES_READY_BESIDE_A_FAREWELL: LexiconPhrases = [
  [
    `(?:(?:(?:zyletk|brzytw)\\p{L}* (?:(?:\\p{L}+ )?(?:przygotowan|gotow|schowan|kupion|naszykowan)\\p{L}*)|(?:przygotowal|kupil|naszykowal|schowal|ma gotowe|ma przygotowane)\\p{L}* (?:\\p{L}+ )?(?:zyletk|brzytw)\\p{L}*))${toldAnywhere('(?:nie bedzie (?:juz )?(?:\\p{L}+ )?potrzebowa\\p{L}*|zaopiek\\p{L}* (?:\\p{L}+ ){0,2}(?:kot|psem|psa|pies|chomik|rybk|papug)\\p{L}*|pozegna\\p{L}*|przeprasza\\p{L}* wszystk\\p{L}*)')}`,
    'he has razor blades ready to kill himself',
  ],
];
