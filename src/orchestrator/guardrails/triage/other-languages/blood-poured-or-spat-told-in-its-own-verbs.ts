import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T127): a bleed told by the verb the language pours or spits blood with, where the lexicons held only
 * another person or tense of it (NICE NG235; ENT UK: a bleed after a tonsillectomy, up to two weeks after it, is an
 * emergency, swallowed blood showing as dark vomit).
 * - Amharic: "ብዙ ደም ፈሰሳት" (a lot of blood poured from her), the verb carrying who bled; read as the lexicon's
 *   other persons are; blood given or drawn is not.
 * - Polish: spitting fresh blood ("pluje świeżą krwią") beside a throat operation, and a tonsillectomy told by its words ("po wycięciu
 *   migdałków"); a cough with a streak and a nosebleed are the lexicon's own findings, not this.
 */

/** Blood given or drawn (a donation, a test) is no bleed. */
const BLOOD_GIVEN_OR_DRAWN = toldNowhere('(?:ልገሳ|ለገስኩ|ለገሰ|ልለግስ|መለገስ|ምርመራ|ላብራቶሪ)');

export const AMHARIC_BLOOD_POURED: LexiconPhrases = [
  [
    `(?:(?:ብዙ|በጣም ብዙ|ከፍተኛ) ደም (?:ፈሰሳት|ፈሰሰው|ፈሰሰኝ|ፈሰሳቸው|ፈሰሰባት|ፈሰሰበት|ወጣት|ወጣው|ወጣኝ|ወጣባት|ወጣበት))${BLOOD_GIVEN_OR_DRAWN}`,
    'bleeding heavily',
  ],
];

/** Spitting blood is this bleed beside an operation on the throat; with a cold or a cough it is the lexicon's own. */
const BESIDE_A_THROAT_OPERATION = toldAnywhere('(?:migdal|tonsil|operacj|zabieg)');

export const POLISH_BLOOD_SPAT_AFTER_TONSILS: LexiconPhrases = [
  [
    `(?:(?:pluje|plul|plula|spluwa|spluwal|spluwala|wypluwa|wyplul|wyplula) (?:\\p{L}+ )?(?:krwia|krew|krwi|skrzepami|skrzepy))${BESIDE_A_THROAT_OPERATION}`,
    'spitting fresh blood',
  ],
  [
    '(?:po |od )?(?:wycieciu|usunieciu|operacji|zabiegu na|zabiegu|wycinaniu) (?:\\p{L}+ )?(?:migdal\\p{L}*)|tonsillektomi\\p{L}*|tonsilektomi\\p{L}*',
    'after tonsillectomy',
  ],
];
