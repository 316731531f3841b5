import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 62 (T133): meningism told by its parts in Korean and in Malay (NICE NG240: a rash that does not blanch under
 * pressure or a glass; a neck that will not bend forward):
 * - spots or a rash, then pressed (with a cup or not) and still there: "컵으로 눌러도 안 없어져요", "유리잔으로 누르면 색이
 *   안 빠져요", "bintik ungu yang tak hilang bila tekan", "ruam x pudar kalau tekan guna gelas"; a spot pressed and gone,
 *   and a pain that stays when pressed, are not;
 * - the neck or the nape that cannot bend forward: "고개를 못 숙여요", "목을 앞으로 숙일 수 없어요", "tengkuk sakit tak boleh
 *   tunduk", "leher keras x boleh menunduk". Read as a stiff neck, which the rules weigh with a fever, so a neck cricked in
 *   sleep stays what it was.
 * Folded, as the lexicons are.
 */

const DOES_NOT_FADE = 'a rash that does not fade under a glass';
const STIFF_NECK = 'stiff neck';

/** Spots, dots or a rash told before in the sentence: a pain or a lump that stays when pressed is no glass test. */
const AFTER_KOREAN_SPOTS = '(?<=(?:점|반점|발진|붉은|빨간|보라|자주|자반|멍울 같은)[^.;!?]{0,60})';
const AFTER_MALAY_SPOTS = '(?<=(?:bintik|tompok|ruam|bercak|titik|spot)\\p{L}*[^.;!?]{0,80})';

/** Malay's "not" as it is typed, chat spellings with it ("x", "tk", "tak"). */
const MALAY_NOT = '(?:tak|tidak|tk|tdk|x|xde|gak|ga)';

export const KOREAN_GLASS_TEST_AND_NECK: LexiconPhrases = [
  [
    `${AFTER_KOREAN_SPOTS}(?:(?:유리컵|유리잔|컵|잔|투명한 컵)(?:으로|로) ?)?(?:눌러도|누르면|눌렀는데|눌러봐도|눌러 봐도|눌렀더니)(?: 색(?:이|은)?| 자국(?:이|은)?)? ?(?:안 ?(?:없어|사라|빠|옅어|하얘|지워)|(?:없어지|사라지|빠지|옅어지)지 ?않)\\p{L}*`,
    DOES_NOT_FADE,
  ],
  [
    '(?:목|고개)(?:을|를|이|가|는)? ?(?:앞으로 |아래로 )?(?:못 ?숙|숙이지 못|숙일 수 없|안 ?숙여지|숙여지지 않)\\p{L}*',
    STIFF_NECK,
  ],
];

export const MALAY_GLASS_TEST_AND_NECK: LexiconPhrases = [
  [
    `${AFTER_MALAY_SPOTS}(?:yang |yg )?${MALAY_NOT} (?:hilang|pudar|lenyap|pucat)(?: \\p{L}+){0,2} (?:bila|bile|kalau|kalo|klu|kalu|apabila|jika|masa|bila di|walaupun) ?(?:di)?tekan(?: (?:dengan|guna|pakai|pake) (?:gelas|cawan))?`,
    DOES_NOT_FADE,
  ],
  [
    `(?:tengkuk|leher)(?:nya|ku)?(?: (?:sakit|keras|kaku|tegang|sengal))?(?: (?:dan|n|,))? ${MALAY_NOT} (?:boleh|bisa|dapat|larat|mampu) (?:tunduk|menunduk|nunduk|ditunduk|tunduk ke bawah|ditekuk|bengkok)`,
    STIFF_NECK,
  ],
];
