import type { LexiconPhrases } from '../language-lexicon.js';

/**
 * Session 63 (T141): Ukrainian's own everyday words for the 13 categories' red flags, where they are not Russian's and
 * the Russian stems read nothing ("тисне в грудях", "не дихає", "обличчя опустилося", "шия не згинається"): NHS 111 /
 * Pathways, Manchester Triage, NICE NG143 / NG225 / NG232, BE-FAST, Resuscitation Council anaphylaxis. Each finding is
 * read by its verb in any person and tense, so a parent's, a bystander's and a patient's words are read alike.
 */
export const UKRAINIAN_EVERYDAY_PHRASES: LexiconPhrases = [
  // Chest: pain, burning, pressing or squeezing told of the chest (NHS 111 chest pain).
  [
    '(?:болить|болять|пече|пекло|тисне|тиснуло|стискає|стискало|давить|давило|ниє|розриває) (?:\\p{L}+ )?(?:в|у) груд(?:ях|ині|и)|(?:біль|болі|печіння|тиск) (?:\\p{L}+ )?(?:в|у|за) груд(?:ях|ині|иною)|груди (?:болять|пече|тисне|стискає|давить|розриває)|(?:стискає|тисне|давить|пече) груди',
    'chest pain',
  ],
  ['інфаркт\\p{L}*|серцев\\p{L}* напад\\p{L}*', 'heart attack'],
  // What tells such a pain the stomach's or the nerves' (NHS 111: heartburn after food), read as English reads it.
  ['печі\\p{L}*|изжог\\p{L}*', 'heartburn'],
  ['після (?:їжі|їди|жирної їжі|обіду|вечері)', 'after meals'],
  ['коли (?:нервую|хвилююсь|хвилююся|переживаю)', 'when i am stressed'],
  // Breathing: stopped, cannot draw a breath, gasping, barely breathing.
  // A nose that "does not breathe" is a blocked nose, a cold's: only a person's breath stopped is read.
  ['ніс не дихає|не дихає ніс|не дихає носом|носом не дихає', 'has a blocked nose'],
  [
    'не (?:дихає|дихав|дихала|дихають)|(?:перестав|перестала|припинив|припинила) дихати|зупинилося дихання',
    'is not breathing',
  ],
  [
    'не (?:може|можу|міг|могла) (?:вдихнути|вдихати|видихнути|набрати повітря|продихнути)(?! (?:на повні груди|на повну|глибоко|повністю))|хапає (?:ротом )?повітря|ледве (?:дихає|дише)',
    'cannot breathe',
  ],
  // A wheeze or a rattle alone is a cold's as often as not: read as a wheeze, which English weighs with what is beside it.
  ['(?:хрипить|свистить у грудях|свистить при диханні)', 'wheezing'],
  // Stroke: a face gone down on one side, speech slurred or lost, an arm or a side gone weak or numb (BE-FAST).
  [
    "(?:обличчя|рот|кут рота|губа|щока)(?: \\p{L}+){0,4} (?:опустил\\p{L}*|опустив\\p{L}*|перекосил\\p{L}*|перекосив\\p{L}*|скривил\\p{L}*|скривив\\p{L}*|обвисл\\p{L}*|з'їхав|з.їхав)|(?:перекошен\\p{L}*|скривлен\\p{L}*) (?:обличчя|рот)",
    'face drooping',
  ],
  [
    '(?:плутає|плутала|плутав) слова|слова плутає|язик (?:заплітається|заплітався|не слухається)|говорить (?:невиразно|нерозбірливо|як п.яний|незрозуміло)|(?:невиразна|нерозбірлива) мова',
    'slurred speech',
  ],
  [
    '(?:рука|нога|права рука|ліва рука|права нога|ліва нога) (?:\\p{L}+ )?(?:оніміла|онімів|ослабла|не піднімається|не слухається|повисла|відняла\\p{L}*|як чужа)|не (?:може|можу) підняти (?:руку|ногу)|(?:оніміла|онімів|віднялася|віднялась) (?:половина|права сторона|ліва сторона|одна сторона)',
    'suddenly weak arm and numb on one side',
  ],
  ['інсульт\\p{L}*', 'stroke'],
  // Seizure: a fit, foam at the mouth, a body jerking.
  ['піна (?:з|з рота|на губах|з роту)|(?:з|із) рота піна', 'foaming at the mouth'],
  [
    '(?:у (?:нього|неї|сина|доньки|дитини|чоловіка|мами|тата) )?(?:припадок|напад судом|епіприпадок)',
    'is having a seizure',
  ],
  [
    '(?:сіпається|сіпаються|смикається|смикаються) (?:все тіло|руки й ноги|руки і ноги|руки|ноги)|все тіло (?:сіпається|смикається|трусить)',
    'is having a seizure',
  ],
  // Poisoning and self-harm: a whole pack, many tablets or sleeping pills swallowed.
  [
    '(?:випи\\p{L}*|з.ї\\p{L}*|ковтну\\p{L}*|наковта\\p{L}*|прийня\\p{L}*|прийма\\p{L}*) (?:всі|усі|цілу|пачку|упаковку|багато|купу|жменю)(?: \\p{L}+)? (?:таблет\\p{L}*|пігул\\p{L}*|ліки|ліків|снодійн\\p{L}*)',
    'took an overdose of pills',
  ],
  ['(?:наковта\\p{L}*|випи\\p{L}*|ковтну\\p{L}*) (?:\\p{L}+ )?снодійн\\p{L}*', 'took a lot of sleeping pills'],
  // Anaphylaxis: the throat closing, swallowing lost, hives, after a food or a sting.
  [
    'горло (?:стискає|стиснуло|закривається|перехоплює|здавлює)|(?:стискає|перехопило|здавлює) горло',
    'throat is closing up',
  ],
  ['кропив.янк\\p{L}*|пухир\\p{L}* по (?:всьому )?тілу|висипк\\p{L}* по (?:всьому )?тілу', 'hives all over'],
  ['горіх\\p{L}*|арахіс\\p{L}*', 'peanuts'],
  ['креветк\\p{L}*|морепродукт\\p{L}*', 'shrimp'],
  // Meningitis: a neck that will not bend, a rash that does not fade under a glass, light that hurts (NICE NG143).
  [
    'шия не (?:згинається|гнеться|нахиляється|повертається)|не (?:може|можу) (?:зігнути|нахилити|опустити) (?:шию|голову)|ригідн\\p{L}* (?:потилиц\\p{L}*|шиї)|(?:потилиця|шия) (?:тверда|задерев.яніла|кам.яна)',
    'stiff neck',
  ],
  [
    '(?:висип\\p{L}*|плям\\p{L}*|цятк\\p{L}*)(?: \\p{L}+){0,2} не (?:зникає|зникають|блідне|бліднуть|бліднуть|пропадає|пропадають)',
    'non-blanching rash',
  ],
  ['світло (?:ріже|болить|дратує)(?: \\p{L}+)? очі|(?:боїться|болять очі від) світла', 'light hurts his eyes'],
  // A young infant: not feeding, limp, breathing fast, cold to the touch (NICE NG143 traffic light).
  [
    'не (?:їсть|бере груди|бере грудь|смокче|п.є молоко|хоче їсти)|відмовляється від (?:їжі|груді|грудей|пляшечки)',
    'not feeding',
  ],
  ['(?:млявий|млява|кволий|квола|в’ялий|в.яла|в.ялий|як ганчірка)', 'floppy'],
  ['дихає (?:часто|дуже часто|швидко)|часто дихає', 'breathing fast'],
  // Obstetric: dizzy or fainting with a bleed in pregnancy.
  ['запаморочення|паморочиться|крутиться голова', 'dizzy'],
];
