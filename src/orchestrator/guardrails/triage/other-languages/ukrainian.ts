import { UKRAINIAN_EVERYDAY_PHRASES } from './everyday-words/ukrainian.js';
import { toldAnywhere, toldNowhere } from './language-lexicon.js';

/**
 * Ukrainian, read beside Russian in the Cyrillic lexicon (issue 11: patients write in it). The words the two languages
 * share ("не", "температура", "судоми") are Russian's; these are Ukrainian's own, for the emergencies of the protocols
 * (NHS 111, NICE NG143, NG217, NG225, NG232, BE-FAST, Resuscitation Council anaphylaxis): breath that will not come,
 * blue lips, a bleed that will not stop, blood vomited, someone who does not come round or respond, a fit, a face
 * drooping, a wish to die and pills swallowed, a throat swelling after a sting, a head struck. Its "if" ("якщо"), its
 * "yesterday" and "there is none" ("немає"), so a question or a finding denied stays one.
 */
/** A film, a series, a book, a game or a joke told anywhere: a hanging or a farewell in a story is no one's intent. */
const NOT_A_STORY_OR_A_JOKE = toldNowhere(
  '(?:фільм\\p{L}*|кіно|серіал\\p{L}*|книж\\p{L}*|книг\\p{L}*|гр[аиуі]\\p{L}*|мультик\\p{L}*|жартую|жарт\\p{L}*|😂|🤣|😅|😆|😹)',
);
/** Work, a holiday, a move or a group chat told anywhere: a goodbye to colleagues is not a farewell to life. */
const NOT_AN_ORDINARY_LEAVING = toldNowhere(
  '(?:колег\\p{L}*|відпуст\\p{L}*|робот\\p{L}*|груп\\p{L}*|чат\\p{L}*|звільн\\p{L}*|переїзд\\p{L}*|переїжд\\p{L}*|звіт\\p{L}*)',
);

/** A period told as it always is ("місячні ... як завжди"): the person's usual heavy days, for the GP, not a bleed to stop. */
const A_PERIOD_AS_USUAL = `(?:${toldNowhere('(?:місячн\\p{L}*|менструац\\p{L}*)')}|${toldNowhere(
  '(?:як завжди|як зазвичай|як кожного місяця)',
)})`;

