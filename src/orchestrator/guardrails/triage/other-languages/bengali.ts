import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 54 (T89): Bengali, in its own script and romanised ("Banglish"), as people type it on a phone. The verb closes
 * the clause and carries the person and the tense ("পারছে না": he cannot, "পারছি না": I cannot, "খেয়েছে": he has eaten);
 * "না" after the verb and "নেই" (there is none) deny what comes before them, "নি" joined to a past verb denies it
 * ("খায়নি": did not eat). A denial that is itself the emergency ("জ্ঞান নেই": no consciousness, "শ্বাস নিতে পারছে না": cannot
 * breathe) is a phrase, read before the denial told after.
 */

/** Who a finding is told of: he, she, I, the child, in the verb's persons ("-ছে", "-ছি", "-ছেন"). */
const PERSON_ENDING = '(?:ছে|ছি|ছেন|ছো|ছিস)';

/** The 13 categories' red flags in the Bengali script (NHS 111, NICE NG143 / NG232 / NG217, Samaritans). */
const BENGALI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    'বুকে (?:প্রচণ্ড |খুব |ভীষণ |তীব্র )?(?:ব্যথা|ব্যাথা|চাপ|চাপ চাপ|ভার)|বুক (?:ব্যথা|ব্যাথা|চেপে ধরেছে|চেপে আসছে)',
    'chest pain',
  ],
  [
    `(?:শ্বাস|নিঃশ্বাস|নিশ্বাস|দম) (?:নিতে )?পার${PERSON_ENDING} না|শ্বাসকষ্ট|শ্বাস কষ্ট|দম বন্ধ (?:হয়ে )?(?:আসছে|যাচ্ছে|হয়ে যাচ্ছে)|শ্বাস (?:নিচ্ছে না|বন্ধ)|নিঃশ্বাস নিচ্ছে না`,
    'cannot breathe',
  ],
  ['(?:ঠোঁট|মুখ|ঠোট)(?: \\p{L}+)? নীল(?: হয়ে (?:গেছে|যাচ্ছে))?', 'blue lips'],
  [
    'অজ্ঞান|জ্ঞান (?:নেই|নাই|হারিয়েছে|হারিয়ে ফেলেছে|ফিরছে না|ফেরেনি)|(?:জাগছে|উঠছে|জাগানো যাচ্ছে) না|সাড়া (?:দিচ্ছে|দিচ্ছেন) না|(?:কোনো )?সাড়া নেই|ডাকলে সাড়া দিচ্ছে না',
    'unconscious and is not responding',
  ],
  ['মাথা ঘুরে পড়ে গেছে|ফিট হয়ে (?:গেছে|পড়েছে)', 'collapsed'],
  [
    '(?:প্রচুর|অনেক|খুব বেশি|অতিরিক্ত) রক্ত (?:পড়ছে|যাচ্ছে|বের হচ্ছে|বেরোচ্ছে)|রক্ত (?:বন্ধ হচ্ছে না|থামছে না|থামানো যাচ্ছে না|বন্ধ করা যাচ্ছে না)|রক্তক্ষরণ',
    'bleeding heavily and it will not stop',
  ],
  ['রক্ত (?:পড়ছে|যাচ্ছে)', 'bleeding'],
  ['মুখ(?: এক ?দিকে)? (?:বেঁকে|বেকে|ঝুলে|বাঁকা হয়ে) (?:গেছে|গিয়েছে|যাচ্ছে)|মুখ বাঁকা', 'face drooping'],
  [
    'কথা (?:জড়িয়ে|জড়িয়ে|আটকে) (?:যাচ্ছে|গেছে)|কথা বলতে পার' + PERSON_ENDING + ' না|কথা বলতে পারছেন না',
    'cannot speak and slurred speech',
  ],
  [
    '(?:হাত|এক হাত|ডান হাত|বাম হাত|বাঁ হাত)(?: \\p{L}+)? (?:অবশ|অবস|দুর্বল|নাড়াতে পারছে না|তুলতে পারছে না|উঠাতে পারছে না)',
    'suddenly weak arm',
  ],
  ['(?:গলা|জিভ|জিহ্বা|ঠোঁট|মুখ)(?: \\p{L}+)? ফুলে (?:গেছে|যাচ্ছে|উঠেছে)', 'throat swelling'],
  ['(?:চিংড়ি|বাদাম|চিনাবাদাম|ডিম|মাছ)(?: মাছ)? খাওয়ার পর', 'ate peanuts'],
  ['(?:মৌমাছি|বোলতা|ভিমরুল)(?: \\p{L}+)? (?:কামড়|হুল|কামড়েছে|হুল ফুটিয়েছে)', 'stung by bees'],
  ['\\d+ (?:সপ্তাহের|সপ্তাহ বয়সী|সপ্তাহ বয়স)', '# weeks old'],
  ['\\d+ (?:দিনের|দিন বয়সী)', '# days old'],
  ['\\d+ (?:মাসের|মাস বয়সী)(?! গর্ভবতী)', '# months old'],
  ['নেতিয়ে (?:পড়েছে|গেছে|আছে)|একদম নিস্তেজ', 'floppy'],
  ['(?:দুধ|বুকের দুধ) (?:খাচ্ছে না|টানছে না|খাওয়া বন্ধ)', 'not feeding'],
  ['(?:প্রচণ্ড|খুব|অনেক|ভীষণ) জ্বর', 'high fever'],
  ['জ্বর', 'fever'],
  ['নবজাতক|শিশু|বাচ্চা', 'baby'],
  ['খিঁচুনি (?:হচ্ছে|দিচ্ছে|উঠেছে|হয়েছে)|খিঁচুনি|খিচুনি|মৃগী', 'he is having a seizure'],
  [
    '(?:অনেক|অনেকগুলো|সব|এক পাতা|পুরো পাতা|এক বোতল)(?: \\p{L}+)? (?:ওষুধ|ট্যাবলেট|বড়ি|ঘুমের ওষুধ)(?: \\p{L}+)? খেয়ে? (?:ফেলেছে|ফেলেছি|নিয়েছে|ফেলেছেন)|(?:অনেক|অনেকগুলো|সব)(?: \\p{L}+)? (?:ওষুধ|ট্যাবলেট|ঘুমের ওষুধ) খেয়েছে',
    'took an overdose of pills',
  ],
  [
    '(?:বিষ|কীটনাশক|কিটনাশক|ইঁদুর মারার বিষ|ব্লিচ|কেরোসিন|এসিড|অ্যাসিড) (?:খেয়েছে|খেয়ে ফেলেছে|খেয়েছি|খেয়েছেন|পান করেছে)',
    'drank bleach',
  ],
  ['মাথায় (?:আঘাত|চোট|বাড়ি|জোরে বাড়ি|ব্যথা পেয়েছে)(?: \\p{L}+)?|মাথা ফেটে (?:গেছে|গিয়েছে)', 'head injury'],
  ['বমি (?:করছে|করছেন|হচ্ছে|করেছে)|বমি', 'vomiting'],
  ['উল্টোপাল্টা (?:কথা )?বলছে|এলোমেলো কথা|বিভ্রান্ত|কাউকে চিনতে পারছে না', 'confused'],
  ['গর্ভবতী|অন্তঃসত্ত্বা|অন্তসত্ত্বা|\\d+ মাসের গর্ভবতী', 'pregnant'],
  ['ঘাড় (?:শক্ত|শক্ত হয়ে গেছে|বাঁকাতে পারছে না|নাড়াতে পারছে না)', 'stiff neck'],
  ['(?:লাল|বেগুনি) (?:দাগ|র‍্যাশ|ফুসকুড়ি)|র‍্যাশ|ফুসকুড়ি', 'rash'],
  [
    'আত্মহত্যা করব|আত্মহত্যা করবো|মরে যেতে চাই|মরতে চাই|বাঁচতে চাই না|বাচতে চাই না|নিজেকে শেষ করে (?:দেব|দেবো|ফেলব)|গলায় দড়ি দেব|আর বাঁচতে ইচ্ছে করে না',
    'i want to kill myself',
  ],
  ['আত্মহত্যা করতে চায়|আত্মহত্যা করবে বলছে|মরে যেতে চায়', 'he says he will kill himself tonight'],
  ['আত্মহত্যা', 'suicide'],
  ['আজ রাতে', 'tonight'],
];

