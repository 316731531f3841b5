import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/** Wanting to vanish out of embarrassment (a fall at a party, a blunder told beside it): an idiom, not a wish to die. */
const NOT_ASHAMED =
  '(?<!(?<![\\p{L}])(?:xau ho|ngai qua|qua ngai|que qua)[^.!?]{0,40})(?![^.!?]{0,40}(?<![\\p{L}])(?:xau ho|ngai qua|qua ngai|que qua))';

/** Vanishing for a while (a week at the beach, a few days' sleep, a holiday told beside it): a break, not a wish to die. */
const NOT_A_BREAK =
  '(?<!(?<![\\p{L}])(?:mot tuan|vai ngay|nghi phep|du lich|mot thoi gian)[^.!?]{0,40})(?![^.!?]{0,50}(?<![\\p{L}])(?:mot tuan|vai ngay|nghi phep|du lich|mot thoi gian))';

/** Where a wish's clause ends: "muốn biến mất khỏi cuộc họp" goes on with where, and is not read. */
const CLAUSE_ENDS = '(?= ?(?:[,.;!?]|$|va |nhung |vi |khong ai ))';

/**
 * Vietnamese, typed with or without its tone marks (NICE NG225; the Vietnamese poison centre's names, Bạch Mai: rat
 * poison, pesticide, a drain opener): a wish to vanish or never to wake, nobody missing one, life without meaning,
 * cutting one's own wrist ("tự rạch tay").
 */
export const VIETNAMESE_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // Session 54 (T87): a whole bottle or pack of a medicine drunk or swallowed by a child (NHS 111, NPIS: a child who may
    // have taken medicines), a syrup named as the chemist sells it ("siro"); not a course the doctor prescribed over days.
    [
      '(?<!(?:bac si|ke don|theo don|duoc ke)[^.!?]{0,30})(?:uong|nuot|an) (?:het|ca|nguyen|sach) (?:mot |ca )?(?:chai|lo|hop|vi|ve|tup)(?: thuoc)?(?= (?:siro|thuoc|vien|paracetamol|ha sot))(?![^.!?]{0,60}(?:ngay|tuan|thang|theo don|bac si|ke don|lieu trinh))',
      'drank the whole bottle of',
    ],
    ['siro(?: ho| ha sot| giam ho)?', 'syrup'],
    [
      `${NOT_ASHAMED}${NOT_A_BREAK}(?:muon|chi muon|that su muon|rat muon|ước|uoc gi) (?:duoc )?(?:bien mat|tan bien|bien khoi (?:the gioi|cuoc doi) nay)(?: mai mai| vinh vien)?${CLAUSE_ENDS}`,
      'wants to disappear forever',
    ],
    [
      'khong muon (?:thuc day|tinh day|tinh lai|thuc giac) nua|ngu (?:mot giac )?(?:luon )?(?:ma )?khong (?:bao gio )?(?:tinh|thuc) (?:day|lai) nua',
      'i do not want to wake up',
    ],
    [
      '(?:khong|chang|cha) (?:ai|co ai) (?:nho|nho den|buon|de y den) (?:toi|minh|em|no)(?: dau| ca)?',
      'nobody would miss me',
    ],
    ['(?:song|cuoc song|cuoc doi) (?:khong con|chang con|khong co) (?:y nghia|gi de song)', 'no reason to live'],
    ['tu (?:rach|cat|cua) (?:tay|co tay|chan|dui|canh tay)', 'she is cutting herself'],
    ['thuoc (?:diet|chet) chuot|ba chuot', 'rat poison'],
    ['nuoc thong (?:cong|bon cau|tac)|thuoc thong cong|xut an da', 'drain cleaner'],
    ['nuoc (?:lam mat|chong dong)', 'antifreeze'],
  ],
  words: {},
};