export const UKRAINIAN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  // Session 59 (T114): a goodbye letter, and ending it all told beside one or a means (NICE NG225); a goodbye to colleagues
  // or a class, and work finished today, are not.
  [
    '(?:написа\\p{L}* |залиши\\p{L}* )?прощальн\\p{L}* (?:лист\\p{L}*|записк\\p{L}*|повідомленн\\p{L}*)(?![^.!?]{0,80}(?:колег|співробітник|робот|пенсі|весілл|школ|клас|команд))',
    'i wrote a goodbye letter',
  ],
  [
    `(?:все|усе) (?:закінчу|скінчу|покінчу)${toldAnywhere('(?:прощальн|таблетк|пігулк|мотузк|повіш|даху|мосту|вікна|не хочу жити|жити не хочу)')}|покінч\\p{L}* (?:з|із) (?:собою|життям)`,
    'tonight i will end it all',
  ],
  // Session 58 (T109): what Ukrainian tells in its own verbs that the Russian stems do not reach (TOXBASE corrosives,
  // NICE NG225, Manchester Triage): vinegar or bleach drunk, a hanging or a jump said in the first or third person, wrists
  // cut, a goodbye to all beside despair, voices heard, a stream of blood, someone struck by a car.
  [
    '(?:випи\\p{L}*|ковтну\\p{L}*|наковта\\p{L}*) (?:оцет|оцту|оцтов\\p{L}* есенці\\p{L}*|есенці\\p{L}*|відбілювач\\p{L}*|білизн\\p{L}*|хлорк\\p{L}*|кислот\\p{L}*|луг\\p{L}*|бензин\\p{L}*|отрут\\p{L}*|розчинник\\p{L}*|засіб для \\p{L}+)(?! (?:з водою|з медом|розведен\\p{L}*|для схуднення))',
    'drank bleach',
  ],
  [
    `${NOT_A_STORY_OR_A_JOKE}(?<![\\p{L}])(?:повішусь|повіситься|повісився|повісилась|повіситись|повіситися)(?![\\p{L}])`,
    'will hang himself',
  ],
  [
    '(?:стрибну|кинусь|скинусь|зістрибну|стрибне|кинеться) (?:з|під) (?:даху|мосту|балкона|вікна|потяг|поїзд|багатоповерхівки)',
    'i will jump off the bridge',
  ],
  ['(?:порізав|порізала|перерізав|перерізала|розрізав|розрізала) (?:собі )?(?:вени|зап.ястя)', 'i cut my wrists'],
  [
    `${NOT_AN_ORDINARY_LEAVING}(?:всім )?(?:прощавайте|прощайте|пробачте мені (?:все|за все))(?: (?:всі|усі|всім|рідні|друзі))?${toldAnywhere('(?:не можу більше|більше не можу|не хочу (?:більше )?жити|жити не хочу|таблет\\p{L}*|пігулк\\p{L}*|померти|вмерти|покінчити|більше не побачимось)')}`,
    'i sent a goodbye message to everyone',
  ],
  [
    '(?<!(?:деменц|альцгеймер|багато років|кілька років|роками)[^.!?]{0,60})чу(?:є|ю|в|ла|ють) голоси(?![^.!?]{0,60}(?:телевізор|радіо|сусід|за стіною|роками|деменц|альцгеймер|лікується|стабільн))',
    'hears voices',
  ],
  [
    `${A_PERIOD_AS_USUAL}кров (?:тече|ллє|б.є|йде) (?:струмком|струменем|рікою|фонтаном|без зупинки)`,
    'the bleeding will not stop',
  ],
  [
    '(?:його|її|мене) (?:збила|збив|збило) (?:машина|автівка|автомобіль|вантажівка|мотоцикл)|(?:збит\\p{L}*|збило) (?:машиною|автівкою|автомобілем)',
    'he was hit by a car',
  ],
  [
    '(?:не (?:може|можу|міг|могла|можемо) (?:нормально )?дихати|задихає\\p{L}*|важко дихати|не вистачає повітря)',
    'cannot breathe',
  ],
  ['губи (?:сині|посиніли|синіють)|(?:сині|посинілі) губи', 'blue lips'],
  [
    'кров (?:не (?:зупиняється|зупиняеться|спиняється|припиняється)|ллється|хлище|б.є фонтаном)|(?:не (?:можемо|можу|можуть) (?:зупинити|спинити) кров\\p{L}*)|сильна кровотеча',
    'the bleeding will not stop',
  ],
  ['(?:блює|блював|блювала|блюю|блювота з|вирвало|рве|рвало) кров.?ю', 'vomiting blood'],
  ['(?:знепритомні\\p{L}*|непритомн\\p{L}*|втратив свідомість|втратила свідомість|без свідомості)', 'unconscious'],
  [
    'не (?:реагує|відповідає|приходить до тями|прокидається)|не (?:можу|можемо) (?:його |її )?розбудити',
    'not responding',
  ],
  [
    '(?:б.ється|бється) в судомах|(?:почалися|почались|у нього|у неї) судоми|його трусить|її трусить|напад епілепсії',
    'is having a seizure',
  ],
  ['(?:перекосило (?:обличчя|рот)|обличчя (?:перекосило|перекошене))', 'face drooping'],
  ['(?:не може|не можу) (?:говорити|розмовляти)|мова (?:плутається|нечітка)', 'cannot speak'],
  [
    '(?:хоч\\p{L}* (?:(?:вмерти|померти)(?! від)|покінчити з собою|накласти на себе руки)|не хочу (?:більше )?жити|покінчу з собою|накладу на себе руки|вб.ю себе)',
    'i want to kill myself',
  ],
  // Suicide as a topic: thoughts of it denied stay a denial (review V36, 21:13); told, they are suicidal thoughts.
  [
    '(?:не думаю|не думав|не думала) (?:про|о) самогубств\\p{L}*|(?:немає|нема|не було) (?:жодних )?думок (?:про|о) самогубств\\p{L}*',
    'no suicidal thoughts',
  ],
  ['думк\\p{L}* (?:про|о) самогубств\\p{L}*|думаю (?:про|о) самогубств\\p{L}*', 'suicidal thoughts'],
  ['самогубств\\p{L}*', 'suicide'],
  [
    '(?:а |і )?(?:сьогодні |зараз |вже )?(?:все|усе) (?:вже )?(?:добре|гаразд|нормально|пройшло)',
    'and now all is fine',
  ],
  [
    'наковтав\\p{L}* (?:\\p{L}+ )?(?:таблеток|пігулок|ліків)|(?:випи\\p{L}*|з.ї\\p{L}*) (?:всі|усі|цілу упаковку|пачку) (?:таблетки|пігулки|ліки|таблеток)',
    'took an overdose of pills',
  ],
  [
    '(?:набряк\\p{L}*|опух\\p{L}*) (?:горло|язик|губи|обличчя)|(?:горло|язик|обличчя) (?:набрякло|набряк|опухло|опух)',
    'throat swelling',
  ],
  ['(?:вкусила|вжалила|вкусив|вжалив) (?:бджола|оса|шершень)', 'stung by a bee'],
  ['вдари\\p{L}* (?:головою|голову)|удар (?:по )?голов\\p{L}*', 'hit his head'],
  ['(?:ошпари\\p{L}*|обпік\\p{L}*|опік\\p{L}*) (?:окропом|гарячою водою)', 'scalded with boiling water'],
  ['вагітн\\p{L}*', 'pregnant'],
  // A child's age in months or weeks beside the child ("немовля 1 місяць"; NICE NG143).
  [
    '(?<=(?:немовл|малюк|малят|дитин|донц|доньк|синов|син)\\p{L}*[^.!?]{0,20})(?:\\d+) (?:місяць|місяця|місяці|місяців)',
    '# months old',
  ],
  [
    '(?<=(?:немовл|малюк|малят|дитин|донц|доньк|синов|син)\\p{L}*[^.!?]{0,20})(?:\\d+) (?:тиждень|тижні|тижнів)',
    '# weeks old',
  ],
  // "У сина" (my son's): the Russian stems would read "син" as blue.
  ['(?<![\\p{L}])(?:сина|сину|синові|сином|синочок|синочка)(?![\\p{L}])', 'my son'],
  ['що (?:робити|мені робити|нам робити)', 'what to do'],
  // "If" with no article after it: "if child cannot breathe" would be read as a report, "if a child" is a question.
  ['якщо (?:у )?(?:дитина|дитини|малюк|немовля)', 'if a child'],
  ['якщо', 'if'],
  ['немає', 'no'],
  ...UKRAINIAN_EVERYDAY_PHRASES,
];

/** Ukrainian's own words for who it happens to and when. */
export const UKRAINIAN_WORDS: Readonly<Record<string, string>> = {
  донька: 'my daughter',
  доня: 'my daughter',
  чоловік: 'my husband',
  дружина: 'my wife',
  тато: 'my father',
  бабуся: 'my grandmother',
  дідусь: 'my grandfather',
  дитина: 'child',
  немовля: 'baby',
  малюк: 'baby',
  вчора: 'yesterday',
  сьогодні: 'today',
  зараз: 'now',
  вже: 'already',
  дуже: 'very',
  він: 'he',
  вона: 'she',
  блює: 'vomiting',
  блював: 'vomited',
  блювала: 'vomited',
  впала: 'fell',
  впав: 'fell',
  і: 'and',
  й: 'and',
};
