import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 61 (T128): a young infant's age told right after the child, in Persian weeks as an adjective ("بچه ۶ هفته‌ای
 * ام": my six-week-old child; "نوزاد ۷ هفته ای"). NICE NG143: under 3 months with 38 °C or more is red. Read only right
 * after a word for the baby or the child, since "دو هفته‌ای هست که سرفه می‌کنم" tells how long a cough has lasted; so in
 * Thai ("ลูก 2 เดือน", "ทารก 3 สัปดาห์"; "ไอมา 2 เดือน" is a cough of two months) and in Bengali weeks ("বয়স ৬ সপ্তাহ",
 * "৬ সপ্তাহের বাচ্চা"). Folded, as the lexicons are (the scripts' digits to ASCII, "ی" to "ي").
 */

export const PERSIAN_INFANT_WEEKS_TOLD_WITH_THE_CHILD: LexiconPhrases = [
  [
    '(?<=(?:نوزاد|بچه|بچم|ني ني|نی نی|پسر|دختر)(?:م|ام|مون)? )(?:\\d+) هفته\\u200c? ?اي(?:\\u200c? ?(?:ام|اش|مون))?(?![\\p{L}])',
    '# weeks old',
  ],
];

export const THAI_INFANT_WEEKS_TOLD_WITH_THE_CHILD: LexiconPhrases = [
  ['(?<=(?:ลูก|เด็ก|ทารก|หลาน)(?:สาว|ชาย|น้อย)?(?:ของ(?:ฉัน|ผม|หนู))? ?)\\d+ ?เดือน', '# months old'],
  ['(?<=(?:ลูก|เด็ก|ทารก|หลาน)(?:สาว|ชาย|น้อย)?(?:ของ(?:ฉัน|ผม|หนู))? ?(?:อายุ ?)?)\\d+ ?(?:สัปดาห์|อาทิตย์)', '# weeks old'],
];

export const BENGALI_INFANT_WEEKS_TOLD_WITH_THE_CHILD: LexiconPhrases = [
  ['(?<=বয়স )\\d+ সপ্তাহ(?:ের)?|\\d+ সপ্তাহের(?= (?:বাচ্চা|শিশু|ছেলে|মেয়ে|বাবু|নবজাতক))', '# weeks old'],
];
