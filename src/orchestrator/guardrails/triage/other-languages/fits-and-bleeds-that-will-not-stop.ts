/**
 * Session 59 (T114): a fit or a bleed that will not stop, told with each language's "won't stop" verbs (review V41's
 * probes: Spanish "no deja de convulsionar", French "n'arrête pas de saigner", Italian "non smette di avere convulsioni",
 * German "der Anfall hört nicht auf", Romanian "convulsiile nu se opresc", Russian "кровь из раны не останавливается").
 * NICE NG217 and the Resuscitation Council: a convulsion still going after five minutes is status epilepticus; NHS 111
 * and Manchester Triage: bleeding that direct pressure does not stop is a major haemorrhage. Both are told the same way
 * in every language, by the fit or the blood (a noun or a verb) beside the language's negated "stop", "cease" or "pass",
 * present or perfect ("has not stopped"), never a past one ("no paró hasta que llegó la ambulancia"), so a fit that
 * stopped, one asked about in advance ("si no para de convulsionar, ¿qué hago?": the language's "if" is read before it)
 * and the words of a cough, a cry or a period that will not stop stay what they were. Folded, as the lists are. Each list
 * is read first in its lexicon, before the phrases that read the verb or the noun alone.
 */

/** What a fit that will not stop reads as, where the English rules read status epilepticus. */
const SEIZURE_WILL_NOT_STOP = 'seizure that will not stop';

/** What a bleed that will not stop reads as, where the English rules read a major haemorrhage. */
const BLEEDING_WILL_NOT_STOP = 'the bleeding will not stop';

/** At most three words between the fit or the blood and its negated "stop" ("la sangre de la herida no para"). */
const UP_TO_THREE_WORDS = '(?: \\p{L}+){0,3}';

/**
 * Where none of the language's words for "if" comes a few words before: "si no para de convulsionar, ¿qué hago?" asks in
 * advance, and the English rules would read "if seizure that will not stop" as one happening.
 */
function notAfterIf(ifWords: string): string {
  return `(?<!(?<![\\p{L}])(?:${ifWords})(?: \\p{L}+){0,4} )`;
}

/** A fit or a bleed told by its noun, a few words, then the language's negated "stop". */
function nounThenStopsNot(noun: string, stopsNot: string, english: string): readonly [string, string] {
  return [`${noun}${UP_TO_THREE_WORDS} ${stopsNot}`, english];
}

/** A language's phrases, each read only where none of its words for "if" comes just before. */
function unlessAskedWithIf(
  ifWords: string,
  phrases: ReadonlyArray<readonly [string, string]>,
): ReadonlyArray<readonly [string, string]> {
  return phrases.map(([pattern, english]) => [`${notAfterIf(ifWords)}(?:${pattern})`, english]);
}

/** A bleed told as the usual one ("la regla no para del todo, lo normal para mí") is a period, not a haemorrhage. */
const NOT_TOLD_AS_USUAL_SPANISH =
  '(?!.*(?:lo normal|lo de siempre|como siempre|como todos los meses|como cada mes|de costumbre|normal para mi))';

export const SPANISH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('si|por si|en caso de que', [
  [
    'no (?:para|paran|ha parado|han parado|deja|dejan|ha dejado|han dejado) de (?:convulsionar(?:se)?|tener convulsiones|convulsionar y temblar)|(?:esta |sigue )?convulsionando sin parar',
    SEIZURE_WILL_NOT_STOP,
  ],
  nounThenStopsNot(
    '(?:convulsion(?:es)?|crisis (?:convulsivas?|epilepticas?)|ataques? (?:epilepticos?|de epilepsia))',
    'no (?:para|paran|ha parado|han parado|se (?:detiene|detienen|para|paran|quita|quitan|corta|cortan|pasa|pasan)|cede|ceden)',
    SEIZURE_WILL_NOT_STOP,
  ),
  nounThenStopsNot(
    '(?:sangre|sangrado|hemorragia)',
    `no (?:para|ha parado|se (?:detiene|para|corta|contiene)|cede|deja de salir)${NOT_TOLD_AS_USUAL_SPANISH}`,
    BLEEDING_WILL_NOT_STOP,
  ),
]);

