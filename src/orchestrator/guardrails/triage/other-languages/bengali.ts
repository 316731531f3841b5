import {
  BANGLISH_FAREWELL_AND_ITS_MEANS,
  BANGLISH_HANGING_PREPARED,
  BENGALI_HANGING_PREPARED,
} from './farewell-told-with-a-means-or-a-hanging-prepared.js';
import { BANGLISH_EVERYONE_BE_WELL } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { BENGALI_INFANT_WEEKS_TOLD_WITH_THE_CHILD } from './infant-weeks-told-with-the-child.js';
import type { LanguageLexicon } from './language-lexicon.js';
import { BANGLISH_EVERYDAY, BANGLISH_FINDING_TOLD_AS_A_CONDITION, BENGALI_EVERYDAY } from './everyday-words/bengali.js';

/**
 * Session 54 (T89): Bengali, in its own script and romanised ("Banglish"), as people type it on a phone. The verb closes
 * the clause and carries the person and the tense ("পারছে না": he cannot, "পারছি না": I cannot, "খেয়েছে": he has eaten);
 * "না" after the verb and "নেই" (there is none) deny what comes before them, "নি" joined to a past verb denies it
 * ("খায়নি": did not eat). A denial that is itself the emergency ("জ্ঞান নেই": no consciousness, "শ্বাস নিতে পারছে না": cannot
 * breathe) is a phrase, read before the denial told after.
 */

/** Who a finding is told of: he, she, I, the child, in the verb's persons ("-ছে", "-ছি", "-ছেন"). */
const PERSON_ENDING = '(?:ছে|ছি|ছেন|ছো|ছিস)';

/** A verb's present and perfect told of someone honoured as well ("পড়েছে": he fell, "পড়েছেন": she, an elder, fell). */
const HONOURED = 'ন?';

/** An age in years told in number words or digits before a child ("দুই বছরের ছেলে"): the rules read a toddler by it. */
const YEARS_OLD: ReadonlyArray<readonly [string, string]> = [
  ['এক', '1'],
  ['দুই|দু', '2'],
  ['তিন', '3'],
  ['চার', '4'],
  ['পাঁচ', '5'],
].map(([word, digits]) => [`(?:${word}) বছরের`, `${digits} year old`] as const);

/** Who a "তড়কা" (fit) is told of: a child, a grandchild, in a fever, jerking, stiffening, eyes rolled or not coming round. */
const FIT_OF_SOMEONE = '(?:বাচ্চা|শিশু|ছেলে|মেয়ে|খোকা|খুকি|নাতি|নাতনি|ভাই|বোন|জ্বর|কাঁপ|ঝাঁকা|খিঁচ|শক্ত হয়ে|চোখ|জ্ঞান|হুঁশ|বেহুঁশ)';

/** Food told in a clause ("ডাল", "রান্না", "খেয়ে"): "তড়কা" beside it is the dish. */
const FOOD = '(?:ডাল|রান্না|খেয়ে|খেলাম|খেয়েছি|খাব|রুটি|ভাত|পরোটা|রেসিপি|হোটেল|রেস্টুরেন্ট)';
const NO_FOOD_BEFORE = `${FOOD}[^,.;!?।]*`;
const NO_FOOD_AFTER = `[^,.;!?।]*${FOOD}`;

/** Talking, saying the same thing or explaining: froth raised by it is talking oneself hoarse. */
const TALKING = 'বলে বলে|বলতে বলতে|বুঝিয়ে বুঝিয়ে|বোঝাতে বোঝাতে|বুঝিয়ে|চেঁচিয়ে চেঁচিয়ে|চেঁচিয়ে|কথা বলে|একই কথা';

/** Constipation told ("পায়খানা হয়নি", "কোষ্ঠকাঠিন্য"), and what makes a hard belly acute beside it. */
const CONSTIPATION = '(?:(?:পায়খানা|পায়খানা|মল|পটি) (?:হয়নি|হয় নি|হচ্ছে না|হয়নাই|কষা|শক্ত)|কোষ্ঠকাঠিন্য|কোষ্ঠ কাঠিন্য)';
const BELLY_RED_FLAG = '(?:ব্যথা|ব্যাথা|যন্ত্রণা|বমি|জ্বর|কাঁদছে|কান্না|থামছে না|ফুলে|রক্ত|নেতিয়ে|পাথরের মতো|কাঠের মতো)';

