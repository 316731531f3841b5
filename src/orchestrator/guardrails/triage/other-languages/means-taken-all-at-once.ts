import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * A means put aside and all of it to be taken (NICE NG225 and the Columbia scale: a plan with a means at hand), told the
 * way each language of the first group tells the taking: with an object pronoun for what was put aside ("me las tomo
 * todas", "je les avale toutes", "nehme sie alle", "tomármelo"), a verb of going to with the thing left unsaid ("vou
 * tomar hoje"), or Chinese "一次吃完" (all at one go). Read as "i will take them all" only beside a means told in the
 * message (pills, poison, charcoal), and never as a routine ("todas las mañanas", "tous les matins", "alle zwei Tage").
 * Buying the means ("comprei", "ho comprato") and sealing a room told in Italian are read as the English rules name
 * them. Folded, as the lexicons are.
 */
const TAKE_THEM_ALL = 'i will take them all';
/** The same with a time set told anywhere in the message: the plan's when, which the English rules read as "tonight". */
const TAKE_THEM_ALL_TONIGHT = 'i will take them all tonight';

/**
 * A time set for it (tonight, today, when the others are asleep or out), in each language's words (folded): told
 * anywhere in the message, as a plan tells it before or after the taking.
 */
const A_TIME_SET = {
  spanish: toldAnywhere(
    '(?:esta noche|hoy|manana|ahorita|cuando (?:se duerman|todos duerman|no haya nadie|me quede sol[oa]|acabe|termine))',
  ),
  portuguese: toldAnywhere(
    '(?:hoje|hj|esta noite|essa noite|amanha|quando (?:todos dormirem|eles dormirem|ficar sozinh[oa]|nao tiver ninguem))',
  ),
  french: toldAnywhere(
    "(?:ce soir|cette nuit|aujourd'?hui|demain|quand (?:ils|elles|tout le monde) (?:dormiront|dorment|seront))",
  ),
  german: toldAnywhere('(?:heute nacht|heute abend|heute|morgen|wenn (?:alle|sie) (?:schlafen|weg sind))'),
  chinese: toldAnywhere('(?:今晚|今天晚上|今天|明天|周末|週末|等[^，。！？,]{0,8}(?:睡|没人|沒人|不在))'),
} as const;

/**
 * The means put aside, not merely named: pills stashed, saved, hidden or bought, a poison, or despair told beside them
 * (folded). Pills named alone are a prescription, and taking them all at once in the morning is a routine (review V31).
 */
const MEANS_PUT_ASIDE = {
  spanish: toldAnywhere(
    '(?:guardando|guardad[oa]s|guarde|juntando|junte|ahorrando|ahorre|escondid[oa]s?|escondi|compre|veneno|raticida|matarratas|morir|matarme|suicid|no aguanto|ya no puedo|no quiero (?:vivir|seguir)|despedi)',
  ),
  portuguese: toldAnywhere(
    '(?:guardando|guardei|juntando|juntei|escondi|comprei|veneno|chumbinho|raticida|morrer|me matar|suicid|nao aguento|nao quero (?:viver|mais))',
  ),
  french: toldAnywhere(
    "(?:mis de cote|mises de cote|garde|gardees|stocke|cache|achete|accumule|economise|poison|mort-aux-rats|mourir|me tuer|suicid|en finir|n'en peux plus)",
  ),
  german: toldAnywhere(
    '(?:gesammelt|gehortet|gebunkert|angespart|versteckt|gekauft|bereitgelegt|gift|rattengift|sterben|umbringen|suizid|selbstmord|nicht mehr leben|kann nicht mehr)',
  ),
  chinese: toldAnywhere('(?:囤|攒|攢|存|藏|买|買|毒|想死|不想活|自杀|自殺|结束|結束)'),
} as const;

/** A routine told anywhere in the message: a time of day with a meal, together, daily (folded). */
const NOT_A_ROUTINE = {
  spanish:
    '(?![^]*(?:juntas|juntos|por la manana|en la manana|con el desayuno|con la comida|con la cena|cada (?:dia|manana|noche)|todos los dias|al dia|diario|receta))(?<![^]*(?:cada (?:dia|manana|noche)|todos los dias|receta|olvide tomar|se me olvido)[^]*)',
  portuguese:
    '(?![^]*(?:juntos|juntas|de manha|pela manha|com o cafe|no almoco|no jantar|todo dia|todos os dias|por dia|receita))(?<![^]*(?:esqueci|todo dia|todos os dias|receita|pulo a dose|pular a dose)[^]*)',
  french:
    '(?![^]*(?:ensemble|le matin|au petit-dejeuner|au repas|chaque (?:jour|matin|soir)|tous les jours|par jour|ordonnance))(?<![^]*(?:oublie de prendre|chaque (?:jour|matin|soir)|tous les jours|ordonnance)[^]*)',
  german:
    '(?![^]*(?:zusammen|morgens|abends|zum fruhstuck|zum essen|taglich|jeden tag|pro tag|rezept))(?<![^]*(?:vergessen|morgens|abends|taglich|jeden tag|rezept)[^]*)',
  chinese:
    '(?![^，。！？,]{0,12}(?:吗|嗎|还是|還是|能不能|可不可以|可以吗|可以嗎))(?<!(?:医生|醫生|按时|按時|每天)[^]*)',
} as const;

export const SPANISH_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  [
    `${A_TIME_SET.spanish}${MEANS_PUT_ASIDE.spanish}${NOT_A_ROUTINE.spanish}(?:me )?(?:las|los) (?:tomo|trago|tomare|tragare|voy a tomar|voy a tragar) (?:todas|todos)(?! (?:las|los) (?:mananas|noches|dias|semanas))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.spanish}${NOT_A_ROUTINE.spanish}(?:me )?(?:las|los) (?:tomo|trago|tomare|tragare|voy a tomar|voy a tragar) (?:todas|todos)(?! (?:las|los) (?:mananas|noches|dias|semanas))`,
    TAKE_THEM_ALL,
  ],
  [
    `${A_TIME_SET.spanish}${MEANS_PUT_ASIDE.spanish}${NOT_A_ROUTINE.spanish}(?:voy a|pienso|quiero|vo a) (?:tomarmel[oa]s?|tragarmel[oa]s?|bebermel[oa]s?)(?: tod[oa]s?)?(?! (?:con|despues de|antes de) (?:la |el )?(?:comida|desayuno|cena|agua))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.spanish}${NOT_A_ROUTINE.spanish}(?:voy a|pienso|quiero|vo a) (?:tomarmel[oa]s?|tragarmel[oa]s?|bebermel[oa]s?)(?: tod[oa]s?)?(?! (?:con|despues de|antes de) (?:la |el )?(?:comida|desayuno|cena|agua))`,
    TAKE_THEM_ALL,
  ],
];

