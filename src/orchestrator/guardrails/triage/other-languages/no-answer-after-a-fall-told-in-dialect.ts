import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 62 (T133): someone fallen or collapsed who does not answer or move when called (Manchester Triage:
 * unresponsive), told in the everyday verbs of the Arabic dialects and of Amharic that the lists lacked: Moroccan "ما
 * كيجاوبش، ما كيتحركش", Egyptian "مش بيرد", Levantine "ما عم يرد", Amharic "ብንጠራት አትመልስም". Read only beside a fall or a
 * collapse told in the message, and never beside a phone or messages: someone who does not answer a call or a text is
 * busy, not unresponsive. Folded, as the lexicons are.
 */

const NO_ANSWER = 'does not respond when called';

const AFTER_A_FALL = {
  arabic: toldAnywhere('(?:طاح|طاحت|وقع|وقعت|سقط|سقطت|انهار|انهارت|اغمي|اغمى|غمي|تغاشى|تغاشت|داخ|داخت|انطرح|انطرحت)'),
  amharic: toldAnywhere('(?:ወደቀ|ወድቆ|ወድቃ|ተዝለፈለፈ|ተዝለፍልፎ|ተዝለፍልፋ|ራሱን|ራሷን|ዘጭ)'),
} as const;

const NOT_A_PHONE = {
  arabic: toldNowhere(
    '(?:تليفون|تلفون|تيلفون|هاتف|موبايل|جوال|رسايل|رسائل|رساله|واتس|مكالم|اتصال|ماسنجر|التلفون|الفون|فون)',
  ),
  amharic: toldNowhere('(?:ስልክ|መልዕክት|መልእክት|ሜሴጅ|ቴሌግራም|ዋትስአፕ)'),
} as const;

export const ARABIC_NO_ANSWER_AFTER_A_FALL: LexiconPhrases = [
  [
    `و?(?:ما|مش|مو|ماهو|ماهي) ?(?:عم |قاعد |قاعده )?(?:كيجاوب|كتجاوب|بيجاوب|بتجاوب|يجاوب|تجاوب|كيرد|كترد|بيرد|بترد|كيهضر|كتهضر|بيتكلم|بتتكلم|كينطق|كتنطق|بينطق|بتنطق|كيتحرك|كتتحرك|بيتحرك|بتتحرك|يتحرك|تتحرك)ش?${AFTER_A_FALL.arabic}${NOT_A_PHONE.arabic}`,
    NO_ANSWER,
  ],
];

export const AMHARIC_NO_ANSWER_AFTER_A_FALL: LexiconPhrases = [
  [
    `(?:(?:ብንጠራ|ስንጠራ|ብጠራ|ስጠራ|ቢጠሩ|ሲጠሩ)\\p{L}* )?(?:አይመልስም|አትመልስም|አልመለሰም|አልመለሰችም|አይናገርም|አትናገርም|አይንቀሳቀስም|አትንቀሳቀስም)${AFTER_A_FALL.amharic}${NOT_A_PHONE.amharic}`,
    NO_ANSWER,
  ],
];
