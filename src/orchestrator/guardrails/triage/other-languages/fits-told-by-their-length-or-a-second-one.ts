import { toldAnywhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T128): a fit told by how long it has gone on or by a second one in a row, in the words a relative uses
 * (Spanish "tuvo una convulsión que ya lleva 10 minutos"; Portuguese "duas convulsões seguidas e não acordou"; Tagalog
 * "nanginginig at nanigas siya ng 10 minuto na"). NICE NG217: a convulsion past five minutes, or a second one without
 * recovery between, is status epilepticus. The length is read only right after a fit noun, the row only of fits, and
 * the Tagalog shaking-and-stiff only with a length in minutes, so a chill that shakes stays unread.
 */

export const SPANISH_FITS_TOLD_BY_THEIR_LENGTH: LexiconPhrases = [
  [
    '(?<=(?:convulsi|crisis|ataque|seizure)[^.;!?]{0,30})(?<![\\p{L}])(?:que )?(?:ya )?lleva(?:n)? (?:ya )?(?:mas de |como |unos )?\\d+ (?:minutos|min)',
    'has been going for # minutes',
  ],
];

export const PORTUGUESE_FITS_TOLD_BY_THEIR_LENGTH: LexiconPhrases = [
  [
    '(?:duas|2|tres|3) (?:convulsoes|crises convulsivas|crises) (?:seguidas|uma atras da outra|em seguida)',
    'two seizures in a row',
  ],
];

export const TAGALOG_FITS_TOLD_BY_THEIR_LENGTH: LexiconPhrases = [
  [
    `(?:nanginginig|nangingisay|kumikisay) (?:at|tapos) (?:nanigas|naninigas)|(?:nanigas|naninigas) (?:at|tapos) (?:nanginginig|nangingisay|kumikisay)${toldAnywhere('(?:\\d+|lima|sampung?) ?(?:minuto|mins?)')}`,
    'shaking and stiff',
  ],
];

/**
 * Session 62 (T133): French as a carer or a nurse writes it ("crise tonico-clonique depuis 7 min, pas de reprise de
 * conscience"): the fit named by its kind without a verb, and consciousness not regained, read as the English rules read
 * them (NICE NG217); consciousness regained is read as come round, so a faint that passed stays one.
 */
export const FRENCH_FITS_TOLD_BY_THEIR_KIND_AND_WAKING: LexiconPhrases = [
  ["crise (?:tonico-? ?cloniques?|generalisee|convulsive|comitiale|epileptique|d'? ?epilepsie)", 'seizure'],
  [
    "(?:pas de|sans|aucune) reprise de (?:conscience|connaissance)|(?:n'? ?a|na|a) (?:toujours )?pas repris (?:conscience|connaissance)|ne reprend (?:toujours )?pas (?:conscience|connaissance)",
    'not regaining consciousness',
  ],
  ['(?:puis |et |avant de |a )?(?:a |avoir )?repris (?:conscience|connaissance)', 'and came round'],
];
