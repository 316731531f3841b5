/**
 * Session 62 (T134): a span of weeks or months told the language's way, which the lexicons' bare "# semaines" and
 * "# settimane" read as a baby's age ("# weeks old"): "ça fait 3 semaines que je dors mal", "pendant 3 semaines",
 * "toutes les 2 semaines", "sono 2 mesi che ho mal di schiena", "per 3 settimane". A baby's age is an emergency's word
 * (NICE NG143: any fever under 3 months), and the wording model read "weeks old" in a grown-up's long-standing
 * low mood or cough. Told as a span, each reads as the English span: how long, how often or how soon, never an age.
 */

/** "ça fait / cela fait / pendant / durant # semaines" as a length, "toutes les" as a rhythm, "dans" as a time ahead. */
export const FRENCH_SPAN_OF_TIME: ReadonlyArray<readonly [string, string]> = [
  ['(?:ca|cela|ça) fait (?:\\d+) semaines', 'for # weeks'],
  ['(?:ca|cela|ça) fait (?:\\d+) mois', 'for # months'],
  ['(?:ca|cela|ça) fait (?:une|deux|trois|quatre|quelques|plusieurs) semaines', 'for weeks'],
  ['(?:ca|cela|ça) fait (?:deux|trois|quatre|quelques|plusieurs) mois', 'for months'],
  ['(?:pendant|durant) (?:\\d+) semaines', 'for # weeks'],
  ['(?:pendant|durant) (?:\\d+) mois', 'for # months'],
  ['toutes les (?:\\d+) semaines', 'every # weeks'],
  ['tous les (?:\\d+) mois', 'every # months'],
  ['dans (?:\\d+) semaines', 'in # weeks'],
  ['dans (?:\\d+) mois', 'in # months'],
];

/** "sono # mesi che", "per # settimane", "ogni # settimane", "tra / fra # settimane". */
export const ITALIAN_SPAN_OF_TIME: ReadonlyArray<readonly [string, string]> = [
  ['(?:sono|e) (?:\\d+) settimane che', 'for # weeks'],
  ['(?:sono|e) (?:\\d+) mesi che', 'for # months'],
  ['(?:sono|e) (?:due|tre|quattro|alcune|diverse) settimane che', 'for weeks'],
  ['(?:sono|e) (?:due|tre|quattro|alcuni|diversi) mesi che', 'for months'],
  ['per (?:\\d+) settimane', 'for # weeks'],
  ['per (?:\\d+) mesi', 'for # months'],
  ['ogni (?:\\d+) settimane', 'every # weeks'],
  ['ogni (?:\\d+) mesi', 'every # months'],
  ['(?:tra|fra) (?:\\d+) settimane', 'in # weeks'],
  ['(?:tra|fra) (?:\\d+) mesi', 'in # months'],
];
