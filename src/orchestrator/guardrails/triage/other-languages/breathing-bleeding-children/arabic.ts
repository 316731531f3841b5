import type { FindingsReading } from './findings-reading.js';
import { toldAnywhere, toldNowhere } from '../language-lexicon.js';

/**
 * An older child told (two years or more, or one using the toilet alone): a nappy dry for hours is toilet training
 * then, not an infant's reduced urine output (review V36 at session 54's merge).
 */
const AN_OLDER_CHILD = '(?:سنتين|سنين|سنوات|لحاله|لحالها)';

/**
 * Arabic: the glass test of a rash told in parts (NICE NG143, meningococcal disease): spots that do not go away when
 * pressed with a glass ("ما تختفي لما أضغط عليها بكاسة"), or the test named and its result told after it.
 */
export const ARABIC_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    // Session 54 (T87): a baby's nappy dry, no urine passed, for hours told (NICE NG143 and WHO IMCI: reduced urine output
    // in an infant, a nappy or a baby told); a nappy dry just now, a child who does not wet the bed, or an older child's
    // morning without a wee, is not.
    [
      `(?:و?(?:الحفاض|الحفاظ|البامبرز|البمبرز|الحفايه|حفاضه|حفاضها) (?:ناشف|ناشفه|جاف|جافه|نشفان)|(?:ما|مش|مو) ?(?:عملش|عمل|بال|بالش|عملتش|بالت|بالتش) (?:حمام|بيبي|بي بي|تواليت|بول)?(?= ?(?:[,.;!?]|$|من|و)))${toldAnywhere('(?:من امبارح|من امس|من الامس|من الصبح|من (?:\\d+|ساعات|كام)|طول اليوم|طول النهار|يوم كامل)')}${toldAnywhere('(?:الحفاض|الحفاظ|البامبرز|البمبرز|حفاض|البيبي|بيبي|الرضيع|رضيع|المولود|مولود|نونو|شهور|اسابيع)')}${toldNowhere(AN_OLDER_CHILD)}`,
      'no wet nappy',
    ],
    [
      '(?:ما|لا|مش|مو|ما بت|ما عم) ?(?:تختفي|تروح|يختفي|يروح|بتروح|بيروح|بتختفي|تزول|يزول)[^.،!?]{0,12}?(?:لما|عندما|لمن|اذا|لو|حتى لما|حتى لو) (?:اضغط|ضغطت|نضغط|تضغط|ضغطنا|يضغط)[^.،!?]{0,12}?(?:كاس|كوب|كباي|الكاس|الكوب)\\p{L}*',
      'that do not fade when pressed with a glass',
    ],
    ['حبوب (?:حمرا|حمراء|حمر)|نقط (?:حمرا|حمراء|حمر)|بقع (?:حمرا|حمراء|حمر)', 'red spots'],
    // The glass test named and its result told after it ("عملت اختبار الكاسة وما راحت"): spots that did not fade.
    [
      '(?:اختبار|تجربة|تجربه|فحص) (?:ال)?(?:كاسة|كاسه|كاس|كوب|كباية|كبايه)[^.،!?]{0,24}?(?:و)?(?:ما|لا|مش|مو) ?(?:راحت|راح|اختفت|اختفى|زالت|زال|بتروح|تروح|تختفي|بتختفي)',
      'did the glass test and the spots did not fade',
    ],
  ],
  words: {},
};
