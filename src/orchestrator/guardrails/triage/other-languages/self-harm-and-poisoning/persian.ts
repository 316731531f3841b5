import { toldAnywhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:خجالت|شرمنده|ضایع)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:خجالت|شرمنده|ضایع))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:هفته|چند روز|تعطیلات|مسافرت|سفر|دریا|مدتی)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:هفته|چند روز|تعطیلات|مسافرت|سفر|دریا|مدتی))';

/**
 * Persian, spoken and written, with Persian or Arabic yā and kāf alike (NICE NG225; the poisons Iranian poison centres
 * see most: "قرص برنج" (aluminium phosphide rice tablets, Iran's commonest lethal self-poisoning), "مرگ موش" (rat
 * poison), farm poisons, spirit of salt): a wish to vanish or never to wake, life without meaning; a whole pack of
 * pills swallowed (the verb comes last); voices heard that order a killing, days without sleep.
 */
export const PERSIAN_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // A count of tablets told swallowed at a time, with or without its unit (TOXBASE: take the count told), the English
    // rules weighing the count; not a count over days or a year ("20 in the last ten days", "the pill for 15 years").
    [
      '(?<![\\p{N}])[1-9]\\d+ ?(?:تا|عدد|دونه|دانه)? ?(?:قرص|کپسول)(?: [\\p{L}\\p{M}]+)? (?:رو |را )?(?:خوردم|خورد|خورده|بالا انداختم|بالا انداخت)',
      'took # pills',
    ],
    // The poison is told before its verb (the language puts the verb last): read together, in the English order.
    [
      '(?:قرص برنج|قرص گندم|مرگ ?موش|سم موش|سم کشاورزی|آفت ?کش|حشره ?کش|علف ?کش|جوهر نمک|لوله ?باز ?کن|ضد ?یخ|سفید ?کننده|وایتکس|سم)(?: \\p{L}+)? (?:رو |را )?(?:خورد|خورده|خوردم|خورده است|سر کشید|سر کشیده|نوشید|نوشیده)',
      'drank poison',
    ],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:می ?خوام|میخوام|دلم می ?خواد|دلم میخواد|می ?خواهم|می ?خواد|میخواد) (?:ناپدید|غیب|محو|نیست و نابود) (?:بشم|شوم|بشه|شود)|کاش (?:نبودم|وجود نداشتم|به دنیا نیومده بودم)`,
      'wants to disappear forever',
    ],
    [
      '(?:دیگه |دیگر )?(?:نمی ?خوام|نمیخوام|نمی ?خواهم) (?:دیگه |دیگر )?(?:بیدار|پا) (?:بشم|شوم)|کاش (?:دیگه )?بیدار نشم|بخوابم و (?:دیگه |دیگر )?بیدار نشم',
      'i do not want to wake up',
    ],
    [
      'هیچ ?کس (?:دلش )?(?:برام|برای من) تنگ نمی ?شه|هیچ ?کس (?:متوجه|ناراحت) (?:نمی ?شه|نبودنم نمی ?شه)',
      'nobody would miss me',
    ],
    [
      '(?:زندگی|زندگیم|زندگی من) (?:دیگه )?(?:معنی|معنا|ارزش) (?:نداره|ندارد)|دلیلی برای (?:زندگی|زنده موندن) (?:ندارم|نداره)',
      'no reason to live',
    ],
    [
      '(?:یک|یه|کل|همه) (?:بسته|ورق|جعبه|شیشه|قوطی)(?: کامل)? (?:قرص|دارو|قرص های|قرصای)(?: \\p{L}+)? (?:رو |را )?(?:خورد|خورده|خوردم|خورده است|بالا انداخت|بالا انداخته|بالا انداختم)',
      'swallowed a whole box of pills',
    ],
    [
      'قرص برنج|قرص گندم|فسفید (?:آلومینیوم|الومینیوم)|سم کشاورزی|سم (?:علف ?کش|آفت ?کش|حشره ?کش)|آفت ?کش|حشره ?کش|علف ?کش',
      'pesticide',
    ],
    ['مرگ ?موش|سم موش', 'rat poison'],
    ['جوهر نمک|لوله ?باز ?کن|سود سوزآور|اسید', 'drain cleaner'],
    ['ضد ?یخ', 'antifreeze'],
    [
      '(?:\\d+|دو|سه|چهار|پنج|شش|چند) (?:روزه|روز است|شبه|شب است|روز) (?:که )?(?:نخوابیده|نمی ?خوابه|نخوابیدم|خواب نداره|نخوابیده است)',
      'has not slept for # days',
    ],
    // A roof is where a summer night is slept and pigeons kept: read only beside a threat to jump, and the threat only
    // beside a height (a jump into a pool is play).
    [
      `(?:رفته |رفت )?(?:رو|روی|بالای|بالا) (?:پشت ?بوم|پشت ?بام|بوم|بام|پل|ساختمون|ساختمان)${toldAnywhere('(?:می ?پرم|می ?پره|بپرم|بپره|پرت)')}`,
      'climbed onto the roof',
    ],
    [
      `(?:میگه|می ?گوید|تهدید می ?کنه|تهدید می ?کند) (?:که )?(?:می ?پرم|می ?پره|خودمو پرت می ?کنم|خودشو پرت می ?کنه)${toldAnywhere('(?:پشت ?بوم|پشت ?بام|بوم|بام|پل|ساختمون|ساختمان|پنجره|بالکن|طبقه)')}`,
      'threatening to jump off',
    ],
    ['صدا(?:هایی|ها|یی)? (?:\\p{L}+ ){0,2}(?:میشنوه|می ?شنود|می ?شنوه|میشنوم|می ?شنوم)', 'hears voices'],
    [
      '(?:میگن|می ?گویند|می ?گن|بهش میگن|بهش دستور میدن|دستور می ?دهند) (?:\\p{L}+ )?(?:بکش|بکشه|بکشد|بکشم|خودتو بکش|بپر)',
      'telling him to kill',
    ],
  ],
  words: {},
};
