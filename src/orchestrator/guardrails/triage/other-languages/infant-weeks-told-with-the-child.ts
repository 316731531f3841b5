/**
 * Session 61 (T128): a young infant's age told in weeks as an adjective after the child, in Persian ("بچه ۶ هفته‌ای
 * ام": my six-week-old child; "نوزاد ۷ هفته ای"). NICE NG143: under 3 months with 38 °C or more is red. Read only right
 * after a word for the baby or the child, since "دو هفته‌ای هست که سرفه می‌کنم" tells how long a cough has lasted.
 * Folded, as the lexicons are (Persian digits to ASCII, "ی" to "ي").
 */

type Phrases = ReadonlyArray<readonly [string, string]>;

export const PERSIAN_INFANT_WEEKS_TOLD_WITH_THE_CHILD: Phrases = [
  [
    '(?<=(?:نوزاد|بچه|بچم|ني ني|نی نی|پسر|دختر)(?:م|ام|مون)? )(?:\\d+) هفته\\u200c? ?اي(?:\\u200c? ?(?:ام|اش|مون))?(?![\\p{L}])',
    '# weeks old',
  ],
];
