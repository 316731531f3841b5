/**
 * Session 47 (T63): two kinds the development sets of sessions 38-47 missed in several languages of the first group,
 * read as word families rather than sentences.
 * - A head knock in someone on a blood thinner, however well they seem (NICE NG232 1.4.12: CT within 8 hours for
 *   anyone on anticoagulants after a head injury). The thinner is told by the names it is sold under where the
 *   language is spoken (acenocoumarol as Sintrom, phenprocoumon as Marcumar or Falithrom, fluindione as Préviscan,
 *   warfarin as varfarina, Marevan, 华法林, "سيولة الدم": "blood thinning") and read as "blood thinners"; the knock by the
 *   verbs each language hits a head with, read as "hit his head" ("se dio con la cabeza", "bateu com a testa", "s'est
 *   tapé la tête", German "den Kopf ... angeschlagen" with its participle last).
 * - Someone who cannot be roused, told by what it takes (AVPU: responds to pain only, or not at all): no way to wake
 *   them, eyes opened only when pinched. A teenager hard to get up for school or work is read first, as the ordinary
 *   morning it is, so that the same words do not read as the emergency.
 * - What a child did after a knock, which the English rules weigh (NICE NG232: cried at once, playing as usual): read
 *   beside the knock so that a toddler called "bebé" who hit his head and cried straight away is read as the English
 *   twin is.
 * Each list is read before its lexicon's other findings (after intent and crisis).
 */

/** Words of school, work or an ordinary morning after "no way to wake him": a sleeper, not someone unrousable. */
const A_MORNING_AFTER = {
  spanish: '(?=[^.!?]{0,40}(?:colegio|escuela|clase|trabajo|chamba|mananas|temprano|de manana|a la manana))',
  portuguese: '(?=[^.!?]{0,40}(?:escola|aula|trabalho|colegio|de manha|cedo|manhas))',
  french: '(?=[^.!?]{0,40}(?:matin|ecole|college|lycee|travail|boulot|cours))',
  italian: '(?=[^.!?]{0,40}(?:mattin|scuola|lavoro|lezion|presto))',
  german: '(?=[^.!?]{0,40}(?:schule|arbeit|morgens|fruh|spat))',
} as const;

const AN_ORDINARY_MORNING = 'is hard to get up in the mornings';

export const SPANISH_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    'sintrom|acenocumarol|(?:pastillas?|medicinas?|medicamentos?|remedios?) para (?:diluir|adelgazar|aguar|hacer (?:mas )?liquida) la sangre',
    'blood thinners',
  ],
  [
    'se (?:dio|pego|golpeo|ha dado|ha pegado|ha golpeado|habia dado|habia pegado)(?: un (?:golpe|golpazo|madrazo|trancazo|porrazo|cabezazo|chingadazo))? (?:con|en|contra) (?:la|su) (?:cabeza|frente|nuca|sien|coronilla)',
    'hit his head',
  ],
  [
    'llor(?:o|a) (?:enseguida|en seguida|al (?:momento|instante|tiro)|de inmediato|inmediatamente|luego luego|altiro)',
    'cried straight away',
  ],
  [
    `no hay (?:manera|forma|modo) de (?:despertar|levantar)(?:lo|la|los|las|le)${A_MORNING_AFTER.spanish}`,
    AN_ORDINARY_MORNING,
  ],
  [
    'no hay (?:manera|forma|modo)(?: humana)? de despertar(?:lo|la|los|las|le)|(?:no|ni) (?:lo|la|le) (?:podemos|puedo|pudimos|pude|logramos|logro) despertar de ninguna (?:manera|forma)',
    'cannot wake him',
  ],
  [
    '(?:solo|apenas|nada mas) (?:le |lo |la )?(?:abre|abria|abrio|entreabre) (?:los |un )?ojos?[^.!?]{0,25}? (?:si|cuando|al|con) (?:lo |la |le )?(?:pellizc|apret|estimulo dolor|dolor)\\p{L}*',
    'only opens her eyes to pain',
  ],
];

