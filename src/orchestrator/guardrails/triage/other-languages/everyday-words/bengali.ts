import type { EverydayWords } from './everyday-words.js';

/**
 * Session 63 (T139): Bengali's everyday words of the 13 red flags, in its script and as Banglish types it. Bengali was the
 * worst-read main language (17 of 41 emergencies inside the 13 missed on the held-out sets): its lists named the
 * protocols' phrases, not the words a frightened parent or bystander types (NHS 111, NICE NG232 / NG143, TOXBASE,
 * Resuscitation Council anaphylaxis). The verb closes the clause ("কেটে গেছে": got cut, "খেয়ে ফেলেছে": has swallowed,
 * "থামছে না": is not stopping); Dhaka speech shortens the perfect to "-se" ("kheye felse", "pore gese"), so each family is
 * written with its endings. A substance or a pack is read with the swallowing verb that follows it, since English reads
 * the act before its object.
 */

/** The perfect of "to go" after a verb's stem, as Banglish spells it ("kete geche", "pore gese", "fule gelo"). */
const WENT = '(?:geche|gechhe|gache|gese|gelo|gelen|gechen|giyeche|gieche|jay|jacche|jachhe)';

/** Swallowed, drank or took, in the perfect and Dhaka's "-se" ("kheye felse", "khaise", "gile feleche"). */
const SWALLOWED =
  '(?:(?:kheye|khe|gile|giliye|gilya) (?:feleche|felechhe|felechen|felse|felce|fello|fellen|felche|nieche|niyeche|nise|nisse)|kheyeche|kheyechhe|kheyechen|kheyese|khaise|khaiche|khaisen|gileche|gilese|kheyechi|khaisi)';

/** What is swallowed as a poison: pesticide, kerosene, bleach and the cleaners, rat poison, "poison" itself. */
const POISON =
  '(?:bish|bis|bisho|poison|kitnashok|kitnasok|keetnashok|pesticide|keroshin|kerosin|kerosene|kerosine|acid|bleach|harpic|finail|phenyl|savlon|dettol|indur marar bish|indur marar oshudh|idur marar bish)';

/** Pills counted by the strip or the lot ("ek pata", "puro pata", "onekgulo"): an overdose when swallowed. */
const A_LOT_OF_PILLS =
  '(?:onek|onekgulo|onek gulo|sob|shob|sobgulo|shobgulo|ek pata|puro pata|pura pata|ekta pura pata|ekta puro pata|ek bottle|puro bottle|pura bottle|ek shishi)(?: [\\p{L}]+){0,2} (?:oshudh|osudh|oshud|ousad|tablet|tablets|pill|pills|goli|bori)';

/** The script's perfect of "to go" after a stem ("কেটে গেছে", "ফুলে গেছে", "নীল হয়ে গেছে"). */
const GONE = '(?:গেছে|গেছেন|গিয়েছে|গিয়েছেন|গেল|গেলো|গেলেন|যাচ্ছে|যাচ্ছেন)';

/** Swallowed in the script ("খেয়ে ফেলেছে", "খেয়েছে", "গিলে ফেলেছে"). */
const SWALLOWED_IN_SCRIPT =
  '(?:(?:খেয়ে|গিলে) (?:ফেলেছে|ফেলেছেন|ফেলেছি|নিয়েছে|নিয়েছেন|ফেলল|ফেললো)|খেয়েছে|খেয়েছেন|খেয়েছি|গিলেছে|গিলেছেন)';

/** A poison in the script: pesticide, kerosene, bleach, rat poison, "বিষ" itself. */
const POISON_IN_SCRIPT =
  '(?:বিষ|কীটনাশক|কীটনাশ|কেরোসিন|কেরাসিন|অ্যাসিড|এসিড|ব্লিচ|হারপিক|ফিনাইল|স্যাভলন|ডেটল|ইঁদুর মারার (?:বিষ|ওষুধ)|ইদুর মারার (?:বিষ|ওষুধ))';

/** Pills by the strip or the lot, in the script ("এক পাতা", "পুরো পাতা", "অনেকগুলো"). */
const A_LOT_OF_PILLS_IN_SCRIPT =
  '(?:অনেক|অনেকগুলো|অনেকগুলা|সব|সবগুলো|এক পাতা|পুরো পাতা|একটা পুরো পাতা|পুরো এক পাতা|এক বোতল|পুরো বোতল)(?: [\\p{L}\\p{M}]+){0,2} (?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|পিল)';