export const PORTUGUESE_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf(
  '(?<=^|[.,;:!?] ?)se|caso|e se|fazer se|faco se',
  [
    [
      '(?:nao|n) (?:para|param|parou|pararam) de (?:convulsionar|ter convuls(?:ao|oes)|se debater)|(?:ta |esta |continua )?convulsionando sem parar',
      SEIZURE_WILL_NOT_STOP,
    ],
    nounThenStopsNot(
      '(?:convuls(?:ao|oes)|crises? (?:convulsivas?|epileticas?|de epilepsia)|ataques? epileticos?)',
      '(?:nao|n) (?:para|param|parou|pararam|passa|passam|cessa|cessam)',
      SEIZURE_WILL_NOT_STOP,
    ),
    nounThenStopsNot(
      '(?:sangue|sangramento|hemorragia)',
      '(?:nao|n) (?:para|parou|estanca|estancou|para de (?:sair|escorrer))',
      BLEEDING_WILL_NOT_STOP,
    ),
    [
      '(?:nao|n) (?:consigo|conseguimos|consegue) (?:parar|estancar) (?:o sangue|o sangramento|a hemorragia)',
      BLEEDING_WILL_NOT_STOP,
    ],
  ],
);

export const FRENCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf("si|s'il|s'ils|s il|s ils|au cas ou", [
  [
    "(?:n'|n |ne )?arrete(?:nt)? (?:pas|plus) de (?:convulser|convulsionner|faire des convulsions)|convulse sans arret",
    SEIZURE_WILL_NOT_STOP,
  ],
  [
    "(?:n'|n |ne )?arrete(?:nt)? (?:pas|plus) de saigner|saigne sans arret|(?:j'|j |on |je )(?:n'|n |ne )?(?:arrive|arrivons) (?:pas )?a (?:arreter|stopper) (?:le sang|le saignement|l'hemorragie|l hemorragie)",
    BLEEDING_WILL_NOT_STOP,
  ],
  nounThenStopsNot(
    "(?:convulsions?|crises? (?:d'epilepsie|d epilepsie|convulsives?|epileptiques?))",
    "(?:ne )?(?:s'|s )?(?:arrete|arretent|passe|passent|cesse|cessent) (?:pas|plus)",
    SEIZURE_WILL_NOT_STOP,
  ),
  nounThenStopsNot(
    '(?:sang|saignement|hemorragie)',
    "(?:ne )?(?:s'|s )?(?:arrete|cesse) (?:pas|plus)",
    BLEEDING_WILL_NOT_STOP,
  ),
]);

export const ITALIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('se|qualora|nel caso', [
  [
    'non (?:la )?(?:smette|smettono|finisce|finiscono) (?:di|con) (?:avere |fare )?(?:le )?(?:convulsioni|convulsare|crisi (?:epilettiche|convulsive))|(?:ha|fa) convulsioni (?:senza sosta|di continuo|a ripetizione)',
    SEIZURE_WILL_NOT_STOP,
  ],
  nounThenStopsNot(
    '(?:convulsion[ei]|crisi (?:epilettic[ah]e?|convulsiv[ae])|attacc(?:o|hi) (?:epilettic[oi]|di epilessia))',
    'non (?:si )?(?:ferma|fermano|smette|smettono|passa|passano|finisce|finiscono|cessa|cessano)',
    SEIZURE_WILL_NOT_STOP,
  ),
  nounThenStopsNot(
    '(?:sangue|sanguinamento|emorragia)',
    'non (?:si )?(?:ferma|smette|arresta|passa)',
    BLEEDING_WILL_NOT_STOP,
  ),
  [
    "non (?:riesco|riusciamo|riesce) a fermare (?:il sangue|l'emorragia|l emorragia|il sanguinamento)|sanguina (?:senza sosta|di continuo|senza fermarsi)",
    BLEEDING_WILL_NOT_STOP,
  ],
]);

/** German tells the negated "stop" as a separable verb, its "auf" last ("der Anfall hört einfach nicht mehr auf"). */
const GERMAN_STOPS_NOT =
  '(?:hort|horen|will|wollen) (?:einfach |immer noch |gar |schon )?(?:seit [\\p{L}\\d]+ (?:\\p{L}+ )?)?(?:nicht|nich|net|ned) (?:mehr )?auf(?:horen)?';

