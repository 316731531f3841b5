/**
 * Session 46 (T59): the glass test told by its result after the spots (NICE NG240: a rash that does not blanch under a
 * glass), in the verbs each language uses for a mark that stays: "no se borran", "no se van al apretar con un vaso",
 * "qui partent pas quand je pèse dessus avec un verre", "che non spariscono premendo col bicchiere", "não somem quando
 * aperto com um copo", "gehen beim Draufdrücken mit einem Glas nicht weg". Read as "do not fade" only after spots or a
 * rash told in the same sentence: a pain or a bruise that does not go away is no glass test.
 */

/** Spots, dots, marks or a rash told before in the sentence, in the five languages. */
const AFTER_SPOTS =
  '(?<=(?:manch|punt|pint|ronch|sarpullid|erupc|tach|picot|bouton|plaque|rougeur|macchi|puntin|chiazz|eruzion|esantem|bolinh|pintinh|flecke|punkt|ausschlag|spot|rash)\\p{L}*[^.;!?]{0,80})';

export const SPANISH_GLASS_TEST: ReadonlyArray<readonly [string, string]> = [
  [`${AFTER_SPOTS}no se (?:le |les )?(?:borran|van|quitan|desaparecen|aclaran|blanquean|ponen blancas)`, 'do not fade'],
  [`${AFTER_SPOTS}(?:al (?:apretar|presionar|aplastar)(?:las)?|(?:apretando|presionando)(?:las)?)`, 'when pressed'],
];

export const PORTUGUESE_GLASS_TEST: ReadonlyArray<readonly [string, string]> = [
  [`${AFTER_SPOTS}(?:nao|n) (?:somem|desaparecem|saem|clareiam|ficam brancas|empalidecem)`, 'do not fade'],
  [
    `${AFTER_SPOTS}(?:ao (?:apertar|pressionar)|apertando|pressionando|quando (?:aperto|aperta|apertei|carrego|carreguei))`,
    'when pressed',
  ],
];

export const FRENCH_GLASS_TEST: ReadonlyArray<readonly [string, string]> = [
  [
    `${AFTER_SPOTS}(?:ne )?(?:partent|disparaissent|s.effacent|palissent|blanchissent|s.en vont) (?:pas|plus)`,
    'do not fade',
  ],
  [
    `${AFTER_SPOTS}(?:quand (?:je|on|il|elle) (?:pese|appuie|presse) dessus|en (?:appuyant|pesant) dessus)`,
    'when pressed',
  ],
];

export const ITALIAN_GLASS_TEST: ReadonlyArray<readonly [string, string]> = [
  [
    `${AFTER_SPOTS}non (?:spariscono|scompaiono|svaniscono|vanno via|si schiariscono|sbiadiscono|diventano bianche)`,
    'do not fade',
  ],
  [
    `${AFTER_SPOTS}(?:premendo|schiacciando|a premere|(?:se|quando) (?:le |li )?(?:premo|premi|preme|schiaccio))`,
    'when pressed',
  ],
];

export const GERMAN_GLASS_TEST: ReadonlyArray<readonly [string, string]> = [
  [
    `${AFTER_SPOTS}(?:gehen|verschwinden|verblassen)(?: [^.;!?]{0,40})? nicht(?: weg)?|(?:wegdrucken|wegdrucke) (?:lassen )?(?:sich )?nicht`,
    'do not fade',
  ],
  [
    `${AFTER_SPOTS}(?:beim (?:draufdrucken|drucken)|wenn (?:man|ich) (?:draufdruckt|draufdrucke|drauf drucke))`,
    'when pressed',
  ],
];

/** Spots told in the words a parent uses, so the rash whose result is told is read as one. */
export const FRENCH_SPOT_WORDS: Readonly<Record<string, string>> = {
  picots: 'spots',
  picot: 'spot',
  mauves: 'purple',
  mauve: 'purple',
};
export const ITALIAN_SPOT_WORDS: Readonly<Record<string, string>> = {
  macchioline: 'spots',
  macchiolina: 'spot',
  macchiette: 'spots',
  rosse: 'red',
};
