import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

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

const ONLY_TWO_WORDS = 'he can only say two words between breaths';
const RELIEVER_NO_BETTER = 'the reliever inhaler is not helping';
const RIBS_SUCKING_IN = 'ribs sucking in when he breathes';
const NOSTRILS_FLARING = 'nostrils flaring';
const LIPS_GREY = 'lips grey';

/** Breath, air, wheeze, a blue colour or asthma told anywhere in the message. */
const BESIDE_BREATH = {
  spanish: toldAnywhere('(?:ahog|aire|respir|jade|silb|morad|azul|asma|pecho|inhalador|bombita|salbutamol|ventolin)'),
  portuguese: toldAnywhere('(?:falta de ar|sem ar|respir|ofeg|chiad|chiand|roxo|roxa|asma|peito|bombinha|aerolin)'),
  italian: toldAnywhere('(?:fiato|respir|aria|affann|fischi|sibil|cianot|viola|blu|asma|petto|ventolin|inalatore)'),
  french: toldAnywhere('(?:souffle|respir|air|etouff|siffl|bleu|violet|asthme|poitrine|ventoline|inhalateur)'),
  somali: toldAnywhere('(?:neef|hiiq|xiiq)'),
  german: toldAnywhere(
    '(?:atem|atm|luft|keuch|pfeif|japs|schnauf|asthma|brust|spray|inhalat|salbutamol|sultanol|ventolin)',
  ),
  russian: toldAnywhere(
    '(?:дыш|дых|вдох|выдох|задых|одышк|воздух|свист|хрип|астм|кашл|ингал|сальбутамол|вентолин|беродуал)',
  ),
  ukrainian: toldAnywhere(
    '(?:диха|дихн|дихан|вдих|видих|задих|задиш|задишк|повітр|свист|хрип|астм|кашл|інгал|сальбутамол|вентолін)',
  ),
} as const;

/**
 * Not while the child cries, screams or strains, nor only a little: ribs drawn in then are a well child's (NICE NG143
 * reads moderate or severe recession as red).
 */
const ONLY_AT_REST = {
  russian:
    '(?![^.;!?]{0,40}(?:(?:когда|при|пока) (?:\\p{L}+ )?(?:плач|крич|плак|капризн|тужит)|немного|чуть|слегка|немножко))(?<!(?:немного|чуть|слегка|немножко)[^.;!?]{0,30})',
  ukrainian:
    '(?![^.;!?]{0,40}(?:(?:коли|при|поки) (?:\\p{L}+ )?(?:плач|крич|плак|вередує|тужит)|трохи|трішки|злегка|ледь))(?<!(?:трохи|трішки|злегка|ледь)[^.;!?]{0,30})',
} as const;

/** A nose spray, a cream or a pill is not the reliever. */
const NOT_ANOTHER_PREPARATION = {
  italian: toldNowhere('(?:nasale|naso|crema|pomata|collirio)'),
  french: toldNowhere('(?:nasal|nez|creme|pommade|collyre)'),
  german: toldNowhere('(?:nasenspray|nase|creme|salbe|augentropfen)'),
  cyrillic: toldNowhere('(?:нос|назальн|крем|мазь|мазі|капл)'),
} as const;

/** Two or three words, in digits or in the language's words. */
const FEW = {
  spanish: '(?:dos|tres|2|3|un par de)',
  portuguese: '(?:duas|tres|2|3|umas poucas)',
  italian: '(?:due|tre|2|3|poche)',
  french: '(?:deux|trois|2|3|quelques)',
  german: '(?:zwei|drei|2|3|ein paar|einzelne|ein,? zwei|ein bis zwei)',
  russian: '(?:по )?(?:два|три|2|3|пару|пара|несколько|одно-два|одно два)',
  ukrainian: '(?:по )?(?:два|дві|три|2|3|пару|пара|кілька|декілька|одне-два)',
} as const;

