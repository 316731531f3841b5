/**
 * Session 61 (T128): a face gone crooked with an arm that will not lift (BE-FAST), a chest pain told by its weight or
 * squeeze with sweat (Manchester Triage: cardiac pain), and someone fallen who does not answer when called (Manchester
 * Triage: unresponsive; read only beside a fall, and a face not when told as lifelong), in everyday words the thinner lexicons lacked: Nepali "छाती थिचेजस्तो दुख्छ, पसिना आइरहेको
 * छ" and "बोलाउँदा बोल्नु हुन्न"; Hebrew "הפה עקום והיד חלשה"; Japanese "胸を締め付けられるように痛い"; Roman Urdu
 * "munh tairha ho gaya, baazu nahi uthta"; Arabizi "fam-ha mayel w ma t2dar terfa3 ida". Each is the finding itself,
 * read as the English rules read it, so a past, hypothetical or denied telling keeps the modifiers the rules apply.
 */

import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/** A fall or a collapse told anywhere: no answer to a call is otherwise someone busy or asleep. */
const AFTER_A_FALL_NEPALI = toldAnywhere('(?:लड|ढल|बेहोस|गिर|झर)');

/** A face crooked since birth or for years is no sudden change. */
const NOT_LONG_STANDING_HEBREW = toldNowhere('(?:מלידה|מאז ומתמיד|כבר שנים|מזמן|משנים)');

export const NEPALI_FACE_CHEST_AND_NO_ANSWER: LexiconPhrases = [
  [
    'छाती(?: \\p{L}+)? (?:थिचे ?जस्तो|च्यापे ?जस्तो|निचोरे ?जस्तो|भारी भएर|भारी) (?:दुख्छ|दुखेको|दुखिरहेको|भएको|छ)',
    'chest pain like pressure',
  ],
  ['पसिना (?:आइरहेको|आउँदैछ|आयो|आएको|आइरहेछ|छुटेको|छुट्यो)', 'sweating'],
  [
    `बोलाउँदा (?:पनि )?(?:बोल्नु हुन्न|बोल्दैन|बोल्दैनन्|बोल्दिनन्|जवाफ दिनु हुन्न|जवाफ दिँदैन|जवाफ दिदैन|उठ्नु हुन्न|उठ्दैन)${AFTER_A_FALL_NEPALI}`,
    'does not respond when called',
  ],
];

export const HEBREW_FACE_CHEST_AND_NO_ANSWER: LexiconPhrases = [
  [
    `(?:ה|וה)?(?:פה|פנים)(?: של \\p{L}+)? (?:עקום|עקומה|עקומים|נפל|נפלו|צנח|צנחו|מעוות|מעוותים)${NOT_LONG_STANDING_HEBREW}`,
    'face drooping',
  ],
  ['(?:ה|וה)?(?:יד|זרוע)(?: \\p{L}+)? (?:חלשה|משותקת|נופלת|לא זזה)', 'arm weak'],
];

export const JAPANESE_FACE_CHEST_AND_NO_ANSWER: LexiconPhrases = [
  ['締め付けられる(?:ように|みたいに|感じ(?:で|が)?)|締め付け(?:感|られ)|圧迫感', 'crushing'],
];

export const ROMAN_HINDI_FACE_CHEST_AND_NO_ANSWER: LexiconPhrases = [
  [
    '(?:muh|munh|mooh|chehra)(?: \\S+){0,3} (?:tairha|tera|teda|tedha|terha|tairah|tehra)(?: ho (?:gaya|gya|gayi))?',
    'face drooping',
  ],
  [
    '(?:baazu|bazu|haath|hath|bazoo)(?: \\p{L}+)? (?:nahi|nahin|nai) (?:uthta|uthti|uth raha|uth rahi|uthaa pa)',
    'cannot lift the arm',
  ],
];

export const ARABIZI_FACE_CHEST_AND_NO_ANSWER: LexiconPhrases = [
  ['(?:fam|tom|tomm)(?:-?(?:ha|o|u|h|oh))? (?:mayel|mayla|m3awaj|m3awja|ma2loub|nazel|nazle)', 'face drooping'],
  [
    'ma (?:t2dar|y2dar|ti2dar|yi2dar|2adra|2ader) (?:terfa3|yerfa3|tirfa3|yirfa3) (?:ida|iydo|idha|iyda|ido|dra3ha|dra3o)',
    'cannot lift the arm',
  ],
];