/** Denied, past and hypothetical in the Bengali script. */
const BENGALI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['যদি(?: \\p{L}+){0,6} (?:কী|কি) করব|কী করব যদি|যদি', 'what do i do if'],
  ['গত বছর|(?:অনেক|কয়েক|\\d+) বছর আগে|ছোটবেলায়', 'last year'],
  ['এখন (?:ভালো|ঠিক) আছে|সেরে গেছে|থেমে গেছে', 'is fine now'],
  ['হয়েছিল|ছিল', 'had'],
  ['আমার ছেলে|আমার মেয়ে|আমার বাচ্চা', 'my child'],
  ['আমার মা|মা', 'my mother'],
  ['আমার বাবা|বাবা', 'my father'],
  ['আমার স্ত্রী|আমার বউ', 'my wife'],
  ['আমার স্বামী', 'my husband'],
];

/** The Bengali script: the red flags, then what keeps a denied, past or hypothetical finding quiet. */
export const BENGALI: LanguageLexicon = {
  language: 'Bengali',
  script: 'bengali',
  phrases: [...BENGALI_RED_FLAGS, ...BENGALI_MODIFIERS],
  // "নেই" (there is none), "নাই", "না" closing a clause, and a past denied ("হয়নি"): read as "not" before the finding.
  negationAfter: '(?:নেই|নাই|না|হয়নি|নি)(?=\\s*(?:[,.;!?।]|$))',
  words: {
    সে: 'he',
    তিনি: 'he',
    আমি: 'i',
    আর: 'and',
    কিন্তু: 'but',
    এখন: 'now',
    আজ: 'today',
    গতকাল: 'yesterday',
    হঠাৎ: 'suddenly',
    খুব: 'very',
  },
};