export const GERMAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('wenn|falls', [
  [
    '(?:hort|horen) (?:einfach )?(?:nicht|nich|net|ned) (?:mehr )?auf zu krampfen|krampft (?:ununterbrochen|ohne pause|immer weiter|die ganze zeit|seit \\d+ minuten)',
    SEIZURE_WILL_NOT_STOP,
  ],
  nounThenStopsNot(
    '(?:krampfanfall|krampfanfalle|anfall|epileptischer anfall|zuckungen)',
    GERMAN_STOPS_NOT,
    SEIZURE_WILL_NOT_STOP,
  ),
  nounThenStopsNot('(?:blutung|blut|nasenbluten)', GERMAN_STOPS_NOT, BLEEDING_WILL_NOT_STOP),
]);

/** Russian and Ukrainian: the negated "stop", "cease", "pass" or "let up" in any person ("не останавливается"). */
const RUSSIAN_STOPS_NOT = 'не (?:останавлива|прекраща|переста|унима|проход|зупиня|припиня|вщуха|минає|мина)\\p{L}*';

/**
 * "Судороги" and "судоми" are a fit and a cramp alike: told of a limb, after a run or with a period ("судоми в литці не
 * минають після пробіжки") they are a cramp, so the word reads as a fit only where the message names none of those.
 */
const NOT_A_LIMB_OR_PERIOD_CRAMP_RUSSIAN =
  '(?!.*(?<!\\p{L})(?:литк|литц|икр|ног|ступн|стоп[аеуы]|пальц|мышц|м.яз|пробежк|пробіжк|тренировк|тренуванн|месячн|місячн))' +
  '(?<!(?<!\\p{L})(?:литк|литц|икр|ног|ступн|стоп[аеуы]|пальц|мышц|м.яз|пробежк|пробіжк|тренировк|тренуванн|месячн|місячн).*)';

export const RUSSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('если|якщо', [
  nounThenStopsNot(
    `(?:(?:судорог\\p{L}*|судом\\p{L}*)${NOT_A_LIMB_OR_PERIOD_CRAMP_RUSSIAN}|припад\\p{L}*|эпиприступ\\p{L}*)`,
    RUSSIAN_STOPS_NOT,
    SEIZURE_WILL_NOT_STOP,
  ),
  nounThenStopsNot(
    '(?:(?:кровь|крови|кровью|кров)(?!\\p{L})|кровотеч\\p{L}*)',
    RUSSIAN_STOPS_NOT,
    BLEEDING_WILL_NOT_STOP,
  ),
  ['не (?:могу|можем|получается|выходит) (?:остановить|зупинити) (?:кровь|кров|кровотечение)', BLEEDING_WILL_NOT_STOP],
]);

export const ROMANIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('daca|in caz ca', [
  nounThenStopsNot(
    '(?:convulsii(?:le)?|convulsia|crizele|criza (?:de epilepsie|epileptica|convulsiva))',
    'nu (?:se )?(?:mai )?(?:opreste|opresc|trece|trec|inceteaza|inceta)',
    SEIZURE_WILL_NOT_STOP,
  ),
  [
    'nu (?:se )?(?:mai )?opreste din convulsii|are convulsii (?:continuu|fara oprire|fara sa se opreasca)',
    SEIZURE_WILL_NOT_STOP,
  ],
]);

/**
 * "Nöbet" is a fit and a duty shift ("hastanede nöbetim bitmiyor"): it reads as a fit only beside a fit's words (consciousness,
 * shaking, epilepsy) or a child's. "Kasılma" (a cramp, a contraction) is never read here.
 */
const TURKISH_FIT_CONTEXT = '(?<!\\p{L})(?:bilinc|titre|sara(?!\\p{L})|saral|epilep|kendinde degil|cocug|bebeg)';
const A_PERSONS_FIT_TURKISH = `(?:(?=.*${TURKISH_FIT_CONTEXT})|(?<=${TURKISH_FIT_CONTEXT}.*))`;

