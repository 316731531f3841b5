import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:محرج|احراج|إحراج|كسفه|كسفة|فشله|فشلة|خجل|مكسوف|مكسوفه)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:محرج|احراج|إحراج|كسفه|كسفة|فشله|فشلة|خجل|مكسوف|مكسوفه))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:اسبوع|أسبوع|ايام|أيام|يومين|اجازه|إجازة|البحر|سفر|شويه|فتره)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:اسبوع|أسبوع|ايام|أيام|يومين|اجازه|إجازة|البحر|سفر|شويه|فتره))';

/**
 * Session 55 (T93): not wanting to wake up early, for work or school, or on a holiday or a weekend, told anywhere: a lie-in,
 * not a wish never to wake (review of "ما بدي أصحى بكرة بكير، عندي عطلة", a false alarm of main). Never beside "ever"
 * ("أبداً", "للأبد"), despair (tired of everything, of life) or a means (pills, medicine gathered) told anywhere: there work
 * or school is what one is tired of, and the wish is never to wake (review V37, NICE NG225).
 */
const NOT_EARLY_OR_A_DAY_OFF = `(?:${toldNowhere(
  'بكير|بدري|مبكر|عطله|عطلتي|اجازه|اجازتي|ويكند|الويك اند|الدوام|للدوام|الشغل|للشغل|المدرسه|للمدرسه|الجامعه|للجامعه',
)}|${toldAnywhere(
  '(?:ابدا|أبدا|إبدا|للابد|للأبد|كل شي|كل شيء|كلشي|الحياه|حياتي|الدنيا|عيشتي|حبوب|حبات|حبه|أدويه|ادويه|الدوا|دوا|علبه|أموت|اموت|الموت|انتحر|أنتحر|وداع)',
)})`;

/** Where a wish's clause ends: "بدي اختفي من هالاجتماع" (from this meeting) goes on with where, and is not read. */
const CLAUSE_ENDS = '(?=\\s?(?:[,.;!?،؛؟]|$|و|بس |لان |لأن |محدش |ما حدا ))';

/**
 * Arabic, Standard and spoken (Egyptian, Levantine, Gulf) (NICE NG225; the household and farm poisons Arab poison
 * centres see most: rat poison, aluminium phosphide grain tablets ("حبة الغلة", the commonest lethal self-poisoning in
 * Iraq, Jordan and Egypt), sulphuric acid sold as "ماء النار", caustic potash): a wish to vanish or never to wake, nobody
 * missing one, life without meaning; a whole pack of pills; voices that order a killing.
 */