/** Banglish: Bengali typed in Latin letters, as loosely spelled as it is spoken ("shash", "shwash", "sas"). */
const BANGLISH_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  ['buk(?:e)? (?:onek |khub |prochondo )?(?:batha|betha|byatha|bytha|chap|vhar)', 'chest pain'],
  [
    '(?:shash|shwash|sash|sas|nishash|nisshash|dom) (?:nite )?par(?:che|chi|chen|ce|ci)(?: na|na)|shash ?kosto|shwash ?kosto|dom (?:bondho|bondo) (?:hoye )?(?:asche|jacche|ashche)',
    'cannot breathe',
  ],
  ['(?:thot|thont|mukh)(?: \\p{L}+)? nil(?: hoye (?:geche|jacche))?', 'blue lips'],
  [
    'og(?:g|y)an|gyan (?:nei|nai|harieche|hariye feleche|firche na)|(?:jagche|uthche|sara dicche|sara dichhe|sara dicchen) na|sara nei',
    'unconscious and is not responding',
  ],
  [
    '(?:prochur|onek|khub beshi) rokto (?:porche|jacche|ber hocche)|rokto (?:bondho|bondo|thamche) (?:hocche )?na|rokto thamche na',
    'bleeding heavily and it will not stop',
  ],
  ['mukh(?: ek ?dike)? (?:beke|benke|jhule) (?:geche|jacche)|mukh baka', 'face drooping'],
  [
    'kotha (?:joriye|jorie|atke) (?:jacche|geche)|kotha bolte par(?:che|chen|ce)(?: na|na)',
    'cannot speak and slurred speech',
  ],
  ['(?:hat|haat)(?: \\p{L}+)? (?:obosh|obos|durbol|narate parche na|tulte parche na)', 'suddenly weak arm'],
  ['(?:gola|jib|thot|mukh)(?: \\p{L}+)? fule (?:geche|jacche|utheche)', 'throat swelling'],
  ['(?:chingri|badam|dim|mach) khaoyar (?:por|pore)|(?:chingri|badam) kheye', 'ate peanuts'],
  ['\\d+ (?:soptaher|saptaher|shoptaher)', '# weeks old'],
  ['\\d+ (?:diner)', '# days old'],
  ['netiye (?:poreche|geche)|netie poreche', 'floppy'],
  ['dudh (?:khacche|khachhe|khachche|tanche) na', 'not feeding'],
  ['(?:prochondo|khub|onek|vishon) (?:jor|jwor|jwar)', 'high fever'],
  ['jor|jwor|jwar', 'fever'],
  ['khichuni (?:hocche|hochhe|dicche|utheche)|khichuni|mrigi', 'he is having a seizure'],
  [
    '(?:onek|onekgulo|onek gulo|sob|ek pata|puro pata)(?: \\p{L}+)? (?:oshudh|osudh|oshud|tablet|ghumer oshudh|ghumer osudh)(?: \\p{L}+)? (?:kheye feleche|kheyeche|kheye nieche|kheye felechi)',
    'took an overdose of pills',
  ],
  ['(?:bish|bis|kitnashok|kitnasok|bleach|kerosin|acid) (?:kheyeche|kheye feleche|kheyechi|kheyechen)', 'drank bleach'],
  ['mathay (?:aghat|chot|bari|jore bari|betha peyeche)|matha fete (?:geche|gache)', 'head injury'],
  ['bomi (?:korche|korchhe|hocche|koreche)|bomi', 'vomiting'],
  ['ultopalta (?:kotha )?bolche|elomelo kotha|kauke chinte parche na', 'confused'],
  ['gorbhoboti|gorvoboti|gorbhobhoti|ontosotta|pet e baccha|pete baccha', 'pregnant'],
  ['ghar (?:shokto|sokto|shakto|stiff)(?: hoye geche)?|ghar (?:bakate|narate) parche na', 'stiff neck'],
  ['(?:lal|beguni) (?:dag|daag|fuskuri)|fuskuri|rash', 'rash'],
  [
    'atmohot(?:t|)a (?:korbo|korbo ami)|more jete chai|morte chai|bachte chai na|bacte chai na|nijeke shesh kore (?:debo|dibo|felbo)|golay dori debo|ar bachte icche kore na',
    'i want to kill myself',
  ],
  ['atmohot(?:t|)a korte chay|more jete chay', 'he says he will kill himself tonight'],
  ['aj rate', 'tonight'],
  ['jodi(?: \\p{L}+){0,6} ki korbo|ki korbo jodi|jodi', 'what do i do if'],
  ['goto bochor|gotobochor|(?:onek|koyek|\\d+) bochor age|chotobelay', 'last year'],
  ['ekhon (?:valo|bhalo|thik) ache|sere geche|theme geche', 'is fine now'],
  ['hoyechilo|chilo', 'had'],
  ['amar (?:chele|meye|baccha|bachcha)', 'my child'],
  ['amar ma|ammu|amma', 'my mother'],
  ['amar baba|abbu|abba', 'my father'],
  ['amar (?:stri|bou|wife)', 'my wife'],
  ['amar (?:shami|swami|husband)', 'my husband'],
];