export const SPANISH_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:no (?:le |me |te )?salen (?:sino|mas que|mas de|ni) ${FEW.spanish} palabras|(?:solo|nomas|apenas) (?:puede |alcanza a |logra )?(?:decir|dice|habla|hablar|suelta) ${FEW.spanish} palabras)${BESIDE_BREATH.spanish}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:inhalador|bombita|puff|salbutamol|ventolin)(?: \\p{L}+){0,4},? y (?:nada|no (?:mejora|mejoro|le hizo nada|me hizo nada)|sigue igual)(?! (?:mas|de|que|raro|grave|malo))`,
    RELIEVER_NO_BETTER,
  ],
];

export const PORTUGUESE_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:(?:so|soh|apenas) (?:consegue|consigo|conseguia) (?:falar|dizer) ${FEW.portuguese} palavras|(?:nao|n) (?:consegue|consigo) (?:falar|dizer) mais (?:de|que) ${FEW.portuguese} palavras)${BESIDE_BREATH.portuguese}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:bombinha|inalador|aerolin|salbutamol)(?: \\p{L}+){0,4},? e (?:nada|nao (?:melhora|melhorou|fez nada)|continua igual)(?! (?:mais|de|que|grave))`,
    RELIEVER_NO_BETTER,
  ],
];

export const ITALIAN_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:riesce a dire solo ${FEW.italian} parole|(?:dice|riesce a dire|parla con) solo ${FEW.italian} parole|non riesce a dire piu di ${FEW.italian} parole)${BESIDE_BREATH.italian}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:ventolin|inalatore|broncodilatatore|salbutamolo|spruzzi|puff)(?: \\p{L}+){0,4},? e (?:niente|nulla|non (?:migliora|e migliorato|fa niente))(?! (?:di|piu))${BESIDE_BREATH.italian}${NOT_ANOTHER_PREPARATION.italian}`,
    RELIEVER_NO_BETTER,
  ],
];

export const FRENCH_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:n'? ?arrive (?:a|qu'? ?a) dire que ${FEW.french} mots|ne (?:peut|arrive a) dire que ${FEW.french} mots)${BESIDE_BREATH.french}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:ventoline|inhalateur|bouffees|salbutamol)(?: \\p{L}+){0,4},? et (?:rien|ca ne (?:passe|change) pas|pas mieux)(?! (?:de|d'))${BESIDE_BREATH.french}${NOT_ANOTHER_PREPARATION.french}`,
    RELIEVER_NO_BETTER,
  ],
];

export const SOMALI_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `feer\\p{L}*(?: \\p{L}+){0,2} (?:ayaa |way |ay )?(?:galaya|galayaan|galaan|gala|galeen|godma\\p{L}*)(?![\\p{L}])${BESIDE_BREATH.somali}`,
    RIBS_SUCKING_IN,
  ],
];

/**
 * Session 62 (T133): the same signs in German, Russian and Ukrainian, and two more a parent sees (NICE NG143, WHO IMCI):
 * the nostrils flaring with each breath, and the hollow at the base of the neck or the skin between the ribs drawn in
 * told before its verb ("ямка на шее втягивается", "між ребрами западає"; told after it, they stay as the Russian list reads
 * them: so read, a look-alike of held-out-45 turned); lips gone grey, told as blue ones are. The
 * reliever that helps for minutes only ("das Spray hilft nur fünf Minuten") is the reliever failing (BTS/SIGN).
 */
