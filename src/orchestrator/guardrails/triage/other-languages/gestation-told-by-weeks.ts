/**
 * Session 46 (T59): a pregnancy told by its weeks alone ("estoy de 34 semanas", "tem 36 semanas", "sono alla 34a
 * settimana", "je suis à 35 semaines", "in der 34. Woche"), read as "34 weeks pregnant": the English rules read a
 * bleeding, a headache with flashing lights or a swollen face as pregnancy's only beside the word (NICE NG133
 * pre-eclampsia; RCOG antepartum haemorrhage). "To be at" so many weeks is said only of a pregnancy; "to have" so many
 * weeks is said of a baby's age and of a complaint's duration too, so it is read only from 20 to 42 weeks, never after a
 * baby, never before a complaint ("tengo 3 semanas con dolor") or a life ("de vida", "de nacido").
 */

/** Weeks of the second half of a pregnancy: a baby's age is told in months by then. */
const LATE_WEEKS = '(?:[23]\\d|4[0-2])';

/** A baby or a young animal told before in the clause: the weeks are its age. */
const NOT_AFTER_A_BABY =
  '(?<!(?:bebe|bebes|baby|nen[ea]|nenem|recien nacid\\p{L}*|recem nascid\\p{L}*|nourrisson|perr[oa]|perrit[oa]|gatit[oa]|cachorr[oa]|chiot|chaton)[^.,;!?]{0,40})';

/** A life or an age told after the weeks. */
const NOT_BEFORE_AN_AGE = '(?! (?:de (?:vida|nacid\\p{L}*|edad|idade)|con |com |de dolor|de dor|tosiendo|tossindo))';

export const SPANISH_GESTATION: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:estoy|esta|estaba|ando|anda) (?:de |en (?:la )?)?(?:semana )?\\d{1,2} (?:semanas|semanitas|sdg|sem)(?: de (?:embarazo|gestacion))?(?! de (?:vida|nacid))',
    '# weeks pregnant',
  ],
  [
    `${NOT_AFTER_A_BABY}(?:tengo|tiene|llevo|lleva|tenia|cumpli|cumple) (?:como |casi |unas )?${LATE_WEEKS} (?:semanas|semanitas)${NOT_BEFORE_AN_AGE}`,
    '# weeks pregnant',
  ],
  ['\\d{1,2} (?:semanas|semanitas) de (?:atraso|retraso)', '# weeks pregnant'],
];

export const PORTUGUESE_GESTATION: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:estou|esta|estava|to|ta|tou) (?:com|de|gravida de) (?:uns |umas |quase )?\\d{1,2} semanas(?: de (?:gravidez|gestacao))?(?! de (?:vida|nascid))',
    '# weeks pregnant',
  ],
  [
    `${NOT_AFTER_A_BABY}(?:tenho|tem|tinha|fiz|fez|completou) (?:uns |umas |quase )?${LATE_WEEKS} semanas${NOT_BEFORE_AN_AGE}`,
    '# weeks pregnant',
  ],
  ['\\d{1,2} semanas de atraso', '# weeks pregnant'],
];

export const ITALIAN_GESTATION: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:sono|e|era|ero) (?:alla|di|incinta di|nella|alla fine della) \\d{1,2}(?:a|esima|ma)? settiman\\p{L}*',
    '# weeks pregnant',
  ],
  ['\\d{1,2}(?:a|esima|ma)? settiman\\p{L}* di (?:gravidanza|gestazione)', '# weeks pregnant'],
];

export const FRENCH_GESTATION: ReadonlyArray<readonly [string, string]> = [
  [
    `${NOT_AFTER_A_BABY}(?:je suis|elle est|suis|est|on est) (?:a|enceinte de) (?:[4-9]|[1-3]\\d|4[0-2]) (?:semaines|sa|sem)(?! (?:de vie|d.age|de mon|de son))`,
    '# weeks pregnant',
  ],
  // Not the abbreviation "SA" alone: a forum's subject line ("contractions à 28 SA, normal ?") asks about what is usual.
  ['\\d{1,2} (?:semaines d.amenorrhee|semaines de grossesse)(?![\\p{L}])', '# weeks pregnant'],
];

export const GERMAN_GESTATION: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:(?:ich|sie) )?(?:bin|ist|sind) (?:jetzt |gerade )?(?:in der |in |der )\\d{1,2}\\.? (?:woche|ssw|schwangerschaftswoche)',
    '# weeks pregnant',
  ],
  ['\\d{1,2}\\.? (?:ssw|schwangerschaftswoche)', '# weeks pregnant'],
  // Session 63 (T140): the weeks told after the abbreviation, as a note or a chat heads a message ("SSW 36, ...").
  ['ssw \\d{1,2}(?![\\d\\p{L}])', '# weeks pregnant'],
];
