import { toldNowhere } from './language-lexicon.js';

/**
 * Session 50 (T75): two discriminators of a seizure (NICE NG217 and CKS febrile seizure: call 999 for a first seizure,
 * and for a child who does not come round or is hard to rouse after one), told the way the first group's languages tell
 * them:
 * - never having had a seizure, told before today's seizure with no "before" ("nunca tuvo convulsiones. Hoy ...", "n'a
 *   jamais fait de convulsions"), which the English rules read as a seizure denied; read as "never had a seizure before";
 * - hard to rouse told by a verb of effort ("le cuesta mucho despertarse", "custa a acordar", "fa fatica a svegliarsi", "a
 *   du mal à se réveiller"), read as "is hard to wake" only beside a seizure, a fever or a knock told in its sentence: a
 *   teenager hard to wake for school is not.
 * Folded, as the lexicons are.
 */
const NEVER_BEFORE = 'never had a seizure before';
const HARD_TO_WAKE = 'is hard to wake';

/** A seizure, a fever or a knock told anywhere in the message, in each language's words (folded). */
const BESIDE_AN_ILLNESS = {
  spanish: inTheSameSentence(
    '(?:convuls|ataque|crisis|fiebre|calentura|golpe|se cayo|se pego)',
    '(?:colegio|escuela|mananas)',
  ),
  portuguese: inTheSameSentence(
    '(?:convuls|ataque|crise|febre|pancada|bateu a cabeca|caiu)',
    '(?:escola|colegio|de manha)',
  ),
  italian: inTheSameSentence(
    '(?:convuls|crisi|attacco|febbre|botta|ha battuto|e caduto|e caduta)',
    '(?:scuola|la mattina)',
  ),
  french: inTheSameSentence(
    '(?:convuls|crise|fievre|choc|coup sur la tete|est tombe|tombee)',
    '(?:ecole|college|le matin)',
  ),
} as const;

/**
 * A lookaround that holds where `illness` is told in the same sentence, before or after, and `routine` (a school
 * morning) nowhere in the message: a fever of last week and a child slow to wake for school are not a child hard to
 * rouse (review V32).
 */
function inTheSameSentence(illness: string, routine: string): string {
  return `${toldNowhere(routine)}(?:(?<=${illness}[^.!?;]*)|(?=[^.!?;]*${illness}))`;
}

/**
 * A seizure told as had (one came on, one was had), before the denial or after it: not a question of whether a vaccine
 * or a fever may bring one on, nor a day named for something else (review V32).
 */
const A_SEIZURE_TOLD = {
  spanish: '(?:le (?:dio|agarro|vino) (?:un|una)(?! vez)|tuvo (?:un|una) (?:ataque|convulsion|crisis))',
  portuguese:
    '(?:(?:teve|deu) (?:um|uma)(?: (?:ataque|convulsao|crise))?(?= ?(?:[,.;]|no |na |em |agora|hoje|de repente|ataque|convulsao|crise)))',
  french: '(?:en a fait une|en a eu une|a fait une (?:convulsion|crise)|a eu une (?:convulsion|crise))',
} as const;

/** A denial of any seizure before, read only with a seizure told as had before it or after it (not inside it). */
function withASeizureTold(denial: string, told: string): string {
  return `(?<=${told}[^]*)${denial}|${denial}(?=[^]*${told})`;
}

export const SPANISH_SEIZURE_NEVER_BEFORE_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    withASeizureTold(
      '(?:nunca (?:antes )?(?:tuvo|ha tenido|habia tenido|le habia dado|le dio|le habian dado) (?:convulsiones|una convulsion|ataques epilepticos|crisis epilepticas)(?! antes))',
      A_SEIZURE_TOLD.spanish,
    ),
    NEVER_BEFORE,
  ],
  [
    `${BESIDE_AN_ILLNESS.spanish}(?:le|les) (?:cuesta|costaba|esta costando) (?:mucho |muchisimo |trabajo )?(?:despertar(?:se|la|lo)?|que (?:se )?despierte)`,
    HARD_TO_WAKE,
  ],
];

export const PORTUGUESE_SEIZURE_NEVER_BEFORE_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    withASeizureTold(
      '(?:nunca (?:antes )?(?:teve|tinha tido|lhe deu|lhe tinha dado) (?:convulsoes|uma convulsao|crises|ataques epilepticos)(?! antes))',
      A_SEIZURE_TOLD.portuguese,
    ),
    NEVER_BEFORE,
  ],
  [
    `${BESIDE_AN_ILLNESS.portuguese}(?:custa|esta a custar|ta custando|esta custando) (?:muito )?(?:a |pra |para )?(?:acordar|despertar)|(?:esta|ta) (?:muito )?dificil de acordar`,
    HARD_TO_WAKE,
  ],
];

export const ITALIAN_SEIZURE_NEVER_BEFORE_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    `${BESIDE_AN_ILLNESS.italian}(?:fa|faceva|sta facendo) (?:molta |tanta |una gran )?fatica a (?:svegliarsi|svegliarla|svegliarlo|tenere gli occhi aperti)|si sveglia (?:a fatica|con fatica|solo se)`,
    HARD_TO_WAKE,
  ],
];

export const FRENCH_SEIZURE_NEVER_BEFORE_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    withASeizureTold(
      "(?:(?:il |elle )?(?:n'?a |na )?jamais (?:fait|eu) (?:de |d')(?:convulsions?|crises?(?: d'epilepsie)?)(?! avant))",
      A_SEIZURE_TOLD.french,
    ),
    NEVER_BEFORE,
  ],
  [
    `${BESIDE_AN_ILLNESS.french}(?:(?:a|avait) )?(?:du mal|beaucoup de mal|de la peine|de la misere) a (?:se |le |la )?reveiller|se reveille (?:difficilement|a peine)`,
    HARD_TO_WAKE,
  ],
];
