/**
 * Session 63 (T139): the spoken Arabic of Egypt and the Levant, as people type a red flag in a hurry (NICE NG232 head
 * injury, NG143 a baby who stops breathing or turns blue, RCOG bleeding in pregnancy).
 */

/**
 * Egyptian and Levantine negation written around the habitual verb: "ما بيوقفش" (does not stop), "مبيردش" (does not
 * answer). Only the "ب" present: Darija's "ماقدراش" (I cannot) is read by its own phrases. The "ش" that closes it is read off, so the verb meets the lists as "ما بيوقف" does. A
 * word of one letter between ("ماتش": a match) is none.
 */
const NEGATION_AROUND_THE_VERB = /(?<![\p{L}\p{M}])(?:ما ?|م)(ب\p{L}{2,}?)ش(?![\p{L}\p{M}])/gu;

export function withNegationAroundTheVerbRead(folded: string): string {
  return folded.includes('ش') ? folded.replace(NEGATION_AROUND_THE_VERB, 'ما $1') : folded;
}

/**
 * The first person of the spoken present, "ب" joined to a verb of three letters ("بنزف": I am bleeding, "برجع": I am
 * vomiting), as the third person the words are listed in ("ينزف").
 */
export function spokenFirstPerson(stripped: string): string | null {
  return /^\p{L}{3}$/u.test(stripped) ? `ي${stripped}` : null;
}

/**
 * Breath that stops or catches ("نفسه بيقف", "نفسها بيتقطع"), told in the habitual present or the past: never the wish of
 * "نفسه يوقف" (he would like to stop), which takes the bare verb, nor breath stopped OF laughing or fright, the idiom of
 * degree. A chest clutched ("ماسك صدره") is the cardiac sign the English rules read. A head that bleeds or is split open after a blow is a
 * head injury, read with what followed it; someone who no longer knows his family ("مش عارفنا", "ما يعرفنا") is confused.
 */
export const ARABIC_SPOKEN_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    'و?(?:نفسه|نفسها|نفسو|النفس) (?:بيقف|بيوقف|بتوقف|وقف|وقفت|بيتقطع|بيتقطعش|بيروح|راح|انقطع|بينقطع|مقطوع)(?! (?:من|م) ?ال| (?:من|م) (?:كتر|كثر|شدة))',
    'stops breathing',
  ],
  [
    '(?:ماسك|ماسكه|ماسكين|مسك|مسكت|قابض على|قابضه على|حاطط ايده على|حاط ايده على|حاطه ايدها على) (?:صدره|صدرها|صدرو|قلبه|قلبها)',
    'clutching his chest',
  ],
  [
    'و?(?:راسه|راسها|راسو|راس) (?:بينزف|ينزف|بتنزف|تنزف|نازل منه دم|نازل منها دم|مفتوح|انفتح|انفلق|مفلوق|مفجوج|انفجت|اتفتح)',
    'head injury, his head is bleeding',
  ],
  [
    'و?(?:ما|مش|مو|مب) (?:بيعرفنا|يعرفنا|بتعرفنا|تعرفنا|عارفنا|عارفانا|عرفنا|عرفتنا|بيعرفني|يعرفني|عارفني|عارفاني|عرفني|عرفتني|يعرف حد|بيعرف حد|عارف حد)',
    'he is confused and does not recognise us',
  ],
];
