import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 61 (T128): a mouth or a face that turned suddenly, told in Korean with an adverb between the face and its verb
 * ("입이 갑자기 돌아가고": the mouth suddenly turned). BE-FAST: a face that changed suddenly is a stroke. Read here
 * before the lexicon's words, where "아가" in "돌아가" would be read as a baby; "돌아가시다" of a death keeps the honorific
 * and is left to the lexicon.
 */

export const KOREAN_FACE_TURNED_WITH_A_WORD_BETWEEN: LexiconPhrases = [
  [
    '(?:입|입술|얼굴)(?: ?한쪽)?(?:이|가)? ?(?:갑자기|갑작스럽게|순간|살짝|약간|좀|한쪽으로) ?(?:돌아가(?!시|셨)|처지|삐뚤)',
    'face drooping',
  ],
];