/**
 * Session 56 (T98): what the Bengali lists left unread, by kind, in the words people type (NHS 111, NICE NG225, TOXBASE,
 * Resuscitation Council anaphylaxis): breath that is hard to take or catches, a fit told by eyes rolled and froth or by a
 * child's "তড়কা", someone fallen who does not come round ("বেহুঁশ", "হুঁশ নেই", "ঢলে পড়েছেন"), blood that gushes or spurts
 * or is vomited, a cold sweat and a pulse not found, a belly hard as stone, a rash a glass does not fade, a goodbye to
 * everyone, pills saved, a jump from a roof, a wrist cut, a hanging, a child at an elder's medicine, a throat closing
 * after food or a sting. A finding denied by name ("শ্বাসকষ্ট নেই", "খিঁচুনি হয়নি") is read as denied here, before the
 * finding: "না" and "নেই" told after a finding that is itself a negative ("cannot breathe") would read as a double negative.
 */
const BENGALI_KINDS_SESSION_56: ReadonlyArray<readonly [string, string]> = [
  ['(?:শ্বাসকষ্ট|শ্বাস কষ্ট) (?:নেই|নাই|হচ্ছে না|হয়নি|হয় না)', 'no shortness of breath'],
  ['(?:খিঁচুনি|খিচুনি) (?:নেই|নাই|হচ্ছে না|হয়নি|হয় নি|আর হয়নি)', 'no seizures'],
  [
    `(?:শ্বাস|নিঃশ্বাস|নিশ্বাস|দম) নিতে (?:খুব |ভীষণ |প্রচণ্ড |অনেক |বেশ )?(?:কষ্ট|সমস্যা)(?: হচ্ছে${HONOURED})?|শ্বাসকষ্ট|শ্বাস কষ্ট`,
    'shortness of breath',
  ],
  [`দম (?:আটকে|আটকিয়ে|বন্ধ হয়ে) (?:আসছে|যাচ্ছে|গেছে)`, 'cannot breathe'],
  ['(?:শাঁ শাঁ|সাঁ সাঁ|সাঁই সাঁই|শোঁ শোঁ|বাঁশির মতো) (?:শব্দ|আওয়াজ)', 'wheezing'],
  ['ইনহেলার(?: [\\p{L}\\p{M}]+){0,2} (?:কাজ (?:হচ্ছে|করছে) না|কাজ করছেনা|কাজে দিচ্ছে না)', 'inhaler is not working'],
  ['(?:ঠোঁট|ঠোট|মুখ)(?: [\\p{L}\\p{M}]+)? (?:নীলচে|নীল হয়ে গেছেন|কালচে নীল)', 'blue lips'],
  [`চোখ (?:উল্টে|উল্টিয়ে|উলটে) (?:গেছে${HONOURED}|যাচ্ছে${HONOURED}|দিয়েছে${HONOURED}|আছে)`, 'eyes rolled back'],
  // "মুখে ফেনা তোলা" (to raise froth at the mouth) is also talking oneself hoarse: froth raised by oneself, or by talking,
  // saying the same thing or explaining, is the idiom; froth that comes, or raised by someone who falls, is a fit.
  [
    `(?:${TALKING})(?: [\\p{L}\\p{M}]+){0,3} মুখে ফেনা (?:তুলে|তুলেও|তুলেছি|তুললাম|তুলেছে${HONOURED}|তুলল|উঠিয়ে)(?: (?:ফেললাম|ফেলেছি|ফেলল|ফেলেছে${HONOURED}|দিলাম|দিয়েছি|গেল|গেছে))?|মুখে ফেনা তুলে (?:ফেললাম|ফেলেছি|দিলাম|দিয়েছি|ফেলছি)`,
    'i have said it many times',
  ],
  ['মুখ (?:দিয়ে|থেকে) (?:ফেনা|গাঁজা) (?:বের হচ্ছে|বেরোচ্ছে|আসছে|বের হয়েছে|উঠছে)|মুখে ফেনা', 'foaming at the mouth'],
  [`(?:হাত পা|সারা শরীর) (?:ঝাঁকাচ্ছে|ঝাঁকুনি দিচ্ছে|খিঁচছে|খিঁচে খিঁচে উঠছে)${HONOURED}`, 'he is having a seizure'],
  ['মৃগী(?:র খিঁচুনি|র ফিট)? (?:উঠেছে|উঠছে|হচ্ছে|শুরু হয়েছে)', 'he is having a seizure'],
  ['মৃগী(?: রোগ|র রোগ|র অসুখ)?', 'epilepsy'],
  // "তড়কা" is a child's fit and also the dish ("ডাল তড়কা", tarka dal): the dish is read first, and the fit only of someone
  // it happens to (a verb of happening, or a child, a fever, jerking or eyes told in its clause), never beside food.
  ['(?:ডাল|ডিম|ডিমের) তড়কা|তড়কা (?:ডাল|রান্না|দিয়ে|বানিয়েছি|বানালাম)', 'lentil curry'],
  // A fit told in the past ("হয়েছিল", the habitual "হত") is read as "had a fit", so that a past told with it sets it aside
  // while a fit a moment ago in a feverish child is still read as one (the English rules keep a recent "had a fit").
  [
    `(?:খিঁচুনি|খিচুনি) (?:হয়েছিল|হয়েছিলো|হত|হতো|উঠেছিল)${HONOURED}|(?<!${NO_FOOD_BEFORE})তড়কা (?:হয়েছিল|হয়েছিলো|হত|হতো)${HONOURED}(?!${NO_FOOD_AFTER})`,
    'had a fit',
  ],
  [
    `(?<!${NO_FOOD_BEFORE})(?:তড়কা (?:হচ্ছে|হয়েছে|উঠেছে|লেগেছে|দিচ্ছে|শুরু হয়েছে)${HONOURED}|(?<=${FIT_OF_SOMEONE}[^,.;!?।]*)তড়কা|তড়কা(?=[^,.;!?।]*${FIT_OF_SOMEONE}))(?!${NO_FOOD_AFTER})`,
    'he is having a seizure',
  ],
  [
    `জ্ঞান (?:হারিয়েছে${HONOURED}|হারিয়ে ফেলেছে${HONOURED}|ফিরছে না|ফিরছেনা|ফেরেনি|আসছে না)|(?:বেহুঁশ|বেহুশ|অচেতন)|(?:হুঁশ|হুশ) (?:নেই|নাই|হারিয়েছে${HONOURED}|ফিরছে না)`,
    'unconscious',
  ],
  [`ঢলে (?:পড়েছে${HONOURED}|পড়লেন|পড়ল|পড়লো|পড়ে গেছে${HONOURED})`, 'he collapsed'],
  [
    `ডাক(?:ছি|ছে|লেও|লে|াডাকি করছি)(?: কিন্তু)? (?:চোখ খুলছে${HONOURED}|সাড়া দিচ্ছে${HONOURED}|উঠছে${HONOURED}) না`,
    'unconscious and is not responding',
  ],
  [`(?:জাগছে${HONOURED}|উঠছে${HONOURED}|সাড়া দিচ্ছে${HONOURED}) না`, 'unconscious and is not responding'],
  [`(?:নড়াচড়া করছে${HONOURED}|নড়ছে${HONOURED}) না`, 'not moving'],
  [
    '(?:গলগল|ফিনকি দিয়ে|ফিনকি মেরে|ঝরঝর|অঝোরে|ভলভল)(?: করে)? রক্ত|রক্ত (?:গলগল|ফিনকি দিয়ে|ফিনকি মেরে|অঝোরে)(?: করে)?',
    'blood is gushing',
  ],
  ['চেপে ধরে(?:ও| রাখলেও)(?: রক্ত)? (?:থামছে|বন্ধ হচ্ছে|থামছেই) না', 'bleeding will not stop with pressure'],
  [`রক্তবমি|রক্ত বমি|বমির সাথে রক্ত`, 'vomiting blood'],
  ['(?:কালো|আলকাতরার মতো) (?:পায়খানা|মল)', 'black tarry stools'],
  ['রক্তে (?:ভিজে|ভেসে|মাখামাখি হয়ে) (?:গেছে|যাচ্ছে)', 'soaked in blood'],
  ['ঠান্ডা ঘাম|ঘেমে (?:ঠান্ডা|নেয়ে)', 'cold sweat'],
  ['ফ্যাকাশে|ফ্যাকাসে', 'pale'],
  ['নাড়ি (?:পাওয়া যাচ্ছে না|খুঁজে পাচ্ছি না|পাচ্ছি না|খুব দুর্বল)', 'no pulse'],
  ['প্রেশার (?:অনেক |খুব |হঠাৎ )?(?:নেমে|কমে|ফল করে) (?:গেছে|যাচ্ছে)|প্রেশার ফল করেছে', 'blood pressure dropped a lot'],
  [`নেতিয়ে (?:পড়েছে${HONOURED}|গেছে${HONOURED}|আছে${HONOURED})`, 'floppy'],
  ['পেটে (?:অসহ্য|প্রচণ্ড|ভীষণ|তীব্র|মারাত্মক) (?:ব্যথা|ব্যাথা|যন্ত্রণা)', 'severe abdominal pain'],
  // A belly merely hard ("পেট শক্ত") told with constipation ("পায়খানা হয়নি") and no pain, vomiting, fever or crying is a
  // constipated tummy (NHS 111 constipation in children); with any of those, or hard as stone or wood, it is read as rigid.
  [
    `পেট শক্ত (?:হয়ে গেছে|হয়ে আছে)(?:(?<=${CONSTIPATION}[\\s\\S]*)|(?=[\\s\\S]*${CONSTIPATION}))(?<!${BELLY_RED_FLAG}[\\s\\S]*)(?![\\s\\S]*${BELLY_RED_FLAG})`,
    'constipated',
  ],
  ['পেট (?:পাথরের মতো |কাঠের মতো )?শক্ত (?:হয়ে গেছে|হয়ে আছে)', 'belly hard as a board'],
  [`নড়তে পারছি${HONOURED} না|নড়তে পারছে${HONOURED} না`, 'cannot move'],
  ['বমি (?:থামছে না|থামছেই না|বন্ধ হচ্ছে না)', 'vomiting will not stop'],
  [
    '(?:গ্লাস|গ্লাসের) (?:দিয়ে )?(?:চাপ দিলেও|চেপে ধরলেও|চাপলেও) (?:যাচ্ছে না|মিলাচ্ছে না|মিলিয়ে যাচ্ছে না|মুছে যাচ্ছে না)',
    'rash does not fade under a glass',
  ],
  [
    '(?:সবাইকে (?:শেষ )?বিদায়|সবার কাছ থেকে (?:শেষ )?বিদায়|শেষ বিদায়)(?! (?:জানিয়ে|জানালাম|জানাল|জানাতে|দিয়ে|দিলাম|দিল|দিতে|দেওয়া|দেওয়ার|নিয়ে|নিলাম|নিতে|অনুষ্ঠান))',
    'goodbye everyone forever',
  ],
  ['(?:ঘুমের )?(?:ওষুধ|ট্যাবলেট|বড়ি) জমিয়ে (?:রেখেছি|রাখছি|রেখেছে)', 'i have saved up pills to kill myself'],
  [
    '(?:ছাদ|ছাদের কিনার|ব্রিজ|সেতু|বিল্ডিং)(?:ে|ের|য়|ায়|ের উপর|ের উপরে|থেকে| থেকে)?(?: [\\p{L}\\p{M}]+){0,4}[,.]? (?:[\\p{L}\\p{M}]+ )?(?:লাফ (?:দেব|দেবো|দিব|দিবো|দেবে|দিবে|দিতে চাই|দিতে যাচ্ছি|দিতে যাচ্ছে)|লাফিয়ে পড়(?:ব|বো|বে))',
    'i am standing on the roof, i will jump',
  ],
  ['লাফ দিয়ে (?:মরব|মরবো|মরে যাব|মরবে)|ঝাঁপ দিয়ে (?:মরব|মরবো|মরবে)', 'i will jump to kill myself'],
  [
    `(?:হাতের |কব্জির )?শিরা কেটে(?:ছে${HONOURED}|ছি|ফেলেছে${HONOURED}|ফেলেছি)|ব্লেড দিয়ে (?:হাত )?কেটে(?:ছে|ছি|ফেলেছে|ফেলেছি)`,
    'cut her wrists',
  ],
  [
    `ঘুমিয়ে (?:পড়ে )?আর (?:যেন )?না উঠি|ঘুম থেকে আর (?:যেন )?না উঠি|আর (?:কখনো |কোনোদিন )?(?:ঘুম থেকে )?(?:উঠতে|জাগতে|জেগে উঠতে) চাই না`,
    'i do not want to wake up',
  ],
  [
    `(?:গলায় )?ফাঁস (?:দেব|দেবো|দিব|দিয়েছে${HONOURED}|লাগিয়েছে${HONOURED}|নিয়েছে${HONOURED}|দিতে গিয়েছিল|দেওয়ার চেষ্টা করেছে${HONOURED})|গলায় দড়ি (?:দিয়েছে${HONOURED}|দিতে গিয়েছিল)`,
    'tried to hang himself',
  ],
  [
    `নিজেকে (?:মেরে ফেলব|মেরে ফেলবো|শেষ করে দেব|শেষ করে দেবো|শেষ করব|শেষ করবো)|জীবন শেষ করে (?:দেব|দেবো|দিব)`,
    'i want to kill myself',
  ],
  ['(?:ছবিতে|সিনেমায়|সিনেমাতে|নাটকে|সিরিয়ালে|গল্পে|উপন্যাসে)', 'in the film'],
  ...YEARS_OLD,
  [
    `(?:প্রেশারের|ডায়াবেটিসের|সুগারের|ঘুমের|হার্টের|ব্যথার|মানসিক রোগের|আয়রনের)(?: [\\p{L}\\p{M}]+)? (?:ওষুধ|ট্যাবলেট|বড়ি)(?: [\\p{L}\\p{M}]+)? (?:খেয়ে|গিলে) (?:ফেলেছে${HONOURED}|ফেলেছি|নিয়েছে${HONOURED})`,
    'swallowed blood pressure pills',
  ],
  ['(?:কয়টা|কটা|কতগুলো|কতটা|কত) (?:[\\p{L}\\p{M}]+ )?(?:জানি না|বুঝতে পারছি না|জানিনা)', 'do not know how many'],
  ['এক বোতল|পুরো বোতল|পুরো শিশি|এক শিশি', 'a whole bottle of'],
  ['ওষুধের (?:আলমারি|বাক্স|ড্রয়ার)', 'the medicine cabinet'],
  [`(?:খেয়ে|গিলে) (?:ফেলেছে${HONOURED}|নিয়েছে${HONOURED})`, 'swallowed'],
  [
    '(?:কান্নায়|কান্নার চোটে|আবেগে|দুঃখে|অভিমানে) গলা (?:বন্ধ|ধরে|আটকে|বুজে) (?:হয়ে )?(?:আসছে|যাচ্ছে|গেছে|এল|আসে)',
    'choked up with tears',
  ],
  [`গলা (?:বন্ধ|চেপে|আটকে|সরু) (?:হয়ে )?(?:আসছে|যাচ্ছে|গেছে)`, 'throat tightening'],
  ['(?:জিভ|জিহ্বা|ঠোঁট|মুখ|চোখ)(?: [\\p{L}\\p{M}]+)? ফুলে (?:গেছে|যাচ্ছে|উঠেছে|ঢোল)', 'lips swelling'],
  ['চাকা চাকা(?: দাগ)?|আমবাত', 'hives'],
  [
    '(?:মৌমাছি|বোলতা|ভিমরুল|ভীমরুল)(?: [\\p{L}\\p{M}]+)? (?:কামড়ানোর|কামড়ের|হুল ফোটানোর|হুল ফোটার|কামড়ে দেওয়ার) (?:পর|পরে)',
    'after a bee sting',
  ],
  [
    '(?:চিংড়ি|বাদাম|চিনাবাদাম|ডিম|মাছ|কাজু)(?: মাছ)? (?:খেয়ে|খেয়েই|খাওয়ার পর|খাওয়ার পরে|খাওয়ার পরেই)',
    'after eating peanuts',
  ],
];

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
  // A clause asked as a condition, its verb closing in "-লে" before "what do I do" ("শ্বাস নিতে কষ্ট হলে কী করব?": if it is
  // hard to breathe, what do I do?): its first word, where no finding's phrase begins, is read as the question's opening.
  [
    '(?<=^|[,.;!?।]\\s*)[\\p{L}\\p{M}]+(?=[^,.;!?।]*?লে (?:[\\p{L}\\p{M}]+ )?(?:কী|কি) (?:করব|করবো|করা উচিত|করতে হবে|করণীয়|করবেন))',
    'what do i do if',
  ],
  ['যদি(?: \\p{L}+){0,6} (?:কী|কি) করব|কী করব যদি|যদি', 'what do i do if'],
  // Session 63 (T139): "ধরুন কেউ..." (suppose someone...) sets up a question about anyone, no one's finding now.
  ['(?:ধরুন|ধরো|ধরেন|ধরা যাক|মনে করুন|মনে করো) (?:কেউ|কোনো একজন|কারো|কারও)', 'suppose someone'],
  ['গত বছর|(?:অনেক|কয়েক|\\d+) বছর আগে|ছোটবেলায়|ছোটোবেলায়|ছোট থাকতে|শৈশবে', 'last year'],
  // Past and never again ("তারপর আর কখনো হয়নি": never since), read as one phrase before "হয়নি" is read as a denial.
  [
    '(?:(?:তারপর|তার পর|তারপরে|এরপর|এর পরে) )?আর (?:কখনো|কখনও|কোনোদিন|কোনদিন) (?:হয়নি|হয় নি|হয়নাই)',
    'never had one since',
  ],
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
  phrases: [
    ...BENGALI_HANGING_PREPARED,
    ...BENGALI_INFANT_WEEKS_TOLD_WITH_THE_CHILD,
    ...BENGALI_KINDS_SESSION_56,
    ...BENGALI_RED_FLAGS,
    ...BENGALI_MODIFIERS,
    ...BENGALI_EVERYDAY.phrases,
  ],
  // "নেই" (there is none), "নাই", "না" closing a clause, and a past denied ("হয়নি"): read as "not" before the finding.
  negationAfter: '(?:নেই|নাই|না|হয়নি|নি)(?=\\s*(?:[,.;!?।]|$))',
  words: {
    ...BENGALI_EVERYDAY.words,
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
    সিরাপ: 'syrup',
    ঘুমের: 'sleeping',
    ছেলে: 'son',
    মেয়ে: 'daughter',
  },
};

