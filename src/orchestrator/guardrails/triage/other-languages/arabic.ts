import { ARABIC_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { ARABIC_NO_ANSWER_AFTER_A_FALL } from './no-answer-after-a-fall-told-in-dialect.js';
import { ARABIC_ONE_SIDED_LIMB } from './face-limb-and-speech-told-in-dialect.js';
import { ARABIC_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { ARABIC_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { ARABIC_FINDINGS } from './breathing-bleeding-children/arabic.js';
import { ARABIC_EVERYDAY } from './everyday-words/arabic.js';
import { ARABIC_INTENT_AND_CRISIS } from './intent-and-crisis/arabic.js';
import { ARABIC_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/arabic.js';
import { ARABIC_NOT_HERE_ANYMORE_AND_A_FAREWELL_LETTER } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { toldAnywhere, toldNowhere, type LanguageLexicon } from './language-lexicon.js';
import { ARABIC_MODIFIERS } from './modifiers/arabic.js';
import { ARABIC_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { ARABIC_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import {
  ARABIC_FAREWELL_AND_WISH_OF_ANOTHER,
  ARABIC_SOMEONE_ASKED_ABOUT_AND_THE_SAME,
} from './arabic-someone-asked-about-and-the-same.js';
import { ARABIC_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import {
  ARABIC_SPOKEN_RED_FLAGS,
  spokenFirstPerson,
  withNegationAroundTheVerbRead,
} from './arabic-spoken-negation-and-red-flags.js';

/**
 * A word with the particles Arabic writes joined to it taken off ("وشفايفه" → "شفايفه", "بالشارع" → "شارع"), then a verb
 * told in the first person, by "we" or by "she" / "you" ("استفرغ": I vomit, "نتنفس", "تستفرغ") as the third person the
 * words are listed in ("يستفرغ", "يتنفس"): the imperfect is conjugated by its first letter (session 44).
 */
function withoutJoinedParticles(word: string): string[] {
  const forms: string[] = [];
  let rest = word;
  for (const particle of [/^[وف]/, /^(?:بال|لل|ال|ب|ل)/]) {
    const stripped = rest.replace(particle, '');
    if (stripped !== rest && stripped.length > 1) forms.push((rest = stripped));
  }
  for (const form of [word, ...forms]) if (/^[اتن]\p{L}{3,}$/u.test(form)) forms.push(`ي${form.slice(1)}`);
  const spoken = /^و?ب/.test(word) ? spokenFirstPerson(forms[forms.length - 1] ?? word) : null;
  if (spoken !== null) forms.push(spoken);
  return forms;
}

/**
 * A medicine named after the pack, strip or bottle it was swallowed from: a whole box of juice is no poisoning, a whole
 * box of paracetamol is.
 */
const MEDICINE =
  '(?:ال)?(?:حبوب|حباية|حبايات|دوا|دواء|ادوية|بنادول|باندول|ادول|بروفين|اسبرين|مسكن|مسكنات|منوم|برشام|اقراص|فيفادول|سيتال|باراسيتامول|ترامادول|زاناكس|شراب|منومة|ضغط|سكر)';

/**
 * After killing or dying oneself: OF something ("من الضحك", "من التعب", "من الكسوف") or FOR a goal ("عشان اخس") is the
 * idiom of degree, never intent; so is killing oneself at a task (studying, work, a diet). A means told after it ("بالحبوب")
 * is intent still.
 */
const NOT_OF_A_FEELING_OR_FOR_A_GOAL =
  '(?! (?:من|م) ?ال| (?:من|م) (?:كتر|كثر|شدة)| (?:عشان|علشان|لحد ما|لاجل)| (?:في|ب) ?(?:ال)?(?:مذاكرة|مذاكره|شغل|دراسة|دراسه|رجيم|دايت|جيم|تمرين|تمارين|تنظيف|مطبخ))';

/** After a pack or a count of tablets: a span of days or the doctor's word make it a course, not an ingestion. */
const NOT_A_COURSE =
  '(?![^.،,؟!]{0,30}(?:خلال|على مدار|على مدى|في مدة|طول الاسبوع|زي ما الدكتور|زي ما قال الدكتور|حسب الدكتور|حسب الوصفة|كما وصف|كورس))';

/** Body parts that cramp or twitch ("رجلي بتتشنج": a cramp in my leg): a spasm of one is no convulsion. */
const NOT_AFTER_A_PART_THAT_CRAMPS =
  '(?<!(?:رجلي|رجله|رجلها|رجلو|ايدي|ايده|ايدها|عضلة|عضلات|عضله|بطني|بطنه|بطنها|معدتي|معدته|رقبتي|ظهري|ظهره|ساقي|ساقه|القولون|قولوني|صدري|كتفي|عيني|جفني|جفن) (?:عم )?)';

/**
 * Session 40: the spoken verbs of a fit, told in the dialects (Egyptian "بيتشنج", Levantine "عم يتشنج", Gulf "جاته نوبة
 * صرع"), with the eyes turned up and no coming round after it (NHS: a fit over 5 minutes, or no waking after it).
 */
const SEIZURE: ReadonlyArray<readonly [string, string]> = [
  [
    `${NOT_AFTER_A_PART_THAT_CRAMPS}(?:بيتشنج|بتتشنج|عم يتشنج|عم تتشنج|يتشنج|تتشنج|اتشنج|اتشنجت|بيتشنجو)`,
    'he is having a seizure',
  ],
  [
    '(?:جاته|جاتها|جته|جتها|اجته|اجتها|جاله|جالها|جاتو|اجاه|اجاها|اجتو) (?:نوبة صرع|نوبة تشنج|نوبة(?! (?:ضحك|بكا|بكاء|غضب|عصبية|هلع|ذعر|قلق|سعال|كحة|ربو|حساسية|برد))|تشنجات|تشنج|الصرع|صرع)',
    'had a seizure',
  ],
  [
    'و?(?:عيونه|عيونها|عينه|عينها|عيونو|عينيه|عينيها) (?:مقلوبه|مقلوبة|قالبه|فوق|راحت لفوق|طالعه لفوق|بيضا)',
    'eyes rolled back',
  ],
  // "ولها عشر دقايق": and it has been ten minutes; the span a fit or a faint has lasted.
  [
    'و?(?:لها|له|لو|بقاله|بقالها|بقالو|صار لها|صارلها|صار له|صارله)(?= (?:\\S+ )?(?:دقيقه|دقايق|دقائق|ساعه|ساعات|دقيقتين))',
    'for',
  ],
];

/**
 * Session 40: unconsciousness and its look-alike. "مش بيفوق" (Egyptian: he does not come round) is the bystander's word
 * for no waking; "مش فايق ل..." is not being in the mood for something. A person not answering the phone or messages
 * is someone busy or asleep, no one unresponsive.
 */
/** A goodbye or despair told anywhere in the message: silence beside it is the warning (Samaritans), not a busy phone. */
const BESIDE_A_GOODBYE = toldAnywhere(
  '(?:وداع|ودعني|ودعنا|سامحوني|سامحني|سامحيني|مع السلامه|اخر رساله|رساله اخيره|انتحر|انتحار|اموت(?! من)|يموت(?! من)|تموت(?! من)|يقتل نفسه|تقتل نفسها|حبوب|باي)',
);

const LOSS_OF_CONSCIOUSNESS: ReadonlyArray<readonly [string, string]> = [
  // A fall from a height with the head split and vomiting (NICE NG232); "السلم" is the stairs only after a fall.
  ['(?<=(?:وقع|وقعت|طاح|طاحت|سقط|سقطت) )(?:من )?(?:على |فوق )?(?:السلم|الدرج|السلالم|السطح|الشجره)', 'from a height'],
  [
    'و?(?:راسه|راسها|راسو) (?:اتفتحت|اتفتح|انفتح|انفتحت|مفتوح|مفتوحه|انشق|انشقت|اتعور|اتعورت)|اتفتح راسه',
    'head injury',
  ],
  // A button battery swallowed (poison centres: every one is an emergency).
  [
    '(?<=(?:بلع|بلعت|ابتلع|ابتلعت|بالع|بالعه|اكل|اكلت|كل|كلت) )(?:بطاريه|بطاريات|حجر|حجاره) (?:زر|زرار|زراير|صغيره|الساعه|ساعه|قلم|الريموت)',
    'a button battery',
  ],
  // Sluggish of a baby (NICE NG143); "انا خامل اليوم" is an adult's tired day.
  ['(?<=(?:البيبي|الرضيع|الطفل|المولود|بيبي|رضيع|ابني|بنتي)[^.،,؟!]{0,15})(?:خامل|خامله|مرخي|مرخيه)', 'lethargic'],
  ['و?(?:مش|ما|مو) (?:عايز|عايزه|راضي|راضيه|عم|بدو|بدها)? ?(?:يرضع|ترضع|بيرضع|بترضع)', 'not feeding'],
  [
    `(?!${BESIDE_A_GOODBYE})و?(?:ما|لا|مش|مو) (?:عم )?(?:بيرد|بترد|يرد|ترد|يجاوب|تجاوب|بيجاوب|بتجاوب|رد|ردت|برد)(?: \\S+)? (?:على|ع|عل|عال)? ?(?:التلفون|التليفون|الموبايل|الجوال|التيلفون|تلفون|تليفون|موبايل|جوال|الهاتف|هاتف|الرسايل|الرسائل|رسايلي|رسائلي|الواتس|واتساب|الواتساب|المكالمه|مكالماتي|اتصالاتي)`,
    'missed my call',
  ],
  // One who never wakes early ("ما يصحى بدري") is a late riser, not unrousable.
  [
    'و?(?:ما|مش|مو) (?:عم )?(?:يصحى|يصحا|تصحى|بيصحى|بتصحى|يقوم|تقوم|بيقوم|بتقوم)(?: من النوم)? (?:بدري|بكير|الصبح|ع الوقت|على الوقت)',
    'is slow to get up in the morning',
  ],
  // Not woken since ("وما صحى", "لسه ما فاق"): no coming round after a fit or a fall (NICE CG137).
  [
    `(?=${toldAnywhere('(?:تشنج|صرع|نوبه|وقع|طاح|اغمي|مغمي|راسه|راسها)')})و?(?:لسه |لسا |لسع )?(?:ما|مش) (?:صحي|صحيت|صحا|فاق|فاقت)(?! (?:بدري|بكير|من بدري|الصبح|من النوم|من نومه|من القيلوله))`,
    'has not woken up',
  ],
  ['و?(?:ما|مش|مو) (?:عم )?(?:بيفوق|بتفوق|يفوق|تفوق|بيصحى|بتصحى|فايق|فايقه)(?! ل)', 'will not wake up'],
];

/**
 * Session 40: meningism told with the joined "و" ("ورقبتها ناشفة ومش قادرة تحني راسها"), which the older phrases,
 * opening on the neck, did not read: a stiff neck and a chin that will not go down (NICE NG240).
 */
const MENINGISM: ReadonlyArray<readonly [string, string]> = [
  [
    'و(?:رقبته|رقبتها|رقبتي|رقبتو|الرقبه) (?:ناشفه|ناشف|متخشبه|متخشب|متيبسه|متيبس|مشدوده|مشدود|متصلبه|متصلب|وجعاه|واجعاه)',
    'stiff neck',
  ],
  [
    'و(?:ما|مش|مو) (?:عم )?(?:بيقدر|بتقدر|يقدر|تقدر|قادر|قادره) (?:ينزل|تنزل|يحني|تحني|يوطي|توطي|يلف|تلف) (?:راسه|راسها|دقنه|دقنها|ذقنه|ذقنها|رقبته|رقبتها)',
    'cannot bend her neck forward',
  ],
];

/**
 * Arabic, standard and the spoken forms people type (Levantine, Egyptian, Gulf), folded without hamza
 * seats and vowel marks. "و" (and) joins the next word, so a phrase may open with it.
 */
/**
 * Session 55 (T93): a count of tablets told in words, Standard or spoken ("عشرين حبة", "خمستاشر قرص", "تلاتين حباية"),
 * written as its digits before a pill's name, so the phrases that read a count of pills swallowed (TOXBASE: take the
 * count told) read it as they read "20 حبة". Folded: tā marbūṭa as hā, no hamza seats.
 */
const COUNT_IN_WORDS: Readonly<Record<string, string>> = {
  عشر: '10',
  عشره: '10',
  حداشر: '11',
  اتناشر: '12',
  طنعش: '12',
  تلتاشر: '13',
  اربعتاشر: '14',
  خمستاشر: '15',
  خمسطعش: '15',
  ستاشر: '16',
  سبعتاشر: '17',
  تمنتاشر: '18',
  تسعتاشر: '19',
  عشرين: '20',
  تلاتين: '30',
  ثلاثين: '30',
  اربعين: '40',
  خمسين: '50',
  ميه: '100',
  مائه: '100',
};
const COUNT_BEFORE_A_PILL = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(COUNT_IN_WORDS).join('|')})(?= (?:حبايه|حبايات|حبه|حبات|قرص|اقراص|برشامه|برشامات|كبسوله|كبسولات)(?![\\p{L}]))`,
  'gu',
);

/** "حبة" is also a grape, a date, a nut or a sweet counted: "اكل عشرين حبة عنب" is a snack, no pills. */
const A_FRUIT_OR_A_SWEET =
  '(?:عنب|تمر|فراوله|كرز|زيتون|فستق|بندق|لوز|فول|حمص|حلاوه|حلوى|ملبس|شوكولا|شوكولاته|بونبون|فشار|بطاطس|شيبس|توت|بلح)';
const NOT_A_FRUIT_OR_A_SWEET = `(?! ${A_FRUIT_OR_A_SWEET})`;

function withPillCountsInDigits(folded: string): string {
  return withNegationAroundTheVerbRead(folded).replace(COUNT_BEFORE_A_PILL, (count) => COUNT_IN_WORDS[count] ?? count);
}

/**
 * Session 57 (T103): a baby's red flags told in Moroccan Darija (NICE NG143, Schmitt-Thompson "sick infant"), which writes
 * its negation around the verb ("ما رضعاتش": has not fed) and its own words for waking and a nappy: not waking properly
 * any more ("ما بقاتش كتفيق"), limp ("رخوة", folded "رخوه"), no feed since morning, a dry nappy ("الكوش ناشفة"). A
 * baby who fed, woke or wet a nappy stays as the rules read it.
 */
const A_BABY_TOLD_IN_DARIJA: ReadonlyArray<readonly [string, string]> = [
  [
    `${toldNowhere('(?:الحمد لله|كتنعس الليل|كينعس الليل|الليل كامل)')}ما (?:بقا|بقات|بقى|بقاش|بقاتش|بقاوش) ?(?:كيفيق|كتفيق|تفيق|يفيق|كتفطن|كيفطن|كتنوض|كينوض)(?: مزيان)?(?! ?(?:ف|في|ب)?الليل)`,
    'does not wake properly',
  ],
  // A cleaner drunk from its bottle ("شرب من قنينة الكلوركس"), where the verb and the cleaner stand apart.
  [
    'و?(?:شرب|شربت|بلع|بلعت|شرب شوي|شربت شوي)(?: (?:شوي|شويه|شويا|حبه|شي))? (?:من )?(?:ال)?(?:قنينه|قزازه|ازازه|علبه|غرشه|قاروره|بطل|كاس|كوب) ?(?:ال)?(?:كلوركس|كلور|ديتول|فلاش|مبيض|جافيل|كاز|بنزين|مبيد)',
    'drank bleach',
  ],
  // A double dose given, a fall from a floor, a blow to the head and words gone strange after it, a deep wound whose
  // blood comes in beats (NICE NG232, TOXBASE, NICE CKS bleeding).
  ['(?:اعطيت|عطيت|اديت|عطيته|اعطيته|اعطيتها|عطيتها)', 'i gave'],
  ['ضعف (?:ال)?(?:جرعه|جرعة|كميه|الكميه)', 'double the dose of'],
  ['(?:من )?(?:ال)?(?:طابق|دور|طابق) (?:ال)?(?:ثاني|ثالث|رابع|خامس|تاني|تالت)', 'from the second floor'],
  ['(?:ضربه|ضربة|خبطه|خبطة) (?:قويه )?(?:على|ع|في) (?:ال)?(?:راس|راسه|راسها)', 'a blow to the head'],
  [
    '(?:يتكلم|تتكلم|صار يتكلم|صارت تتكلم|قاعد يتكلم) (?:كلام )?(?:غريب|مش مفهوم|مو مفهوم|ما ينفهم|بدون معنى)',
    'talking nonsense',
  ],
  ['(?:جرح|جرحه|جرحها) (?:عميق|غويط|كبير وعميق)', 'deep wound'],
  [
    'و?(?:ال)?(?:دم )?(?:يطلع|يخرج|طالع|ينط|يفور|يضخ|يشخب) (?:مع ال|بال|ب|على شكل )?(?:نبض|دفعات|دفقات|نافورة|نافوره)',
    'blood spurting',
  ],
  ['ما (?:رضعاتش|رضعش|رضعتش|كترضعش|كيرضعش|بغاتش ترضع|بغاش يرضع|بغاتش تشرب|بغاش يشرب)', 'not feeding'],
  [
    'و?(?:ال)?(?:كوش|كوشه|حفاضه|حفاظه|بامبرز|حفاض|حفاضات) (?:ناشف|ناشفه|ناشفين|جاف|جافه|يابس|يابسه)',
    'the nappy is dry',
  ],
  [
    '(?<=(?:بنتي|ولدي|البيبي|بيبي|الرضيع|الطفل|المولود|بنتي|ابني|شهور|شهر)[^.؟!]{0,80})(?:رخوه|رخوين|مرخيه|مرخي)',
    'floppy',
  ],
];

export const ARABIC: LanguageLexicon = {
  language: 'Arabic',
  script: 'arabic',
  formsOf: withoutJoinedParticles,
  respelled: withPillCountsInDigits,
  phrases: [
    ...ARABIC_TAKEN_AS_PRESCRIBED,
    ...ARABIC_SPOKEN_RED_FLAGS,
    ...ARABIC_NO_ANSWER_AFTER_A_FALL,
    ...ARABIC_ONE_SIDED_LIMB,
    ...ARABIC_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...ARABIC_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    // Session 59 (T114): self-harm told as a goodbye letter, an end to one's life or a whole box swallowed (NICE NG225,
    // TOXBASE); a goodbye to colleagues or a trip, a life of study or work ended ("حياتي الجامعية", "حياتي القديمة": a word
    // after the life) and the pills the doctor prescribed are not.
    [
      '(?:كتبت|كتبتلهم|كتب|كتبتها) (?:\\p{L}+ )?(?:رسالة|رساله) (?:وداع|الوداع)(?![^.!?]{0,80}(?:زميل|زملا|الشغل|العمل|الدوام|تقاعد|سفر|مسافر|عرس|زواج|المدرس|الصف|فيلم|مسلسل))',
      'i wrote a goodbye letter',
    ],
    [
      '(?:رح |راح |سوف |بدي |ناوي )?(?:بخلص|اخلص|حخلص|هخلص) (?:على |من )?(?:حياتي|عمري)(?! ?(?:ال|هاي|هذي|هاذي|دي))',
      'i will end my life',
    ],
    [
      '(?:اكلت|اخذت|بلعت|شربت|خذيت|اكل|اخذ|بلع|شرب) (?:كل|كامل|علبة|علبه|شريط|باكيت) (?:ال)?(?:حبوب|حبات|دوا|دواء|ادوية|ادويه)(?: (?:ال)?\\p{L}+)?(?![^.!?]{0,60}(?:الدكتور|الطبيب|وصف|كالعاد|زي العاد|كل يوم|يومي))',
      'i took all the sleeping pills',
    ],
    [`(?:حبه|حبات|حبايه|حبايات)(?= ${A_FRUIT_OR_A_SWEET})`, 'pieces of'],
    ...A_BABY_TOLD_IN_DARIJA,
    ...SEIZURE,
    ...LOSS_OF_CONSCIOUSNESS,
    ...MENINGISM,
    ...ARABIC_INTENT_AND_CRISIS.phrases,
    ...ARABIC_SELF_HARM_AND_POISONING.phrases,
    ...ARABIC_NOT_HERE_ANYMORE_AND_A_FAREWELL_LETTER,
    ...ARABIC_FAREWELL_AND_WISH_OF_ANOTHER,
    ...ARABIC_FAREWELL_AND_SAVED_PILLS,
    ...ARABIC_HEAD_KNOCK_AND_WAKING,
    // A temperature is a young infant's only when told of the infant (NICE: under 3 months with 38 °C or more). The
    // writer's own fever told beside the baby's age ("may I breastfeed with my fever?") and the bath water's warmth are
    // read as what they are, so the baby's age never meets them as the baby's fever.
    [
      'و?(?:انا |أنا )?(?:عندي|فيني|جاتني|جتني|معي) (?:حرارة|حراره|سخونة|سخونه|حمى|حمي)(?: (?:\\d+|[٠-٩]+)(?:[.,]\\d)?)?|و?حرارتي(?: (?:\\d+|[٠-٩]+)(?:[.,]\\d)?)?',
      'i am unwell myself',
    ],
    [
      '(?:الماي|المي|الميه|المية|المويه|الموية|ماء|الماء|المياه)(?: \\p{L}+){0,2} (?:اللي |الذي |التي )?(?:احمم|احممه|احممها|بحمم|نحمم|اغسل|للحمام|الحمام|حمام|للاستحمام)(?: \\p{L}+){0,3} (?:حرارته|حرارتها|درجة حرارته|درجة حرارتها)|(?:ماء|مي|ماي|مية) (?:الحمام|الاستحمام|البانيو)',
      'the bath water is warm',
    ],
    ['(?:اقدر|أقدر|ينفع|يصير|هل يمكنني|ممكن) (?:ارضعه|ارضعها|أرضعه|أرضعها|ارضع)', 'can i breastfeed'],
    // Session 37, the discriminator families beyond the plain words: gait lost at once (stroke beyond FAST), a parent's
    // account of meningism (cannot bring the chin down, the light bothers him), alcohol withdrawal (stopped drinking,
    // shaking, seeing what is not there), heat stroke (hot skin without sweat after the sun).
    [
      '(?:يمشي|تمشي|بيمشي|بتمشي|ماشي|ماشية)(?: \\p{L}+)? (?:متل|مثل|زي|كانه|كانها) (?:ال)?(?:سكران|سكرانة|سكرانه)|(?:بيترنح|يترنح|تترنح|بتترنح|مترنح|مترنحة)',
      'walking unsteady on his feet',
    ],
    [
      '(?:ما|مش|مو) (?:عم )?(?:بيقدر|بتقدر|يقدر|تقدر|قادر|قادرة) (?:ينزل|تنزل|يحني|تحني|يوطي|توطي) (?:راسه|راسها|دقنه|دقنها|ذقنه|ذقنها)(?: (?:ل|على |الى )?(?:ال)?(?:صدره|صدرها|صدر))?',
      'cannot bend his neck to bring his chin to his chest',
    ],
    [
      '(?:و)?(?:ال)?(?:ضو|ضوء|نور) (?:بيزعجه|بيزعجها|يزعجه|يزعجها|بيضايقه|بيضايقها|يضايقه|يضايقها|بيوجع عيونه|بيوجع عيونها)',
      'the light hurts his eyes',
    ],
    [
      '(?:بطل|بطلت|وقف|وقفت|ترك|تركت|قطع|قطعت) (?:يشرب|تشرب|الشرب|شرب|الكحول|الخمر|العرق|البيرة|الكحول)',
      'stopped drinking alcohol',
    ],
    [
      '(?:و)?(?:يشوف|بيشوف|تشوف|بتشوف|صار يشوف|صارت تشوف) (?:اشيا|اشياء|اشي|ناس|حشرات|خيالات)(?: \\p{L}+)? (?:مش|مو|ما|غير) ?(?:موجودة|موجود|موجودين)',
      'seeing things that are not there',
    ],
    ['(?:و)?(?:جلده|جلدها|جسمه|جسمها) (?:حار|سخن|نار|مولع)', 'his skin is very hot'],
    ['(?:ب|في |تحت )(?:ال)?شمس|(?:ب|في )(?:ال)?حر', 'in the heat'],
    // Session 38: suicidal intent and self-harm read by their parts (NHS 111 / Samaritans: a wish to die, a plan, the
    // means, a time, a goodbye, self-harm done), in the standard and the spoken forms (Egyptian "هموت نفسي", Levantine
    // "رح اقتل حالي", Gulf "ابي اموت", Maghrebi "بغيت نموت", "نقتل راسي"): a verb of killing or dying with the self as
    // its object, told in the present or the future (the past "قتل نفسه" is a death already, a bereavement), and who.
    // A suicide told inside a film, a series, a novel or the news is a story, never the writer's intent.
    [
      'و?(?:(?:ال)?(?:مسلسل|فيلم|فلم|رواية|قصة|اخبار|خبر|جريدة|حلقة)[^.،,؟!]{0,40}?(?:انتحر|انتحرت|انتحار|قتل نفسه|قتلت نفسها))',
      'in the film a character killed himself',
    ],
    // Dying "of" a feeling is the idiom of degree ("هموت من الضحك", "ميت من الجوع"), never a wish.
    [
      'و?(?:(?:بغيت|بغيتي|نبغي|ابي|ابغى|ابغي|اريد|بدي|عايز|عايزة|عاوز|عاوزة|ودي|نفسي|حابب|حابة) (?:ان )?(?:اموت|نموت|موت)(?= (?:من|م) ?ال| (?:من|م) (?:كتر|كثر|شدة)| (?:عشان|علشان|لحد ما|لاجل|وانا)))',
      'i feel it very strongly',
    ],
    [
      'و?(?:(?:بغيت|بغيتي|نبغي|ابي|ابغى|ابغي|اريد|بدي|عايز|عايزة|عاوز|عاوزة|ودي|نفسي|حابب|حابة) (?:ان )?(?:اموت|نموت|موت)(?! (?:من|م) ?ال| (?:من|م) (?:كتر|كثر|شدة)| (?:عشان|علشان|لحد ما|لاجل|وانا)))',
      'i want to die',
    ],
    [
      `و?(?:(?:ه|ح|ب)?(?:ا|ن)?(?:موت|قتل|شنق)(?: (?:ب)?ايدي)? (?:نفسي|حالي|روحي|راسي)${NOT_OF_A_FEELING_OR_FOR_A_GOAL})`,
      'i will kill myself',
    ],
    [
      `و?(?:(?:ه|ح|ب)?(?:يموت|تموت|يقتل|تقتل|يشنق|تشنق) (?:نفسه|نفسها|حاله|حالها|روحه|روحها|راسه|راسها)${NOT_OF_A_FEELING_OR_FOR_A_GOAL})`,
      'he says he will kill himself',
    ],
    [
      // Session 53 (T84): told in the future ("سأنهي", "سوف انهي", "حانهي"), and never a life of study or work ended
      // ("حياتي الجامعية": my university life), which a graduation closes.
      'و?(?:(?:(?:افكر|بفكر|عم فكر|قاعد افكر|نفكر|كنفكر|ناوي|ناوية|عايز|عايزة|بدي|ابي|ابغى|بغيت) (?:في |ب|ان )?)?(?:سوف |س|ح|ه)?(?:انهاء|انهي|ننهي|اخلص|نخلص|اخلّص|خلص|اوقف) (?:حياتي|عمري|على حياتي))(?! (?:ال)?(?:جامعي|دراسي|مهني|زوجي|عملي|عسكري|رياضي|مدرسي|وظيفي|فني|اكاديمي|مهنيه)ه)',
      'i am thinking of ending my life',
    ],
    [
      'و?(?:(?<=(?:حياة|دنيا|عيشة)[^.،,؟!]{0,40})(?:بدي|عايز|عايزة|عاوز|ابي|ابغى|بغيت|نبغي|اريد|حابب|ناوي|ناوية) (?:اخلص|خلص|نخلص|اخلّص|انهي) (?:منها|عليها))',
      'i want to end it all',
    ],
    [
      'و?(?:(?:بدي|عايز|عايزة|عاوز|ابي|ابغى|بغيت|نبغي|اريد|ناوي|ناوية) (?:اخلص|خلص|نخلص|اخلّص|انهي) (?:من (?:ال)?(?:حياة|دنيا|عيشة)|على (?:حالي|نفسي|روحي)))',
      'i want to end it all',
    ],
    [
      'و?(?:(?:تعبت|زهقت|قرفت|مليت|طفشت|كرهت|يئست) (?:من )?(?:ال)?(?:حياة|حياتي|دنيا|عيشة|عيشتي))',
      'i am tired of life',
    ],
    [
      'و?(?:(?:كتبت|كتبتلهم|كتب|تركت|سبت|خليت) (?:\\p{L}+ )?(?:رسالة|رساله|جواب|ورقة|ورقه) (?:وداع|الوداع|اخيرة|اخيره) (?:ل|الى |إلى )(?:عيلتي|عائلتي|اهلي|امي|ابوي|اولادي|ولادي|جوزي|زوجي|مراتي|زوجتي|الكل|كل الناس|كل حد|الجميع|حبايبي))',
      'i wrote a goodbye letter to my family',
    ],
    // Session 58 (T109): a message told as one's last ("هاي آخر رسالة") beside forgiveness asked of all or despair (NICE
    // NG225: a farewell is a warning sign); the last message of a working day, a group or before a trip is not.
    ['و?سامحوني (?:كلكم|كلكن|جميعا|كلها|يا جماعه|على كل شي|على كل شيء|ع كل شي)', 'forgive me everyone'],
    [
      `و?(?:(?:هاي|هذه|هذي|هادي|هاذي|دي|هيدي) )?(?:اخر|آخر) (?:رسالة|رساله|رسالتي|مسج)${toldAnywhere('(?:سامحوني|سامحني|سامحيني|انتحر|اموت(?! من)|ما (?:بقدر|اقدر|بقدرش) (?:اكمل|اعيش)|مش (?:قادر|قادره) (?:اكمل|اعيش)|تعبت من الحياه|وداعا|الوداع)')}${toldNowhere('(?:شغل|الدوام|دوام|الجروب|القروب|الاجتماع|بكره|بكرا|سفر|مسافر|اليوم عن)')}`,
      'this is my last message',
    ],
    // Taking ALL the pills, told in the future or as a wish or a thought, with pills named around it (a plan with its
    // means): "هاخد كل الحبوب الليلة", "بفكر اشربهم كلهم". Taking all one's things on a trip is no plan.
    [
      'و?(?:(?:(?:ه|ح)(?:اخد|اخذ|اشرب|ابلع)|(?:رح|راح|بدي|ناوي|ناوية|بفكر|افكر|عايز|عايزة|ابي|ابغى) (?:اخد|اخذ|اشرب|ابلع))(?:هم|ها|هن)?(?: \\p{L}+)? (?:كل|كلهم|كلها|كلهن)(?:(?<=(?:حبوب|دوا|ادوية|برشام|اقراص|حبايات)[^.،,؟!]{0,40})|(?=[^.،,؟!]{0,20}(?:حبوب|دوا|ادوية|برشام|اقراص|حبايات))))',
      'i will take all the pills tonight',
    ],
    [
      `و?(?:(?:عايز|عايزة|عاوز|عاوزة|بده|بدها|يبي|تبي|يبغى|تبغى|حابب|حابة|ناوي|ناوية) (?:ي|ت)موت${NOT_OF_A_FEELING_OR_FOR_A_GOAL})`,
      'says he wants to die',
    ],
    ['و?(?:(?:ما|مش|مو) (?:عاد|بقى|بقيت|عدت) (?:بدي|عايز|عايزة|ابي|ابغى|حابب) ا?عيش)', 'i do not want to live'],
    [
      'و?(?:(?:عم |ب|بي|بت)?(?:تجرح|يجرح|اجرح|نجرح|جرح|تشطب|يشطب|اشطب|تجرّح|يجرّح) (?:نفسي|نفسه|نفسها|حالي|حاله|حالها|روحي|روحه|روحها)(?![^،,.]{0,30}(?:وانا (?:بقطع|اقطع|بطبخ|اطبخ)|وهي (?:بتقطع|تقطع|بتطبخ)|بالغلط|بالخطا|بدون قصد|من غير قصد)))',
      'she is cutting herself on purpose',
    ],
    ['و?(?:(?:وجهه|وجهها|وشه|وشها|شفايفه|شفايفها|لسانه|لسانها) (?:ورم|ورمت|وارم|وارمة|تورم|تورمت))', 'face swollen'],
    ['و?(?:(?:ما|مش|مو) (?:عم )?(?:يقدر|تقدر|بيقدر|بتقدر|قادر|قادرة) (?:ي|ت)?تنفس)', 'cannot breathe'],
    // A knock told with the child up and playing as usual after it, and no vomiting: the reassuring course.
    ['و?(?:(?:قام|قامت|رجع|رجعت) (?:ي|ت)?(?:لعب|لعبت|يلعب|تلعب) (?:عادي|طبيعي))', 'then played normally'],
    ['و?(?:(?:ما|مش|لا) (?:استفرغ|استفرغت|استفرغش))', 'no vomiting'],
    // Jumping told with the height it is from: a balcony, a roof, a bridge, a window.
    [
      'و?(?:(?:ه|ح)?(?:ا|ن)?(?:رمي|نط|قفز|لوح)(?: (?:نفسي|حالي|روحي|راسي))? (?:من|عن|م) (?:ال)?(?:بلكونة|بلكونه|بلكون|شباك|شرفة|سطح|سطوح|جسر|كوبري|برج|عمارة|دور|طابق)(?! ل))',
      'i am going to jump off the balcony',
    ],
    [
      'و?(?:(?:ه|ح)?(?:يرمي|ترمي|ينط|تنط|يقفز|تقفز)(?: (?:نفسه|نفسها|حاله|حالها|روحه|روحها))? (?:من|عن|م) (?:ال)?(?:بلكونة|بلكونه|بلكون|شباك|شرفة|سطح|سطوح|جسر|كوبري|برج|عمارة|دور|طابق)(?! ل))',
      'he is going to jump off the balcony',
    ],
    // Session 56 (T98): someone standing on a roof, a bridge or a balcony, the jump told after the place and said or
    // threatened ("واقف على السطح ويقول سيقفز"); children jumping on a roof are many ("يقفزون"), read by no verb here.
    [
      '(?:واقف|واقفه|واقفة|وقف|طالع|طلع|طلعت|جالس|جالسه|قاعد|قاعده)(?: [\\p{L}\\p{M}]+)? (?:على|فوق|ع) (?:ال)?(?:سطح|سطوح|جسر|كوبري|بلكونة|بلكونه|شباك|شرفة|حافة|حافه)(?: [\\p{L}\\p{M}]+){0,4} و?(?:س|ح|ه|رح |راح |سوف |بدو |بده |بدها )?(?:ي|ت|ا)(?:قفز|نط|رمي (?:نفسه|نفسها|حاله|حالها|روحه|روحها))',
      'he is standing on the roof and says he is going to jump off',
    ],
    // Cutting one's own arm or wrist told with a blade or as a habit is self-harm; a cut told with what the writer was
    // doing (chopping, cooking) or as a mistake is an accident in the kitchen.
    [
      'و?(?:(?:بجرح|بجرّح|اجرح|اجرّح|جرح|جرّح|جرحت|جرّحت|بشطب|اشطب|شطبت|بقطع|اقطع|قطعت|بشرح|شرحت|بشرط|شرطت|اشرط)(?: في)? (?:ايدي|ايديا|دراعي|ذراعي|معصمي|رسغي|رجلي|فخدي|جسمي|ايدها|دراعها|ذراعها|معصمها|ايده|دراعه|ذراعه|معصمه)(?=[^.،,؟!]{0,30}(?:شفرة|الشفرة|بالشفرة|شفرات|موس|الموس|بالموس|امواس|مشرط|بالمشرط|قزاز|زجاج|كل يوم|كل ليلة|كل ما|عن قصد|قصدا|بقصد))(?![^.،,؟!]{0,30}(?:وانا (?:بقطع|اقطع|بطبخ|اطبخ|بقشر|بنضف|بغسل)|بالغلط|بالخطا|بدون قصد|من غير قصد|مش قصدي|مو قصدي)))',
      'i am cutting my arm with a razor on purpose',
    ],
    // A whole pack, strip or bottle swallowed, and a count of tablets (poison-centre advice: every such ingestion now).
    [
      `و?(?:(?:شربت|شرب|اخدت|اخد|خدت|خد|اخذت|اخذ|بلعت|بلع|اكلت|اكل)(?: \\p{L}+)? (?:علبة|علبه|باكيت|شريط|ظرف|قزازة|ازازة|زجاجة|قنينة|كرتونة) ${MEDICINE}(?: \\p{L}+)? (?:كاملة|كامله|كلها|كله|كامل|بحالها|بحاله)${NOT_A_COURSE})`,
      'swallowed a whole pack of pills',
    ],
    [
      `و?(?:(?:شربت|شرب|اخدت|اخد|خدت|خد|اخذت|اخذ|بلعت|بلع|اكلت|اكل)(?: \\p{L}+)? (?:نص|نصف|ربع|كل|باقي) (?:ال)?(?:علبة|علبه|باكيت|شريط|قزازة|ازازة|زجاجة|قنينة)(?= ${MEDICINE})${NOT_A_COURSE})`,
      'swallowed half a bottle of',
    ],
    [
      `و?(?:(?:شربت|شرب|اخدت|اخد|خدت|خد|اخذت|اخذ|بلعت|بلع|ابتلعت|ابتلع|ابتلعوا|تناولت|تناول|اكلت|اكل) (?:\\d+) (?:حباية|حبايات|حبة|حبات|حبه|قرص|اقراص|برشامة|برشامات|كبسولة|كبسولات)${NOT_A_COURSE}${NOT_A_FRUIT_OR_A_SWEET})`,
      'took # pills',
    ],
    ['و?(?:(?:حبوب|حباية|حبايات|اقراص|برشام) (?:ال)?(?:نوم|منوم|منومة)|منوم)', 'sleeping pills'],
    ['و?(?:(?:شراب|دوا|دواء) (?:ال)?(?:كحة|كحه|سعال))', 'cough medicine'],
    // A scald told with what was spilled: boiling tea, water, oil or soup (NHS burns and scalds).
    [
      'و?(?:(?:انكب|انكبت|اندلق|اندلقت|انسكب|انسكبت|اتكب|اتكبت|اتدلق|اتدلقت|كب|وقع|وقعت|نزل)(?: (?:عليه|عليها|علي|عليا|ع))? (?:(?:ال)?(?:براد|ابريق|كاسة|كاس|كوب|فنجان|طنجرة|طنجره|قدر|كتلي|غلاية|غلايه) )?(?:ال)?(?:شاي|مي|ماي|مية|ميه|ماء|زيت|قهوة|شوربة|حليب)(?: (?:ال)?(?:مغلي|مغلية|سخن|سخنة|بيغلي|يغلي|تغلي|حار|حارة|فاير|فايرة)))',
      'scalded by boiling water',
    ],
    // Breath too short to finish a sentence (MTS: inability to talk in sentences).
    [
      'و?(?:(?:ما|مش|مو|لا) (?:عم )?(?:يقدر|تقدر|اقدر|بيقدر|بتقدر|قادر|قادرة|قادر) (?:ي|ت|ا)?(?:كمل|يكمل|تكمل|اكمل) (?:جملة|جمله|كلامه|كلامها|كلامي|الجملة))',
      'cannot finish a sentence',
    ],
    ['و?(?:(?:نفسه|نفسها|نفسي) (?:مقطوع|مقطوعة|متقطع|متقطعة|ضايق|ضيق))', 'breathless'],
    ['و?(?:خبط|خبطت|اتخبط|اتخبطت|ضرب|ضربت|انضرب) (?:على )?(?:راسه|راسها|راسي|دماغه|دماغها)', 'hit his head'],
    // Drowsiness told with نعسان is left to the older readings, which read it more gravely.
    ['و?(?:نايم|نايمة) على طول', 'very drowsy'],
    // Danger in a psychosis: people who want to kill him (never in a game, a film or a dream), nights without sleep.
    [
      'و?(?:(?:ناس|حد|احد|حدا|واحد|الناس|الجيران) (?:عايزين|عايزة|عاوزين|بدهم|بدن|يبون|يبغون|حابين|جايين)(?: (?:ي|ت))? ?(?:يقتلوه|تقتله|يقتلوها|تقتلها|يقتلوني|تقتلني|يموتوه|يأذوه|يئذوه|يأذوني|يئذوني)(?! (?:في|ب) ?(?:ال)?(?:لعبة|لعبه|فيلم|مسلسل|حلم|حلمه|حلمها)))',
      'says people want to kill him',
    ],
    ['و?(?:(?:ما نامش|ما نام|مش بينام|ما بينام|ما عم ينام|ما يرقد))', 'has not slept for days'],
    // A chemical in the eye (bleach, lime, caustic soda, acid): irrigate and come now.
    [
      'و?(?:(?:كلور|كلوركس|مية نار|ماية نار|مبيض|جير|جفت|صودا|مطهر|ديتول|فلاش|اسيد|حمض|بوتاس)(?: \\p{L}+){0,2} (?:في|ب|على|ع) ?(?:ال)?(?:عين|عيني|عينه|عينها|عيون|عيونه))',
      'bleach splashed in the eye',
    ],
    [
      'و?(?:(?:ما|مش|مو|لا) (?:عم )?(?:يقدر|تقدر|اقدر|بيقدر|بتقدر|قادر|قادرة) (?:ي|ت|ا)?(?:فتحها|يفتحها|تفتحها|افتحها|يفتح عينه|تفتح عينها|افتح عيني))',
      'cannot open his eye',
    ],
    // Cauda equina: back pain with weak or numb legs and the bladder lost.
    ['و?(?:(?:وجع|الم|ألم|اوجاع) (?:في |ب)?(?:ال)?(?:ظهر|ظهري|ضهر|ضهري|اسفل الظهر))', 'back pain'],
    [
      'و?(?:(?:رجليا|رجلي|رجليه|رجليها|رجلاي|ساقي|ساقيه) (?:بقوا |صاروا |صارت |بقت )?(?:ضعاف|ضعيفة|ضعيفين|مش شايلاني|مش شايلينى|ما بتحملني|ما عم تحملني|مش حاسس بيها|مش حاسة بيها))',
      'both legs weak',
    ],
    [
      'و?(?:(?:ما|مش|مو|لا) (?:عم )?(?:اقدر|بقدر|قادر|قادرة|يقدر|تقدر) (?:ا|ي|ت)?(?:تحكم|اتحكم|يتحكم|تتحكم|امسك|يمسك|تمسك) (?:في |ب)?(?:ال)?(?:بول|البول|بولي|حمام|الحمام|المثانة))',
      'cannot control my bladder',
    ],
    // Hypothermia: a body ice cold after the cold, shivering stopped, confusion.
    [
      'و?(?:(?:جسمه|جسمها|جسمي|جسده|جسدها) (?:بارد|باردة|ساقع|ساقعة|تلج|ثلج)(?: (?:تلج|ثلج|زي التلج|متل التلج|مثل الثلج))?)',
      'his body is ice cold',
    ],
    ['و?(?:(?:بطل|بطلت|وقف|وقفت) (?:ي|ت)?(?:رجف|يرجف|ترجف|يرتجف|ترتجف|يرتعش|ترتعش))', 'stopped shivering'],
    ['و?(?:(?:في|ب) ?(?:ال)?(?:برد|صقيع|تلج|ثلج))', 'in the cold'],
    ['و?(?:بيخرف|بتخرف|بيهلوس|بتهلوس|بيخربط|بتخربط|مش مركز|مش مركزة|مش واعي|مش واعية)', 'confused'],
    // A belly hard as a board (peritonism), told with what it is like.
    [
      'و?(?:(?:بطنه|بطنها|بطني) (?:(?:ناشفة|ناشف|قاسية|قاسي|متحجرة|متحجر|متخشبة)(?: (?:زي|متل|مثل|ك) ?(?:ال)?(?:خشبة|خشب|حجر|لوح))?|(?:مشدودة|مشدود|نافخة) (?:زي|متل|مثل|ك) ?(?:ال)?(?:خشبة|خشب|حجر|لوح)))',
      'rigid belly hard as a board',
    ],
    // Severe pain told bare; where it is told after it ("الم شديد في الصدر"), the older phrases read the place with it.
    ['و?(?:(?:وجع|الم|ألم) (?:فظيع|رهيب|شديد|قوي|مش طبيعي)(?! (?:في|ب|بال|على|ع) ?))', 'severe pain'],
    // Shock after an injury or a bleed: pale, cold sweat, a fast weak pulse.
    ['و?(?:(?:نبضه|نبضها|نبضي|قلبه|قلبها) (?:سريع|بيدق بسرعة|عم يدق بسرعة) (?:و ?)?(?:ضعيف|خفيف))', 'fast weak pulse'],
    ['و?(?:صار|صارت|بقى|بقت)? ?(?:شاحب|شاحبة|مصفر|مصفرة|وشه اصفر|وشها اصفر|لونه اصفر|لونها اصفر)', 'pale'],
    ['و?(?:(?:عرق|عرقان|عرقانة) (?:بارد|باردة))', 'cold sweat'],
    ['و?(?:(?:ضغط|تقل|ثقل) (?:على|ع|في|ب) ?(?:صدري|صدره|صدرها|الصدر))', 'pressure on my chest'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    // Session 37: a young infant's age told in days or weeks (NICE traffic-light: under 3 months with 38 °C or more is
    // red), read as the English rules read an age, so a temperature beside it is an infant's fever.
    ['(?:عمره|عمرها|عمرو|بعمر|عمر) (?:\\d+) (?:يوم|ايام)', 'aged # days old'],
    ['(?:عمره|عمرها|عمرو|بعمر|عمر) (?:\\d+) (?:اسبوع|اسابيع)', 'aged # weeks old'],
    ['(?:عمره|عمرها|عمرو|بعمر|عمر) (?:اسبوعين)', 'aged 2 weeks old'],
    // Session 60 (T121): a month told without its count is one month ("عمرها شهر"), as two is told by its dual.
    ['(?:عمره|عمرها|عمرو|بعمر|عمر) (?:شهر|شهر واحد)(?! ?\\d)', 'aged 1 month old'],
    [
      '(?:مولود|مولودة|انولد|انولدت|ولد|ولدت|خلفتها|خلفته) (?:من|قبل|صار له|صارلو|صارلها) (?:\\d+) (?:يوم|ايام)',
      '# days old',
    ],
    // A snake's bite told with the biter after or before the verb (poison-centre advice: every snakebite is seen now).
    [
      '(?:لدغته|لدغتها|لدغتني|لدغت|لدغ|عضته|عضتها|عضتني|عض|قرصته|قرصتها|قرصتني|لدغة|عضة)(?: \\p{L}+)? (?:حية|حيه|افعى|افعي|ثعبان|تعبان|حنش)',
      'bitten by a snake',
    ],
    [
      '(?:حية|حيه|افعى|افعي|ثعبان|تعبان|حنش) (?:لدغت|لدغته|لدغتها|لدغتني|عضت|عضته|عضتها|عضتني|قرصت|قرصته|قرصتها)',
      'bitten by a snake',
    ],
    // Lips or skin told blue by their colour word alone, with or without "turned" and the person between.
    [
      '(?:شفايف|شفاه|شفتين|شفايفه|شفايفها|شفايفو|شفافه|شفافها)(?: \\p{L}+)?(?: صارت| صاروا| صار| اصبحت| لونها| لونهم)? (?:زرقا|زرقاء|زرق|ازرق|زرقة|بنفسجي|بنفسجية|كحلي|كحلية|كحلين|مزرقة|مزرقين)',
      'blue lips',
    ],
    [
      '(?:ما|مش|مو) (?:عم )?(?:يتنفس|تتنفس|بيتنفس|بتتنفس|بيتنفسش) (?:منيح|كويس|مزبوط|طبيعي|عدل|زين)',
      'not breathing well',
    ],
    // "غرقت في الشغل" (swamped at work), "غرقان بالديون" (deep in debt): sinking told of work, debt, study, sleep or
    // worries is an idiom, which the single-word gloss of "غرق" read as a drowning; told of water it is one.
    [
      '(?:غرق|غرقت|غرقان|غرقانة|غرقانه|غرقنا)(?: \\p{L}+)? (?:في |ب|بال|في ال)?(?:ال)?(?:شغل|عمل|ديون|دين|مشاكل|دراسة|دراسه|مذاكرة|واجبات|نوم|افكار|تفكير|حب|دموع|هموم|همومي|ضحك|الضحك|تفاصيل|ايميلات|رسايل)',
      'was very busy',
    ],
    [
      '(?:غرق|غرقت|غرقان|غرقانة|يغرق|تغرق)(?: \\p{L}+){0,2} (?:ب|في |في ال|بال|ف)?(?:ال)?(?:مسبح|بحر|مي|ماي|ماء|مية|موية|بركة|بانيو|حوض|نهر|بحيرة)',
      'nearly drowned in the water',
    ],
    [
      '(?:طلعناه|طلعناها|سحبناه|سحبناها|طلعوه|طلعوها) من (?:ال)?(?:مسبح|بحر|مي|ماي|ماء|مية|موية|بركة|بانيو|حوض|نهر)',
      'pulled out of the water',
    ],
    ['الحبل السري (?:طالع|نازل|باين|ظاهر|خارج)', 'the umbilical cord is coming out'],
    ['و?(?:صدره|صدرها) (?:بيدخل|يدخل|بينسحب|ينسحب) (?:لجوه|لجوا|للداخل)', 'chest sucking in with every breath'],
    // Not wanting to live like someone, somewhere or with someone is no wish to die (review V21: 'مش عايز اعيش زي ابويا').
    [
      'و?(?:(?:ما بدي عيش|مش عايز اعيش|مش عاوز اعيش|ما ابي اعيش)(?! (?:زي|زى|مثل|متل|كده|كدا|هيك|هيدا|في|ف|ب|مع|عند|هناك|هنا|بره|برا|لوحد|جنب|قريب|بعيد))|بدي موت|نفسي اموت)',
      'i do not want to live',
    ],
    ['(?:جبت|اشتريت) (?:شفرات|شفرة|موس|حبل)', 'i got razor blades'],
    [
      '(?:(?:رح|راح|ح|سوف) (?:يرمي|ترمي|يقتل|تقتل)|(?:بيقتل|بتقتل|حيقتل|حتقتل|سيقتل|ستقتل|بده يقتل|بدها تقتل|يبي يقتل|يبغى يقتل)) (?:حاله|حالها|نفسه|نفسها|روحه|روحها)',
      'he says he will kill himself tonight',
    ],
    // Blood that boils in the veins or from anger is the idiom of rage (review V21: 'الدم بيفور في عروقي من الغيظ').
    [
      'و?الدم (?:بيطرش|بيشخب|يشخب|عم يشخب|بيفور|بيتدفق)(?! (?:في|ف|ب) ?(?:ال)?(?:عروقي|عروقه|عروقها|عروق|راسي|راسه|دماغي)| (?:من|م) ?(?:ال)?(?:غيظ|عصبيه|غضب|زعل|قهر|نرفزه))',
      'the blood is spurting',
    ],
    ['و?الدم[^،,.]{0,30}(?:مش عايز|مش راضي|مو راضي|ما بدو|ما عم) ?(?:يقف|يوقف)', 'the bleeding will not stop'],
    // Session 55 (T93): a towel, a cloth or clothes soaked through with blood (NICE and first aid: bleeding through the
    // dressing), the cloth first or the verb first; a sanitary pad is a period's and is read with it, not here.
    [
      'و?(?:(?:ال)?(?:منشفه|فوطه(?! صحيه)|بشكير|خرقه|شاش|قماشه|تيشيرت|التيشيرت|هدومه|هدومها|ملابسه|ملابسها|مخده|شرشف|ملايه)(?: \\p{L}+)? (?:تشربت|اتشربت|تبللت|غرقت|غرقانه|غرقان|مليانه|مليان|متشربه|مبلوله|انبلت|امتلت|امتلات)|(?:تشربت|اتشربت|تبللت|غرقت|امتلت|امتلات) (?:ال)?(?:منشفه|فوطه(?! صحيه)|بشكير|خرقه|شاش|قماشه|هدوم|ملابس))(?: \\p{L}+)? (?:ب|من )?(?:ال)?دم(?![\\p{L}])',
      'the towel is soaked with blood',
    ],
    ['(?:صدره|صدرها|صدري) (?:تقيل|ثقيل|مقبوض|مضغوط)', 'chest pressure'],
    ['و?(?:ايده|ايدها|ايدي) (?:الشمال|اليسار|اليسرى) (?:بتنمل|تنمل|منملة|بتوجعه|بتوجعها)', 'left arm tingling'],
    [
      '(?:تشنجات|تشنج|نوبة صرع|صرع|يتشنج|تتشنج|بيتشنج|بتتشنج) (?:من|منذ|صار له|صارلو|من حوالي|من اكثر من|منذ اكثر من) (?:اكثر من |حوالي |تقريبا )?(?:\\d+|[٠-٩]+|خمس|خمسة|ست|سبع|ثمان|عشر|عشرة|ربع|نص|عشرين) (?:دقايق|دقائق|دقيقة|دقيقه)',
      'seizing for more than five minutes',
    ],
    [
      '(?:رح|راح|بدي|ح|سوف) ?(?:ارمي|اقتل|اشنق) (?:حالي|نفسي|روحي)|(?:ارمي|نرمي) (?:حالي|نفسي|روحي) من',
      'i will kill myself tonight',
    ],
    [
      'و?(?:ايده|يده|ذراعه|ايدها|يدها|ذراعها|ايدي|يدي) (?:ضعفت|صارت ضعيفة|ما عم تتحرك|ما بتتحرك|ما تتحرك|ثقلت|نملت|تنملت|خدرت)',
      'suddenly weak arm',
    ],
    [
      'و?(?:كلامه|كلامها|لسانه|لسانها|حكيه|حكيها|نطقه) (?:صار |اصبح )?(?:ثقيل|تقيل|مش مفهوم|غير مفهوم|ملخبط|متلعثم|بيتلعثم)',
      'slurred speech',
    ],
    [
      '(?:اكل|اكلت|اكلنا|بعد ما اكل|بعد ما اكلت|بعد اكل) (?:شوية |حبة |حبات )?(?:فول سوداني|فستق|مكسرات|جمبري|قريدس|روبيان|سمك|بيض|سمسم|كاجو|لوز)',
      'ate peanuts',
    ],
    [
      'و?(?:حلقه|حلقها|حلقي|زلعومه|زوري|زوره) (?:عم |قاعد |بدا )?(?:يقفل|بيقفل|قافل|بيتقفل|يتقفل|بيضيق|يضيق|ينتفخ|انتفخ|ورم|وارم|منفوخ|يتورم|تورم|يسكر|بيسكر|مسكر|يتسكر|بيتسكر|انسكر|اتسكر|ينسد|بينسد|انسد)',
      'throat swelling',
    ],
    [
      'و?(?:طلعت|طلع|ظهرت|عنده|عندها) (?:فقاعات|فقاعة|نفاطات|بثور|فقاقيع|بقابيق) (?:كبيرة|كبار|ضخمة)|(?:فقاعات|نفاطات|بثور|فقاقيع|بقابيق) (?:كبيرة|كبار|ضخمة)',
      'big blisters',
    ],
    // Session 39: the kinds read by their parts in every dialect (NHS burns and scalds, MTS breathing and shock
    // discriminators, NICE traffic-light, NHS 111 mental-health crisis). Darija writes its present with "ك" before the
    // person ("كيتنفس", "كنعرق") and its negation as "ما…ش" ("ما كيتنفسش"): the spoken forms are read with them.
    // A burn: skin peeling or coming away, blisters of any size, an electric shock (not the small spark of a car door's
    // static), a burn's degree told by a clinician.
    [
      'و?(?:جلده|جلدها|جلدو|الجلد|جلد|جلدي)(?: (?:عم|بدا|صار|قاعد|كان))? (?:ي|ت|بي|بت|كي|كت)?(?:تقشر|قشر|طيح|طايح|وقع|نزل|ينسلخ|نسلخ|اتسلخ|انسلخ|متقشر|متسلخ|مسلوخ|طالع|يطلع|اتقشر)',
      'skin peeling off',
    ],
    ['و?(?:(?:نفاخات|نفاخة|نفاطات|نفاطة|فقاعات|فقاعة|فقاقيع|فقيعات|بقابيق|بقبوقة|فقاعه))', 'blisters'],
    [
      'و?(?:(?:ات|ان|ت)?(?:كهرب|كهربت)(?![\\p{L}])(?![^.،,؟!]{0,30}(?:شراره|خفيف|خفيفه|بسيط|بسيطه|صغير|صغيره|شويه|شوي|حبه|من (?:ال)?(?:باب|عربيه|سياره|شعر|بطانيه|صوف|كنبه|فيشه|بريزه)|بس (?:انا |هو |هي )?(?:كويس|كويسه|تمام|منيح|منيحه|زين|بخير|مليح)))|(?:ب)?(?:صعقته|صعقتها|صعقتني|صعقه|صعقة|ماس) (?:ال)?(?:كهربا|كهرباء|كهربائي|كهربائيه))',
      'electric shock',
    ],
    ['و?(?:(?:ال)?(?:درجة|درجه) (?:ال)?(?:ثانية|ثانيه|تانية|تانيه|ثالثة|ثالثه|تالتة|تالته))', 'second degree'],
    [
      'و?(?:(?:ماء|ما|مية)? ?جافيل|(?:ال)?(?:كلور|كلوركس|مبيض)(?= (?:على|ع|في|ف) (?!(?:ال)?(?:عين|عيني|عينه|عينها|عيون|عيونه))))',
      'bleach splashed',
    ],
    // Intent: hurting oneself, not wanting to live (not where one lives), taking all the pills told of someone else.
    ['و?(?:عم |بي|بت)?(?:ي|ت|ا|ن)(?:ؤ|ا|و|ئ)?ذي (?:نفسه|نفسها|نفسي|حاله|حالها|حالي|روحه|روحها)', 'is hurting himself'],
    [
      'و?(?:لا|ما|مش|مو) (?:عاد |بقى )?(?:ي|ت|ا|ن|بي|بت)?(?:ريد|بغى|بغي|بي|بغا|حب) (?:ان )?(?:ي|ت|ا|ن)عيش(?! (?:في|ف|ب|مع|عند|هناك|هنا|بره|برا|لوحد|جنب|قريب|بعيد))',
      'does not want to live',
    ],
    [
      'و?(?:(?:س|ه|ح)(?:ي|ت)|(?:رح|راح|بده|بدها|ناوي|ناوية|عايز|عايزة|يبي|تبي|يبغى|تبغى|تريد|يريد) (?:ان )?(?:ي|ت))(?:بتلع|بلع|اخد|اخذ|خد|شرب)(?:هم|ها|هن)?(?: \\p{L}+)? (?:كل|كلهم|كلها|كلهن)(?=[^.،,؟!]{0,20}(?:حبوب|دوا|ادويه|برشام|اقراص|حبايات))(?![^.،,؟!]{0,60}(?:كورس|زي ما الدكتور|زي ما قال الدكتور|حسب الوصفه|كما وصف|لحد (?:اخر|نهايه)|مضاد حيوي|المضاد الحيوي|الانتيبيوتيك))',
      'she will take all the pills tonight',
    ],
    // Breathing: breath taken with effort, ribs pulled in, a wheeze, gasping, the inhaler not helping, choking.
    [
      'و?(?:عم |بي|بت|ب)?(?:ي|ت|ا)?(?:اخد|خد|اخذ|خذ|سحب|جيب) (?:نفسه|نفسها|نفسي|نفس|النفس)(?: \\p{L}+)? (?:بالعافيه|بالعافيه|بصعوبه|بالزور|بالقوه|بالموت|بالكاد)',
      'is struggling to breathe',
    ],
    [
      'و?(?:(?:ضلوعه|ضلوعها|ضلوعو|ضلوع|اضلاعه|اضلاعها|صدره|صدرها|(?:بطنه|بطنها|رقبته|رقبتها)(?=[^.،,؟!]{0,40}(?:نفس|يتنفس|تتنفس|بيتنفس|بتتنفس|تنفس)))(?: \\p{L}+)? (?:بي|بت|عم ي|عم ت|ي|ت)?(?:دخل|نسحب|غوص|نشفط|داخله|داخلين|غايصه) (?:لجوه|لجوا|للداخل|لداخل|جوه|جوا|لتحت|لورا))',
      'ribs sucking in with every breath',
    ],
    [
      'و?(?:نفسه|نفسها|صدره|صدرها|صدري|نفسي|تنفسه|تنفسها)(?: (?:عم|بدا|صار))? (?:بي|بت|كي|كت|ي|ت)(?:صفر|زيق|زيز|وصوص)',
      'wheezing',
    ],
    // The wheeze told verb first, the chest after it ("تصفر بصدرها"), and the voice gone hoarse (Resuscitation Council UK).
    ['و?(?:عم |صار |صارت )?(?:بي|بت|ي|ت)(?:صفر|زيق|وصوص) (?:ب|في |من )(?:صدره|صدرها|صدري|الصدر)', 'wheezing'],
    // A hoarse voice is read beside a swelling, a wheeze or what set it off; alone it is a cold's (review V27, 18:07).
    [
      `${toldAnywhere('(?:انتفخ|منتفخ|نفخ|ورم|متورم|حساسي|يصفر|تصفر|صفير|فستق|طحين|قرص|لسع|دوا|دواء|مضاد)')}و?(?:صوته|صوتها|صوتي) (?:صار |بقى |صاير )?(?:مبحوح|مبحوحه|مبحوحة)`,
      'hoarse voice',
    ],
    [
      'و?(?:(?:(?:عم |بي|بت|كي|كت|ك)?(?:ي|ت)(?:لهث|نهج)|(?:بي|بت|كي|كت)(?:لهث|نهج)|(?:لاهث|لاهثه|نهجان|نهجانه))(?![\\p{L}])(?![^.،,؟!]{0,20}(?:بعد|من) (?:ال)?(?:جري|ركض|الدرج|السلم|تمرين|رياضه|مشي|جيم))(?<!(?:جري|ركض|الدرج|السلم|تمرين|رياضه|مشي|جيم)[^.،,؟!]{0,30}))',
      'gasping for breath',
    ],
    ['و?(?:(?:من )?(?:ضيق|ضيقه|قصر) (?:في |ب)?(?:ال)?نفس(?![\\p{L}]))', 'short of breath'],
    [
      'و?(?:(?:ال)?(?:بخاخ|بخاخه|فنتولين|فانتولين|كمام|نيبولايزر)(?! (?:ال)?(?:انف|مناخير|خشم|للانف|شعر|عطر|مبيد|حشرات|جو|تعطير|ريحه))(?: \\p{L}+)? (?:ما|مش|مو|لا) ?(?:نفع|نفعت|نفعش|ينفع|بينفع|فاد|افاد|يفيد|بيفيد|عم يفيد|عم ينفع|جاب نتيجه|اشتغل|عمل شي))',
      'the inhaler is not helping',
    ],
    [
      'و?(?:(?:ما|م) ?(?:قدرتش|قدراش|قدرش|قادرش|قادراش|نقدرش|يقدرش|تقدرش|قدرتيش|بقيتش قادر|بقيتش قادره) (?:ن|ي|ت|ا)?(?:تنفس|نتنفس|يتنفس|تتنفس|اتنفس))(?! ?(?:مزيان|كويس|منيح|مليح|زين|عدل|مليح))(?! (?:من|م) (?:ال)?(?:ضحك|الضحك|فرحه))(?![^.،,؟!]{0,20}(?:نيف|النيف|انف|الانف|مناخير|خشم|منخار|رواح|زكام|رشح))',
      'cannot breathe',
    ],
    // Not from laughing, not through a blocked nose, not 'not well' (review V21: 'ما كنتنفسش مزيان من النيف').
    [
      'و?(?:(?:ما|م|مو|مش) ?(?:ك|كا|عم |بي|بت|ب)?(?:ي|ت|ن)?تنفس(?:ش))(?! ?(?:مزيان|كويس|منيح|مليح|زين|عدل|مليح))(?! (?:من|م) (?:ال)?(?:ضحك|الضحك|فرحه))(?![^.،,؟!]{0,20}(?:نيف|النيف|انف|الانف|مناخير|خشم|منخار|رواح|زكام|رشح))',
      'is not breathing',
    ],
    ['و?(?:(?:ك|كا|عم |بي|بت|ب)?(?:ي|ت|ن|ا)?ختنق(?! (?:من|م|ب) )|مختنق(?:ه)?(?= (?:و|ما|مش|مو|وما|ومش)))', 'choking'],
    // A course of tablets told as the doctor's prescription, so the wording model reads a course, not an overdose.
    ['(?:ال)?(?:مضاد|مضادات) (?:ال)?(?:حيوي|حيويه)|(?:ال)?انتيبيوتيك', 'antibiotic'],
    [
      '(?:زي|زى|مثل|متل|حسب|كما) (?:ما )?(?:(?:قال|كتب|وصف) )?(?:ال)?(?:دكتور|دكتوره|طبيب|طبيبه|صيدلي|وصفه)(?: (?:قال|كتب|وصف))?',
      'as the doctor prescribed',
    ],
    ['(?:ل|لحد|لحتى|حتى) (?:اخر|نهايه) (?:ال)?(?:كورس|علاج|عبوه|علبه)', 'until the end of the course'],
    // A life ended told of someone else, with a time or a means ("سينهي حياته الليلة"); a button battery swallowed
    // (poison-centre advice: every swallowed button battery is seen now, it burns through the gullet in hours).
    [
      'و?(?:(?:س|ه|ح|ب|رح |راح |بده |بدها |ناوي |ناويه |عايز |عايزه )?(?:ي|ت)(?:نهي|خلص على|خلص من) (?:حياته|حياتها|عمره|عمرها))',
      'he says he will end his life tonight',
    ],
    [
      'و?(?:(?:بلع|بلعت|ابتلع|ابتلعت|اكل|اكلت|حط|حطت)(?: \\p{L}+)? (?:بطاريه|بطاريات|حجر|حجاره) (?:صغيره|ساعه|الساعه|الريموت|ريموت|زرار|دائريه|مدوره|ليثيوم|من الريموت|من الساعه|من لعبه))',
      'swallowed a button battery',
    ],
    ['(?:في|ب|كل) ?(?:ال)?(?:يوم|اليوم)(?![\\p{L}])|يوميا', 'a day'],
    // Shock after a birth or a bleed: hands cold, dizzy, fainting.
    ['و?(?:بعد (?:ال)?(?:ولاده|ولادتها|ولادتي|ما ولدت|ما خلفت|الولاده))', 'after giving birth'],
    [
      'و?(?:(?:بي|بت|كي|كت|عم ي|عم ت)?(?:دوخ|يدوخ|تدوخ)(?![\\p{L}])|(?:ب|بي|بت)?(?:يغمى|تغمى|يغما|تغما) (?:عليه|عليها))',
      'is dizzy and faint',
    ],
    // Danger in a psychosis: voices that tell him to harm, a blade in his hand.
    [
      'و?(?:(?:بي|بت|عم ي|عم ت|صار ي|صارت ت|ي|ت|كي|كت)?سمع (?:اصوات|صوت|اصواتا|حد|ناس)(?: \\p{L}+){0,2}? (?:بت|ت|بي|ي|عم ت|عم ي)?(?:قوله|قولها|قولوله|امره|امرها|امروه|طلب منه|طلب منها))',
      'hears voices telling him to',
    ],
    [
      'و?(?:(?:ماسك|ماسكه|شايل|شايله|حامل|حامله|بيلوح|بتلوح|بيهدد|بتهدد|رافع|رافعه)(?: \\p{L}+)? (?:ب|بال)?(?:ال)?(?:سكينه|سكين|سكاكين|ساطور|مطوه|خنجر|سيف)(?![^.،,؟!]{0,30}(?:بيقطع|بتقطع|يقطع|تقطع|بيقشر|بتقشر|يطبخ|تطبخ|بيطبخ|بتطبخ|المطبخ|للاكل|للطبخ)))',
      'threatening with a knife',
    ],
    // The eye: sight gone behind a curtain, a splinter or metal flown into it.
    // A black curtain is over the sight only where the sight is told in the message, never one hung in a room (V21).
    [
      `و?(?:(?:ستاره|ستار|غطا|غطاء|ضباب) (?:سودا|سوداء|سوده|اسود|سود))${toldAnywhere('(?:شايف|شايفه|اشوف|يشوف|تشوف|بشوف|نظري|نظره|نظرها|عيني|بعيني|عينه|عينها|الشوف)')}`,
      'a black curtain came down',
    ],
    [
      'و?(?:(?:شظيه|شظايا|براده|قطعه حديد|حته حديد|حديده|زجاج|قزاز|مسمار|سلك|مفك)(?: \\p{L}+){0,2} (?:(?:دخلت|دخل|جت|جات|طارت|طار|اتغرز|اتغرزت|انغرز|انغرزت) (?:في |ف|ب)?(?:ال)?(?:عين|عينه|عينها|عيني|عيونه|عيونها)|(?:في|ف|ب) ?(?:عينه|عينها|عيني|عيونه|عيونها)))',
      'a metal splinter flew into his eye',
    ],
    // Cauda equina told with the saddle area numb and the bladder stuck.
    [
      'و?(?:(?:ظهري|ظهره|ظهرها|ضهري|ضهره|ضهرها|وسطي|وسطه|وسطها|ظهر|ضهر) (?:بي|عم ي|ب|كي)?(?:وجعني|وجعه|وجعها|يوجعني|يوجعه|يوجعها|واجعني|واجعه|واجعها|يالمني|يالمه|ضرني|يضرني))',
      'back pain',
    ],
    [
      'و?(?:(?:مش|ما|مو|ما عم|ما عدت|ما عاد) ?(?:حاسس|حاسه|بحس|احس|حاس|حاسين|كنحس|حسيت) (?:ب)?(?:ال)?(?:منطقه|حته|مكان)?(?: اللي| الي)? ?(?:بين|ما بين) (?:رجليا|رجلي|رجليه|رجليها|الرجلين|فخادي|فخاده))',
      'numb between my legs',
    ],
    [
      'و?(?:(?:مش|ما|مو) ?(?:عارف|عارفه|قادر|قادره|بقدر|قدرت|نقدر) (?:ا|ن|ي|ت)?(?:عمل بيبي|عمل حمام|تبول|بول|بيل|طلع بول|عملها)|(?:ال)?(?:بول|بولي|بوله|بولها|الحمام) (?:محبوس|مسكر|وقف|مش نازل|ما بينزل|ما ينزل)|احتباس (?:في )?(?:ال)?بول)',
      'cannot pass urine',
    ],
    // Bleeding: a cut told in the spoken forms, the blood jumping out (unless it stopped after a minute of pressure).
    [
      'و?(?:ال)?دم (?:بي|عم ي|ي|كي)?(?:نط|فط|طرطش|فور|بخ|شرشر|تدفق)(?![\\p{L}])(?![^]*(?:وقف|وقفت|بطل|هدي) بعد)(?! (?:في|ف|ب) ?(?:ال)?(?:عروقي|عروقه|عروقها|عروق|راسي|راسه|دماغي)| (?:من|م) ?(?:ال)?(?:غيظ|عصبيه|غضب|زعل|قهر|نرفزه))',
      'the blood is spurting',
    ],
    ['و?(?:(?:ات|ان)?(?:عور|عورت|تعور|تعورت|انجرحت|انجرح|اتجرح|اتجرحت)(?![\\p{L}]))', 'cut'],
    // Colour: an infant who turns blue, told with the colour verb.
    [
      'و?(?:(?:(?:وشه|وشها|وجهه|وجهها|شفايفه|شفايفها|جسمه|جسمها)(?: (?:عم|بدا|صار|بقى))? (?:بي|بت|عم ي|ي|ت|ب)?(?:زرق|زرقو|ازرق|ازرقت|ازرقو|زرقا|مزرق|مزرقه|ينزرق|بينزرق|زراق)|(?:لونه|لونها|لونو)(?: (?:عم|بدا|صار|بقى))? (?:بي|بت|عم ي|ي|ت)(?:زرق|زرقو|نزرق)|(?:لونه|لونها|لونو) (?:ازرقت|ازرقو|صار ازرق|صار زرق|بقى ازرق|قلب ازرق))(?![\\p{L}]))',
      'turns blue',
    ],
    ['و?(?:(?:وقت|اثناء|خلال|لما) (?:ال)?(?:رضاعه|رضعه|رضاعته|رضاعتها|ي?رضع|ت?رضع))', 'while feeding'],
    // A stroke told in Darija: the mouth twisted, no longer talking; a clinician's note of a limb.
    [
      'و?(?:فمها|فمه|فمو|فمي|فم|بقه|بقها|تمه|تمها|وجهها|وجهه|وجهو)(?: (?:ت|ا|ات|ان))?(?:عوج|عوجت|عوّج|اعوج|مال|مالت|لوى|تلوى)(?![\\p{L}])',
      'face drooping',
    ],
    [
      'و?(?:(?:ما|م) ?(?:بقا|بقات|بقى|بقيت|بقاش|بقاتش|بقيتش)(?:ش)? (?:ك|كا)?(?:ت|ي|ن)(?:هضر|تكلم|هدر)|(?:ما|م) ?(?:ك|كا)(?:ت|ي|ن)(?:هضر|تكلم|هدر)ش)(?! (?:معايا|معي|معانا|معاه|معاها|مع))(?![^]*(?:تخاصم|تخاصمنا|تشاجر|تشاجرنا|تزاعل|زعلان|زعلانه|غضبان|مقاطع|مخاصم))',
      'cannot speak',
    ],
    [
      'و?(?:(?:ضعف|شلل|خدر|تنميل) (?:مفاجئ|مفاجى|فجائي|مفاجئه)? ?(?:في )?(?:ال)?(?:طرف|جانب|شق|ناحيه) (?:ال)?(?:ايمن|ايسر|يمين|يسار|شمال))',
      'sudden weakness of one side',
    ],
    ['و?(?:(?:عسر|صعوبه|ثقل) (?:في )?(?:ال)?(?:كلام|نطق|تكلم))', 'difficulty speaking'],
    ['و?(?:(?:مريض|مريضه)(?= (?:\\d+|عمره|عمرها|بعمر|ذكر|انثى)))', 'patient'],
    ['و?(?:(?:\\d+) (?:عاما|عام|سنه|سنوات))', '# years old'],
    // A seizure told in Darija: shaking ("كيترعد"), foam from the mouth. Not the tremble of a newborn's hands as he cries
    // ("إيديه بتترعش"), which NICE and every parent's leaflet call normal; nor the foam of toothpaste or soap (V21).
    ['و?(?:(?:ك|كا)(?:ي|ت)(?:ترعد|ترعش|تنفض|تبورش)|(?:بي|بت|ي|ت)ترعد)(?![\\p{L}])', 'shaking'],
    [
      '(?<!(?:معجون|سنان|اسنان|فرشا|فرشه|صابون|شامبو)[^]*)و?(?:(?:ال)?(?:رغوه|رغوة|زبد|ريالة|ريالة بيضا)(?: \\p{L}+)? (?:من|م|ف|في) ?(?:فمو|فمه|فمها|بقه|بقها|تمه|تمها|الفم))(?![^]*(?:معجون|سنان|اسنان|سنانه|فرشا|فرشه|صابون|شامبو))',
      'foaming at the mouth',
    ],
    // Cardiac pain in Darija: in the chest, squeezing, walking to the left arm, sweating.
    // Pain, not heartburn ('حريق') or the tightness of worry ('ضيقة … من الهموم'), which are no cardiac pain alone (V21).
    ['و?(?:(?:وجع|الم) (?:ف|فال|في ال|بال)صدر)', 'chest pain'],
    ['و?(?:(?:ك|كا)?(?:ي|ت)?(?:زير|عصر|ضغط)(?=[^.،,؟!]{0,20}(?:صدر|دراع|ذراع))|(?:كيزير|كيعصر|كيضغط))', 'squeezing'],
    [
      'و?(?:(?:ك|كا|بي|عم ي)?(?:يمشي|مشي|يضرب|ضرب|يوصل|وصل|نازل|ينزل) (?:ل|على |الى |حتى )(?:دراعي|ذراعي|يدي|ايدي|دراعه|ذراعه)(?: (?:ال)?(?:يسرى|يسري|يسار|شمال|ليسر)))',
      'spreading to the left arm',
    ],
    ['و?(?:(?:كن|كي|كت)عرق)', 'sweating'],
    // Session 38: blisters come up ("طلعت فقاقيع") after a scald, told without their size (V20).
    ['و?(?:طلعت|طلع|ظهرت|ظهر|عمل|عملت) (?:فقاعات|فقاقيع|نفاطات|بقابيق|بثور|فقاعة|نفاطة)', 'blisters'],
    // Issue 11 breadth: the parts a finding is told with in the standard language and the spoken ones (a body part,
    // what it does, how bad, since when), so a wording nobody listed is still read.
    [
      'و?(?:ما|مش|مو|لا) (?:عم )?(?:بقى |بقيت |عاد |عدت |صار |صرت )?(?:شايف|شايفة|يشوف|تشوف|اشوف|بيشوف|بتشوف|يرى|ترى|ارى|قادر يشوف|قادرة تشوف)',
      'cannot see',
    ],
    ['(?:ب|في |من )?(?:عين|العين) (?:واحدة|واحده)|بعين وحدة', 'in one eye'],
    ['(?:يشوف|تشوف|اشوف|بيشوف|بتشوف) (?:دبل|كل شي اثنين|الشي اثنين|كل حاجة اتنين)|زغللة', 'double vision'],
    [
      '(?:اسوا|اقوى|اشد|افظع) (?:صداع|الم|وجع) (?:في|ب|مر علي في) (?:حياتي|عمري|حياته|حياتها|عمره|عمرها)',
      'the worst headache of my life',
    ],
    ['صداع (?:مفاجئ|فجائي|فجاة|فجاه)|صداع (?:قوي|شديد|فظيع) (?:فجاة|فجاه)', 'sudden severe headache'],
    [
      '(?:من|منذ|صار له|صارلو|صارلها|صار لها|من حوالي|من اكثر من|منذ اكثر من) (?:اكثر من |حوالي |تقريبا )?(?:\\d+|[٠-٩]+|خمس|خمسة|ست|سبع|عشر|عشرة|ربع|نص|عشرين) (?:دقايق|دقائق|دقيقة|دقيقه)',
      'for 10 minutes',
    ],
    ['و?(?:ما|مش|لا|مو) (?:عم )?(?:وقفت|وقف|بتوقف|توقفت|خلصت|راضية توقف|راضي يوقف)', 'it will not stop'],
    // A cut told with what the writer was doing ("وانا اقطع البصل": while chopping onions) or as a mistake is an
    // accident in the kitchen, not self-harm.
    [
      '(?:جرحت|جرح|قطعت|شرحت|شطبت|جرّحت) (?:نفسي|نفسه|نفسها|حالي|حاله|حالها|روحي)(?=[^،,.]{0,30}(?:(?:وانا|و انا|وهو|وهي)(?! (?:زعلان|زعلانة|زعلانه|متضايق|متضايقة|مضايق|مضايقة|معصب|معصبة|مقهور|مقهورة|حزين|حزينة|مخنوق|مخنوقة|منهار|منهارة|مكتئب|مكتئبة|بعيط|ببكي|تعبان نفسيا|تعبانة نفسيا))|بالغلط|بالخطا|بدون قصد|من غير قصد|مش قصدي|مو قصدي|بالمطبخ|بالسكينة وانا))',
      'i cut myself by accident',
    ],
    ['(?:جرحت|جرح|قطعت|شرحت|شطبت|جرّحت) (?:نفسي|نفسه|نفسها|حالي|حاله|حالها|روحي)', 'i cut myself on purpose'],
    [
      'و?(?:نزلت|نزل|نزلو|نزلوا|سالت) (?:مني |منها )?(?:مية|مياه|ماء|ميه|مي|موية|مويه)|و?(?:انفجر|انفجرت|فقع|فقعت|نزل|نزلت|انفتح) (?:ماء الراس|مية الراس|كيس الماء|كيس المية|كيس المياه|الماء|المية|الموية)',
      'waters broke',
    ],
    ['(?:[٢][٠-٩]|[٣][٠-٦]|2[0-9]|3[0-6]) ?(?:اسبوع|اسابيع)', '30 weeks'],
    ['(?:الشهر|بالشهر|في الشهر) (?:الخامس|السادس|السابع|الثامن|5|6|7|8|٥|٦|٧|٨)', '30 weeks'],
    [
      'و?(?:ما|مش|لا|مو) (?:عم )?(?:حسيت|حاسة|حاسس|بحس|احس) (?:ب)?(?:حركة|حركته|حركتو|يتحرك|بيتحرك)',
      'did not feel the baby move',
    ],
    ['(?:حركة|حركات) (?:البيبي|الجنين|الطفل|البيبى) (?:قلت|خفت|اقل|قليلة|وقفت)', 'reduced baby movements'],
    // A reading in Latin digits keeps its number (session 43, T53: "الحرارة 41.1" was read as "fever 38 .1"); one in
    // Arabic-Indic digits, which the English number patterns do not read, as a fever.
    ['و?(?:حرارته|حرارتها|حرارة|الحرارة|سخونته|سخونتها|حرارتو) (?:3[89]|4[0-2])(?![\\d])', 'a temperature of #'],
    ['و?(?:حرارته|حرارتها|حرارة|الحرارة|سخونته|سخونتها|حرارتو) (?:[٣][٨-٩]|[٤][٠-٢])', 'fever 38'],
    // Collapse, dry skin and not knowing where one is, told of a worker in the sun (NHS 111 heat stroke), and a
    // second fit with no waking between (NICE status epilepticus), session 43 (T53).
    // Not a breakdown in tears or of the nerves (review V25, 11:32): "انهارت من البكاء" is grief, not a collapse.
    [
      '(?:انهار|انهارت|انهاروا)(?! (?:من |بال|ب)?(?:البكاء|بكاء|بكا|نفسيا|نفسي|اعصاب\\p{L}*|الحزن|حزن|الخبر|الضغط))',
      'collapsed',
    ],
    ['و?(?:ناشف|ناشفه|جاف|جافه)', 'and dry'],
    [
      'و?(?:ما|مش|مو) (?:يعرف|تعرف|يدري|تدري|عارف|عارفه) (?:وين|فين|فينه|وينه) (?:هو|هي|هوه|هيه|موجود|موجوده)(?=\\s*(?:$|[.,،؟!?;]|و))',
      'does not know where he is',
    ],
    [
      'و?(?:ما|مش|مو) ?(?:فاق|فاقش|فاقت|فاقتش|صحي|صحيش|صحى|صحيت) (?:بينهم|بين النوبات|بيناتهم|بينهما)',
      'did not wake up between them',
    ],
    [
      'و?(?:بعدين|وبعدها|بعدها) (?:جاته|جاتله|جاتها|جاتو|رجعت له|رجعتله|رجعتلها) (?:تاني|ثاني|مره تانيه|مره ثانيه)',
      'then it came again',
    ],
    ['و?(?:ما|مش|مو|لا) (?:عم )?(?:يرضع|ترضع|بيرضع|بترضع|رضع|رضعت|ياكل|تاكل|ماكل|بياكل|بتاكل)', 'not feeding'],
    ['حادث (?:سيارة|سير|مرور|موتوسيكل|دراجة|سياره)', 'car crash'],
    ['(?:دعسته|دعستها|صدمته|صدمتها|خبطته|خبطتها|ضربته|ضربتها) (?:سيارة|عربية|سياره)', 'hit by a car'],
    // Session 60 (T121): a pedestrian thrown by the car (NICE NG41 high-energy mechanism).
    [
      'و?(?:طار|طارت|انرمى|انرمت|انقذف|انقذفت) (?:(?:كم|عدة|\\d+) (?:متر|امتار|مترات)|في الهوا|في الهواء|بالهوا)',
      'thrown into the air',
    ],
    [
      '(?:الم|وجع) (?:شديد|قوي|فظيع) (?:جدا |كتير |كثير )?(?:في|ب) (?:ال)?(?:خصية|خصيتين|خصيه|بيضة|بيضه|خصيتي|خصيته)',
      'severe pain in the testicle',
    ],
    ['و?(?:نفسه|نفسها|تنفسه|تنفسها) (?:سريع|بسرعة|عميق|سريع وعميق|متسارع)', 'breathing fast'],
    ['(?:مريض|مريضة) (?:سكر|السكر|سكري|السكري)|(?:عنده|عندها) (?:سكر|السكر|سكري|السكري)', 'diabetic'],
    ['(?:نوع|النوع|تايب) (?:اول|الاول|1|واحد)', 'type 1'],
    [
      // Session 60 (T121): told with the joined "و" and with the smell after the breath (NICE NG18, DKA).
      'و?(?:(?:ريحة|رائحة) (?:نفسه|نفسها|فمه|فمها)|(?:نفسه|نفسها|فمه|فمها) (?:ريحته|ريحتها|ريحته زي|ريحتها زي)) (?:(?:زي|مثل|كانها|كأنها|فيه|فيها) )?(?:الاسيتون|اسيتون|المانيكير|مزيل المناكير|فواكه)',
      'breath smells of acetone',
    ],
    [
      '(?:رقبته|رقبتها|رقبتي|رقبة) (?:متخشبة|متخشب|متيبسة|متيبس|مشدودة|مشدود|متصلبة|متصلب|ناشفة|ناشف|ما تنثني|ما بتنثني)',
      'stiff neck',
    ],
    ['(?:اسهال|كحة|سعال|صداع|زكام|حرقة)(?: \\p{L}+)? من (?:يومين|ثلاث ايام|تلات ايام|اسبوع|كم يوم)', 'for two days'],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    [
      'و?(?:وجهه|وجها|وجهها|فمه|فمها|تمه|تمها|بقه|بقها|حنكه) (?:مايل|مايلة|معوج|معوجة|عوج|نازل|نازلة|مسحوب|مسحوبة)',
      'face drooping',
    ],
    [
      'و?(?:ما|مش|مو|لا) (?:عم )?(?:يقدر|تقدر|يقدرش|تقدرش|قادر|قادرة|يستطيع|تستطيع|بيقدر|بتقدر) (?:يتكلم|يحكي|يهدر|تتكلم|تحكي|تهدر|الكلام|يتحرك)',
      'cannot speak',
    ],
    // What burned in the pot, the pan or the oven is the food, not a person beside it (session 39, M36: 'سخنت الحليب
    // للبيبي واحترق في الطنجرة' read a baby's burn).
    [
      'و?(?:احترق|احترقت|انحرق|انحرقت|اتحرق|اتحرقت|تحرق|تحرقت|محروق|محروقه)(?: \\p{L}+)? (?:في |ف|بال|فال)(?:ال)?(?:طنجره|حله|فرن|قدر|طاسه|مقلاه|صينيه|توستر|تنور|كسروله)',
      'the food got overcooked',
    ],
    ['و?(?:ان|ا|ات)?(?:حرق|حرقت|احترق|احترقت|انكوى|انكوت)|حروق', 'burned'],
    [
      '(?:ب|في )?(?:المي|الماي|الماء|المية|الزيت|مي|ماء|زيت) ?(?:ال)?(?:مغلية|مغلي|المغلي|المغلية|سخنة|السخنة|حار|الحار|يغلي)',
      'with boiling water',
    ],
    ['و?كل (?:صدره|صدرها|ايده|ايدها|بطنه|بطنها|ظهره|ظهرها|جسمه|جسمها|وجهه|وجهها|رجله|رجلها)', 'the whole chest'],
    [
      '(?:قرصته|قرصتها|قرصتني|لسعته|لسعتها|لسعتني|لدغته|لدغتها|لدغتني) (?:نحلة|نحله|دبورة|دبور|زنبور|دبوره)',
      'stung by a bee',
    ],
    [
      'و?(?:وجه|شفايف|شفاف|لسان|حلق|رقبت)(?:ه|ها|ي) (?:عم |بدا |بدت |صار |صارت )?(?:ينفخ|ينتفخ|تنتفخ|يتورم|تتورم|وارم|وارمة|منفوخ|منفوخة|بينفخ|بتنفخ|بتنتفخ|تنفخ|يورم)',
      'face swelling',
    ],
    ['و?(?:حرارته|حرارتها|سخونته|سخونتها|الحرارة|الحراره) (?:عالية|عاليه|مرتفعة|مرتفعه|كتير|فوق|٤٠|٣٩)', 'high fever'],
    ['زي|مثل', 'like'],
    ['(?:و)?(?:الدم|دم) (?:عم )?(?:يطلع|بيطلع|ينزل|بينزل|يشخ|بيشخ|يسيل) (?:كتير|كثير|بقوة|جامد)', 'blood pouring out'],
    ['(?:و)?(?:ما|مش|لا) (?:عم )?(?:يوقف|بيوقف|يقف|بيقف|يتوقف)', 'it will not stop'],
    ['(?:مش|ما) (?:قادر|قادرة|قادرين) (?:ياخد|تاخد|اخد|ياخذ) (?:نفسه|نفسها|نفسي)', 'cannot breathe'],
    ['(?:ما|مش) (?:بتصحى|بيصحى|يصحى|تصحى|صاحي)(?: منيح| خالص)?', 'will not wake up'],
    ['(?:ما|مش) (?:رضعت|رضع|بترضع|بيرضع|عم ترضع)', 'not feeding'],
    ['(?:و)?(?:عيونه|عيونها|عينيه) (?:فوق|مقلوبة|لفوق)', 'eyes rolled up'],
    ['(?:دم|الدم) من (?:اذنه|اذنها|ودنه|ودنها|انفه|منخاره)', 'blood coming from his ear'],
    ['(?:ضرب|خبط) (?:راسه|راسها|دماغه)', 'hit his head'],
    ['(?:ما|مش) (?:قادرة|قادر) (?:تنزل|ينزل|تحني|يحني) (?:دقنها|دقنه|ذقنها|ذقنه|راسها|راسه)', 'stiff neck'],
    ['(?:و)?(?:النور|الضوء) (?:بيضايقها|بيضايقه|يضايقها|يضايقه|يزعجها|يزعجه)', 'light hurts her eyes'],
    ['(?:يخربط|بيخربط|تخربط|بتخربط|يهلوس|بيهلوس)(?: (?:بالكلام|في الكلام))?', 'confused and talking nonsense'],
    ['(?:و)?(?:جلده|جلدها) (?:حار|سخن) (?:و)?(?:ناشف|جاف)', 'hot dry skin'],
    ['(?:و)?(?:بطنه|بطنها) (?:منفوخة|منفوخ|وارمة|ناشفة)', 'belly swollen'],
    ['محشور(?:ة)?(?: جوه| جوا)?', 'trapped inside'],
    ['(?:اتقلبت|انقلبت|انقلبت السيارة)', 'car rolled over'],
    ['(?:قاعد|جالس) (?:عليه|على صدري)', 'pressing on it'],
    [
      '(?:و)?(?:بيروح|يروح|ينزل|نازل) (?:ل|على |الى )(?:دراعي|ذراعي|ايدي|دراعه) (?:الشمال|اليسار|اليسرى|اليسري)',
      'spreading to the left arm',
    ],
    ['(?:من )?نص ساعة', 'for 30 minutes'],
    ['ربع ساعة', '15 minutes'],
    ['(?:صدره|صدرها) (?:بيطلع وينزل|يطلع وينزل)(?: بسرعة)?', 'chest heaving fast'],
    [
      '(?:اريد ان |بدي |عايز |عايزة |ابغى )?(?:اموت|بموت|هموت|حموت|موت) (?:من|م) (?:الجوع|الخجل|الضحك|الخوف|الحر|البرد|التعب|الملل|الكسوف|الاحراج|الحرج|الفشلة|العيب)',
      'feel embarrassed',
    ],
    ['كل (?:ما|مرة)', 'every time'],
    ['(?:مش|مو|ما) (?:عرقان|عرقانة|بعرق|اعرق)|(?:ما|مش) في عرق', 'no sweating'],
    [
      '(?:ح|ه|ب|را?ح )?(?:اموت|بموت|هموت|حموت|ميت|ميتة|مت) (?:من|م) (?:الجوع|الخجل|الضحك|الخوف|الحر|البرد|التعب|الملل|الكسوف|الاحراج|الحرج|الفشلة|العيب)',
      'feel embarrassed',
    ],
    ['كيف (?:اعرف|بعرف|نعرف)|ازاي (?:اعرف|اعرف ان)', 'how do i know if'],
    ['احيانا|ساعات|بعض الاحيان', 'sometimes'],
    ['شوية|شوي|قليلا|بسيط', 'a little'],
    ['دايما|دائما|كل مرة', 'always'],
    ['السنة اللي فاتت|السنة الماضية|من سنين|من سنوات', 'years ago'],
    ['(?:ماذا|شو|ايش|ايه|وش) (?:افعل|اعمل|نعمل|نفعل|يجب ان افعل) (?:اذا|لو|عندما)', 'what do i do if'],
    ['(?:ما هي|ما هى|شو|ايش) (?:اعراض|علامات)', 'what are the symptoms of'],
    ['(?:هل (?:هذا|هذه) )?(?:طبيعي|عادي)[؟?]', 'is it normal ?'],
    ['منذ (?:نصف ساعة|ربع ساعة|\\d+ دقيقة|\\d+ دقائق|عشرين دقيقة|عشر دقائق)', 'for # minutes'],
    ['منذ (?:اسبوع|اسبوعين|\\d+ ايام|ايام|يومين)', 'for weeks'],
    ['منذ (?:شهر|شهرين|اشهر|عدة اشهر|\\d+ اشهر)', 'for months'],
    ['(?:العام|السنة) الماضي(?:ة)?', 'last year'],
    // Session 44 (review V26): the past told by "كان" before the imperfect ("كنت اتنفس بصعوبة": I was breathing with
    // difficulty), the week gone, and breathing back to normal after it: a past episode now resolved.
    ['(?:الاسبوع|الجمعه) (?:الماضي|اللي فات|اللي راح)', 'last week'],
    [
      'و?(?:رجع|رجعت|صار|صارت|صرت) (?:نفسي|نفسه|نفسها|تنفسي|تنفسه|تنفسها|اتنفس|يتنفس|تتنفس) (?:طبيعي|عادي|منيح|كويس|زين)(?: تماما| خالص)?',
      'my breathing went back to normal',
    ],
    ['عندما كان(?:ت)? طفل(?:ا|ة)?|في طفولت(?:ه|ها)|وهو صغير|وهي صغيرة', 'as a child'],
    ['فجا(?:ة|ه)', 'suddenly'],
    ['(?:عندما|لما|حين) (?:اسعل|اكح|يسعل|يكح)', 'when i cough'],
    ['(?:عندما|لما|حين) (?:اصعد|اطلع) (?:الدرج|السلم)', 'when i climb stairs'],
    ['(?:لا|ما|مش|مو) (?:يستطيع|تستطيع|يقدر|تقدر|قادر|قادرة) (?:ي|ت)?(?:التنفس|يتنفس|تتنفس)', 'cannot breathe'],
    ['(?:لا|ما|مش|مو) (?:استطيع|اقدر|قادر|قادرة) (?:التنفس|اتنفس)', 'i cannot breathe'],
    ['(?:صعوبة|ضيق) (?:في )?(?:ال)?تنفس|(?:ي|ت|ا|ن|بت|بي|ب)تنفس بصعوبة', 'difficulty breathing'],
    ['(?:لا|ما) (?:يتنفس|تتنفس)|توقف عن التنفس', 'is not breathing'],
    [
      '(?:و)?(?:شفتاه|شفتاها|شفتيه|شفتيها|شفايفه|شفايفها|الشفاه|شفاهه) (?:زرقاوان|زرقاء|زرق|ازرقت|لونها ازرق)',
      'blue lips',
    ],
    [
      '(?:تورم|انتفاخ) (?:في )?(?:الوجه|اللسان|الشفاه|الحلق)|(?:وجهه|لسانه|وجهها|لسانها) (?:متورم|منتفخ|وارم)',
      'swollen face and tongue',
    ],
    [
      '(?:الم|وجع|اوجاع) (?:شديد |قوي |جامد |فظيع |رهيب )?(?:في )?(?:نص |وسط )?(?:ال)?(?:صدري|صدره|صدرها|صدر)|صدري (?:يوجعني|يؤلمني)',
      'chest pain',
    ],
    ['(?:ضغط|ثقل) (?:على|في) (?:ال)?صدر', 'pressure in the chest'],
    ['(?:يمتد|ينتشر|ينزل) (?:الى|ل) (?:الذراع|اليد) اليسر(?:ى|ي)', 'spreading to the left arm and jaw'],
    ['(?:و)?عرق بارد', 'cold sweat'],
    ['(?:و)?(?:اعرق|يعرق|تعرق|يتعرق|تتعرق|عرقان)', 'sweating'],
    ['فاقد(?:ة)? (?:ال)?وعي|غائب(?:ة)? عن الوعي|مغم(?:ي|ى) علي(?:ه|ها)', 'unconscious'],
    ['و?(?:لم (?:ي|ت)فقد|ما (?:فقد|فقدت)) (?:ال)?وعي|و?ما (?:اغمي|انغمي) علي(?:ه|ها)', 'did not lose consciousness'],
    ['و?(?:فقد|فقدت) (?:ال)?وعي|اغمي علي(?:ه|ها)', 'lost consciousness'],
    [
      'و?(?:ما|لا|مش|مو) (?:عم )?(?:يصحي|يصحا|يفيق|يستيقظ|يرد|يستجيب|تصحي|تفيق|تستيقظ|ترد|تستجيب|بيصحي|بتصحي|بيرد|بترد)',
      'will not wake up and is not responding',
    ],
    // Session 44: "there was no" told with the verb of becoming or coming ("ما صار عنده ضيق نفس": he had no shortness of breath).
    [
      'و?(?:ما|مو|مش|لا) ?(?:صار|صارت|صارلو|جا|جاه|جاها|اجاه|اجاها|طلع|طلعت|كان|كانت)(?:ش)? (?:عندي|عنده|عندها|عندو|فيه|فيها|معه|معها)',
      'there was no',
    ],
    ['و?(?:ما|مو|مش|ليس) ?(?:عندي|عنده|عندها|عندو|فيه|فيني|في|لدي|لديه|لديها)|مافي|لا يوجد', 'there is no'],
    ['(?:النبض|نبضه|نبضها|نفسه|نفسها) (?:ما في|مافي|مو موجود|مش موجود|وقف)', 'no pulse and is not breathing'],
    [
      'و?ما(?= (?:\\p{L}+ )?(?:استفرغ|استفرغت|تقيا|تقيات|رجع|رجعت|صار|صارت|حس|حست|نزف|نزفت|وقع|وقعت|تعب|تعبت))',
      'did not',
    ],
    [
      '(?:اليوم|الحين|هلق|هلا|دلوقتي|الان)(?: \\p{L}+){0,2} (?:كويس|كويسة|منيح|منيحة|بخير|زين|زينة|احسن|تمام|طيب|طيبة)',
      'is fine now',
    ],
    ['و?(?:تحسن|تحسنت|راح|راحت|خف|خفت|زال|زالت)(?= (?:و|بعد|اليوم)|\\s*[,.]|$)', 'it has passed'],
    ['امبارح|امس|البارحة|مبارح', 'yesterday'],
    ['كان (?:عنده|عندها|معه|معها)', 'he had'],
    ['(?:لا|ما) (?:يستيقظ|تستيقظ|يصحى|تصحى|يصحو)', 'will not wake up'],
    ['(?:لا|ما) (?:يستجيب|تستجيب|يرد|ترد)', 'is not responding'],
    ['(?:و)?(?:فمه|فمها|الفم|وجهه|وجهها|تمه) (?:مائل|معوج|عوج|ملتوي)|تدلي (?:الوجه|الفم)', 'face drooping'],
    [
      '(?:لا|ما|مش) (?:يستطيع|تستطيع|يقدر|تقدر) (?:الكلام|يتكلم|تتكلم)|كلام(?:ه|ها) (?:ثقيل|غير مفهوم)',
      'cannot speak and slurred speech',
    ],
    ['(?:جلطة|سكتة) دماغية', 'stroke'],
    [
      '(?:عنده|عندها|لديه|لديها) (?:تشنجات|تشنج|نوبة صرع) (?:الان|هلا|هلق|دلوقتي)|(?:يتشنج|تتشنج|يرتجف كله)',
      'he is having a seizure',
    ],
    ['(?:اصيب|اصيبت) (?:ب)?(?:تشنج|نوبة صرع)', 'had a seizure'],
    ['تشنجات|تشنج|نوبة صرع|صرع', 'seizure'],
    ['(?:اخذ|اخذت|بلع|بلعت|شرب|شربت) (?:كل|علبة) (?:ال)?(?:حبوب|دواء|ادوية)', 'took all the pills'],
    ['(?:شرب|شربت) (?:كلور|كلوركس|سم|مبيد)', 'drank bleach'],
    // Session 58 (T109): a hydrocarbon drunk (TOXBASE: kerosene, petrol and thinner are aspirated into the lungs), and blood
    // that spurts ("الدم عم يشخ"), the Levant's and the Gulf's words for a jet.
    [
      'و?(?:شرب|شربت|بلع|بلعت)(?: شوي| شويه)? (?:من )?(?:ال)?(?:كاز|كيروسين|جاز|بنزين|تنر|ثنر|تينر|سولار|ديزل|مازوت)',
      'drank kerosene',
    ],
    [
      'و?(?:ال)?دم (?:عم |بي|قاعد |جالس )?(?:يشخ|بيشخ|يطرطش|يشر|بيشر|يتدفق|يشرشر|يطلع بقوه|بيطلع بقوه|نافور)',
      'blood spurting',
    ],
    ['(?:يتقيا|تتقيا|استفراغ|قيء|ترجيع) (?:دم|دما|دموي)', 'vomiting blood'],
    ['نزيف (?:شديد|حاد|قوي)|(?:ينزف|تنزف) (?:كثيرا|بشدة)', 'bleeding heavily and it will not stop'],
    ['نزيف|(?:ينزف|تنزف|انزف)', 'bleeding'],
    ['(?:تيبس|تصلب) (?:ال)?رقبة|رقبت(?:ه|ها) (?:متصلبة|متيبسة|ناشفة)', 'stiff neck'],
    ['(?:اريد|بدي|عايز|عايزة|ابغى) (?:ان )?(?:اموت|موت)', 'i want to die'],
    ['(?:ساقتل|راح اقتل|اقتل) نفسي|انتحار|انتحر', 'i want to kill myself'],
    ['حامل', 'pregnant'],
    ['(?:ليس|مو|مش|ما) (?:عنده|عندها|لديه|لديها|فيه) (?:حرارة|حمى|سخونة)', 'has no fever'],
    ['حرارة خفيفة|حمى خفيفة', 'mild fever'],
    ['حرارة|حمى|سخونة', 'fever'],
    ['سعال|كحة', 'cough'],
    ['(?:و)?ابني', 'my son'],
    ['(?:و)?(?:ابنتي|بنتي)', 'my daughter'],
    ['(?:و)?(?:طفلي|رضيعي|طفلتي)', 'my baby'],
    ['(?:و)?(?:امي|والدتي|ماما)', 'my mother'],
    ['(?:و)?(?:ابي|والدي|بابا|ابوي)', 'my father'],
    ['(?:و)?زوجي', 'my husband'],
    ['(?:و)?زوجتي', 'my wife'],
    ['(?:و)?(?:جدتي|تيتا)', 'my grandmother'],
    ['(?:و)?جدي', 'my grandfather'],
    ['عمر(?:ه|ها) (?:\\d+) (?:سنوات|سنين|سنة)', 'aged # years old'],
    ['عمر(?:ه|ها) (?:خمس|ست|سبع|ثلاث|اربع) (?:سنوات|سنين|سنة)', 'aged 5 years old'],
    ['(?:هل )?(?:يمكنني|ممكن) (?:اخذ|اخد|اتناول)', 'can i take'],
    ['الاسبوع العاشر|الاسبوع \\d+', 'week'],
    ['لكن(?:ها|ه)?', 'but'],
    ...ARABIC_SOMEONE_ASKED_ABOUT_AND_THE_SAME,
    ...ARABIC_FINDINGS.phrases,
    ...ARABIC_MODIFIERS,
    ...ARABIC_EVERYDAY.phrases,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...ARABIC_FUMES,
  ],
  words: {
    // Session 57 (T103): vomiting in the Gulf's and the Levant's verb ("صار يتقيأ", folded "يتقيا").
    يتقيا: 'vomiting',
    تتقيا: 'vomiting',
    يتقيء: 'vomiting',
    ...ARABIC_EVERYDAY.words,
    ...ARABIC_INTENT_AND_CRISIS.words,
    ...ARABIC_SELF_HARM_AND_POISONING.words,
    // Issue 11 breadth: words of a finding's parts, read one by one where no phrase held them.
    // Session 39: the parts of a burn, a bleed, shock and a clinician's note, in the words every dialect shares.
    ولدي: 'my son',
    وليدي: 'my son',
    طفل: 'child',
    الطفل: 'the child',
    ايده: 'his hand',
    ايدها: 'her hand',
    ايديه: 'his hands',
    ايديها: 'her hands',
    يده: 'his hand',
    يدها: 'her hand',
    صدر: 'chest',
    ذراعين: 'arms',
    الذراعين: 'arms',
    ذراعيه: 'his arms',
    يغطي: 'covering',
    تغطي: 'covering',
    سنتان: '2 years old',
    اسود: 'black',
    سودا: 'black',
    بارد: 'cold',
    بارده: 'cold',
    باردين: 'cold',
    تنزف: 'bleeding',
    حريق: 'fire',
    فخده: 'thigh',
    بطنه: 'his belly',
    رجله: 'his leg',
    رجلها: 'her leg',
    طفح: 'rash',
    مسدس: 'gun',
    محروقه: 'burned',
    بطنها: 'her belly',
    عليها: 'on her',
    جلد: 'skin',
    تحرق: 'burned',
    فخدها: 'thigh',
    فخذه: 'thigh',
    // The joined "و" read as "and" before a body part, so a burn over two sites is read as a large area.
    والذراعين: 'and arms',
    والايدين: 'and hands',
    وايديه: 'and his hands',
    وايديها: 'and her hands',
    والرجلين: 'and legs',
    ورجليه: 'and his legs',
    ورجليها: 'and her legs',
    والوجه: 'and the face',
    ووجهه: 'and his face',
    ووجهها: 'and her face',
    والبطن: 'and the belly',
    وبطنه: 'and his belly',
    وبطنها: 'and her belly',
    والصدر: 'and the chest',
    وصدره: 'and his chest',
    وصدرها: 'and her chest',
    صداع: 'headache',
    مفاجئ: 'sudden',
    مفاجئه: 'sudden',
    فظيع: 'terrible',
    فظيعه: 'terrible',
    اسوا: 'worst',
    حياتي: 'my life',
    رقبتها: 'neck',
    رقبتي: 'neck',
    متخشبه: 'stiff',
    متخشب: 'stiff',
    متيبسه: 'stiff',
    متيبس: 'stiff',
    عين: 'eye',
    عيني: 'my eye',
    عينه: 'his eye',
    عينها: 'her eye',
    عشر: 'ten',
    انتفخت: 'swollen',
    انتفخ: 'swollen',
    انتفخوا: 'swollen',
    ورمت: 'swollen',
    تورمت: 'swollen',
    تورم: 'swollen',
    منفوخه: 'swollen',
    شفايفي: 'lips',
    شفتيه: 'lips',
    لسانها: 'tongue',
    لساني: 'tongue',
    بلع: 'swallowed',
    بلعت: 'swallowed',
    ابتلع: 'swallowed',
    ابتلعت: 'swallowed',
    جدته: 'grandmother',
    جدتها: 'grandmother',
    الصغير: 'little',
    الصغيره: 'little',
    انسولين: 'insulin',
    جرعه: 'dose',
    مرتين: 'twice',
    غلط: 'by mistake',
    بالغلط: 'by mistake',
    بالخطا: 'by mistake',
    اخذت: 'took',
    اخذ: 'took',
    موس: 'razor',
    شفره: 'razor',
    اسبوع: 'weeks',
    بيبي: 'baby',
    البيبي: 'the baby',
    رضيع: 'baby',
    الرضيع: 'the baby',
    عمره: 'aged',
    عمرها: 'aged',
    شهرين: '2 months old',
    مرخي: 'floppy',
    مرخيه: 'floppy',
    رخو: 'floppy',
    حادث: 'crash',
    غرق: 'drowned',
    غرقت: 'drowned',
    غريق: 'drowned',
    مولود: 'newborn',
    المولود: 'the newborn',
    سخنه: 'feverish',
    سخن: 'feverish',
    شفايف: 'lips',
    المسبح: 'the pool',
    مسبح: 'pool',
    البحر: 'the sea',
    طلعناه: 'pulled out',
    طلعناها: 'pulled out',
    الخصيه: 'testicle',
    خصيه: 'testicle',
    خصيتي: 'testicle',
    جوزي: 'my husband',
    ابويا: 'my father',
    اختي: 'my sister',
    اخوي: 'my brother',
    اخويا: 'my brother',
    اخي: 'my brother',
    جاري: 'my neighbour',
    جارتي: 'my neighbour',
    جارنا: 'our neighbour',
    // A question about what to do if: the English rules and the wording model read "if" as a question, not a report.
    اذا: 'if',
    لو: 'if',
    خفيف: 'mild',
    خفيفه: 'mild',
    في: 'in',
    من: 'from',
    علي: 'on',
    وجع: 'pain',
    صدري: 'my chest',
    صدره: 'his chest',
    صدرها: 'her chest',
    عرقان: 'sweating',
    عرقانه: 'sweating',
    جامد: 'a lot',
    بسرعه: 'fast',
    شفايفه: 'lips',
    شفايفها: 'lips',
    زرقا: 'blue',
    زرقاء: 'blue',
    دم: 'blood',
    كتير: 'a lot',
    انجرح: 'cut',
    نعسانه: 'drowsy',
    نعسان: 'drowsy',
    خرخره: 'grunting',
    تشنجات: 'seizure',
    محموم: 'feverish',
    محمومه: 'feverish',
    يرجف: 'shaking',
    ترجف: 'shaking',
    طاح: 'fell',
    طاحت: 'fell',
    وقع: 'fell',
    وقعت: 'fell',
    يستفرغ: 'vomiting',
    // Session 60 (T121): the noun, as the verbs are read.
    استفراغ: 'vomiting',
    تستفرغ: 'vomiting',
    يرجع: 'vomiting',
    سخونيه: 'fever',
    سخونه: 'fever',
    عاليه: 'high',
    عالي: 'high',
    سكري: 'diabetic',
    سكر: 'sugar',
    راسها: 'her head',
    راسه: 'his head',
    بيوجعها: 'hurts',
    بيوجعه: 'hurts',
    حادثه: 'crash',
    بيصرخ: 'screaming',
    حار: 'hot',
    تتنفس: 'breathing',
    يتنفس: 'breathing',
    نفس: 'breath',
    شهور: 'months old',
    شهر: 'month old',
    سنتين: '2 years old',
    مغمي: 'unconscious',
    ساعه: 'hour',
    دقايق: 'minutes',
    حبوب: 'pills',
    حبه: 'pill',
    علبه: 'pack',
    كامله: 'whole',
    كلها: 'all',
    بنادول: 'panadol',
    دوخه: 'dizziness',
    دايخ: 'dizzy',
    دايخه: 'dizzy',
    ازرق: 'blue',
    رقبه: 'neck',
    رقبته: 'neck',
    حلق: 'throat',
    حلقي: 'my throat',
    يتورم: 'swelling',
    انتفاخ: 'swelling',
    كنت: 'i was',
    كنا: 'we were',
    كانت: 'she was',
    طبيعي: 'normal',
    ارتحت: 'i rested',
    وارم: 'swollen',
    لسانه: 'tongue',
    وشه: 'face',
    وجهه: 'face',
    نزيف: 'bleeding',
    ينزف: 'bleeding',
    لا: 'not',
    لم: 'did not',
    ولم: 'and did not',
    ولا: 'nor',
    مش: 'not',
    ليس: 'not',
    و: 'and',
    الان: 'now',
    فقط: 'only',
    عندي: 'i have',
    عنده: 'he has',
    عندها: 'she has',
    انا: 'i',
    هو: 'he',
    هي: 'she',
    تلعب: 'playing',
    يلعب: 'playing',
    باراسيتامول: 'paracetamol',
    الم: 'pain',
    شديد: 'severe',
    كثير: 'a lot',
    جدا: 'very',
    مستشفي: 'hospital',
    ساعدني: 'help',
    ساعدوني: 'help',
  },
};