/** Words of Banglish that English never writes: two of them mark a message as it. */
const BANGLISH_MARKERS = [
  'amar',
  'amader',
  'ami',
  'apni',
  'tumi',
  'ekhon',
  'onek',
  'khub',
  'hocche',
  'hochhe',
  'korche',
  'parche',
  'parchi',
  'geche',
  'kheyeche',
  'ache',
  'nei',
  'kichu',
  'kore',
  'kotha',
  'theke',
  'jonno',
  'keno',
  'kothay',
  'baccha',
  'bachcha',
];

export const BANGLISH: LanguageLexicon = {
  language: 'Bengali',
  script: 'latin',
  markers: BANGLISH_MARKERS,
  ownWords: [
    'ogyan',
    'oggan',
    'khichuni',
    'shashkosto',
    'gorbhoboti',
    'atmohotta',
    'atmohota',
    'buke',
    'mathay',
    'bomi',
    'oshudh',
    'osudh',
    'ghumer',
    'feleche',
    'kheye',
    'kheyeche',
  ],
  phrases: BANGLISH_RED_FLAGS,
  negationAfter: '(?:nei|nai|na)(?=\\s*(?:[,.;!?]|$))',
  words: { ar: 'and', kintu: 'but', ekhon: 'now', aj: 'today', gotokal: 'yesterday', hothat: 'suddenly', khub: 'very' },
};