/** A span told in number words before the weeks, days or months of a baby's age ("তিন সপ্তাহের", "tin shoptaher"). */
const NUMBER_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['এক|ek', '1'],
  ['দুই|দু|dui|du', '2'],
  ['তিন|tin|teen', '3'],
  ['চার|char', '4'],
  ['পাঁচ|pach|panch', '5'],
  ['ছয়|ছ|choy|chhoy', '6'],
  ['সাত|sat|shat', '7'],
  ['আট|at|aat', '8'],
];

const AGE_IN_NUMBER_WORDS: ReadonlyArray<readonly [string, string]> = NUMBER_WORDS.flatMap(([word, digits]) => [
  [`(?:${word}) (?:সপ্তাহের|soptaher|saptaher|shoptaher|sopta)`, `${digits} weeks old`] as const,
  [`(?:${word}) (?:দিনের|diner)`, `${digits} days old`] as const,
  [`(?:${word}) (?:মাসের|maser)(?! (?:গর্ভবতী|pregnant|gorbhoboti))`, `${digits} months old`] as const,
]);

export const BENGALI_EVERYDAY: EverydayWords = {
  phrases: [
    ...AGE_IN_NUMBER_WORDS.filter(([source]) => /[\u0980-\u09ff]/.test(source)),
    [`${POISON_IN_SCRIPT}(?: [\\p{L}\\p{M}]+){0,2} ${SWALLOWED_IN_SCRIPT}`, 'drank poison'],
    [`${A_LOT_OF_PILLS_IN_SCRIPT}(?: [\\p{L}\\p{M}]+){0,2} ${SWALLOWED_IN_SCRIPT}`, 'took an overdose of pills'],
    // A cut made on purpose ("ইচ্ছে করে"), with a blade, or the wrist's vein: self-harm, not an accident.
    [
      `(?:ইচ্ছে করে|ইচ্ছা করে|জেনেশুনে)(?: [\\p{L}\\p{M}]+){0,3} (?:কেটেছে|কেটেছেন|কেটে ফেলেছে|কাটছে)|(?:হাত|কব্জি|হাতের শিরা|কব্জির শিরা) (?:কেটেছে|কেটে ফেলেছে)(?: [\\p{L}\\p{M}]+){0,2} (?:ইচ্ছে করে|ইচ্ছা করে|ব্লেড দিয়ে)`,
      'she cut her wrists on purpose',
    ],
    [
      `(?:এক|একটা|এক) (?:পাশ|দিক|সাইড)(?: [\\p{L}\\p{M}]+)? (?:অবশ|অসাড়|দুর্বল)(?: হয়ে ${GONE})?`,
      'sudden weakness on one side',
    ],
    [`বুক (?:চেপে|চিপে) (?:ধরেছে|ধরছে|আসছে|আছে)|বুকে (?:চাপ|ভার|ভারী)`, 'chest pain'],
    [`বুক (?:ভেতরে|ভিতরে) (?:ঢুকে|বসে) (?:যাচ্ছে|যায়)`, 'chest is sucking in'],
    [`(?:শ্বাস|নিঃশ্বাস|নিশ্বাস)(?: [\\p{L}\\p{M}]+)? (?:আটকে আটকে|থেমে থেমে) (?:আসছে|নিচ্ছে)`, 'gasping for breath'],
    [`(?:শ্বাস|নিঃশ্বাস|নিশ্বাস) (?:খুব |অনেক )?(?:দ্রুত|তাড়াতাড়ি|জোরে জোরে)`, 'breathing very fast'],
    [`নীল(?:চে)? হয়ে ${GONE}`, 'turned blue'],
    [`রক্ত (?:থামছে|বন্ধ হচ্ছে|থামছেই) না`, 'the bleeding will not stop'],
    [`(?:মাথা|মাথার) (?:থেকে|দিয়ে) রক্ত`, 'head injury, his head is bleeding'],
    [`কিছু (?:মনে (?:নেই|নাই|করতে পারছে না)|মনে পড়ছে না)`, 'does not remember anything'],
    [`কেটে ${GONE}`, 'was cut'],
    [
      `(?:গ্লাস|কাচ|গেলাস)(?: [\\p{L}\\p{M}]+){0,2} (?:চাপলে|চেপে ধরলে|চাপ দিলে)(?: [\\p{L}\\p{M}]+)? (?:যাচ্ছে না|যায় না|মিলিয়ে যাচ্ছে না|মিশে যাচ্ছে না)`,
      'rash does not fade under a glass',
    ],
    ['নিস্তেজ|ঝিমিয়ে (?:পড়েছে|আছে)', 'floppy'],
    ['চুলকাচ্ছে|চুলকানি', 'itching'],
  ],
  words: {
    রক্ত: 'blood',
    মাথা: 'head',
    মাথায়: 'on the head',
    বুক: 'chest',
    বুকে: 'chest',
    ব্যথা: 'pain',
    ব্যাথা: 'pain',
    পেট: 'belly',
    গলা: 'throat',
    ঠোঁট: 'lips',
    জিভ: 'tongue',
    ঘাড়: 'neck',
    বমি: 'vomiting',
    বাচ্চা: 'baby',
    বাচ্চার: 'baby',
    নবজাতক: 'newborn',
    ওষুধ: 'medicine',
    বিষ: 'poison',
    অবশ: 'numb',
    দুর্বল: 'weak',
    নীল: 'blue',
    ঠান্ডা: 'cold',
    প্রচণ্ড: 'severe',
    তীব্র: 'severe',
    অনেক: 'a lot',
    দুর্ঘটনা: 'accident',
    দুর্ঘটনার: 'accident',
    গর্ভবতী: 'pregnant',
  },
};

