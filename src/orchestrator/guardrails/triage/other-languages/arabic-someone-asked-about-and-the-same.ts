import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Three ways spoken Arabic tells what is not a report of a sign now, read as English tells them (folded: no hamza seats,
 * final "ة" as "ه"):
 * - a question about "someone" ("إذا حدا أغمي عليه": if someone faints; Egyptian "لو حد"; Moroccan "إلا طاح شي واحد",
 *   the verb before its subject): what to do in case, read as the English rules read "if someone";
 * - "نفس" before a definite noun is "the same" ("نفس المكان": the same place), not "breath"; before a person ("نفس
 *   الطفل": the child's breath) it stays breath;
 * - a pain brought on by pressing where it hurts ("بس لما أضغط عليه"): the chest wall's (NICE CKS chest pain).
 * Beside them, a pain's going somewhere ("نازل عإيدي الشمال": going down to my left arm, NICE CG95), the arm told with its
 * owner's ending and its side after it, and "ع" joined to it.
 */
const SOMEONE = '(?:حدا|حد|احد|واحد|شخص|حدن|شي حدا|شي حد|شي واحد)';

/** The persons whose breath "نفس" before a definite noun may be: the words for a child, a patient, a parent. */
const A_PERSON = '(?:طفل|ولد|بيبي|بنت|مريض|رضيع|صغير|عيل|ام|اب|ابو|جد|جده|مولود|بزر|ابن|بنت)';

/**
 * What "if anyone" opens when it is a plea for help, not a question about someone ("اذا حدا بيقدر يساعد، أبي وقع":
 * if anyone can help, my father fell; review V33): can, knows, has an idea, helps, tells me, is here. The sign after it is
 * someone else's, told as a report.
 */
const A_PLEA =
  '(?:بيقدر|يقدر|تقدر|قادر|بيعرف|يعرف|تعرف|عارف|عنده|عندو|عندها|في|فيه|بيساعد|يساعد|يساعدني|يفيد|بيفيد|يفيدني|يقول|يقولي|يقلي|يدلني|يرد|جرب|مر|مرت|شاف|عرف|فاهم|دكتور|طبيب|ممرض)';

export const ARABIC_SOMEONE_ASKED_ABOUT_AND_THE_SAME: ReadonlyArray<readonly [string, string]> = [
  [`(?:اذا|لو|ان|واذا|ولو) ${SOMEONE}(?! ${A_PLEA})`, 'if someone'],
  ['الا \\p{L}+ (?:شي واحد|شي حد|شي حدا)', 'if someone'],
  [`نفس(?= ال(?!${A_PERSON}(?![\\p{L}]))\\p{L})`, 'the same'],
  [
    '(?:نازل|نازله|رايح|رايحه|واصل|واصله|بيمتد|ممتد|يمتد|بينزل|ينزل|بيروح|يروح|طالع|بيطلع)(?= (?:ع|على|عل|ل|الى|لل|لعند)?(?:ال)?(?:ايد|يد|دراع|ذراع|زند|كتف|رقب|فك|دقن|ظهر))',
    'going to',
  ],
  [
    '(?:ع|على |عل|ل|لل|ب|بال)?(?:ال)?(?:ايد|يد|دراع|ذراع|زند)(?:ي|ه|ها|و|ك|نا)? (?:ال)?(?:شمال|يسار|ايسر|يسرى|شمال)',
    'left arm',
  ],
  ['(?:ع|على |عل|ل|لل|ب|بال)?(?:ال)?(?:ايد|يد|دراع|ذراع|زند)(?:ي|ه|ها|و|ك|نا)? (?:ال)?(?:يمين|يمنى|ايمن)', 'right arm'],
  ['(?:ب|في |ف|بال|في ال)(?:نص|وسط)(?! (?:ساعه|ساعات|يوم|دقيقه|كيلو|حبه|كاس|كوب))', 'in the middle of'],
  ['متل|متلا|متلها|متله', 'like'],
  [
    '(?:بس )?(?:لما|لمن|وقت ما|كل ما|كلما|عند ما|عندما|اول ما) (?:اضغط|بضغط|اكبس|بكبس|ادوس|بدوس|المس|بلمس|ضغطت|كبست|دست|لمست|نضغط|تضغط|بتضغط)(?: (?:على|عليه|عليها|ع|فوقه|فوقها|فوق))?',
    'only when i press on it',
  ],
];

/** Colleagues, work, school, a journey or a retirement told anywhere: a farewell to a place or a job, not to life. */
const LEAVING =
  '(?:زميل|زملا|زميلت|الشغل|شغلي|شغله|الشركه|المكتب|الدوام|الوظيفه|المدرسه|الجامعه|سفر|مسافر|مسافره|تقاعد|التقاعد)';
const NOT_AN_ORDINARY_LEAVING = toldNowhere(LEAVING);

/**
 * Another's farewell and wish not to live, told with the owner's ending Arabic joins to a noun or to "want" ("لأهلها":
 * to her family, "ما بدها تعيش": she does not want to live; NICE NG225). The first person's are read in `arabic.ts`;
 * wanting to live somewhere, like someone or with someone is no wish to die, and a letter without a farewell, or a farewell
 * to a colleague who leaves, is a letter.
 */
export const ARABIC_FAREWELL_AND_WISH_OF_ANOTHER: ReadonlyArray<readonly [string, string]> = [
  [
    'و?(?:كتبت|كتب|كتبتلهم|كتبلهم|تركت|ترك|سابت|ساب|سبت|خلت|خلى|خليت) (?:\\p{L}+ )?(?:رساله|جواب|ورقه|مكتوب) (?:وداع|الوداع|اخيره) (?:ل|الى |لل)?(?:اهل|عيل|عيلت|عائلت|ولاد|اولاد|ام|اب|ابو|جوز|زوج|مرات|زوجت|اخو|اخت)(?:ي|ه|ها|و|هم|نا|ك)',
    'wrote a goodbye letter to his family',
  ],
  // Session 54 (T87): a farewell letter told with no one named, beside a door locked on oneself or a phone not answered
  // (NICE NG225); one to colleagues, a school or before a journey is a letter, whatever is closed beside it.
  [
    `و?(?:كتبت|كتب|تركت|ترك|سابت|ساب|سبت|خلت|خلى|خليت|بعتت|بعت|بعثت|بعث|ارسلت|ارسل)(?:لي|لنا|لها|له|لهم|لو)? (?:\\p{L}+ )?(?:رساله|جواب|ورقه|مكتوب) (?:وداع|الوداع|اخيره)${toldAnywhere('(?:(?:ما|مش|م) ?(?:عاد|عادت|عم|بقى|بقت|بقا) ?(?:بي|بت|ي|ت)رد|قفلت على نفس|قفل على نفس|سكرت على نفس|سكر على نفس|مش بترد|مش بيرد|ما بترد|ما بيرد|ما ترد|ما يرد|مابترد|مابيرد|لا ترد|لا يرد|مقفول|مقفل|مسكر|اختفت|اختفى|مش لاقيين|مش لاقينه|مش لاقينها)')}${NOT_AN_ORDINARY_LEAVING}`,
    'wrote a goodbye letter and locked herself in',
  ],
  [
    '(?:ما|مش|مو|مب)(?: (?:عاد|عادت|بقى|بقت|بقا))? (?:بده|بدها|بدو|بدهم|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغى|تبغى|بغا|بغات|حابب|حابه) (?:ي|ت)عيش(?! (?:زي|مثل|متل|كده|هيك|في|ف|ب|مع|عند|هناك|هنا|بره|برا|لوحد|جنب|قريب|بعيد))',
    'does not want to live',
  ],
];
