import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 51 (T80): bleeding that firm pressure does not stop (Resuscitation Council UK first aid; Manchester Triage
 * "uncontrollable major haemorrhage"), told in the European languages of the second group by its two parts: someone
 * pressing on the wound, in any person or tense ("apretamos", "uciskam", "j'appuie", "прижимаю"), and the pressure
 * failing, told any way a speaker tells it: the blood keeps coming, the cloth is soaked through, nothing helps, it does
 * not stop with no subject told ("e não para"). The lexicons read "the blood does not stop" and a spurt, but left the
 * verb of pressing and these ways of failing unread, so the English rule that weighs "pressing on it ... it does not
 * stop" never saw them.
 *
 * Each part is read only beside the other and blood told anywhere, and never where the bleeding is told stopped
 * (a cut pressed for five minutes that stopped, a nosebleed that stopped), nor beside a blood pressure. Patterns are
 * folded (Latin letters without their marks, lower case).
 */

const PRESSING = 'pressing on it';
const FAILING = 'the bleeding does not stop';

interface PressureWords {
  readonly blood: string;
  /** Pressing on a wound, in any person or tense. */
  readonly pressing: string;
  /** The pressure failing: keeps coming, soaked through, nothing helps, does not stop. */
  readonly failing: string;
  /**
   * The bleeding told stopped, a blood pressure, blood taken for a test, a period, a bruise, a pain or a drop of blood
   * (review V33, 12:31): the parts stay unread.
   */
  readonly stopped: string;
}

/** One language's two parts, each read beside the other and blood, where no stopping is told. */
export function pressureParts(words: PressureWords): LexiconPhrases {
  const held = `${toldNowhere(words.stopped)}${toldAnywhere(`(?:${words.blood})`)}`;
  // The failing is the bleeding's: blood is told in its sentence (review V33, 12:31: a bruise or a pain that will not go).
  const bloodInItsSentence = `(?:(?<=(?:${words.blood})[^.!?]*)|(?=[^.!?]*(?:${words.blood})))`;
  const ending = '(?![\\p{L}])';
  return [
    [`${held}${toldAnywhere(`(?:${words.failing})${ending}`)}(?:${words.pressing})${ending}`, PRESSING],
    [
      `${held}${bloodInItsSentence}${toldAnywhere(`(?:${words.pressing})${ending}`)}(?:${words.failing})${ending}`,
      FAILING,
    ],
  ];
}

export const SPANISH_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'sangr',
  pressing: '(?:apret|presion|comprim|tapon)\\p{L}*|aprieto|aprietan?',
  failing:
    'sigue (?:saliendo|sangrando|brotando|chorreando)|no (?:para|paraba|se detiene|se para|se corta|deja de sangrar)|(?:nada|no) (?:sirve|funciona|ayuda)|traspas\\p{L}*|empap\\p{L}*',
  stopped:
    '(?<!no )(?:paro|se detuvo|se corto la sangre|dejo de sangrar)|presion arterial|tension arterial|sacar(?:on|me)? sangre|analisis|regla|menstru|moreton|hematoma|poquit|minuscul|gotita',
});

export const PORTUGUESE_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'sangu|sangr',
  pressing: '(?:apert|pression|comprim|estanc)\\p{L}*',
  failing:
    'continua (?:saindo|sangrando|escorrendo|jorrando)|(?:nao|n) (?:para|parou|estanca|estancou|adianta)|nada (?:adianta|resolve)|encharc\\p{L}*|atravess\\p{L}*',
  stopped:
    '(?<!(?:nao|n) )(?:parou|estancou)|pressao arterial|pressao (?:alta|baixa)|tir(?:ei|ou|aram|ar) sangue|exame de sangue|menstru|roxo|hematoma|pouquinho|gotinha',
});

export const ITALIAN_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'sangu',
  pressing: '(?:prem|comprim|tampon)\\p{L}*|faccio pressione|facciamo pressione',
  failing:
    'continua a (?:uscire|sanguinare|colare)|non (?:si ferma|smette|si arresta|serve a niente|si blocca)|(?:niente|nulla) da fare|inzupp\\p{L}*|sanguina ancora',
  stopped:
    '(?<!non )(?:si e fermat|ha smesso|smesso di sanguinare)|pressione arteriosa|pressione (?:alta|bassa)|prelievo|ciclo|mestru|livido|ematoma|il dolore non|pochino|goccia',
});

export const FRENCH_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'sang|saign',
  pressing: 'appui\\p{L}*|appuy\\p{L}*|comprim\\p{L}*|(?:je|on|il|elle) (?:press|compress)\\p{L}*',
  failing:
    "saigne (?:toujours|encore)|continue (?:de|a) (?:saigner|couler)|ne s'arrete pas|(?:ca|rien) n'y fait|rien ne marche|traverse|imbib\\p{L}*|tremp\\p{L}*",
  stopped:
    "(?<!ne )s'est arrete|a arrete de saigner|ne saigne plus|tension arterielle|prise de sang|regles|hematome|un bleu|la douleur ne|un peu de sang|goutte",
});

export const GERMAN_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: '(?<!\\p{L})blut(?!druck)',
  pressing: 'druck\\p{L}*|gedruckt|presse|pressen|gepresst|abgedruckt',
  failing:
    'hort nicht auf|(?:stoppt|steht) nicht|hilft (?:nichts|nicht)|blutet (?:weiter|immer noch|trotzdem)|durch(?:geblutet|geweicht|getrankt)|kommt immer (?:noch|mehr|weiter)',
  stopped:
    'aufgehort|blutet nicht mehr|gestoppt|blutdruck|blutabnahme|periode|menstru|blauer fleck|bluterguss|gegen (?:den |die )?schmerz|bisschen|tropfen',
});

export const POLISH_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'krew|krwi|krwaw',
  pressing: '(?:ucisk|docisk|przycisk|ucisn|docisn|przycisn)\\p{L}*',
  failing:
    'nic nie (?:daje|pomaga)|nie (?:przestaje|ustaje|pomaga|staje|zatrzymuje)|(?:leci|cieknie|plynie) (?:dalej|caly czas|nadal)|przesiak\\p{L}*|strumieniem',
  stopped: '(?<!nie )(?:przestal|ustal|zatrzymal)\\p{L}*|cisnieni|pobrani|okres|miesiaczk|siniak|troszk|kropl',
});

export const RUSSIAN_PRESSURE_FAILING: LexiconPhrases = pressureParts({
  blood: 'кров',
  pressing: '(?:прижима|зажима|придавлива|пережима|прижал|зажал|пережал|давим|давлю|давят)\\p{L}*',
  failing:
    'не (?:останавлива|прекраща|унима|помога|переста)\\p{L}*|(?:теч[её]т|ид[её]т|хлещет|ль[её]т) (?:дальше|вс[её] равно|не переставая)|пропита\\p{L}*|промок\\p{L}*|насквозь',
  stopped:
    '(?<!не )(?:останови|перестал|прекрати)\\p{L}*|давлени|сда(?:л|ла|ть|ю) кровь|анализ|месячн|синяк|чуть-чуть|капл',
});