/**
 * A finding told in Banglish's conditional "-le" ("khichuni hole", "oggan hoile": if one has a fit, if one faints) is asked
 * about, as the script's "-লে" is: read as a condition, before the finding's own word is read as happening now.
 */
export const BANGLISH_FINDING_TOLD_AS_A_CONDITION: ReadonlyArray<readonly [string, string]> = [
  ['(?:khichuni|khicuni|mrigi|fit) (?:hole|hoile|hle|uthle|dile|shuru hole)', 'if someone has a seizure'],
  ['(?:ogyan|oggan|behush|behus|ojnan) (?:hole|hoile|hle|hoye gele|hoye porle)', 'if someone faints'],
];

export const BANGLISH_EVERYDAY: EverydayWords = {
  phrases: [
    ...AGE_IN_NUMBER_WORDS.filter(([source]) => !/[\u0980-\u09ff]/.test(source)),
    [`${POISON}(?: \\p{L}+){0,2} ${SWALLOWED}`, 'drank poison'],
    [`${A_LOT_OF_PILLS}(?: \\p{L}+){0,2} ${SWALLOWED}`, 'took an overdose of pills'],
    // Suicide told with the word's spoken spellings ("atmohotya", "attohotta") and a plan for tonight or a rope.
    [
      '(?:atmo ?hot(?:t|)(?:y)?a|atto ?hot(?:t|)(?:y)?a|suicide) (?:korbo|kormu|korbo ami|kore felbo|korte chai|korar kotha bhabchi)',
      'i want to kill myself',
    ],
    [
      '(?:atmo ?hot(?:t|)(?:y)?a|atto ?hot(?:t|)(?:y)?a|suicide) (?:korte chay|korte chacche|korbe bolche|korar chesta koreche|korar cheshta koreche)',
      'he says he will kill himself tonight',
    ],
    [
      '(?:gole|golay|gola) (?:dori|orna|rosi|fas|fash|fansi) (?:diye |diya )?(?:jhulte|jhulbe|jhule|dite|nite|dicchilo|diyechilo|dieche|diyeche) ?(?:chaiche|chaichhe|chacche|giyechilo|gechilo|chesta koreche)?',
      'tried to hang himself',
    ],
    [
      '(?:iccha|icche|ichha|ichchhe) kore(?: \\p{L}+){0,3} (?:keteche|kete feleche|katche|kete felse|katse)|(?:hat|haat|kobji|shira) (?:keteche|kete feleche|katse|kete felse)(?: \\p{L}+){0,2} (?:iccha kore|icche kore|blade diye)',
      'she cut her wrists on purpose',
    ],
    [
      `(?:ek|aek|ekta) (?:pash|pas|dik|side)(?:e)?(?: \\p{L}+)? (?:obosh|obos|odosh|osar|durbol)(?: hoye ${WENT})?`,
      'sudden weakness on one side',
    ],
    [
      'buk (?:chepe|chipe|cepe) (?:dhorse|dhoreche|dhorche|dhorece|asche|ashche|ache)|buke (?:chap|chaap|vari|bhari|vhar|bhar)',
      'chest pain',
    ],
    [
      'buk (?:bhetore|bhitore|vitore|vetore|bhetor|bhitor) (?:dhuke|duke|bose|dhuk|dhuki) (?:jacche|jachhe|jay|jaitese)',
      'chest is sucking in',
    ],
    [
      '(?:shash|shas|sash|sas|nishash|nisshash|nishwash)(?: \\p{L}+)? (?:atke atke|theme theme|aitka aitka) (?:ashche|asche|ashe|nicche|nichhe)',
      'gasping for breath',
    ],
    [
      '(?:shash|shas|sash|sas|nishash|nisshash|nishwash) (?:khub |onek )?(?:taratari|tarataari|druto|jore jore|fast)',
      'breathing very fast',
    ],
    [
      '(?:nishash|nisshash|shash|shas|sas|nishwash) (?:thik ?moto|thik moton|valo moto|bhalo moto) (?:nicche|nichhe|niche|nite parche|nitese|nite parchhe) ?na',
      'not breathing properly',
    ],
    [`nil(?:che)? (?:hoye|hoiya|hoe) ${WENT}`, 'turned blue'],
    [
      'rokto (?:thamche|thamchhe|thamtese|bondho hocche|bondho hochhe|bondo hocche|bondho hoitese) ?na|rokto (?:thame|thamena|thamtese) na',
      'the bleeding will not stop',
    ],
    [
      '(?:fhinki|finki|phinki|fhinkhi) (?:diye|dia|mere)(?: \\p{L}+)? rokto|rokto (?:fhinki|finki|phinki) (?:diye|dia|mere)',
      'blood is gushing',
    ],
    [
      'rokto (?:berocche|berochhe|ber hocche|ber hochhe|beroitese|porche|porchhe|portese|jacche|jachhe|jaitese)',
      'bleeding',
    ],
    ['(?:matha|mathar) (?:theke|diye|thika) rokto', 'head injury, his head is bleeding'],
    [
      'kichu (?:mone (?:nei|nai|korte parche na|porche na|rakhte parche na)|mone nai)|(?:kauke|karo ke|kake) chinte parche ?na|chinte parche ?na',
      'does not remember anything',
    ],
    [`(?:kete|katiya|kaite) ${WENT}`, 'was cut'],
    [
      '(?:glass|gelas|glas)(?: \\p{L}+){0,2} (?:chaple|chepe dhorle|chap dile|dabale|chepe)(?: \\p{L}+)? (?:jacche na|jay na|jaitese na|mise jacche na|mishe jacche na|mile jacche na)',
      'rash does not fade under a glass',
    ],
    ['(?:gaye|gay|shorire|sorire|gae) (?:lal|beguni|kalo) (?:dag|daag|dana|fuskuri|chhop)', 'rash'],
    [
      '(?:chingri|badam|dim|mach|baadam|chinabadam) (?:khawar|khaoar|khaowar|khaoyar|khabar) (?:por|pore|pode)',
      'after eating peanuts',
    ],
    ['chulkacche|chulkachhe|chulkay|chulkani|chulkaitese', 'itching'],
    ['notun baccha|notun bacca|nobojatok|nobojatoko|nobo jatok', 'newborn'],
    ['nishteje|nisteje|nistej|netiye geche|netie geche|jhimiye (?:poreche|ache)', 'floppy'],
    [
      '(?:gorom|gorome|rode|roddure|tap|tape) (?:\\p{L}+ )?(?:pore gelo|pore geche|pore gese|jhole porlo|dhole porlo)',
      'collapsed in the heat',
    ],
    [
      '(?:gaa|ga|gay|gaye|shorir|sorir) (?:agun|agunn) (?:gorom|gorom hoye ache)|(?:gaa|ga|shorir) pure jacche',
      'body burning hot',
    ],
    ['gham(?:che|chhe|chen|cchen|tese) ?na|ghamchhe na', 'not sweating'],
  ],
  words: {
    rokto: 'blood',
    roktu: 'blood',
    matha: 'head',
    mathay: 'on the head',
    buk: 'chest',
    buke: 'chest',
    betha: 'pain',
    batha: 'pain',
    byatha: 'pain',
    gola: 'throat',
    thot: 'lips',
    thont: 'lips',
    jib: 'tongue',
    baccha: 'baby',
    bacca: 'baby',
    bachcha: 'baby',
    bacchar: 'baby',
    bacchake: 'baby',
    oshudh: 'medicine',
    osudh: 'medicine',
    oshud: 'medicine',
    obosh: 'numb',
    obos: 'numb',
    durbol: 'weak',
    nil: 'blue',
    thanda: 'cold',
    tanda: 'cold',
    tibro: 'severe',
    accident: 'accident',
    pregnant: 'pregnant',
    chele: 'son',
    meye: 'daughter',
  },
};