export const PORTUGUESE_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    'sintrom|marevan|varfarina|(?:remedios?|medicamentos?|comprimidos?) (?:para|pra) (?:afinar|diluir|ralear) o sangue',
    'blood thinners',
  ],
  ['(?:bateu|bati|deu|dei|bateram)(?: com)? (?:a |na )?(?:cabeca|testa|nuca)(?! (?:de|do|da) )', 'hit his head'],
  ['chorou (?:na hora|logo|imediatamente|em seguida|na mesma hora|de imediato|na mesma)', 'cried straight away'],
  [
    '(?:(?:esta|ta|ja esta|ja ta) )?(?:brincando|a brincar) (?:normal|normalmente|como sempre|como se nada fosse)',
    'is playing normally',
  ],
  [
    `(?:nao (?:ha|tem) (?:maneira|forma|jeito) de |nao (?:consigo|conseguimos) )(?:o |a )?(?:acordar|acorda-l[oa]|despertar)(?: (?:ele|ela))?${A_MORNING_AFTER.portuguese}`,
    AN_ORDINARY_MORNING,
  ],
  [
    'nao (?:ha|tem) (?:maneira|forma|jeito) de (?:o |a )?(?:acordar|acorda-l[oa]|despertar)(?: (?:ele|ela))?',
    'cannot wake him',
  ],
  [
    '(?:so|apenas) (?:abre|abriu|mexe) (?:os |um )?olhos?[^.!?]{0,25}? (?:quando|se|com) (?:lhe |o |a )?(?:belisc|apert|dor)\\p{L}*',
    'only opens her eyes to pain',
  ],
];

export const FRENCH_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    'sintrom|previscan|coumadine|warfarine|fluindione|acenocoumarol|(?:medicaments?|traitement|cachets?) pour (?:fluidifier|eclaircir) le sang',
    'blood thinners',
  ],
  [
    "(?:s'?est|se sont|s'?etait|me suis|m'?suis) (?:cogne|cognee|tape|tapee|heurte|heurtee|frappe|frappee) (?:violemment )?(?:la tete|le front|l'?arriere de la tete|le crane)|(?:a|s'?est) (?:pris|recu) un (?:coup|choc) (?:sur|a) la tete",
    'hit his head',
  ],
  ['(?:(?:il|elle) )?a pleure (?:tout de suite|immediatement|direct|aussitot|de suite)', 'cried straight away'],
  [
    `(?:impossible de|(?:on|je|nous) (?:n'?)?(?:arrive|arrivons) (?:pas|plus) a) (?:le |la |les )?(?:reveiller|lever)${A_MORNING_AFTER.french}`,
    AN_ORDINARY_MORNING,
  ],
  [
    "impossible de (?:le |la |les )?reveiller|(?:on|je|nous) (?:n'?)?(?:arrive|arrivons) (?:pas|plus) a (?:le |la |les )?reveiller",
    'cannot wake him',
  ],
  [
    "(?:n'?)?ouvre (?:a peine |juste |seulement )?les yeux (?:qu'?|que )?(?:quand on (?:le |la )?(?:pince|secoue)|a la douleur|au pincement)",
    'only opens her eyes to pain',
  ],
];

export const ITALIAN_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    // Session 57 (T103): the thinners by the names they are sold under in Italy (NICE NG232: any anticoagulant after a
    // head injury), and the knock told with "preso una botta" or a gerund ("battendo la testa").
    'sintrom|scoagulant[ei]|coumadin|warfarin\\p{L}*|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|edoxaban|(?:farmac[oi]|medicin[ae]|pastiglie?) per (?:fluidificare|rendere liquido) il sangue',
    'blood thinners',
  ],
  [
    '(?:ha|hai|ho|abbiamo|hanno) (?:sbattuto|battuto|picchiato) (?:forte )?(?:la )?(?:testa|fronte|nuca)|(?:si e|mi sono) (?:dat[oa]|pres[oa]) (?:un colpo|una botta|una testata) (?:in testa|alla testa|sulla testa|sulla fronte)|(?:ha|ho|hai|abbiamo) preso (?:un colpo|una botta|una testata|una bella botta) (?:in testa|alla testa|sulla testa|sulla fronte|sulla nuca)|(?:sbattendo|battendo|picchiando) (?:forte )?(?:la )?(?:testa|fronte|nuca)|(?:dopo|da) (?:la |una |quella )?(?:botta|testata|colpo) (?:in testa|alla testa|sulla testa|sulla fronte|sulla nuca)',
    'hit his head',
  ],
  ['(?:ha pianto|si e messo a piangere|si e messa a piangere) (?:subito|immediatamente)', 'cried straight away'],
  [
    `non (?:riusciamo|riesco|riescono|si riesce) a svegliar(?:e|lo|la|li)${A_MORNING_AFTER.italian}`,
    AN_ORDINARY_MORNING,
  ],
  [
    'non (?:riusciamo|riesco|riescono|si riesce) a svegliar(?:e|lo|la|li)|non si sveglia (?:in nessun modo|per niente|nemmeno|neanche)',
    'cannot wake him',
  ],
  [
    '(?:apre (?:gli occhi|un occhio) solo|reagisce solo) (?:se|quando|al|ai) (?:lo |la )?(?:pizzic|scuot|dolor)\\p{L}*',
    'only opens her eyes to pain',
  ],
];