export const ARABIC_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // Session 52 (T82): veins or wrists cut ("قطع شرايين إيده", "شرّطت عروقها"), told with the verb and the veins or wrist of
    // someone (owned, or of a hand), not a hand cut on glass, a wound on the wrist (the noun) or meat's sinew (review V34).
    [
      '(?:قطع|قطعت|بيقطع|بتقطع|جرحت|شرط|شرطت|يشرط|بيشرط|بتشرط) (?:(?:شرايين|شريان|عروق|اوردة|وريد|معصم|رسغ)(?:ه|ها|ي|و)|(?:ال)?(?:شرايين|عروق) (?:ايده|ايدها|ايدي|يده|يدها|يدي|ايديه|ايديها))(?![\\p{L}])',
      'cut his wrists',
    ],
    ['(?:رح |راح |ح|ه|هي|سوف |س|بدي |بده |بدها |عايز |عايزه |ناوي |ناويه )(?:ي|ت|ا|ن)نتحر', 'going to kill himself'],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:عايز|عايزه|عاوز|عاوزه|بدي|بدها|بده|اريد|أريد|اريد ان|نفسي|ودي|ابغى|ابي|يريد|تريد|تتمنى|اتمنى|اتمنى ان) (?:ا|ت|ي|ن)?(?:ختفي|اختفي|تختفي|يختفي|أختفي)(?: للابد| للأبد| من الدنيا| من الدنيا دي| من هالدنيا| من العالم)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      `${NOT_EARLY_OR_A_DAY_OFF}(?:مش عايز|مش عايزه|مش عاوز|مش عاوزه|ما بدي|مابدي|ما بده|ما بدو|ما بدها|مابده|مابدها|ما اريد|لا اريد|لا أريد|لا يريد|لا تريد|ما ابغى|ما ابي|ما يبي|ما تبي|ما يبغى|ما تبغى|اتمنى ما|اتمنى اني ما|نفسي انام وما|نفسي انام و ما) ?(?:ا|اني |ي|ت)?(?:صحى|اصحى|صحا|اصحا|اصحاش|قوم|اقوم|ستيقظ|استيقظ|أستيقظ|فيق|افيق)(?: تاني| بكره| بكرا| ابدا| أبدا| مره تانيه)?(?! ?(?:بكير|بدري|مبكر|بكير|الصبح بكير|على بكير|ع بكير))`,
      'i do not want to wake up',
    ],
    [
      '(?:محدش|ما حدا|ماحدا|محد|لا احد|لا أحد|مفيش حد) (?:هي|رح ي|ح ي|راح ي|سي|ي)?(?:فتقدني|فتقدنى|شتاقلي|شتاق لي|زعل علي|زعل عليا|حس بغيابي|لاحظ)',
      'nobody would miss me',
    ],
    [
      '(?:الحياه|الحياة|حياتي|العيشه|العيشة) (?:ما الها|مالها|ما لها|ملهاش|مالهاش|ليس لها|بلا|ما عاد الها|مابقالهاش) (?:اي |أي )?(?:معنى|طعم|لازمه|لازمة|قيمه|قيمة)|لا معنى (?:لحياتي|للحياه|للحياة)',
      'no reason to live',
    ],
    [
      '(?:(?:ال)?علبه (?:كامله|كلها|بحالها)|العلبه كلها|(?:ال)?شريط (?:كامل|كله|بحاله)|الشريط كله|(?:ال)?ظرف (?:كامل|كله)|(?:ال)?باكيت (?:كامل|كله))(?=(?: [\\p{L}\\p{M}]+){0,2} (?:من )?(?:ال)?(?:حبوب|حبات|حب|دوا|دواء|ادويه|أدوية|اقراص|أقراص|كبسولات|بنادول|منوم|مسكن|مسكنات|برسيتامول|باراسيتامول))',
      'a whole box of',
    ],
    ['(?:ال)?(?:حبوب|حبات|اقراص|أقراص) (?:ال)?(?:منومه|منومة|نوم|للنوم)|(?:ال)?منومات', 'sleeping pills'],
    ['سم (?:ال)?(?:فئران|فيران|فار|فأر|جرذان|جرذ)|مبيد (?:ال)?(?:فئران|قوارض)', 'rat poison'],
    [
      '(?:حبه|حبة|حبوب|قرص|اقراص) (?:ال)?(?:غله|غلة|قمح|حفظ الغله|حفظ الحبوب)|فوسفيد (?:ال)?(?:المنيوم|الالمنيوم|الألمنيوم)|مبيد (?:ال)?(?:حشري|حشرات|زراعي|اعشاب)|(?:ال)?مبيدات|سم زراعي|(?:ال)?مبيد',
      'pesticide',
    ],
    [
      '(?:ماء|ماية|مية|مياه) (?:ال)?نار|(?:ال)?بوتاس|(?:ال)?صودا الكاويه|(?:ال)?صودا الكاوية|حمض (?:ال)?(?:كبريتيك|هيدروكلوريك)|(?:ال)?تيزاب',
      'drain cleaner',
    ],
    ['مانع (?:ال)?(?:تجمد|تجميد)|انتيفريز|(?:ماء|مية|ميه) (?:ال)?(?:ردياتير|رادياتير)', 'antifreeze'],
    [
      '(?:تقوله|بتقوله|تقول له|تقوله ي|تأمره|بتأمره|تامره|بتامره|امرته|تطلب منه|بتطلب منه|تقولها|بتقولها) (?:ا|ي|ت|ان ي|إن ي)?(?:قتل|قتلنا|قتلني|قتلها|قتله|ذبح|موت|نتحر|نط|رمي نفسه)',
      'telling him to kill',
    ],
  ],
  words: {
    يقتل: 'kill',
    يقتلنا: 'kill',
    يذبح: 'kill',
    اغنيه: 'song',
  },
};