export const PORTUGUESE_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  ['comprei', 'i bought'],
  [
    `${A_TIME_SET.portuguese}${MEANS_PUT_ASIDE.portuguese}${NOT_A_ROUTINE.portuguese}(?:eu )?(?:vou|pretendo|quero) (?:tomar|engolir|beber)(?: (?:tudo|todos|todas|ele|ela))?(?= (?:hoje|hj|esta noite|essa noite|a noite|quando|depois|amanha|agora))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.portuguese}${NOT_A_ROUTINE.portuguese}(?:eu )?(?:vou|pretendo|quero) (?:tomar|engolir|beber)(?: (?:tudo|todos|todas|ele|ela))?(?= (?:hoje|hj|esta noite|essa noite|a noite|quando|depois|amanha|agora))`,
    TAKE_THEM_ALL,
  ],
];

export const FRENCH_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  [
    `${A_TIME_SET.french}${MEANS_PUT_ASIDE.french}${NOT_A_ROUTINE.french}(?:je )?(?:les|le|la) (?:avale|prends|avalerai|prendrai|vais avaler|vais prendre) (?:toutes|tous|tout)(?! les (?:jours|matins|soirs|nuits|semaines))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.french}${NOT_A_ROUTINE.french}(?:je )?(?:les|le|la) (?:avale|prends|avalerai|prendrai|vais avaler|vais prendre) (?:toutes|tous|tout)(?! les (?:jours|matins|soirs|nuits|semaines))`,
    TAKE_THEM_ALL,
  ],
];

/** A grill, a barbecue or a stove, or warming a room, in Italian (folded). */
const COOKING = 'grigliat|griglia|barbecue|bbq|brace|arrost|camino|stufa|picnic|cucina|scaldar|riscald';

export const ITALIAN_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  ['ho comprato', 'i bought'],
  // Charcoal for a grill, a stove or to warm the room is cooking or heating, wherever it is told.
  [`(?:la )?carbonella${toldNowhere(`(?:${COOKING})`)}`, 'charcoal'],
  [
    '(?:sigillo|sigillero|chiudo|chiudero|sigillare|chiudere) (?:la stanza|la camera|la porta e le finestre)',
    'seal the room',
  ],
];

export const GERMAN_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  [
    `${A_TIME_SET.german}${MEANS_PUT_ASIDE.german}${NOT_A_ROUTINE.german}(?:ich )?(?:nehme|nehm|schlucke|schluck) (?:sie|die) (?:\\p{L}+ ){0,3}alle(?! (?:\\d|zwei|drei|vier|funf|sechs|acht|zwolf|paar) )(?! (?:tage|stunden|wochen))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.german}${NOT_A_ROUTINE.german}(?:ich )?(?:nehme|nehm|schlucke|schluck) (?:sie|die) (?:\\p{L}+ ){0,3}alle(?! (?:\\d|zwei|drei|vier|funf|sechs|acht|zwolf|paar) )(?! (?:tage|stunden|wochen))`,
    TAKE_THEM_ALL,
  ],
];

export const CHINESE_MEANS_TAKEN_ALL: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:偷偷)?(?:囤|攒|攢|存|藏)(?:好|够|夠|起来|起來)?(?:了|着|著)(?:[^，。！？,]{0,8})(?:药|藥)|(?:药|藥)(?:都|全)?(?:偷偷)?(?:囤|攒|攢|存|藏)(?:好|够|夠|起来|起來)?了`,
    'i have stashed pills',
  ],
  [
    `${A_TIME_SET.chinese}${MEANS_PUT_ASIDE.chinese}${NOT_A_ROUTINE.chinese}(?<!是|还是|還是)(?:就)?(?:一次|一口气|一口氣|全部|通通|统统|統統)(?:都)?(?:吃完|吃掉|吃光|吞掉|吞完|吞下去)(?![^，。！？,]{0,6}(?:还是|還是|吗|嗎|分))`,
    TAKE_THEM_ALL_TONIGHT,
  ],
  [
    `${MEANS_PUT_ASIDE.chinese}${NOT_A_ROUTINE.chinese}(?<!是|还是|還是)(?:就)?(?:一次|一口气|一口氣|全部|通通|统统|統統)(?:都)?(?:吃完|吃掉|吃光|吞掉|吞完|吞下去)(?![^，。！？,]{0,6}(?:还是|還是|吗|嗎|分))`,
    TAKE_THEM_ALL,
  ],
];