/** Banglish: Bengali typed in Latin letters, as loosely spelled as it is spoken ("shash", "shwash", "sas"). */
const BANGLISH_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // Session 56 (T98): the kinds of the script's session-56 list, as Banglish spells them; denied by name first.
  ['(?:shash|shwash|sas) ?(?:kosto|koshto|kashto) (?:nei|nai|hocche na|hochhe na|hoyni)', 'no shortness of breath'],
  ['khichuni (?:nei|nai|hocche na|hoyni|hoy ni)', 'no seizures'],
  [
    '(?:shash|shwash|sash|sas|nishash|nisshash|dom) nite (?:khub |onek |vishon )?(?:kosto|koshto|kashto|somossa)(?: (?:hocche|hochhe|hoche)n?)?',
    'shortness of breath',
  ],
  ['dom (?:atke|atkiye) (?:asche|ashche|jacche|jachhe|geche)', 'cannot breathe'],
  ['chokh (?:ulte|ultiye|ulta hoye) (?:geche|gechen|gache|jacche)', 'eyes rolled back'],
  [
    'mukh (?:diye|theke) (?:fena|gaja) (?:ber hocche|berocche|asche|ashche|ber hochhe)|mukhe fena',
    'foaming at the mouth',
  ],
  ['(?:behush|behus|ocheton|achetan)|(?:hush|hus) (?:nei|nai)', 'unconscious'],
  ['gyan (?:hariyeche|harieche|hariyechen|hariechen|hariye feleche|hariye felechen)', 'unconscious'],
  // Session 57 (T104): slumped or fallen as Banglish spells it, loosely ("dhole" / "jhole porlen": she slumped), a fall
  // told of an elder ("pore gelen"), and the honoured "-n" of not getting up ("uthchen na").
  [
    '(?:dhole|jhole|dhule|jhule|dhoile) (?:poreche|porechen|porlo|porlen|porlam|pore gelo|pore gelen|pore geche|pore gechen|porse|porche|porchen)',
    'he collapsed',
  ],
  ['(?:pore|pode|poira) (?:gelo|gelen|geche|gechen|gese|gesen|jay|jan)', 'fell'],
  [
    '(?:ar )?(?:uthchen|uthchhen|uthchhe|uthte parchen|uthte parche|jagchen|jagchhe|jagchhen|chokh khulchen|chokh khulche) na',
    'and will not wake up',
  ],
  [
    'shash (?:nicche|nichhe|niche|nichche|nichen|nicchen|nicchhe) na|nishash (?:nicche|nichhe|nicchen) na',
    'not breathing',
  ],
  [
    'hapa(?:cche|chhe|che|cchen|chen|cchhe)|hapanir moto|shash(?:er)? (?:taan|tan) (?:hocche|uthche|uthchhe|hochhe)',
    'gasping for breath',
  ],
  [
    '(?:pani|pukur|nodi|pool)(?: ?(?:te|e|r|y))? (?:dube|duube|dubey|dub diye) (?:gechilo|giyechilo|gechhilo|jacchilo|geche|gelo|gechhe|jachhilo)|(?:pani|pukur)(?: ?te)? (?:dubechilo|dubeche|dubecchilo)',
    'nearly drowned',
  ],
  [
    'pet(?:e|er)? (?:prochondo|khub|onek|vishon|tibro|osojjo|osohyo) (?:betha|batha|byatha|bytha|jontrona|jontrona)',
    'severe abdominal pain',
  ],
  [
    'pet (?:pathorer moto |kather moto )?(?:shokto|sokto|shakto) (?:hoye geche|hoye ache|hoye gache)',
    'belly hard as a board',
  ],
  ['ghar (?:nichu|nicu|niche|samne) (?:korte|namate|anate) par(?:che|chhe|chen|ce)(?: na|na)', 'stiff neck'],
  [
    'alo(?: ?te)? (?:chokh|chok) (?:kosto|koshto|byatha|betha|jole)|alo (?:sojjo|soja|sohjo|shojjo) (?:korte )?par(?:che|chen|chi|ce)(?: na|na)',
    'light hurts her eyes',
  ],
  ['ulto ?palta (?:kotha )?(?:bolche|bolchen|bolchhe|bokche)', 'confused'],
  ['kanp(?:che|chhe|chen)|kap(?:che|chhe|chen)|kaap(?:che|chen)|thorthor kore kanp\\p{L}*', 'shivering'],
  ['fyakashe|fakashe|fyakase|fekashe|sada hoye geche', 'pale'],
  ['gham(?:che|chhe|chen|cchen)|ghame (?:bhije|vije) (?:jacche|jachhe|geche)', 'sweating'],
  [
    '(?:golgol|fin ?ki diye|finki mere|jhorjhor)(?: kore)? rokto|rokto (?:golgol|finki diye|finki mere)(?: kore)?',
    'blood is gushing',
  ],
  ['rokto ?bomi|bomir sathe rokto', 'vomiting blood'],
  ['(?:thanda|tanda) gham', 'cold sweat'],
  [
    '(?:sobaike|shobaike|sobar kache) (?:shesh )?bidai(?! (?:janiye|janalam|diye|dilam|nilam))',
    'goodbye everyone forever',
  ],
  [
    '(?:chad|chhad|chhader|chader|brij|bridge|setu)(?:e|er upor|theke| theke| er upor)?(?: \\p{L}+){0,4}[,.]? (?:\\p{L}+ )?(?:laf (?:dibo|debo|dite chai|dibe|debe)|lafiye porbo)',
    'i am standing on the roof, i will jump',
  ],
  ['ghum theke ar (?:jeno )?na uthi|ar (?:kokhono )?(?:uthte|jagte) chai na', 'i do not want to wake up'],
  [
    '(?:hater |kobjir )?shira kete ?(?:che|chi|feleche|felechi)|blade diye (?:hat )?kete ?(?:che|chi|feleche|felechi)',
    'cut her wrists',
  ],
  ['(?:golay )?(?:fash|fas|phash) (?:dibo|debo|diyeche|dieche|niyeche|lagiyeche)', 'tried to hang himself'],
  [
    '(?:kannay|kannar chote) gola (?:bondho|bondo|atke|dhore) (?:hoye )?(?:asche|ashche|jacche|geche)',
    'choked up with tears',
  ],
  ['gola (?:bondho|bondo|chepe|atke) (?:hoye )?(?:asche|ashche|jacche|jachhe|geche)', 'throat tightening'],
  ['chaka chaka|amb?bat', 'hives'],
  ['(?:cinema|chobi|natok|serial|golpo|movie|film) ?(?:y|te|e)(?![\\p{L}])', 'in the film'],
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
  // Session 63 (T139): "dhorun keu..." (suppose someone...), as the script's "ধরুন কেউ".
  ['(?:dhorun|dhoro|dhoren|dhora jak|mone korun) (?:keu|kew|karo|kono ekjon)', 'suppose someone'],
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
  // Session 63 (T139): the verbs of a short message told in a hurry ("jacche", "felse", "dhorse") and its postpositions.
  'jacche',
  'jachhe',
  'korbo',
  'diye',
  'sathe',
  'felse',
  'gese',
  'korse',
  'dhorse',
  'chaiche',
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
    'rokto',
    'golgol',
    'behush',
    'chader',
    'sobaike',
    'shobaike',
    // Session 57 (T104): words a short Banglish message holds alone ("amar baba hotat jhole porlen").
    'hotat',
    'hothat',
    'porlen',
    'poreche',
    'porechen',
    'gelen',
    'gechen',
    'uthchen',
    'uthche',
    'dicche',
    'pete',
    'betha',
    'byatha',
    'shokto',
    'hoye',
    'prochondo',
    'shash',
    'shwash',
    'nicche',
    'jwor',
    'ghar',
    // Session 63 (T139): the breath, the suicide, an itch and a parent's name, which no English message writes.
    'nishash',
    'nisshash',
    'nishwash',
    'atmohotya',
    'attohotta',
    'chulkacche',
    'taratari',
    'bhetore',
    'ammu',
    'abbu',
    'khawar',
    'khaise',
    'kitnashok',
    'indur',
  ],
  phrases: [
    ...BANGLISH_FINDING_TOLD_AS_A_CONDITION,
    ...BANGLISH_EVERYONE_BE_WELL,
    ...BANGLISH_FAREWELL_AND_ITS_MEANS,
    ...BANGLISH_HANGING_PREPARED,
    ...BANGLISH_RED_FLAGS,
    ...BANGLISH_EVERYDAY.phrases,
  ],
  negationAfter: '(?:nei|nai|na)(?=\\s*(?:[,.;!?]|$))',
  words: {
    ...BANGLISH_EVERYDAY.words,
    ar: 'and',
    kintu: 'but',
    ekhon: 'now',
    aj: 'today',
    gotokal: 'yesterday',
    hothat: 'suddenly',
    hotat: 'suddenly',
    hothath: 'suddenly',
    hotath: 'suddenly',
    khub: 'very',
  },
};
