import { toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 62 (T133): a stroke told by what changed (BE-FAST: face, arm, speech), in the everyday words of Cantonese and
 * of Egyptian and Levantine Arabic that the lists lacked:
 * - Cantonese: a mouth or face gone crooked ("口歪咗", "半邊面跌咗"), a cup or chopsticks that cannot be lifted or held
 *   ("拎唔起杯茶", "揸唔實對筷子"), speech gone mumbled ("講嘢含含糊糊", "口齒唔清"); never beside drink, a dentist or
 *   an anaesthetic, which do the same and pass;
 * - Arabic: one side's leg that no longer carries ("رجله الشمال مش شايلاه") and one side's arm fallen or limp ("ايده الشمال
 *   واقعة"): told with its side, so legs that will not carry after a long walk stay tiredness.
 * Folded, as the lexicons are; read anywhere in Chinese, which writes no spaces.
 */

/** Drink, a dentist's injection or an anaesthetic: a crooked mouth and mumbled speech that pass with them. */
const NOT_DRINK_OR_A_DENTIST = toldNowhere(
  '(?:飲醉|饮醉|醉咗|醉左|飲大咗|饮大咗|飲多咗|饮多咗|喝醉|補牙|补牙|剝牙|拔牙|脫牙|牙醫|牙医|麻醉|打咗麻|打左麻|扮|玩嘢|影相)',
);

export const CANTONESE_FACE_LIMB_AND_SPEECH: LexiconPhrases = [
  [
    `(?:口|嘴|塊面|块面|半邊面|半边面|面)(?:都)?(?:歪(?:咗|左|晒|埋一邊|埋一边)|(?:跌|垂|塌)(?:咗|左|晒))${NOT_DRINK_OR_A_DENTIST}`,
    'face drooping',
  ],
  [
    `(?:拎|攞|揸|舉|举|擎)唔(?:起|實|实|住|穩|稳)(?:個|个|隻|只|杯|碗|對|对|支|啲)?(?:杯|碗|筷|匙|羹|茶|水|手機|手机|筆|笔|嘢)${NOT_DRINK_OR_A_DENTIST}`,
    'cannot lift the arm',
  ],
  [
    `(?:(?:講嘢|讲嘢|講話|讲话|把聲|把声)(?:都|又)?(?:含含糊糊|含糊|唔清楚|唔清|黐脷|漏風|漏风)|口齒唔清|口齿唔清|黐晒脷)${NOT_DRINK_OR_A_DENTIST}`,
    'slurred speech',
  ],
];

const SIDE = '(?:اليمين|الشمال|اليمني|اليسري|اليسار|اليمنى|اليسرى)';

export const ARABIC_ONE_SIDED_LIMB: LexiconPhrases = [
  [
    `و?(?:رجله|رجلها|رجلي|رجليه) ${SIDE} (?:مش|ما|مو|مابقتش|ما عادت) ?(?:شايلا|شايلاه|شايلاها|شايلاني|شايلته|شايلتها|شايله|شايلاني|حاملاه|حاملته|حاملتها|حامله)`,
    'his left leg is weak',
  ],
  [
    `و?(?:ايده|ايدها|ايدي|يده|يدها|دراعه|دراعها|ذراعه|ذراعها) ${SIDE} (?:واقعه|واقع|نازله|نازل|مرخيه|مرخي|سايبه|سايب|ميته|ميت|مش بتترفع|ما بتترفع|مش شايلها|مش قادر يرفعها|مش قادره ترفعها)`,
    'his left arm weak',
  ],
];