export const TURKISH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP: ReadonlyArray<readonly [string, string]> = [
  nounThenStopsNot(
    `(?:nobet\\p{L}*${A_PERSONS_FIT_TURKISH}|havale\\p{L}*|sara krizi\\p{L}*|epilepsi krizi\\p{L}*)`,
    '(?:durmuyor|durmadi|gecmiyor|gecmedi|kesilmiyor|kesilmedi|bitmiyor|bitmedi)',
    SEIZURE_WILL_NOT_STOP,
  ),
];

/** Dutch's negated "stop" ("stopt niet", "houdt maar niet op"). */
const DUTCH_STOPS_NOT = '(?:stopt|houdt|wil) (?:maar |gewoon )?(?:niet|nie)(?: meer)?(?: op| stoppen)?';

export const DUTCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('als|indien', [
  nounThenStopsNot('(?:bloed|bloeden|bloeding)', DUTCH_STOPS_NOT, BLEEDING_WILL_NOT_STOP),
  ['(?:blijft|blijven) (?:maar )?(?:bloeden|doorbloeden)', BLEEDING_WILL_NOT_STOP],
  nounThenStopsNot('(?:toeval|insult|stuipen|epileptische aanval|stuipaanval)', DUTCH_STOPS_NOT, SEIZURE_WILL_NOT_STOP),
  ['(?:blijft|blijven) (?:maar )?(?:schokken|stuipen)', SEIZURE_WILL_NOT_STOP],
]);

/** Tagalog's negated "stop" ("hindi tumitigil", "ayaw maampat"), before or after the fit. */
const TAGALOG_STOPS_NOT =
  '(?:hindi|di|ayaw) (?:tumitigil|tumigil|huminto|humihinto|maampat|maawat|mapigilan|mapigil|matigil)';

/** A fit in Tagalog words, or in the English words a Tagalog message borrows. */
const TAGALOG_FIT =
  '(?:kombulsyon|kumbulsyon|kombulsiyon|kumbulsiyon|pangingisay|nangingisay|kinukumbulsyon|seizure|seizures)';

export const TAGALOG_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('kung|kapag|pag', [
  [`${TAGALOG_STOPS_NOT}(?: \\p{L}+){0,2} ${TAGALOG_FIT}`, SEIZURE_WILL_NOT_STOP],
  nounThenStopsNot(TAGALOG_FIT, TAGALOG_STOPS_NOT, SEIZURE_WILL_NOT_STOP),
]);

/** Arabic's negated "stop" in dialect and standard forms ("ما بتوقف", "لا تتوقف", "مش عم يوقف"). */
const ARABIC_STOPS_NOT =
  '(?:لا|ما|مو|مش|مب|ماش)(?: عم| قاعد| قاعدة)? ?(?:يتوقف|تتوقف|توقف|يوقف|توقفت|بتوقف|بيوقف|بتوقفش|يوقفش|توقفش|تخلص|يخلص|بتخلص|بيخلص|تروح|يروح|بتروح)';

export const ARABIC_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('اذا|لو|في حال', [
  nounThenStopsNot(
    '(?:التشنجات|التشنج|تشنجات|تشنج|التشنجه|نوبة الصرع|نوبات الصرع|نوبه الصرع|الصرعه)',
    ARABIC_STOPS_NOT,
    SEIZURE_WILL_NOT_STOP,
  ),
]);

/** Persian's negated "stop" ("بند نمی‌آید", "قطع نمیشه"), folded with its non-joiner away. */
const PERSIAN_STOPS_NOT = '(?:بند|قطع|تموم|تمام) ?(?:نمي ?(?:شود|شه|اد|آيد|آد)|نشده|نميشه|نمياد)';

export const PERSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP = unlessAskedWithIf('اگر|اگه', [
  nounThenStopsNot('(?:تشنج\\p{L}*|صرع\\p{L}*)', PERSIAN_STOPS_NOT, SEIZURE_WILL_NOT_STOP),
  nounThenStopsNot('(?:خونريزي\\p{L}*|خون(?!\\p{L}))', PERSIAN_STOPS_NOT, BLEEDING_WILL_NOT_STOP),
]);