export const GERMAN_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  [
    'falithrom|phenprocoumon|blutverdunnungs?(?:mittel|tabletten)|(?:tabletten|mittel) zur blutverdunnung',
    'blood thinners',
  ],
  [
    '(?:den|dem|am|mit dem|die|der) (?:kopf|hinterkopf|schadel|stirn)(?: \\p{L}+){0,5}? (?:angeschlagen|ge(?:ss|ß)en|angesto(?:ss|ß)en|gesto(?:ss|ß)en|aufgeschlagen|angehauen|geknallt|geprallt)',
    'hit his head',
  ],
  ['(?:hat )?(?:sofort|gleich|direkt) (?:geweint|losgeweint|angefangen zu weinen)', 'cried straight away'],
  [
    `(?:lasst|liess|lie(?:ss|ß)t) sich (?:morgens |fruh )?(?:nicht|kaum) (?:mehr )?wecken${A_MORNING_AFTER.german}|(?:morgens|fruh) (?:\\p{L}+ ){0,3}(?:kaum|nicht) wach zu (?:kriegen|bekommen)`,
    AN_ORDINARY_MORNING,
  ],
  ['(?:lasst|liess) sich (?:gar |einfach )?(?:nicht|kaum) (?:mehr )?wecken', 'cannot be woken'],
  [
    'reagiert (?:nur|bloss|blo(?:ss|ß)) (?:noch )?(?:auf|bei) (?:schmerz(?:reize?n?)?|kneifen|zwicken)|(?:offnet|macht) (?:die )?augen nur (?:bei|auf) (?:schmerz\\p{L}*|kneifen)',
    'only responds to pain',
  ],
];

export const CHINESE_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  ['华法林|華法林|抗凝(?:血)?(?:药|藥|剂|劑)|薄血(?:药|藥|丸)|利伐沙班|阿哌沙班|达比加群|達比加群', ' blood thinners '],
  [
    '(?:头|頭|额头|額頭|后脑勺?|後腦勺?)(?:部)?(?:磕|撞|碰)(?:到|親|伤|傷)?(?:了)?|(?:磕|撞|碰)(?:到|親|伤|傷)(?:了)?(?:个|個)?(?:头|頭|额头|額頭|后脑勺?|後腦勺?)',
    ' hit his head ',
  ],
  ['(?:马上|馬上|立刻|立即|当场|當場|即刻)(?:就)?(?:哭|喊)(?:了|咗)?', ' cried straight away '],
  [
    '只有(?:掐|捏|拍打|用力拍)(?:他|她|佢)?(?:才|先)(?:会|會)?(?:睁|睜|张|張|有)(?:一下)?(?:开|開)?(?:眼|反应|反應)',
    ' only opens her eyes to pain ',
  ],
];

export const ARABIC_HEAD_KNOCK_AND_WAKING: ReadonlyArray<readonly [string, string]> = [
  ['(?:سيوله|مسيل|مسيلات|مميع|مميعات|تمييع) (?:لل|ال)?دم|وارفارين|ماريفان|مارفان|سنتروم|سينتروم', 'blood thinners'],
  ['(?:انضرب|اتخبط|خبط|دق|ضرب) (?:على |في |ب)?(?:راسه|راسها|راسي|دماغه|دماغها|جبهته|جبهتها)', 'hit his head'],
  ['(?:بكى|بكت|عيط|عيطت|صاح|صاحت) (?:على طول|فورا|في وقتها|بنفس اللحظه)', 'cried straight away'],
];
