import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Session 61 (T128): breathing failing told by what a bystander or a parent sees, not by a clinician's noun (BTS/SIGN
 * asthma and Manchester Triage: unable to complete sentences, no response to the reliever; WHO IMCI: chest indrawing):
 * - only two or three words between breaths ("no le salen sino dos palabras y respira", "so consegue falar duas
 *   palavras", "riesce a dire solo due parole", "n'arrive a dire que deux mots");
 * - the reliever used and no better, told by the speaker's "and nothing" after it ("se echo dos veces el inhalador y
 *   nada", "usou a bombinha e nada", "due spruzzi di ventolin e niente", "sa ventoline deux fois et rien");
 * - a child's ribs pulling in with each breath in Somali ("feeraha hoostooda ayaa galaya markuu neefsanayo").
 * Each is read only with breath, air, wheeze or asthma told somewhere in the message, so two words said by a shy child,
 * a nasal spray that did nothing and ribs that hurt stay what they were; "and nothing" followed by "more", "of" or
 * "wrong" ("y nada mas", "e niente di grave") is not the reliever failing. Folded, as the lexicons are.
 */

type Phrases = ReadonlyArray<readonly [string, string]>;

const ONLY_TWO_WORDS = 'he can only say two words between breaths';
const RELIEVER_NO_BETTER = 'the reliever inhaler is not helping';
const RIBS_SUCKING_IN = 'ribs sucking in when he breathes';

/** Breath, air, wheeze, a blue colour or asthma told anywhere in the message. */
const BESIDE_BREATH = {
  spanish: toldAnywhere('(?:ahog|aire|respir|jade|silb|morad|azul|asma|pecho|inhalador|bombita|salbutamol|ventolin)'),
  portuguese: toldAnywhere('(?:falta de ar|sem ar|respir|ofeg|chiad|chiand|roxo|roxa|asma|peito|bombinha|aerolin)'),
  italian: toldAnywhere('(?:fiato|respir|aria|affann|fischi|sibil|cianot|viola|blu|asma|petto|ventolin|inalatore)'),
  french: toldAnywhere('(?:souffle|respir|air|etouff|siffl|bleu|violet|asthme|poitrine|ventoline|inhalateur)'),
  somali: toldAnywhere('(?:neef|hiiq|xiiq)'),
} as const;

/** A nose spray, a cream or a pill is not the reliever. */
const NOT_ANOTHER_PREPARATION = {
  italian: toldNowhere('(?:nasale|naso|crema|pomata|collirio)'),
  french: toldNowhere('(?:nasal|nez|creme|pommade|collyre)'),
} as const;

/** Two or three words, in digits or in the language's words. */
const FEW = {
  spanish: '(?:dos|tres|2|3|un par de)',
  portuguese: '(?:duas|tres|2|3|umas poucas)',
  italian: '(?:due|tre|2|3|poche)',
  french: '(?:deux|trois|2|3|quelques)',
} as const;

export const SPANISH_BREATH_TOLD_BY_WHAT_IS_SEEN: Phrases = [
  [
    `(?:no (?:le |me |te )?salen (?:sino|mas que|mas de|ni) ${FEW.spanish} palabras|(?:solo|nomas|apenas) (?:puede |alcanza a |logra )?(?:decir|dice|habla|hablar|suelta) ${FEW.spanish} palabras)${BESIDE_BREATH.spanish}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:inhalador|bombita|puff|salbutamol|ventolin)(?: \\p{L}+){0,4},? y (?:nada|no (?:mejora|mejoro|le hizo nada|me hizo nada)|sigue igual)(?! (?:mas|de|que|raro|grave|malo))`,
    RELIEVER_NO_BETTER,
  ],
];

export const PORTUGUESE_BREATH_TOLD_BY_WHAT_IS_SEEN: Phrases = [
  [
    `(?:(?:so|soh|apenas) (?:consegue|consigo|conseguia) (?:falar|dizer) ${FEW.portuguese} palavras|(?:nao|n) (?:consegue|consigo) (?:falar|dizer) mais (?:de|que) ${FEW.portuguese} palavras)${BESIDE_BREATH.portuguese}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:bombinha|inalador|aerolin|salbutamol)(?: \\p{L}+){0,4},? e (?:nada|nao (?:melhora|melhorou|fez nada)|continua igual)(?! (?:mais|de|que|grave))`,
    RELIEVER_NO_BETTER,
  ],
];

export const ITALIAN_BREATH_TOLD_BY_WHAT_IS_SEEN: Phrases = [
  [
    `(?:riesce a dire solo ${FEW.italian} parole|(?:dice|riesce a dire|parla con) solo ${FEW.italian} parole|non riesce a dire piu di ${FEW.italian} parole)${BESIDE_BREATH.italian}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:ventolin|inalatore|broncodilatatore|salbutamolo|spruzzi|puff)(?: \\p{L}+){0,4},? e (?:niente|nulla|non (?:migliora|e migliorato|fa niente))(?! (?:di|piu))${BESIDE_BREATH.italian}${NOT_ANOTHER_PREPARATION.italian}`,
    RELIEVER_NO_BETTER,
  ],
];

export const FRENCH_BREATH_TOLD_BY_WHAT_IS_SEEN: Phrases = [
  [
    `(?:n'? ?arrive (?:a|qu'? ?a) dire que ${FEW.french} mots|ne (?:peut|arrive a) dire que ${FEW.french} mots)${BESIDE_BREATH.french}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:ventoline|inhalateur|bouffees|salbutamol)(?: \\p{L}+){0,4},? et (?:rien|ca ne (?:passe|change) pas|pas mieux)(?! (?:de|d'))${BESIDE_BREATH.french}${NOT_ANOTHER_PREPARATION.french}`,
    RELIEVER_NO_BETTER,
  ],
];

export const SOMALI_BREATH_TOLD_BY_WHAT_IS_SEEN: Phrases = [
  [
    `feer\\p{L}*(?: \\p{L}+){0,2} (?:ayaa |way |ay )?(?:galaya|galayaan|galaan|gala|galeen|godma\\p{L}*)(?![\\p{L}])${BESIDE_BREATH.somali}`,
    RIBS_SUCKING_IN,
  ],
];
