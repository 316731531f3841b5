import { toldAnywhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T127): methanol poisoning told as it is lived where bootleg spirits are drunk (WHO methanol poisoning
 * fact sheet; Iran's health ministry warnings on "عرق دست‌ساز"): a homemade or counterfeit arak, then sight gone
 * blurred or dark, often hours later with a headache, vomiting and fast breathing. The spirit beside a sight that
 * blurs is read as "drank methanol"; a homemade spirit alone, or a sight blurred after a long screen, is not.
 */

const DRANK_METHANOL = 'drank methanol';

const BESIDE_A_BLURRED_SIGHT_LATIN = toldAnywhere(
  '(?:tar (?:mibine|mibinam|mibinan|mibinad|shode|shod)|tari did|(?:chesh|cheshm)\\p{L}* (?:tar|siyahi|siahi) (?:mire|raft)|(?:hich|hichi) (?:nemibine|nemibinam)|su nadare)',
);
const BESIDE_A_BLURRED_SIGHT = toldAnywhere(
  '(?:تار (?:می ?بینه|می ?بینم|می ?بیند|شده|شد)|تاری دید|چشم\\p{L}* (?:سیاهی|تار) (?:میره|رفت)|هیچی نمی ?بینه|سو نداره)',
);

export const ROMANISED_PERSIAN_HOMEMADE_SPIRIT: LexiconPhrases = [
  [
    `(?:(?:aragh|arag|araq|alkol|alcohol|vodka|vodca)\\p{L}* (?:\\p{L}+ )?(?:dast ?saz|khanegi|khonegi|taghalobi|taqalobi|tagalobi|ghachagh|qachaq|bi ?kefiat))${BESIDE_A_BLURRED_SIGHT_LATIN}`,
    DRANK_METHANOL,
  ],
];

export const PERSIAN_HOMEMADE_SPIRIT: LexiconPhrases = [
  [
    `(?:(?:عرق|الکل|ودکا) (?:\\p{L}+ )?(?:دست ?‌?ساز|خانگی|تقلبی|قاچاق|بی ?کیفیت))${BESIDE_A_BLURRED_SIGHT}`,
    DRANK_METHANOL,
  ],
];
