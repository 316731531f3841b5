import { toldAnywhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T128): a face gone crooked, a hand that drops what it held, and someone who only groans with the eyes
 * shut, told in everyday Vietnamese with the noun first ("mặt méo nhẹ", "tay trái cầm ly rơi", "gọi lay mãi chỉ ú ớ,
 * mắt không mở"), where the lexicon read only the verb first ("méo mặt"). AHA/ASA BE-FAST: a face or an arm that changed
 * suddenly is a stroke; Manchester Triage: responding only to pain, with groans, is unresponsive. A crooked face is read
 * only beside weakness, numbness, slurred words or a sudden onset, since "mặt méo xệch" is also a sulk; the hand only
 * where "rơi" ends the clause or falls "xuống", since "rồi" ("then") folds to the same letters; the groans and the shut
 * eyes only after a call or a shake. Folded, as the lexicons are.
 */

/** Weakness, numbness, palsy, slurred words or a sudden onset told anywhere in the message. */
const BESIDE_A_STROKE_SIGN = toldAnywhere('(?:yeu|te |liet|ngong|noi lap|noi kho|dot ngot|tu nhien)');

/** A call or a shake told anywhere in the message. */
const AFTER_A_CALL_OR_A_SHAKE = toldAnywhere('(?:goi|lay|keu)(?![\\p{L}])');

export const VIETNAMESE_FACE_HAND_AND_GROANS: LexiconPhrases = [
  [`(?:mat|mieng) (?:bi |hoi )?(?:meo|lech)(?![\\p{L}])${BESIDE_A_STROKE_SIGN}`, 'face drooping'],
  [
    `tay (?:trai|phai) (?:dang )?cam (?:\\p{L}+ ){1,2}roi(?= ?(?:[,.;!?]|$|xuong))`,
    'her hand suddenly dropped what it held',
  ],
  [
    `(?:chi|van chi|cu) (?:u o|u u|ren|ren ri|a u)(?![\\p{L}])${AFTER_A_CALL_OR_A_SHAKE}`,
    'only groans when we call and shake him',
  ],
  [`mat (?:khong|chang) (?:mo|mo ra)(?![\\p{L}])${AFTER_A_CALL_OR_A_SHAKE}`, 'does not open his eyes'],
];