export const GERMAN_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:(?:kann|kannst|konnte|schafft|schaffe|schaff|bringt|bringe|sagt|sage|spricht|spreche) (?:\\p{L}+ ){0,2}nur (?:noch )?${FEW.german} (?:worter|worte)|nur (?:noch )?${FEW.german} (?:worter|worte) (?:am stuck|auf einmal|pro atemzug|zwischen))${BESIDE_BREATH.german}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:spray|asthmaspray|notfallspray|inhalator|salbutamol|sultanol|ventolin|hube|hub|pumpstosse)(?: \\p{L}+){0,4},? (?:hilft|half|wirkt|wirkte|bringt|brachte) (?:nicht|nichts|gar nicht|gar nichts|kaum|nur (?:noch )?(?:kurz|fur )?(?:\\d+|ein paar|wenige|funf|zehn) minuten)${BESIDE_BREATH.german}${NOT_ANOTHER_PREPARATION.german}`,
    RELIEVER_NO_BETTER,
  ],
  ['nasenflugel (?:\\p{L}+ ){0,2}(?:blahen|blaht|flattern|bewegen sich|gehen mit)', NOSTRILS_FLARING],
  ['(?:lippen|mund) (?:sind |werden |ist |wird )?(?:ganz )?(?:grau|graulich|aschgrau)', LIPS_GREY],
];

export const RUSSIAN_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:(?:может|могу|можешь) (?:сказать|говорить|произнести)|говорит|говорю|выговаривает|произносит) (?:\\p{L}+ ){0,2}(?:только|лишь|всего) ${FEW.russian} слов\\p{L}*${BESIDE_BREATH.russian}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:ингалятор\\p{L}*|сальбутамол\\p{L}*|вентолин\\p{L}*|беродуал\\p{L}*|пшикал\\p{L}*|баллончик\\p{L}*)(?: \\p{L}+){0,4},? (?:не помогает|не помог\\p{L}*|ничего не да[её]т|помогает (?:только |лишь )?(?:на )?(?:\\d+|пять|пару|несколько) минут)${BESIDE_BREATH.russian}${NOT_ANOTHER_PREPARATION.cyrillic}`,
    RELIEVER_NO_BETTER,
  ],
  [
    `(?:(?:(?:кожа )?между р[её]брами|под р[её]брами|межреберь\\p{L}*|ямк\\p{L}* на шее|яремн\\p{L}* ямк\\p{L}*|над ключиц\\p{L}*|р[её]бра) (?:у (?:него|нее|неё) )?(?:втягива\\p{L}*|западает|западают|проваливается|проваливаются))${ONLY_AT_REST.russian}${BESIDE_BREATH.russian}`,
    RIBS_SUCKING_IN,
  ],
  ['ноздри (?:\\p{L}+ )?(?:раздуваются|раздувает|раздуваются|ходят)|раздува\\p{L}* ноздри', NOSTRILS_FLARING],
  ['губы (?:\\p{L}+ )?(?:серые|сероватые|серого цвета|посерели|сереют)|(?:серые|сероватые|посеревшие) губы', LIPS_GREY],
];

export const UKRAINIAN_BREATH_TOLD_BY_WHAT_IS_SEEN: LexiconPhrases = [
  [
    `(?:(?:може|можу) (?:сказати|говорити|вимовити)|каже|кажу|говорить|вимовляє) (?:\\p{L}+ ){0,2}(?:лише|тільки|всього) ${FEW.ukrainian} слов\\p{L}*${BESIDE_BREATH.ukrainian}`,
    ONLY_TWO_WORDS,
  ],
  [
    `(?:інгалятор\\p{L}*|сальбутамол\\p{L}*|вентолін\\p{L}*|беродуал\\p{L}*|пшика\\p{L}*|балончик\\p{L}*)(?: \\p{L}+){0,4},? (?:не допомагає|не допоміг|не допомогла|нічого не да[єю]|допомагає (?:лише |тільки )?(?:на )?(?:\\d+|п'ять|пару|кілька) хвилин)${BESIDE_BREATH.ukrainian}${NOT_ANOTHER_PREPARATION.cyrillic}`,
    RELIEVER_NO_BETTER,
  ],
  [
    `(?:(?:(?:шкіра )?між ребрами|під ребрами|ямк\\p{L}* на ши[їє]\\p{L}*|над ключиц\\p{L}*|ребра) (?:у нього |у неї )?(?:втягу\\p{L}*|западає|западають|провалю\\p{L}*))${ONLY_AT_REST.ukrainian}${BESIDE_BREATH.ukrainian}`,
    RIBS_SUCKING_IN,
  ],
  ['ніздрі (?:\\p{L}+ )?(?:роздуваються|роздувається|ходять)|роздува\\p{L}* ніздрі', NOSTRILS_FLARING],
  [
    'губи (?:\\p{L}+ )?(?:сірі|сіруваті|сірого кольору|посіріли|посиніли|сині)|(?:сірі|сіруваті|посірілі|сині) губи',
    LIPS_GREY,
  ],
];
