/**
 * Session 62 (T134): a baby's routine jabs told the language's way, by the visit ("las vacunas de los 2 meses", "ses
 * vaccins de 2 mois", "as vacinas dos 2 meses") or by MenB ("la de la meningitis B", "le méningocoque B"), which the
 * lexicons left unread, so the English rules heard a fever under 3 months with no jabs told
 * (`../signals/infant-vaccine-fever-signals.ts`). NHS guidance on the 8 and 16 week vaccines expects a fever in the
 * two days after them (MenB most of all); the visit at 2 months is the 8-week one, at 4 months the 16-week one. Read as
 * the English "8 week jabs" and "MenB", a fever after them is held back only as in English: a baby under 8 weeks, a
 * fever for days or any other red flag keeps the emergency.
 */

/** The day told before the jabs, as the English "today was given" the rule reads ("le han puesto hoy las vacunas"). */
export const SPANISH_INFANT_JABS: ReadonlyArray<readonly [string, string]> = [
  ['(?:le |les )?(?:han puesto|pusieron|aplicaron|tocaron|pusimos) hoy', 'today was given'],
  ['(?:le |les )?(?:han puesto|pusieron|aplicaron|tocaron|pusimos) ayer', 'yesterday was given'],
  ['(?:las |sus )?vacunas? (?:de (?:los )?)?(?:2|dos) meses', 'the 8 week jabs'],
  ['(?:las |sus )?vacunas? (?:de (?:los )?)?(?:4|cuatro) meses', 'the 16 week jabs'],
  [
    '(?:las |sus )?vacunas?(?: (?:con|y|incluida|incluyendo))? (?:la )?(?:de la |del |contra la )?(?:meningitis b|meningococo b|bexsero)',
    'the men b jabs',
  ],
  ['(?:la )?(?:vacuna )?(?:de la |del |contra la )?(?:meningitis b|meningococo b|bexsero)', 'men b'],
];

export const FRENCH_INFANT_JABS: ReadonlyArray<readonly [string, string]> = [
  ['(?:a eu|a recu|a fait) (?:ses|les) vaccins (?:de|des) (?:2|deux) mois', 'had his 8 week jabs'],
  ['(?:a eu|a recu|a fait) (?:ses|les) vaccins (?:de|des) (?:4|quatre) mois', 'had his 16 week jabs'],
  ['(?:ses |les )?vaccins (?:de|des) (?:2|deux) mois', 'his 8 week jabs'],
  ['(?:ses |les )?vaccins (?:de|des) (?:4|quatre) mois', 'his 16 week jabs'],
  ['(?:le |la )?(?:vaccin )?(?:contre le |contre la |du |de la )?(?:meningocoque b|meningite b|bexsero)', 'men b'],
];

export const PORTUGUESE_INFANT_JABS: ReadonlyArray<readonly [string, string]> = [
  ['(?:tomou|levou|recebeu) (?:as )?vacinas (?:de|dos) (?:2|dois) meses', 'had his 8 week jabs'],
  ['(?:tomou|levou|recebeu) (?:as )?vacinas (?:de|dos) (?:4|quatro) meses', 'had his 16 week jabs'],
  ['(?:as )?vacinas (?:de|dos) (?:2|dois) meses', 'the 8 week jabs'],
  ['(?:as )?vacinas (?:de|dos) (?:4|quatro) meses', 'the 16 week jabs'],
  ['(?:a )?(?:vacina )?(?:da |contra a )?(?:meningite b|meningococo b|bexsero)', 'men b'],
];
