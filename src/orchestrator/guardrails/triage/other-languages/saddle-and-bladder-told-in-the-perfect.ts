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

/**
 * Session 50 (T75): the saddle told by wiping in German, with the verb of feeling before or after it ("spüre beim
 * Abwischen nichts", "beim Abputzen merkt er nix"), and passing water told as barely possible ("kann kaum pinkeln").
 */
const GERMAN_FEEL = '(?:spure|spur|spuere|spurt|merke|merk|merkt|fuhle|fuhl|fuhlt) (?:ich |er |sie |man )?';
const GERMAN_WIPING = '(?:beim|nach dem|wahrend dem) (?:abwischen|abputzen|sauberwischen|poabwischen)';
const GERMAN_NOTHING = '(?:nichts|nix|gar nichts|kaum (?:was|etwas|noch was))(?: mehr)?';

export const GERMAN_SADDLE_AND_BLADDER: ReadonlyArray<readonly [string, string]> = [
  [
    `${GERMAN_FEEL}${GERMAN_WIPING} ${GERMAN_NOTHING}|${GERMAN_WIPING} ${GERMAN_FEEL}${GERMAN_NOTHING}`,
    'cannot feel when i wipe',
  ],
  [
    '(?:kann|konnte|kann er|kann sie) kaum (?:noch )?(?:pinkeln|wasser lassen|urinieren)|(?:nicht|kaum) (?:mehr )?richtig (?:pinkeln|wasser lassen|urinieren)',
    'cannot pee',
  ],
  // Legs giving way (cord compression: a weakness come on), the verb before or after the legs.
  [
    '(?:das |die |mein |meine |sein |seine |ihr |ihre )?(?:\\p{L}+ )?(?:bein|beine) (?:knickt|knicken|knickte|knickten) (?:mir |ihm |ihr |uns )?(?:immer wieder |standig |einfach )?weg|(?:knickt|knicken|knickte|knickten) (?:mir |ihm |ihr )?(?:immer wieder |standig |einfach )?(?:das |die )?(?:\\p{L}+ )?(?:bein|beine) weg',
    'legs giving way',
  ],
];
