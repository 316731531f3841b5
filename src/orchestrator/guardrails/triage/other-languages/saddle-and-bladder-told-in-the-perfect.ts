/**
 * Session 48 (T67): cauda equina (NICE CKS, sciatica: back pain with saddle numbness and urinary retention), told as
 * Spanish and Portuguese tell what could not be done today and what is not felt:
 * - the perfect and the preterite of "can" ("no he podido orinar", "não consegui fazer xixi"), which English reads as
 *   "have not been able to" / "could not", with the verb after it read by the lexicon's words;
 * - the saddle told by wiping ("no siento cuando me limpio", "não sinto nada quando me limpo"), never read as pain gone;
 * - numbness told "between the buttocks" rather than "in".
 */
export const SPANISH_SADDLE_AND_BLADDER: ReadonlyArray<readonly [string, string]> = [
  ['no (?:he|ha|hemos|han|habia|habiamos|habian) podido', 'have not been able to'],
  ['(?:no|ni) (?:pude|pudo|pudimos|pudieron)(?= (?:orinar|hacer pipi|mear|hacer del uno|hacer del bano))', 'could not'],
  [
    'no (?:siento|siente|sentia|sentimos|noto|nota) (?:nada |bien )?(?:cuando|al|mientras) (?:me |se )?limpi\\p{L}*',
    'cannot feel when i wipe',
  ],
  [
    '(?:adormecid|dormid|entumid|insensib)\\p{L}* (?:entre|en) (?:las |los )?(?:nalgas|gluteos|piernas)',
    'numb between the buttocks',
  ],
];

export const PORTUGUESE_SADDLE_AND_BLADDER: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:nao|nem) (?:consegui|conseguiu|conseguimos|conseguiram|pude|pode|puderam)(?= (?:fazer xixi|urinar|mijar|fazer chichi))',
    'could not',
  ],
  [
    '(?:nao|nem) (?:sinto|sente|sentia|sentimos) (?:nada |bem )?(?:quando|ao|enquanto) (?:me |se )?limp\\p{L}*',
    'cannot feel when i wipe',
  ],
  [
    '(?:dormente|dormentes|adormecid\\p{L}*|insensivel) (?:entre|nas) (?:as )?(?:nadegas|pernas)',
    'numb between the buttocks',
  ],
];
