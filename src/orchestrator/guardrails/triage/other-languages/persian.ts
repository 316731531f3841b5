import { PERSIAN_TOLD_IN_SPEECH } from './persian-and-urdu-told-in-speech.js';
import { PERSIAN_HOMEMADE_SPIRIT } from './homemade-spirit-told-with-blurred-sight.js';
import { PERSIAN_INFANT_WEEKS_TOLD_WITH_THE_CHILD } from './infant-weeks-told-with-the-child.js';
import { PERSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { PERSIAN_BOWEL_OBSTRUCTION, PERSIAN_VOICES_AND_MEANS, persianForms } from './persian-told-with-its-owner.js';
import { PERSIAN_FINDINGS } from './breathing-bleeding-children/persian.js';
import { PERSIAN_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { PERSIAN_EVERYDAY } from './everyday-words/persian.js';
import { PERSIAN_INTENT_AND_CRISIS } from './intent-and-crisis/persian.js';
import { PERSIAN_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/persian.js';
import { toldAnywhere, type LanguageLexicon } from './language-lexicon.js';
import { PERSIAN_MODIFIERS } from './modifiers/persian.js';

/**
 * Session 40: unconsciousness told as "not coming to" ("به هوش نمیاد"), and a sleeper slow to rise after a late night or
 * every morning, who is no one that cannot be roused.
 */
const LOSS_OF_CONSCIOUSNESS: ReadonlyArray<readonly [string, string]> = [
  // A button battery swallowed (poison centres: every one is an emergency).
  [
    'باتری (?:سکه ?ای|سکه‌ای|ساعت|دکمه ?ای|کوچیک|کوچک|قلمی)(?: \\S+)? (?:قورت|خورده|بلعیده)(?: داده| داد)?',
    'swallowed a button battery',
  ],
  [
    '(?:دیر خوابید|دیر خوابیده|دیشب دیر|همیشه|هر روز|هر صبح|صبح‌ها|صبحا)[^.،!?]{0,20}?(?:بیدار نمیشه|بیدار نمی ?شود|پا نمیشه)',
    'is slow to get up in the morning',
  ],
  ['به ?هوش (?:نمیاد|نمیاید|نمی ?آید|نیومده|نیامده|نمیآد)', 'unconscious'],
];

/** Persian (Farsi) in its script; yā and kāf read as the Arabic letters, as many keyboards type them. */
/**
 * Session 57 (T104): alcohol withdrawal (NICE CG100): a drinker ("الکلی") days without a drink, trembling and seeing
 * what is not there.
 */
const PERSIAN_WITHDRAWAL: ReadonlyArray<readonly [string, string]> = [
  ['الکلی(?: است| هست| ه)?|مشروب (?:زیاد|هر روز|روزانه) می ?خورد', 'alcoholic'],
  ['(?:\\p{L}+ )?روز(?: است| هست|ه)? (?:مشروب |الکل )?(?:نخورده|ننوشیده|نخورد|ترک کرده)', 'stopped drinking days ago'],
  [
    // Trembling is withdrawal's only beside the drink: with a fever it is a chill (rigors), not a fit.
    `(?:تمام بدنش |همه بدنش |دستاش |دستهایش )?(?:می ?لرزد|می ?لرزه|لرزش دارد|رعشه دارد)(?! از (?:سرما|ترس|هیجان|استرس))${toldAnywhere('(?:الکل|مشروب|عرق خوری|ودکا)')}`,
    'shaking all over',
  ],
  [
    'امشب (?:\\p{L}+ )?همه (?:ی )?(?:قرص|دارو)(?: ?ها)?(?:یم|م|ش)? (?:را |رو )?(?:می ?خورم|میخورم|بالا میندازم|می خوره)',
    'tonight i will take all my pills',
  ],
  [
    'همه (?:ی )?(?:قرص|دارو)(?: ?ها)?(?:یم|م|ش)? (?:را |رو )?(?:می ?خورم|میخورم|بالا میندازم|می خوره)',
    'i will take all my pills',
  ],
  [
    '(?:چیزهایی|چیزای|چیزهای) (?:\\p{L}+ )?(?:می ?بیند|می ?بینه)|توهم (?:دارد|داره|زده|می ?زند)',
    'seeing things that are not there',
  ],
];

export const PERSIAN: LanguageLexicon = {
  language: 'Persian',
  script: 'arabic',
  // "درد قفسه سینه ندارم": chest pain, I have none.
  negationAfter: '(?:ندارم|ندارد|نداره|نداشت|نداشتم|نيست|نيستم|نبود|نشد|نشده|نكرد|نكرده)(?![\\p{L}\\p{M}])',
  formsOf: persianForms,
  phrases: [
    ...PERSIAN_TOLD_IN_SPEECH,
    ...PERSIAN_HOMEMADE_SPIRIT,
    ...PERSIAN_INFANT_WEEKS_TOLD_WITH_THE_CHILD,
    ...PERSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...PERSIAN_WITHDRAWAL,
    ...PERSIAN_FAREWELL_AND_SAVED_PILLS,
    ...PERSIAN_BOWEL_OBSTRUCTION,
    ...PERSIAN_VOICES_AND_MEANS,
    ...LOSS_OF_CONSCIOUSNESS,
    ...PERSIAN_INTENT_AND_CRISIS.phrases,
    ...PERSIAN_SELF_HARM_AND_POISONING.phrases,
    // Session 37: "غرق کار شدم" (swamped at work): sinking told of work, study, thoughts or debt is an idiom.
    ['غرق (?:کار|كار|درس|فکر|فكر|بدهی|بدهي|قرض|مشکلات|مشكلات|کارها|كارها)', 'was very busy'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    // Session 37: a young infant's age told in days or weeks ("۲ هفته‌شه": he is two weeks; "نوزاد ۱۰ روزه": a ten-day
    // newborn; never "دو هفته‌ست": it has been two weeks), and the fever told with its owner (NICE: under 3 months
    // with 38 °C or more is red).
    ['(?:\\d+) (?:هفته\\u200c?(?:شه|مه|شونه)|هفتگي|هفته\\u200c?اشه)', '# weeks old'],
    // Session 47 (T64): "روزه" is an age only after the baby it is told of ("نوزاد ۱۰ روزه"); told alone it is how long
    // a complaint has lasted ("۳ روزه سرفه میکنه": he has been coughing for three days), never a newborn.
    ['(?:\\d+) (?:روز\\u200c?(?:شه|مه)|روزش)', '# days old'],
    [
      '(?<=(?:نوزاد|بچه|بچم|پسر|دختر|نوه)\\p{L}*(?:\\u200c\\p{L}+)? )(?:\\d+|يك|يه|دو|سه|چهار|پنج|شش|ده) روزه',
      '# days old',
    ],
    ['(?:\\d+) روزه', 'for # days'],
    ['(?:يك|يه|دو|سه|چهار|پنج|شش|ده) روزه', 'for a few days'],
    ['(?:يك|يه|دو|سه|چهار|پنج|شش|ده) (?:هفته\\u200c?(?:شه|مه|شونه)|هفتگي)', '2 weeks old'],
    ['(?:يك|يه|دو|سه|چهار|پنج|شش|ده) (?:روز\\u200c?(?:شه|مه)|روزش)', 'a few days old'],
    // Session 47 (T64): the words a torsion or an acute scrotum is told with (NICE CKS: sudden testicular pain, a swollen
    // red side, vomiting): the testicle with its possessive, swollen, red, vomiting told as "brings up", woken by the pain.
    ['بيضه(?:\\u200c?\\p{L}+)?', 'testicle'],
    ['(?:ورم|باد) (?:كرده|كرد|داره|داشته)|متورم', 'swollen'],
    ['قرمز(?:\\p{L}*)', 'red'],
    ['بالا (?:مياره|مياورد|آورده|اورده|آورد|اورد)', 'vomiting'],
    ['از خواب (?:پريد|پريده|بيدار شد|بيدار شده)', 'woke up'],
    ['درد (?:گرفته|گرفت|داره|دارم|ميكنه|مي\\u200c?كنه|دارد)', 'pain'],
    ['نوزاد(?:م|مون|ش)?', 'newborn baby'],
    ['(?:تبش|تبم|تبشون)', 'fever'],
    ['(?:دماش|دماي بدنش|حرارتش|درجه حرارتش)', 'temperature'],
    // Session 38: a suicide inside a film, a series, a drama, a novel or the news is a story, never the writer's intent.
    // Read here for Urdu as well ("ڈرامے میں ہیروئن نے خودکشی کر لی"): the Persian lexicon reads Arabic-script text
    // before the Urdu one, and the word for suicide is the same.
    [
      '(?:فيلم|فلم|سريال|ڈرامے|ڈراما|ڈرامہ|رمان|ناول|داستان|كہاني|خبر|خبروں|اخبار)[^۔،,.!?]{0,40}?خودكشي',
      'in the film a character killed himself',
    ],
    // Session 38: a whole pack, strip or bottle of a medicine swallowed (poison-centre advice: seen now).
    [
      '(?:يه|يك|كل|تمام|همه)(?: \\p{L}+)? (?:بسته|ورق|شيشه|جعبه|قوطي) (?:قرص|دارو|قرصاي|قرص\\u200c?هاي)(?: \\p{L}+){0,2} (?:خوردم|خورده|خورد|خوردن|بالا انداختم|بالا انداخته|بالا انداخت)',
      'swallowed a whole pack of sleeping pills',
    ],
    // Session 38: a throat closing and breath that will not come after a food (anaphylaxis).
    [
      '(?:بعد از |بعد )?(?:خوردن )?(?:بادام زميني|بادوم زميني|بادام\\u200c?زميني|ميگو|آجيل|گردو|بادام)',
      'after eating peanuts',
    ],
    ['گلو(?:ش|م|يش)? (?:بسته شده|داره بسته ميشه|بسته ميشه|ورم كرده|باد كرده|متورم شده)', 'throat swelling'],
    // Breath short after running or the stairs that passes is exertion, told as such.
    [
      '(?<!(?:دويدن|ورزش|پله|باشگاه|كوه)[^.،,]{0,20})نفس(?:ش|م)? (?:بالا )?(?:نمياد|نمي\\u200c?آد|نمي\\u200c?آيد|نمي\\u200c?ايد|بند اومده)',
      'cannot breathe',
    ],
    // A wish not to live and a plan told with its time ("امشب خودمو میکشم"): suicidal intent told in the spoken forms.
    [
      '(?:ديگه |ديگر )?(?:نمي\\u200c?خوام|نمي\\u200c?خواهم) (?:ديگه |ديگر )?(?:زنده (?:باشم|بمونم|بمانم)|زندگي كنم)',
      'i do not want to live',
    ],
    // Session 55 (T93): the same wish told of another ("مامانم میگه دیگه نمی‌خواد زنده باشه").
    [
      '(?:ديگه |ديگر )?(?:نمي\\u200c?خواد|نمي\\u200c?خواهد) (?:ديگه |ديگر )?(?:زنده (?:باشه|بمونه|بماند|باشد)|زندگي (?:كنه|كند))',
      'she does not want to live',
    ],
    ['(?:خودمو|خودم را|خودمرو) (?:مي\\u200c?كشم|بكشم|ميكشم|خلاص مي\\u200c?كنم)', 'i will kill myself tonight'],
    // The same threat told of someone else ("میگه خودشو میکشه": he says he will kill himself), with or without a time.
    [
      '(?:خودشو|خودش را|خودشرو) (?:مي\\u200c?كشه|بكشه|ميكشه|مي\\u200c?كشد|بكشد|خلاص مي\\u200c?كنه)',
      'he says he will kill himself tonight',
    ],
    // A snake's bite, the biter told first (poison-centre advice: every snakebite is seen now).
    [
      '(?:مار|افعي)(?: \\p{L}+){0,3} (?:نيش(?:ش|م)? زد|نيش زده|گزيد(?:ش|م)?|گزيده|زد(?:ش|م)?)|مار ?گزيدگي',
      'bitten by a snake',
    ],
    // A child who swallowed a grown-up's tablets, told by what they are ("قرصای فشار مادربزرگش"): a poisoning.
    [
      '(?:قرص|قرصا|قرصاي|قرص\\u200c?هاي|داروي|داروهاي)(?: \\p{L}+){0,2} (?:مادربزرگ|پدربزرگ|مامان|بابا|مادر|پدر)\\p{L}*(?: رو| را)? (?:خورده|خورد|قورت داده)',
      "swallowed grandmother's pills",
    ],
    ['(?:بچه|پسر|دختر)\\u200c??(?:م|ام)? (?:\\d+|يك|يه|دو|سه|چهار) ساله\\u200c??(?:م|ام)?', 'my 2 year old child'],
    [
      'تشنج(?:ش)?(?: [\\p{L}\\u200c]+){0,3} (?:قطع نمي\\u200c?شه|بند نمياد|تموم نمي\\u200c?شه|ادامه داره)',
      'seizure that will not stop',
    ],
    ['درد (?:شدید )?(?:قفسه )?سینه', 'chest pain'],
    ['خون (?:فواره میزنه|فواره می‌زنه|فوران می‌کنه|زیاد میاد|زیاد می‌آد)', 'blood spurting'],
    ['(?:با چاقو )?(?:بریدم|بریده)|با چاقو برید', 'cut deeply with a knife'],
    [
      '(?:صورت|دهن|دهان)[^،,.]{0,12}(?:یه طرفش|یک طرفش|یه طرف|یک طرف) (?:افتاده|کج شده)|(?:صورتش|دهنش|دهانش) کج شده',
      'face drooping',
    ],
    ['نمی‌?تونه (?:درست )?حرف بزنه|نمی‌?تواند (?:درست )?صحبت کند|زبونش (?:سنگین شده|می‌گیره|میگیره)', 'slurred speech'],
    ['زنبور (?:نیشش زد|نیشم زد|زدش|گزیدش|گزید|زد)', 'stung by a bee'],
    ['(?:صورتش|صورتم|صورت) (?:ورم کرده|باد کرده|پف کرده)', 'face swelling'],
    ['نفسش تنگه|نفسم تنگه|نفس تنگی|تنگی نفس', 'difficulty breathing'],
    ['نوزاد (?:یک|دو|سه|۱|۲|۳|1|2|3) (?:ماهه|ماهه‌ام|ماهم)', 'my 2 month old baby has'],
    ['تشنج (?:کرده|کرد|داره|می‌کنه)(?: و)? (?:بند نمیاد|قطع نمیشه|ادامه داره)', 'seizure that will not stop'],
    ['(?:سفیدکننده|وایتکس|جوهر نمک|مرگ موش|نفت)(?: رو| را)? (?:خورده|خورد|سر کشیده)', 'swallowed bleach'],
    [
      '(?:کلی|یه عالمه|همه|تعداد زیادی|خیلی) (?:قرص|دارو)(?: خواب| اعصاب)?(?: رو| را)? (?:خورده|خورد|خوردم)',
      'took an overdose of pills',
    ],
    ['سرش (?:محکم )?(?:خورد زمین|خورده زمین|ضربه خورد|ضربه خورده)|سرش به (?:زمین|دیوار) خورد', 'hit his head hard'],
    ['(?:چند بار|چندین بار) (?:استفراغ|بالا آورده)', 'vomited several times'],
    ['خونریزی شدید', 'heavy bleeding'],
    ['گردنش (?:خشک|سفت) شده|گردن درد و تب', 'stiff neck'],
    ['تب بالا', 'high fever'],
    [
      '(?:بیشتر از |بیش از |حدود )?(?:\\d+|[۰-۹]+|پنج|ده|پونزده|بیست) دقیقه(?:\u200cست|ست| است| هست|ه)? (?:که )?(?:داره )?(?:تشنج|غش|حمله)',
      'seizing for more than five minutes',
    ],
    [
      '(?:خونریزی|خونریزیش|خون|خونش) (?:بند نمیاد|بند نمی‌آید|قطع نمیشه|قطع نمی‌شود|بند نمیشه)',
      'the bleeding will not stop',
    ],
    [
      '(?:همه|تمام) (?:قرص‌ها|قرصها|قرص ها|داروها)(?:مو|م)? (?:رو |را )?(?:جمع کردم|آماده کردم|نگه داشتم)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:می‌خوام|میخوام|می‌خواهم|میخواهم) خودم(?:و|ُ)? (?:رو |را )?(?:بکشم|از پل پرت کنم|پرت کنم|حلق آویز کنم)',
      'i will kill myself tonight',
    ],
    ['جواب (?:نمیده|نمی‌ده|نمی‌دهد|نمیدهد)', 'not responding'],
    // "غرق خواب" (fast asleep) is the idiom of sleep, no drowning and no busyness; a child who did not wake whatever was
    // done is one who cannot be woken (NICE: a child not rousable is red).
    ['غرق خواب', 'fast asleep'],
    [
      '(?:هر کاری|هر كاري) (?:کردیم|كرديم|کردم|كردم) بیدار (?:نشد|نشده)|بیدار (?:نمیشه|نمی‌شه|نمی‌شود)',
      'cannot be woken',
    ],
    ['(?:بادام زمینی|بادوم زمینی|میگو|آجیل|گردو|تخم مرغ|کنجد)(?: خورد| خوردم| خورده| بعد خوردن)', 'ate peanuts'],
    ['(?:گلوش|گلوم|گلو|زبونش|زبانش|زبونم|زبانم) (?:ورم کرده|باد کرده|پف کرده|متورم|ورم داره)', 'throat swelling'],
    ['آب (?:جوش|داغ)|چای داغ|روغن داغ', 'scalded with boiling water'],
    ['(?:تاول‌های|تاولهای|تاول های|تاول) (?:بزرگ|گنده|درشت)', 'big blisters'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, a person, a verb in its other
    // forms), so a wording nobody listed is still read.
    ['(?:نفسش|نفسم|نفس) (?:بند|قطع) (?:اومده|آمده|شده|اومد|شد)', 'is not breathing'],
    // One to three tablets taken is a dose ("دو تا قرص سرماخوردگی خوردم"), read before any count of pills swallowed.
    [
      '(?:يه|يك|دو|سه|[1-3])(?![\\d])(?: ?تا)? (?:قرص|دارو|كپسول)(?: [\\p{L}\\u200c]+){0,2} (?:خوردم|خورده|خورد|خوردن)',
      'took 2 tablets',
    ],
    [
      '(?:قرص|دارو)(?:\u200c| )?(?:ها|های|هاي)?(?: \\S+){0,2} (?:رو |را )?(?:خورده|خورد|خوردم|بلعیده|قورت داده)',
      'swallowed the pills',
    ],
    [
      'سینه(?:\u200c| )?(?:ام|اش|م|ش)? (?:خیلی |بدجوری |شدید )?درد (?:می‌?کنه|میکنه|می کند|داره|دارد)',
      'severe chest pain',
    ],
    [
      '(?:به |تا )?(?:دست|بازوی|بازو) چپ(?:م|ش)? (?:می‌?زنه|میزنه|میره|کشیده میشه|تیر میکشه)',
      'spreading to the left arm and jaw',
    ],
    ['(?:داره )?تشنج (?:می‌?کنه|میکنه|کرده)', 'he is having a seizure'],
    ['(?:غش|از هوش) (?:کرده|رفته|کرد|رفت)', 'fainted'],
    ['بیدار (?:نمی‌?شه|نمیشه|نمی‌شود)', 'cannot be woken'],
    ['(?:یهو|یکهو|یک دفعه|یه دفعه|ناگهان)', 'suddenly'],
    ['(?:صورتش|دهنش|دهانش) کج (?:شد|شده)', 'face drooping'],
    ['(?:نمی‌?تونه|نمیتونه|نمی‌تواند) (?:درست )?(?:حرف بزنه|صحبت کنه|صحبت کند)', 'cannot speak'],
    ['(?:یه|یک) (?:چشمش|چشمم|چشم) (?:نمی‌?بینه|نمیبینه|تار شده|سیاهی میره)', 'suddenly cannot see in one eye'],
    ['(?:بدترین|شدیدترین) سردرد (?:عمرم|زندگیم|عمرش)', 'the worst headache of my life'],
    ['سردرد', 'headache'],
    ['(?:مچ دستم|رگم|رگ دستم) (?:رو |را )?(?:زدم|بریدم)|رگ زدم', 'i cut my wrists'],
    ['کیسه آب(?:م|ش)? (?:پاره شد|پاره شده)|آب(?:م|ش)? (?:راه افتاد|پاره شد)', 'waters broke'],
    // Session 39: the kinds read by their parts (NHS burns and scalds, MTS breathing and shock discriminators, NHS 111
    // mental-health crisis, cauda equina red flags), after the phrases above that read them whole. A burn: what burned
    // ("سوخت") with blisters or skin coming away, where, and a fire; the idioms first: pity ("دلم سوخت") and burnt food.
    [
      'دل(?:م|ش|مون|ت)?(?: (?:براش|برات|برام|براي [\\p{L}\\u200c]+|به حال[\\p{L}\\u200c]*))? (?:سوخت|مي\\u200c?سوزه|ميسوزه)',
      'i felt sorry',
    ],
    [
      '(?:غذا|برنج|نون|نان|كيك|قابلمه|ته ?ديگ|فيوز|لامپ|موتور|كباب|شام|ناهار)(?: [\\p{L}\\u200c]+)? (?:سوخت|سوخته|سوختن)',
      'the food got overcooked',
    ],
    // Burnt by the sun and a little red is a sunburn, no burn to be seen now (review V21: 'صورتم از آفتاب سوخت، یکم قرمزه').
    ['(?:(?:از|تو|زير|توي) )?آفتاب ?(?:سوخت|سوخته|سوختم|سوختگي)\\p{L}*', 'sunburned'],
    ['(?:يكم|يه كم|فقط|كمي) قرمز(?:ه| شده)?', 'only a little red'],
    // A face that burns with shame or anger is a blush, no burn (session 39, M36: 'صورتم از خجالت سوخت'); a blister told
    // small is the small burn NHS advice treats at home ('يه تاول كوچيك زد').
    [
      '(?:از|با) (?:خجالت|شرم|شرمندگي|خشم|عصبانيت|حسادت|حسودي|غصه)(?: [\\p{L}\\u200c]+){0,3}? (?:سوخت|سوخته|گر گرفت)',
      'blushed with shame',
    ],
    ['تاول(?:\\u200c?(?:ها|هاي))? (?:كوچيك|كوچك|كوچولو|ريز)', 'a small blister'],
    ['(?:سوخت|سوخته|سوختم|سوختن|سوختگي|سوزوند|سوزاند|سوزونده)(?![\\p{L}])', 'burned'],
    ['تاول(?:\\u200c?(?:ها|هاي|هاش|هايي))?(?: (?:زده|زد|زدن|كرده|كرد|داره))?', 'blisters'],
    ['پوست(?:ش|م|شون)? (?:كنده (?:شده|شد)|ور (?:اومده|اومد|آمده)|جدا (?:شده|شد)|رفته|ريخته)', 'skin peeling off'],
    ['(?:آتيش|آتش)(?: گرفت\\p{L}*)?', 'fire'],
    ['برق (?:گرفتش|گرفتتش|گرفت|گرفته)', 'electric shock'],
    [
      '(?:كل|همه\\u200c?ي?|تمام) (?:سينه|بدن|صورت|دست|پا|شكم|كمر)(?:\\u200c?(?:اش|ش|م|ها|هاش))?',
      'all over the chest and arms',
    ],
    // Session 60 (T121): the face told with its owner after it ("دهن مادرم کج شده"), and the arm that will not move
    // (FAST), read before the face and the hands alone; a face that had gone crooked before ("کج شده بود") is a past, not a stroke now.
    ['(?:صورت|دهن|دهان) [\\p{L}\\u200c]+(?: (?:يهو|يهويي|ناگهان|يكدفعه))? كج (?:شده|شد)(?! ?بود)', 'face drooping'],
    [
      '(?:دستش|دست راستش|دست چپش|دست و پاش)(?: رو| را)? (?:نمي\\u200c?تونه|نمي\\u200c?تواند) (?:تكون بده|تكان بدهد|حركت بده|حركت بدهد|بلند كنه|بالا بياره)',
      'cannot move his arm',
    ],
    ['(?:روي |رو )?(?:صورت|صورتش|صورتم)', 'the face'],
    ['(?:دستش|دستم|دستاش|دستاش|دست\\u200c?هاش)', 'hands'],
    // Breathing: a wheeze, ribs pulling in, gasping, breath tight; hives all over after an injection or a food.
    ['خس ?خس(?: (?:مي\\u200c?كنه|ميكنه|داره))?', 'wheezing'],
    [
      'دنده\\u200c?(?:هاش|هاي|ها|اش)?(?: [\\p{L}\\u200c]+)? (?:ميره تو|مي\\u200c?ره تو|تو ميره|فرو ميره|مي\\u200c?كشه تو)',
      'ribs sucking in with every breath',
    ],
    // Not after exertion (stairs, running, the gym, sport, a walk) nor told as a little (review V21: 'کمی نفس‌نفس می‌زنم').
    [
      '(?<!(?:پله|دويدن|باشگاه|ورزش|پياده|كوه|تمرين)[^.،,]{0,40})(?<!(?:كمي|يكم|يه كم|يك كم|كم) )نفس\\u200c? ?نفس (?:مي\\u200c?زنه|ميزنه|مي\\u200c?زنم|ميزنم)(?![^.،,]{0,30}(?:ولي|اما) (?:زود |بعد )?(?:خوب|بهتر))(?![^.،,]{0,30}(?:پله|دويدن|باشگاه|ورزش|پياده|كوه|تمرين))',
      'gasping for breath',
    ],
    ['نفس(?:ش|م)? (?:تنگ|بند) (?:شد|شده|ه|ميشه|مي\\u200c?شه)', 'short of breath'],
    ['كهير(?: (?:زد|زده|زدن|كرده|زده\\u200c?ست))?', 'hives'],
    ['(?:بعد (?:از )?)?(?:آمپول|امپول|تزريق)', 'after the injection'],
    ['(?:همه|تمام|كل) (?:بدن|جون|تن)(?:ش|م)', 'all over his body'],
    // Heat stroke: collapsed in the heat, hot and dry, confused. Shock: pale, cold, sweating, a fast pulse.
    ['(?:تو|توي|در|زير) (?:گرما|آفتاب|آفتاب داغ)|گرمازدگي|گرمازده', 'in the heat'],
    ['از حال (?:رفت|رفته|رفتن)|غش (?:كرد|كرده)', 'collapsed'],
    ['(?:بدن|تن)(?:ش|م)? (?:داغه|داغ شده|داغ|مثل آتيش)', 'his body is very hot'],
    ['عرق (?:نمي\\u200c?كنه|نميكنه|نمي\\u200c?كند|نداره|نمياد)', 'not sweating'],
    ['گيج(?:ه|ست| شده| است| و منگ)', 'confused'],
    ['رنگ(?:ش|م)? (?:پريده|پريد|زرد شده|سفيد شده)', 'pale'],
    ['(?:بدن|دست|تن)(?:ش|م)? (?:سرد|يخ) (?:شده|شد|ه)?|(?:بدن|دست|تن)(?:ش|م)? (?:سرده|يخه)', 'cold and clammy'],
    ['عرق (?:كرده|كرد|مي\\u200c?كنه)', 'sweating'],
    ['نبض(?:ش|م)? (?:تند|تنده|ضعيف|ضعيفه|خيلي تند)', 'fast weak pulse'],
    ['(?:بعد (?:از )?)?تصادف(?: (?:كرد|كرده|كردن|رانندگي|ماشين|موتور))?(?![\\p{L}])', 'after the crash'],
    // The belly hard as a board; the back with numb legs and the bladder stuck; the eye gone dark.
    // Severe only where the degree is told; period pain 'as always' is neither (review V21).
    [
      'شكم(?:ش|م)? (?:خيلي|بدجوري|شديد) درد (?:مي\\u200c?كنه|ميكنه|داره|مي\\u200c?كند)(?![^]*(?:پريود|قاعدگي|عادت ماهانه|مثل هميشه))',
      'severe belly pain',
    ],
    ['شكم(?:ش|م)? درد (?:مي\\u200c?كنه|ميكنه|داره|مي\\u200c?كند)', 'belly pain'],
    ['(?:مثل|عين|مثه) (?:سنگ|چوب|تخته) (?:سفت|سخت)|شكم(?:ش|م)? (?:سفت|سخت) (?:شده|ه)', 'belly hard as a board'],
    ['كمر(?:م|ش)? (?:خيلي |بدجوري |شديد )?درد (?:مي\\u200c?كنه|ميكنه|داره)|كمر ?درد', 'back pain'],
    ['پا(?:هام|هاش|هايم|م|ش)? (?:بي\\u200c?حس|بيحس|سست|لمس|ضعيف) (?:شده|شدن|شد|ه)', 'both legs numb'],
    [
      '(?:نمي\\u200c?تونم|نميتونم|نمي\\u200c?تونه|نميتونه) (?:ادرار|جيش|دستشويي) كن(?:م|ه)|ادرار(?:م|ش)? (?:بند اومده|نمياد|نمي\\u200c?آد)',
      'cannot pass urine',
    ],
    [
      'چشم (?:راست|چپ)(?:م|ش)? (?:سياه شد|سياهي رفت|تار شد|ديگه نمي\\u200c?بينه|نمي\\u200c?بينه|نميبينه)',
      'suddenly cannot see in one eye',
    ],
    ['هيچي (?:نمي\\u200c?بينم|نميبينم|نمي\\u200c?بينه|نميبينه)', 'cannot see anything'],
    // A psychosis with danger: voices that tell him to kill.
    [
      'صدا(?:هايي|ها|يي)? (?:مي\\u200c?شنوه|ميشنوه|مي\\u200c?شنود|مي\\u200c?شنوم|ميشنوم)(?: [\\p{L}\\u200c]+){0,2} (?:بهش|بهم) (?:ميگن|مي\\u200c?گن|مي\\u200c?گويند)',
      'hears voices telling him to',
    ],
    // Killing a person named as its object ("مادرمو بکشه"); never the verb alone, which also draws breath and smokes.
    [
      '(?:مادر|پدر|مامان|بابا|خواهر|برادر|زن|شوهر|بچه|همسايه|همه)\\p{L}*(?:و| رو| را) (?:بكشه|بكشد|بكشم|بكشيم)(?![\\p{L}])',
      'kill his mother',
    ],
    // A stroke told as one side of the body that no longer works; an infant's age in months told of a child; a button
    // battery swallowed (poison-centre advice: seen now); a baby who will not drink his milk.
    [
      '(?:يه|يك) (?:طرف|سمت) (?:بدن|صورت|تن)(?:ش|م)? (?:كار نمي\\u200c?كنه|كار نميكنه|بي\\u200c?حس|بيحس|فلج|سست|تكون نمي\\u200c?خوره)',
      'one side of his body is suddenly weak',
    ],
    [
      '(?:بچه|پسر|دختر|نوزاد)(?:\\u200c?(?:ام|م|ي))? (?:يك|يه|دو|سه|۱|۲|۳|1|2|3) ?ماهه(?:\\u200c?(?:ام|م|اش|ش))?',
      'my 2 month old baby',
    ],
    ['شير (?:نمي\\u200c?خوره|نميخوره|نخورده|نمي\\u200c?خورد)', 'not feeding'],
    [
      'باتري (?:سكه\\u200c?اي|ساعت|كوچيك|قلمي|ريموت)(?: [\\p{L}\\u200c]+)? (?:قورت داده|خورده|بلعيده|قورت داد|خورد)',
      'swallowed a button battery',
    ],
    ['بابام|بابا(?= )', 'my father'],
    ['غرق (?:شد|شده)', 'drowned'],
    ['(?:بچه‌?ام|بچه ام|بچم|بچه)(?= (?:داره|قرص|سفید|تشنج|نفس|بیهوش|غش))', 'my child'],
    ['مادربزرگ(?:ش|م)?', 'grandmother'],
    ['پدربزرگ(?:ش|م)?', 'my grandfather'],
    ['شوهرم', 'my husband'],
    ['خانمم|همسرم', 'my wife'],
    ['(?:روی |رو )?(?:بچه‌ام|بچه ام|بچم)', 'on my child'],
    ['اگر|اگه', 'if someone '],
    ['چكار كنم|چه كار كنم|چي كار كنم', 'what should i do'],
    ['نفس (?:نميتواند|نميتونه|نميكشه|نمي كشد)|نميتونه نفس بكشه|نميتوانم نفس بكشم', 'cannot breathe'],
    ['تنگي نفس', 'difficulty breathing'],
    ['لبهاش كبود|لب(?:ها)?ي?ش كبود|كبود شده', 'blue lips'],
    // The pain's kind and place may stand between the pain and the chest: "درد فشارنده وسط قفسه سينه" (a pressing pain in the
    // middle of the chest).
    [
      'درد (?:(?:فشارنده|فشاري|شديدي?|وسط|سنگيني?|تيزي?|بدي|عجيبي?|زيادي?) ){0,2}(?:قفسه )?سينه|سينه(?: ام)? درد',
      'chest pain',
    ],
    ['عرق سرد', 'cold sweat'],
    ['بيهوش', 'unconscious'],
    ['بيدار نميشه|بيدار نمي شود', 'will not wake up'],
    ['(?:صورتش|دهانش|دهنش) كج', 'face drooping'],
    ['نميتونه حرف بزنه|نمي تواند صحبت كند', 'cannot speak'],
    ['سكته مغزي', 'stroke'],
    ['تشنج', 'seizure'],
    ['همه (?:قرص|دارو)(?: ها)?(?:ي)?(?:ش)? را? ?خورد', 'took all the pills'],
    ['ميخوام بميرم|مي خواهم بميرم', 'i want to die'],
    ['خودكشي', 'i want to kill myself'],
    ['خون بالا مياره|استفراغ خوني', 'vomiting blood'],
    ['خونريزي شديد', 'bleeding heavily'],
    ['خونريزي', 'bleeding'],
    ['باردار|حامله', 'pregnant'],
    ['تب نداره|تب ندارد', 'has no fever'],
    ['(?:نبض|نفس) (?:نداره|ندارد|نميزنه)', 'no pulse and is not breathing'],
    ['(?:امروز|الان|حالا)(?: \\S+){0,2} (?:خوبه|خوب است|بهتره|خوب شده)', 'is fine now'],
    ['تب', 'fever'],
    ['گردن(?:ش)? (?:سفت|خشك)', 'stiff neck'],
    ['پسرم', 'my son'],
    ['دخترم', 'my daughter'],
    ['مادرم', 'my mother'],
    ['پدرم', 'my father'],
    ['ناگهان', 'suddenly'],
    ...PERSIAN_FINDINGS.phrases,
    ...PERSIAN_MODIFIERS,
    ...PERSIAN_EVERYDAY.phrases,
  ],
  words: PERSIAN_EVERYDAY.words,
};
