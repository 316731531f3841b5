import { RUSSIAN_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { RUSSIAN_PILLS_TOLD_BY_THEIR_COUNT } from './pills-told-by-their-count-or-pack.js';
import { RUSSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { RUSSIAN_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { RUSSIAN_GREEN_VOMIT } from './green-vomit-told-by-its-colour.js';
import { RUSSIAN_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { RUSSIAN_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { RUSSIAN_FINDINGS } from './breathing-bleeding-children/russian.js';
import { RUSSIAN_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { RUSSIAN_EVERYDAY_PHRASES, RUSSIAN_EVERYDAY_WORDS } from './everyday-words/russian.js';
import { stemsOf } from './everyday-words/word-stems.js';
import { RUSSIAN_INTENT_AND_CRISIS } from './intent-and-crisis/russian.js';
import { RUSSIAN_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/russian.js';
import { RUSSIAN_NOT_HERE_ANYMORE } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { RUSSIAN_HEAD_KNOCK_WITH_WHAT_FOLLOWED } from './head-knock-with-fluid-thinners-or-vomiting.js';
import { NOT_BEFORE_A_LENGTH_OR_WEIGHT, toldAnywhere, toldNowhere, type LanguageLexicon } from './language-lexicon.js';
import { RUSSIAN_MODIFIERS } from './modifiers/russian.js';
import { UKRAINIAN_PHRASES, UKRAINIAN_WORDS } from './ukrainian.js';
import {
  RUSSIAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
  UKRAINIAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
} from './breath-told-by-what-is-seen.js';

/** Russian (and the same words in Ukrainian where they match), read by word stems: its endings change with case and person. */
/**
 * Session 46: findings told absent the Russian way, in the genitive before "нет" (there is none) or after "ни" (neither):
 * "одышки и боли в груди нет", "ни температуры, ни рвоты". Each is written out as its own "X нет", which the negation told
 * after reads finding by finding; read as one, the negation reached only the last of them.
 */
const ABSENT_IN_THE_GENITIVE =
  '(?:одышки|боли(?: в (?:груди|животе|спине|голове))?|головной боли|температуры|жара|кашля|рвоты|тошноты|слабости|онемения|судорог|сыпи|отека|отеков|крови|кровотечения|поноса|потери сознания)';
const ABSENT_TOLD_TOGETHER = new RegExp(
  `(?<![\\p{L}])(${ABSENT_IN_THE_GENITIVE})((?:,? (?:и|или) ${ABSENT_IN_THE_GENITIVE})+) (нет|не было)(?![\\p{L}])`,
  'gu',
);
const NEITHER_NOR = new RegExp(
  `(?<![\\p{L}])ни (${ABSENT_IN_THE_GENITIVE})((?:,? ни ${ABSENT_IN_THE_GENITIVE})+)(?![\\p{L}])`,
  'gu',
);

function withEachAbsenceTold(folded: string): string {
  return folded
    .replace(ABSENT_TOLD_TOGETHER, (_whole, first: string, rest: string, none: string) =>
      [first, ...rest.split(/,? (?:и|или) /u).filter(Boolean)].map((finding) => `${finding} ${none}`).join(', '),
    )
    .replace(NEITHER_NOR, (_whole, first: string, rest: string) =>
      [first, ...rest.split(/,? ни /u).filter(Boolean)].map((finding) => `${finding} нет`).join(', '),
    );
}

/** A film, a book, a game, a joke or a report told anywhere: a hanging in them is no one's act (review V39). */
const NOT_A_FILM_OR_A_JOKE = toldNowhere(
  '(?:фильм\\p{L}*|кино|сериал\\p{L}*|книг\\p{L}*|игр[аеуы]\\p{L}*|мультик\\p{L}*|шучу|шутка|шутк\\p{L}*|отчёт\\p{L}*|отчет\\p{L}*|скук\\p{L}*|лекци\\p{L}*|на (?:этой|этой же) паре)',
);

export const RUSSIAN: LanguageLexicon = {
  language: 'Russian',
  script: 'cyrillic',
  respelled: withEachAbsenceTold,
  phrases: [
    ...RUSSIAN_DIGOXIN,
    ...RUSSIAN_PILLS_TOLD_BY_THEIR_COUNT,
    ...RUSSIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...RUSSIAN_BREATH_BLOOD_AND_HIVES,
    ...RUSSIAN_PREPARATIONS,
    ...RUSSIAN_PRESSURE_FAILING,
    ...RUSSIAN_GREEN_VOMIT,
    ...RUSSIAN_FAREWELL_AND_SAVED_PILLS,
    ...UKRAINIAN_PHRASES,
    ...RUSSIAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...UKRAINIAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ['бол(?:ь|и) в груди', 'chest pain'],
    // No response told as absent ("реакции нет"): a finding of its own, read before the negation told after it can reach
    // back past the unread noun to the finding before (review V28: "без сознания реакции нет" read as not unconscious).
    // Session 47 (T64): the reaction a vaccine or a tuberculin test is read by ("после прививки реакции нет", "манту: реакции
    // нет"): no reaction there is the normal result (a local sign), never a person not responding.
    [
      '(?<=(?:прививк|вакцин|манту|проб|диаскинтест|укол|инъекци|пятн|мест)\\p{L}*[^.!?]{0,60})(?:реакци\\p{L}*(?: никакой)? нет(?: никакой)?|нет (?:никакой )?реакции)',
      'no local reaction',
    ],
    ['реакци\\p{L}*(?: ни на что| никакой)? нет|нет (?:никакой )?реакции', 'not responding'],
    // A hard or sharp object flown into the eye ("отлетела щепка прямо в глаз"; a speck or a midge is not one) and the eye that no longer sees ("глаз не вижу").
    [
      '(?:(?:отлетел|вонзил|воткнул)\\p{L}*(?: \\p{L}+){0,2}|(?:попал|влетел)\\p{L}* (?:щепк|осколок|осколк|стружк|железк|гвозд|проволок|стекл)\\p{L}*) (?:прямо )?в глаз',
      'a piece of metal went into my eye',
    ],
    ['глаз(?:ом)? (?:ничего )?не (?:вижу|видит)', 'cannot see anything'],
    ...RUSSIAN_INTENT_AND_CRISIS.phrases,
    ...RUSSIAN_SELF_HARM_AND_POISONING.phrases,
    ...RUSSIAN_NOT_HERE_ANYMORE,
    ...RUSSIAN_HEAD_KNOCK_WITH_WHAT_FOLLOWED,
    // Issue 11, session 39 (T38): LANG-FOCUS's weak kinds read by their parts in Russian, written with е for ё as people
    // type it ([её] where a word may hold either). A blocked nose and breath short on running for years come first, so
    // that "трудно дышать" is not read as a breath that will not come.
    ['(?:трудно|тяжело|сложно|плохо) дышать носом|нос (?:не дышит|заложен)|заложен(?:ный)? нос', 'blocked nose'],
    ['при (?:беге|ходьбе|нагрузке|подъ[её]ме|физической нагрузке)', 'on exertion'],
    ['давно так|так уже давно', 'for years'],
    // Burns (British Burn Association referral): a burn, hot oil, the degree and the body surface a clinician writes,
    // and the face.
    ['(?:горяч\\p{L}*|кипящ\\p{L}*) масл\\p{L}*|масл\\p{L}* (?:со сковород\\p{L}*|с плиты)', 'hot oil'],
    ['ожог\\p{L}* (?:\\p{L}+ )?(?:2|ii|второй) степени|(?:2|ii) степени', 'blistering burn'],
    ['ожог\\p{L}* (?:\\p{L}+ )?(?:3|iii|третьей) степени|(?:3|iii) степени', 'full-thickness burn'],
    ['\\d+ ?% поверхности тела', '# percent of his body'],
    ['ожог\\p{L}*', 'burn'],
    ['брызнул\\p{L}*', 'splashed'],
    ['кожа (?:слезла|слезает|сходит|облезла)|слезает кожа', 'the skin is peeling off'],
    ['(?:опрокинул\\p{L}*|пролил\\p{L}*|вылил\\p{L}*) (?:\\p{L}+ )?на себя', 'spilled it on himself'],
    // The eye (Manchester Triage: penetrating injury), a battery swallowed (poison centres), cauda equina's weak legs.
    [
      '(?:в )?глаз\\p{L}* (?:\\p{L}+ ){0,2}(?:стружк|осколок|окалин|металл)\\p{L}*(?: \\p{L}*стружк\\p{L}*)?',
      'a piece of metal went into my eye',
    ],
    ['ничего не (?:вижу|видит)', 'cannot see anything'],
    // A battery is read only as swallowed: the English rules read "button battery" alone, as in a remote control.
    ['(?<=(?:проглотил|съел|глотнул|засунул в рот)\\p{L}* (?:\\p{L}+ )?)батарейк\\p{L}*', 'a button battery'],
    ['ноги (?:ослабли|отнимаются|отказали|не держат)|слабость в (?:обеих )?ногах', 'both legs weak'],
    // Intent with a gun (NICE NG225); a crisis with danger to others (Manchester Triage).
    ['застрел(?:ится|юсь|иться)', 'will shoot himself'],
    ['ружь[её]|пистолет|ствол(?![\\p{L}])', 'gun'],
    ['неадекватн\\p{L}*', 'psychotic'],
    ['(?:его|меня|ее) хотят убить', 'says people want to kill him'],
    ['(?:бросается|кидается|угрожает) (?:на нас |на всех )?(?:с ножом|ножом)', 'attacking with a knife'],
    // Heat stroke (NHS), an acute abdomen and shock (Manchester Triage).
    ['тепловой удар|солнечный удар', 'heat stroke'],
    ['бредит', 'is delirious'],
    ['кожа (?:горячая и сухая|сухая и горячая)|горячая сухая кожа', 'skin hot and dry'],
    ['резкая боль в живот\\p{L}*', 'sudden severe abdominal pain'],
    ['живот тв[её]рдый(?! как)|тв[её]рдый живот', 'belly is hard'],
    ['рвота (?:с кровью|кровью)|рвет кровью|рв[её]т кровью', 'vomiting blood'],
    ['после аварии|после дтп', 'after the accident'],
    ['бледн(?:ый|ая|ое)', 'pale'],
    ['пульс (?:нитевидный|слабый|еле прощупывается)|(?:нитевидный|слабый) пульс', 'weak pulse'],
    // Issue 11, session 38 (T33): suicidal intent and self-harm read by their verb families and person (NICE NG225, NHS
    // 111 mental health): not wanting to live with "больше", "уже", "так" between, a wish to die, cutting oneself, the
    // means in the future tense (pills at a time named, a jump, a hanging: "повешусь", "спрыгну с крыши"), an attempt, a
    // farewell message (not to colleagues), a phone not answered after it. Idioms of degree ("умираю от скуки", "с
    // голоду", "эта жара меня убивает", "убью его") name no intent and are read as before.
    [
      '(?:(?:я )?не (?:хочу|хочется) (?:больше |уже |вообще |совсем )*жить|жить (?:больше |уже )?не (?:хочу|хочется)|надоело жить|устал\\p{L}* жить|нет смысла жить)(?! (?:в|во|с|со|у|здесь|там|тут|одн\\p{L}*|вместе|рядом|далеко|на|под|без|за|так далее))',
      'i do not want to live',
    ],
    ['не хочет (?:больше |уже |так |вообще )*жить', 'he does not want to live'],
    // Review of 20:52 (M33): a wish about where to die (дома, в своей постели, а не в больнице) is end-of-life planning.
    [
      '(?:он|она) (?:\\p{L}+ )?хочет (?:умереть|покончить с собой|убить себя)(?! (?:от|с|со) )(?! (?:дома|у себя|в своей постели|в своём доме|в своем доме|в кругу|среди родных|спокойно|а не в больнице|не в больнице))',
      'she wants to die',
    ],
    [
      '(?:(?:я )?хочу (?:просто )?(?:умереть|сдохнуть)|скорее бы (?:умереть|сдохнуть))(?! (?:от|с|со) (?:стыда|смеха|скуки|голод\\p{L}*|жары|усталости|тоски|этой|этого|этим|тобой|вами))',
      'i want to die',
    ],
    [
      '(?:(?:я )?(?:режу|резала|резал|царапаю) (?:себя|себе руки|руки|запястья)|(?:я )?(?:порезала|порезал) (?:себя|себе (?:руки|запястья|вены)))(?! (?:ножом для|при|когда|о |об |случайно))|селфхарм\\p{L}*|самоповрежд\\p{L}*',
      'i am cutting myself',
    ],
    ['(?:режет|резала|резал|порезала|порезал) себя|режет (?:себе )?руки', 'she is cutting herself'],
    ['порез\\p{L}* (?:глубок\\p{L}*|очень глубок\\p{L}*)|глубок\\p{L}* порез\\p{L}*', 'the cuts are deep'],
    [
      '(?:выпью|проглочу|наглотаюсь|приму|сожру) (?:сегодня |ночью |сейчас |вечером )?(?:все|всю пачку|всю упаковку|целую пачку|все свои)(?: \\p{L}+)? (?:таблет\\p{L}*|снотворн\\p{L}*|лекарств\\p{L}*|колес\\p{L}*)',
      'i will take all the pills tonight',
    ],
    [
      '(?:спрыгну|прыгну|брошусь|кинусь|выброшусь|шагну) (?:с|под|из) (?:моста|крыши|окна|балкона|поезд\\p{L}*|электрич\\p{L}*|многоэтажк\\p{L}*|машин\\p{L}*)(?! (?:\\p{L}+ )?(?:на тарзанке|с тарзанкой|с парашютом|в воду|в речку|в бассейн|в озеро))|(?:повешусь|вскроюсь|отравлюсь|застрелюсь|утоплюсь)(?! (?:от|с|со) )|покончу (?:с собой|со всем)',
      'i will kill myself',
    ],
    [
      'пыт\\p{L}* (?:покончить с собой|убить себя|повеситься|отравиться)|попытк\\p{L}* (?:суицида|самоубийства)|суицидальн\\p{L}* попытк\\p{L}*',
      'suicide attempt',
    ],
    [
      'прощальн\\p{L}* (?:сообщени\\p{L}*|смс|письм\\p{L}*|записк\\p{L}*|видео|пост\\p{L}*|голосов\\p{L}*)(?![^.!?]{0,80}(?:коллег|сотрудник|работ|пенси|свадьб|школ|класс|команд))',
      'goodbye message',
    ],
    // A phone not answered is an alarm after a farewell or a threat, not alone.
    [
      '(?<=(?:прощальн|записк|попрощал|суицид|поконч|убить себя|убью себя|повешу|спрыгну|таблет)[^]{0,100})не (?:берет|берёт|брал|отвечает на) (?:трубку|телефон|звонки)',
      'is not answering the phone',
    ],
    ['много лет|уже (?:несколько )?лет|годами|несколько лет', 'for years'],
    // The other weak kinds told in everyday Russian: a scald, voices with a weapon, a chemical in the eye, a numb
    // perineum with retention, found in the frost no longer shivering, a board-hard belly, a cold clammy collapse,
    // pressure in the chest spreading to the arm (Manchester, NHS Pathways).
    ['обварил\\p{L}*|ошпарил\\p{L}*', 'scalded'],
    [
      '(?<!(?:деменц|альцгеймер|несколько лет|много лет|годами)[^.!?]{0,60})слыш\\p{L}* голоса(?![^.!?]{0,60}(?:телевизор|тв|радио|сосед|за стеной|несколько лет|много лет|годами|деменц|альцгеймер|лечится|стабильн))',
      'hears voices',
    ],
    ['(?:его|её|ее|меня) преследуют|за (?:ним|ней|мной) следят', 'says he is being followed'],
    ['(?:схватил\\p{L}*|взял\\p{L}*|размахивает) (?:нож\\p{L}*|топор\\p{L}*|ружь\\p{L}*)', 'grabbed a knife'],
    [
      '(?:щелоч\\p{L}*|кислот\\p{L}*|хлорк\\p{L}*|белизн\\p{L}*|извест\\p{L}*|химие\\p{L}*|средств\\p{L}* для (?:труб|унитаза)) (?:\\p{L}+ ){0,2}в глаз\\p{L}*|в глаз\\p{L}* (?:\\p{L}+ ){0,2}(?:щелоч\\p{L}*|кислот\\p{L}*|хлорк\\p{L}*|белизн\\p{L}*|извест\\p{L}*)',
      'chemical in the eye',
    ],
    ['ничего не (?:вижу|видит)|не (?:вижу|видит) (?:ничего|этим глазом|одним глазом)', 'cannot see'],
    [
      'онемел\\p{L}* (?:промежност\\p{L}*|между ног|ягодиц\\p{L}*|пах\\p{L}*)|(?:промежност\\p{L}*|между ног) (?:онемел\\p{L}*|не чувству\\p{L}*)|не чувствую (?:промежност\\p{L}*|ягодиц\\p{L}*|ничего между ног)',
      'numb between the legs',
    ],
    ['не (?:могу|может) (?:помочиться|пописать|мочиться)|задержка мочи', 'cannot pee'],
    ['болит спина|боль в спине|спина болит', 'back pain'],
    ['на морозе|на холоде|в снегу|в сугробе', 'outside in the cold'],
    ['(?:весь |вся )?ледян\\p{L}*', 'ice cold'],
    ['не дрожит|перестал\\p{L}* дрожать', 'stopped shivering'],
    ['заторможен\\p{L}*', 'confused'],
    ['нашли|нашел|нашёл|нашла', 'found'],
    [
      'живот (?:как доска|твердый как доска|твёрдый как доска|каменный|деревянный)|доскообразн\\p{L}*',
      'belly rigid like a board',
    ],
    ['сильнейш\\p{L}* боль|адская боль|невыносим\\p{L}* боль', 'extreme pain'],
    ['холодный липкий пот|липкий пот|холодн\\p{L}* и липк\\p{L}*', 'cold and clammy'],
    ['пульс (?:очень )?(?:частый|бешеный|скачет|зашкаливает)', 'racing pulse'],
    ['теряет сознание(?! (?:при виде|от вида|когда|если))', 'losing consciousness'],
    ['давит (?:в|на) груд\\p{L}*|давящ\\p{L}* боль в груди', 'chest pressure'],
    ['отда(?:е|ё)т в (?:левую )?(?:руку|челюсть|плечо|лопатку)', 'spreading to the left arm'],
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143).
    [
      '(?:немного|немножко|слегка|чуть|чуть-чуть|чуть чуть|несколько) (?:вял\\p{L}*|слаб\\p{L}*|капризн\\p{L}*|устал\\p{L}*|квел\\p{L}*|сонн\\p{L}*)',
      'a bit tired',
    ],
    // Choking on a drink ("захлебнулся водой, когда пил") is no drowning; told in a pool, a river or a bath it is.
    [
      '(?:захлебнул\\p{L}*|поперхнул\\p{L}*) (?:водой|водичкой|молоком|смесью|чаем|соком|слюной|компотом)(?! (?:в|во) (?:бассейн|ванн|рек|мор|озер|пруд))',
      'choked on a drink',
    ],
    // A grade before breathlessness on the stairs is no difficulty breathing (a bit breathless on exertion).
    ['(?:немного|немножко|слегка|чуть|чуть-чуть) (?:задыха\\p{L}*|одышка)', 'a bit breathless'],
    ['всегда так (?:было|бывает)', 'it has always been like this'],
    // Session 47 (T64): a spell told the same as every time before ("всё как всегда", "как обычно"): its own pattern.
    ['(?:вс[её] )?как (?:всегда|обычно|и раньше|в прошлые разы)', 'same as always'],
    // Pregnancy told by its month, heavy bleeding, a burn with blisters, a child pulled from water.
    ['на (?:\\d+)(?:-?м)? месяце(?: беременности)?', 'pregnant # months'],
    ['сильно кровоточ\\p{L}*|сильное кровотечение|кровь (?:идет|льет|хлещет) сильно', 'bleeding heavily'],
    [
      '(?:обжег|обжёг|обожгла|обжегся|обожглась|ошпарил\\p{L}*) (?:лицо|грудь|руки|руку|ногу|живот)(?: и (?:лицо|грудь|руки|руку|ногу|живот))?',
      'burned his face and chest',
    ],
    ['кипящим масл\\p{L}*|горячим масл\\p{L}*|кипятком', 'with boiling oil'],
    ['волдыр\\p{L}*|пузыр\\p{L}*', 'blisters'],
    ['вытащили из (?:бассейна|воды|реки|моря|озера|ванны)', 'pulled out of the pool'],
    ['тяжело дыш\\p{L}*', 'breathing with difficulty'],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:ребенку|ребёнку|малышу|малышке|сыну|дочке|дочери|сыночку|новорожденному|младенцу|ребенок|малыш|baby) (?:уже |всего |только )?)(?:\\d+|одна|две|три|четыре|пять|шесть|семь|восемь|десять) (?:недел\\p{L}*|дн\\p{L}*|день)',
      'is # weeks old',
    ],
    ['(?:\\d+|дву|трех|трёх|четырех|пяти|шести)[- ]?(?:недельн|дневн)\\p{L}*(?! беремен)', '# weeks old'],
    ['родил\\p{L}* (?:\\d+|две|три|четыре|пять|десять) (?:недел\\p{L}*|дн\\p{L}*|день) назад', 'was born # weeks ago'],
    // Intent told plainly: "покончу с собой", a note left.
    ['поконч\\p{L}* с собой|убь\\p{L}* себя', 'i will kill myself'],
    // Session 54 (T87): a farewell note left is a suicide note (NICE NG225), unless told beside colleagues or a retirement.
    [
      'оставил\\p{L}* прощальн\\p{L}* (?:записк\\p{L}*|письм\\p{L}*)(?![^.!?]{0,80}(?:коллег|сотрудник|работ|пенси|свадьб|школ))',
      'left a goodbye note',
    ],
    ['оставил\\p{L}* (?:прощальн\\p{L}* )?(?:записк\\p{L}*|письм\\p{L}*)', 'i left a note for my family'],
    // Choking told as over: coughed up, all fine now.
    ['откашлял\\p{L}*', 'coughed it up'],
    ['(?:и )?(?:все|всё) (?:уже )?(?:нормально|хорошо|в порядке|прошло)', 'and now all is fine'],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:температур\\p{L}*|темп\\.?|t) ?(?:\\p{L}+ )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told with the word or as a decimal alone: "температура 38,5", "новорожденный 38,2".
    ['(?:температур\\p{L}*|темп\\.?|t) ?(?:под |около |до |уже )?(?:3[89]|4[01])(?:[.,]\\d)?', 'a temperature of #'],
    [
      `(?<!(?:вод\\p{L}*|ванн\\p{L}*|комнат\\p{L}*|воздух\\p{L}*) (?:\\p{L}+ )?)(?<![\\d.,])(?:3[89]|4[01])[.,]\\d(?![\\d])${NOT_BEFORE_A_LENGTH_OR_WEIGHT}`,
      'a temperature of #',
    ],
    ['(?:плохо|вяло) (?:сосет|сосёт|ест|берет грудь|берёт грудь|пьет|пьёт|кушает)', 'feeding poorly'],
    ['(?:не|почти не) (?:сосет|сосёт|берет грудь|берёт грудь)', 'not feeding'],
    ['новорожденн\\p{L}*|новорождённ\\p{L}*|младен\\p{L}*', 'newborn'],
    // Intent told plainly (NICE NG225): a farewell letter, tonight.
    // A farewell letter is a suicide note (NICE NG225) unless told with an ordinary farewell (colleagues, retiring).
    [
      '(?:прощальн\\p{L}* (?:письм\\p{L}*|записк\\p{L}*))(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))',
      'a goodbye letter',
    ],
    ['предсмертн\\p{L}* записк\\p{L}*', 'a goodbye letter'],
    ['(?:сегодня|этой) (?:ночью|вечером)', 'tonight'],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217).
    [
      '(?:не )?(?:приш\\p{L}*|приход\\p{L}*) в (?:себя|сознание) между (?:ними|приступами|судорогами)|не приходя в (?:себя|сознание)(?<=(?:судорог|приступ|эпилеп|конвульс)[\\s\\S]{0,250})',
      'did not wake up between them',
    ],
    // Venom and tablets by count.
    [
      '(?:укусил\\p{L}*|ужалил\\p{L}*) (?:\\p{L}+ )?(?:змея|гадюка|змей)|(?:змея|гадюка) (?:\\p{L}+ )?(?:укусил\\p{L}*|ужалил\\p{L}*)|укус\\p{L}* змеи|укус\\p{L}* гадюки',
      'bitten by a snake',
    ],
    [
      '(?:ужалил\\p{L}*|укусил\\p{L}*) (?:\\p{L}+ )?скорпион|скорпион (?:\\p{L}+ )?(?:ужалил|укусил)',
      'stung by a scorpion',
    ],
    // Swelling is read as the parts told: the throat or the tongue is an airway sign (anaphylaxis, Resuscitation Council
    // UK); lips or a face alone, "slightly" after a food and passed, are left to the lexicon's own words.
    [
      '(?:отекает|отекают|опухает|опухают|распухает|распухают|отекло|опухло|распухло|отекли|опухли) (?:у (?:него|нее|неё|меня) )?(?:(?:лицо|губы) и (?:горло|язык)|(?:горло|язык)(?: и (?:лицо|губы|горло|язык))?)',
      'face and throat swelling',
    ],
    [
      '(?:выпил\\p{L}*|проглотил\\p{L}*|съел\\p{L}*|принял\\p{L}*|наглотал\\p{L}*) (?:около |больше |штук |где-то |примерно )?(?:[2-9]\\d|1\\d) (?:таблет\\p{L}*|капсул\\p{L}*|пилюл\\p{L}*|штук\\p{L}*)(?![^.;!?]{0,60}(?:em|en|in|за|nei|negli|durante|per|nelle|uber) (?:\\d+|dois|tres|cinco|sete|dez|diez|dieci|zehn|десять|семь|две|три|пять) (?:dias|giorni|tage|tagen|дней|дня|недел\\p{L}*|semanas|settimane|wochen))',
      'took # pills',
    ],
    // A rash that does not fade under a glass, and testicle pain (meningococcal sepsis, torsion: NHS 111, NICE).
    [
      'не (?:бледнеет|исчезает|проходит|пропадает) при надавливании(?: стаканом)?|стакан\\S* (?:\\S+ ){0,4}не (?:бледнеет|исчезает|пропадает)',
      'rash does not fade under a glass',
    ],
    ['боль в (?:яичке|яичках|мошонке)|(?:болит|заболело) (?:яичко|яички|мошонка)', 'testicle pain'],
    // Alcohol withdrawal with shaking and seeing things (delirium tremens; NHS 111, Manchester 'behaving strangely').
    ['(?:бросил[аи]?|перестал[аи]?) пить|не пь[её]т (?:уже )?\\S+ (?:дня|дней)', 'stopped drinking'],
    // Session 48: drinking stopped told as the binge ended ("после запоя", "вышел из запоя"), the withdrawal named, a fit
    // told by its adjective ("судорожный припадок"), muddled talk ("заговаривается") and things seen (NICE CG100).
    ['(?:после|вышел из|вышла из|выходит из|выход из) запо\\p{L}*', 'stopped drinking'],
    ['абстиненц\\p{L}*|алкогольн\\p{L}* делири\\p{L}*|белая горячка|белую горячку', 'alcohol withdrawal'],
    [
      'судорожн\\p{L}* (?:припад\\p{L}*|приступ\\p{L}*)|(?:был|были|случил\\p{L}*|начал\\p{L}*) (?:припадок|судороги)',
      'had a seizure',
    ],
    ['заговарива\\p{L}*|несёт бред|несет бред|бредит', 'confused'],
    ['(?:зрительн\\p{L}* )?галлюцинац\\p{L}*', 'hallucinations'],
    ['(?:весь |вся )?тряс[её]тся(?: весь| вся)?|трясет всего|трясёт всего', 'shaking all over'],
    ['видит (?:жуков|пауков|чертей|насекомых|мышей)|ползают (?:пауки|жуки|насекомые)', 'seeing bugs on the walls'],
    ['не понимает,? где (?:он|она)(?: находится)?', 'does not know where he is'],
    // Issue 11 breadth: the parts a finding is told with, by stem (a body part, what it does, how bad, a person), so a
    // wording nobody listed is still read; ё and е both, as people type them.
    [
      '(?:внезапно |вдруг |резко )?(?:отнялась|ослабела|онемела|повисла|не поднимается) (?:левая |правая )?рука',
      'suddenly arm went weak',
    ],
    ['(?:тряс[её]т|бь[её]т|колотит|корчит) в судорогах|в судорогах', 'he is having a seizure'],
    [
      '(?:самая )?(?:сильная|сильнейшая|страшная|жуткая) (?:головная боль|боль в голове) (?:в (?:моей )?жизни|за всю жизнь|в жизни)|(?:самая )?(?:сильнейшая|жуткая) головная боль',
      'the worst headache of my life',
    ],
    // Session 60 (T121): a thunderclap headache told as the English tell it (NICE CKS headache red flags): the
    // superlative after the pain with its noun left out, the onset like a blow or a burst, a pain never had before.
    [
      '(?:самая )?(?:сильная|сильнейшая|страшная|жуткая|ужасная|худшая) (?:в (?:моей )?жизни|за всю жизнь)',
      'the worst of my life',
    ],
    [
      'резкая (?:головная боль|боль в голове)|голова (?:заболела|разболелась) (?:резко|внезапно|вдруг)',
      'sudden headache',
    ],
    [
      '(?:как|будто|словно) (?:удар|ударили|взрыв|взорвалось|от удара)(?! ?(?:током|тока|ножом|молнии))',
      'like a thunderclap',
    ],
    [
      '(?:никогда )?(?:такой|так(?:ой)? сильной) боли (?:никогда )?(?:не было|не испытывал(?:а)?)',
      'never had pain like this',
    ],
    ['удари(?:лся|лась|лись) головой|ударил(?:ся|ась) голов\\p{L}*', 'hit his head'],
    [
      '(?:постоянно|вс[её] время|несколько раз|много раз|без остановки|не переставая) (?:рв[её]т|тошнит|рвало|вырвало)',
      'keeps vomiting',
    ],
    [
      '(?:не видит|ослеп\\p{L}*|перестал\\p{L}* видеть) (?:на )?(?:один|одним|одном) глаз\\p{L}*',
      'suddenly cannot see in one eye',
    ],
    ['двоится в глазах', 'double vision'],
    ['(?:отошли|отходят) воды', 'waters broke'],
    [
      '(?:вскрыл\\p{L}*|порезал\\p{L}*|перерезал\\p{L}*|резанул\\p{L}*) (?:себе )?(?:вены|запясть\\p{L}*)',
      'i cut my wrists',
    ],
    // Session 57 (T103): a hanging said or done in the reflexive ("повесится", "повесилась"; a picture hung is not
    // reflexive), not in a film, a book or a joke; and a goodbye to everyone beside despair: a farewell to colleagues
    // before a holiday, with an apology, is not (review V39).
    [
      `${NOT_A_FILM_OR_A_JOKE}(?<![\\p{L}])(?:повешусь|повесится|повесилась|повесился|повеситься|удавлюсь|удавится|удавился|удавилась)(?![\\p{L}])`,
      'will hang himself',
    ],
    [
      `${toldNowhere('(?:коллег\\p{L}*|отпуск\\p{L}*|работ\\p{L}*|групп\\p{L}*|чат\\p{L}*|уволь\\p{L}*|переезд\\p{L}*|переезжа\\p{L}*|отчёт\\p{L}*|отчет\\p{L}*)')}(?:всем )?прощайте(?: (?:все|всем|мои|родные|друзья))?${toldAnywhere('(?:не поминайте|не могу больше|больше не могу|не хочу (?:больше )?жить|жить не хочу|таблет\\p{L}*|умереть|умру|больше не увидимся|покончить)')}`,
      'i sent a goodbye message to everyone',
    ],
    ['(?:утонул\\p{L}*|тонул\\p{L}*|захлебнул\\p{L}*)', 'drowned'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      // Session 58 (T109): and out of a window ("выпрыгнет из окна"), a jump told with "из".
      `${NOT_A_FILM_OR_A_JOKE}(?:(?:прыгнет|спрыгнет|бросится|сбросится|выпрыгнет|выбросится|выпрыгну|выброшусь) (?:с|под|из) (?:крыши|моста|балкона|окна|поезд)|покончит с собой|убь(?:ё|е)т себя)`,
      'he says he will kill himself tonight',
    ],
    ['с трудом (?:пробуждается|просыпается|будится)|(?:еле|трудно) (?:разбудить|добудиться)', 'hard to wake'],
    ['путает слова|слова путает|говорит бессвязно', 'speech makes no sense'],
    ['рука не держит|не держит (?:ложку|чашку)', 'suddenly weak arm'],
    [
      '(?:бь(?:ё|е)тся в судорогах|судороги|судорога|припадок|приступ эпилепсии)(?: уже| длятся| идут| продолжаются)? (?:уже )?(?:больше |более |около |почти )?(?:\\d+|пяти|пять|десяти|десять|пятнадцати|пятнадцать|двадцати|двадцать) (?:минут|мин)',
      'seizing for more than five minutes',
    ],
    [
      // Session 58 (T109): a stream of blood ("течёт ручьём") and a bleed that cannot be stopped told without its noun after
      // the verb ("кровь течёт, не могу остановить"): NICE CKS and Manchester Triage's uncontrollable haemorrhage.
      'кровь (?:хлещет|фонтаном|бь(?:ё|е)т|л(?:ь|)(?:ё|е)тся|не останавливается|не перестаёт|не перестает|не унимается)|кровь (?:течет|течёт|ль(?:е|ё)т|идет|идёт) (?:ручь(?:е|ё)м|ручьями|рекой|струей|струёй|без остановки)|не (?:можем|могу|получается) остановить кровь|кровотечение не (?:останавливается|прекращается)|(?<=кров\\p{L}*[^.!?]{0,40})не (?:можем|могу|может|могут|получается) (?:е(?:е|ё) )?(?:остановить|унять)',
      'the bleeding will not stop',
    ],
    [
      '(?:накопил|накопила|собрал|собрала|запасла|запасся|приготовил|приготовила) (?:все )?таблетки',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:хочу|собираюсь|буду|пойду) (?:спрыгнуть|прыгнуть|броситься|сброситься) (?:с|под) (?:крыши|моста|балкона|окна|поезд|многоэтажки)|(?:спрыгну|прыгну|брошусь|сброшусь) (?:с|под) (?:крыши|моста|балкона|окна|поезд)(?! (?:\\p{L}+ )?(?:на тарзанке|с тарзанкой|с парашютом|в воду|в речку|в бассейн|в озеро))|повешусь(?! (?:от|с|со) )|убью себя',
      'i will kill myself tonight',
    ],
    [
      'не (?:могу|можем|получается|удается|удаётся) (?:его |её |ее )?(?:разбудить|добудиться|привести в чувство)|не просыпается',
      'cannot be woken',
    ],
    ['не (?:реагирует|отвечает)(?: ни на что)?', 'not responding'],
    [
      '(?:ослабела|онемела|отнялась|повисла|обвисла) (?:левая |правая )?рука|рука (?:ослабела|онемела|отнялась|повисла|не двигается|не поднимается)',
      'suddenly weak arm',
    ],
    [
      'речь (?:стала )?(?:невнятн(?:ой|ая)|смазанн(?:ой|ая)|нечётк(?:ой|ая)|нечетк(?:ой|ая)|спутанн(?:ой|ая))|невнятная речь|говорит (?:невнятно|неразборчиво|как пьяный)|заплетается язык|язык заплетается',
      'slurred speech',
    ],
    [
      '(?:после|поел|съел|съела|поела) (?:арахиса|арахис|орехов|орехи|креветок|креветки|рыбы|рыбу|морепродуктов|кунжута)',
      'ate peanuts',
    ],
    [
      '(?:распух|опух|отекает|опухает|распухает) (?:горло|гортань)|горло (?:распухло|опухло|отекает|опухает)',
      'throat swelling',
    ],
    ['(?:распух|опух|отекает|опухает|распухает) язык|язык (?:распух|опух|отекает|опухает)', 'tongue swelling'],
    ['(?:большие|огромные|крупные) (?:волдыри|пузыри)', 'big blisters'],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    [
      '(?:выпил\\p{L}*|проглотил\\p{L}*|наглотал\\p{L}*) (?:отбеливател\\p{L}*|белизн\\p{L}*|уксус\\p{L}*|щелоч\\p{L}*|кислот\\p{L}*|бензин\\p{L}*|яд\\p{L}*|растворител\\p{L}*|средство для \\p{L}+)',
      'drank bleach',
    ],
    [
      '(?:выпил\\p{L}*|проглотил\\p{L}*|наглотал\\p{L}*|съел\\p{L}*|принял\\p{L}*) (?:всю |целую )?(?:пачку|упаковку|много|горсть|кучу|все|банку|блистер)(?: \\p{L}+)? (?:таблет\\p{L}*|снотворн\\p{L}*|лекарств\\p{L}*|пилюл\\p{L}*|феназепам\\p{L}*|парацетамол\\p{L}*)|наглотал\\p{L}* (?:таблет\\p{L}*|снотворн\\p{L}*)',
      'took all the pills',
    ],
    [
      '(?:обварил\\p{L}*|обжег\\p{L}*|обжёг\\p{L}*|обожгл\\p{L}*|ошпарил\\p{L}*)(?: \\p{L}+)? ?(?:кипятком|маслом)?',
      'burned with boiling water',
    ],
    ['(?:вся|всю|весь|всё|все) (?:рук\\p{L}*|груд\\p{L}*|живот|спин\\p{L}*|лиц\\p{L}*|ног\\p{L}*)', 'the whole arm'],
    ['в пузырях|пузыри', 'blistering'],
    [
      '(?:укусил\\p{L}*|ужалил\\p{L}*) (?:оса|пчела|шершень)|(?:оса|пчела|шершень) (?:укусил\\p{L}*|ужалил\\p{L}*)',
      'stung by a wasp',
    ],
    ['(?:отека\\p{L}*|опуха\\p{L}*|сжимается) горло|горло (?:отека\\p{L}*|опух\\p{L}*|сжимается)', 'throat swelling'],
    [
      '(?:хочу |готов\\p{L}* )?(?:умереть|умираю|умру) (?:от|со) (?:голода|стыда|смеха|скуки|страха|жары|холода|усталости)',
      'feel embarrassed',
    ],
    ['каждый раз(?: когда)?', 'every time'],
    ['то появляется,? то проходит|бывает', 'comes and goes'],
    [
      '(?:умираю|умру|умер\\p{L}*|помираю) (?:от|со) (?:голода|стыда|смеха|скуки|страха|жары|холода|усталости)',
      'feel embarrassed',
    ],
    ['как (?:понять|узнать|определить)', 'how do i know if'],
    ['иногда|время от времени', 'sometimes'],
    ['немного|чуть-чуть|слегка', 'a little'],
    ['всегда|постоянно', 'always'],
    ['много лет назад|несколько лет назад', 'years ago'],
    ['что (?:делать|мне делать|нужно делать),? (?:если|когда)', 'what do i do if'],
    ['(?:какие|каковы) (?:симптомы|признаки)', 'what are the symptoms of'],
    // Breathing told as normal is how one breathes, not the question "is it normal" (session 44).
    ['(?:дыш\\p{L}*) (?:нормально|хорошо|свободно|спокойно)', 'breathing normally'],
    ['(?:это )?нормально', 'is it normal'],
    ['(?:уже )?(?:полчаса|\\d+ минут\\p{L}*|двадцать минут|десять минут)', 'for # minutes'],
    ['(?:уже )?(?:неделю|неделя|\\d+ дн\\p{L}*|несколько дней)', 'for weeks'],
    ['(?:уже (?:несколько|пару|\\d+)|несколько|пару) месяц\\p{L}*', 'for months'],
    ['в прошлом году|год назад', 'last year'],
    ['в детстве', 'as a child'],
    ['внезапно|вдруг|резко', 'suddenly'],
    ['(?:когда|при) (?:кашляю|кашле|кашляет)', 'when i cough'],
    ['(?:при подъеме|когда поднимаюсь) (?:по )?лестниц\\p{L}*', 'when i climb stairs'],
    ['не (?:может|могу|мог|могла) дышать', 'cannot breathe'],
    ['задыха\\p{L}*|трудно дышать|тяжело дышать|не хватает воздуха', 'difficulty breathing'],
    ['одышк\\p{L}*', 'short of breath'],
    ['не дышит|перестал\\p{L}* дышать', 'is not breathing'],
    ['губы (?:синие|посинели|синеют)|(?:синие|посиневшие) губы', 'blue lips'],
    ['посинел\\p{L}*', 'turned blue'],
    [
      '(?:отек|отёк|опух\\p{L}*) (?:лица|языка|горла|губ)|(?:лицо|язык|горло) (?:опух\\p{L}*|отек\\p{L}*)',
      'swollen face and tongue',
    ],
    ['(?:сильная |острая )?боль в груди|(?:болит|давит|жжет|жжёт) (?:в )?груд\\p{L}*', 'chest pain'],
    ['(?:отдает|отдаёт|отдающ\\p{L}*) в (?:левую руку|челюсть|спину)', 'spreading to the left arm and jaw'],
    ['холодный пот', 'cold sweat'],
    ['потею|потеет|в поту', 'sweating'],
    [
      '(?:не|ни разу не) (?:терял\\p{L}*|теряла) сознани\\p{L}*|сознани\\p{L}* не (?:терял\\p{L}*)',
      'did not lose consciousness',
    ],
    ['(?:потерял\\p{L}*|без) сознани\\p{L}*', 'unconscious'],
    ['потер\\p{L}* сознания', 'loss of consciousness'],
    ['(?:пульса|дыхания) нет|нет (?:пульса|дыхания)', 'no pulse and is not breathing'],
    ['не (?:просыпается|приходит в себя|реагирует|отвечает)', 'will not wake up and is not responding'],
    ['упал\\p{L}* в обморок|обморок', 'fainted'],
    [
      '(?:перекосило|перекошено|перекосился) (?:лицо|рот)|(?:лицо|рот) (?:перекосило|перекошен\\p{L}*)|опустился угол рта',
      'face drooping',
    ],
    [
      'не (?:может|могла|мог) говорить|невнятная речь|речь нарушена|говорит невнятно',
      'cannot speak and slurred speech',
    ],
    ['(?:онемела|отнялась|слабость в) (?:рук\\p{L}*|ног\\p{L}*)', 'weak arm'],
    ['инсульт\\p{L}*', 'stroke'],
    ['(?:судороги|судорога|приступ эпилепсии|бьется в судорогах)(?: сейчас)?', 'he is having a seizure'],
    ['(?:были|был) (?:судороги|приступ\\p{L}*)', 'had a seizure'],
    ['выпил\\p{L}* (?:все|всю|много|пачку) (?:таблет\\p{L}*|лекарств\\p{L}*)', 'took all the pills'],
    ['передозировк\\p{L}*', 'overdose'],
    // Session 52 (T82): an insulin error (Schmitt-Thompson diabetes): a double dose, twice, or by mistake, read word by
    // word so the English rule weighs them together with the sweat or the confusion told beside.
    [
      'двойн\\p{L}* доз\\p{L}*(?<![^]*(?:назнач|рецепт|как сказал врач|врач сказал|пропустил|пропустила|можно ли)[^]*)(?![^]*(?:назнач|рецепт|как сказал врач|врач сказал|можно ли|\\?))',
      'a double dose',
    ],
    ['инсулин\\p{L}*', 'insulin'],
    ['перепутал\\p{L}*|по ошибке', 'by mistake'],
    ['(?:рвота|рвет|рвёт) кровь\\p{L}*|кровав\\p{L}* рвота', 'vomiting blood'],
    ['(?:сильное )?кровотечение|сильно кровит|кровь не останавливается', 'bleeding heavily and it will not stop'],
    ['кровит|кровь', 'bleeding'],
    ['(?:ригидность|скованность) (?:затылка|шеи)|шея (?:не гнется|не гнётся|каменная|не сгибается)', 'stiff neck'],
    // A neck that cannot be bent to the chest, told with "не может" before or after the verb (NICE NG240). Session 48.
    [
      'шею (?:к груди )?(?:(?:согнуть|наклонить|нагнуть) не (?:может|могу|мог|могла|можем)|не (?:может|могу|мог|могла|можем) (?:согнуть|наклонить|нагнуть))|не (?:может|могу|мог|могла) (?:согнуть|наклонить|нагнуть) (?:шею|голову)',
      'stiff neck',
    ],
    [
      'хочу умереть(?! (?:от|с|со) (?:стыда|смеха|скуки|голод\\p{L}*|жары|усталости|тоски|этой|этого|этим|тобой|вами))|не хочу жить(?! (?:в|во|с|со|у|здесь|там|тут|одн\\p{L}*|вместе|рядом|далеко|на|под|без|за|так далее))',
      'i want to die',
    ],
    ['покончить с собой|убить себя|суицид\\p{L}*|самоубийств\\p{L}*', 'i want to kill myself'],
    ['беременн\\p{L}*', 'pregnant'],
    ['(?:\\d+|один|два) месяц\\p{L}*', '# months old'],
    ['(?:нет|без) температуры', 'has no fever'],
    ['небольшая температура', 'mild fever'],
    ['температур\\p{L}*|жар', 'fever'],
    ['кашель', 'cough'],
    ['(?:у )?(?:моего )?сына?|мой сын', 'my son'],
    ['(?:у )?(?:моей )?(?:дочк\\p{L}*|дочер\\p{L}*|дочь)', 'my daughter'],
    ['(?:у )?(?:ребенка|ребёнка|ребенку|ребёнку|малыша)', 'the baby'],
    ['(?:у )?(?:мамы|мама|матери)', 'my mother'],
    ['(?:у )?(?:папы|папа|отца)', 'my father'],
    ['(?:у )?(?:мужа|муж)', 'my husband'],
    ['(?:у )?(?:жены|жена)', 'my wife'],
    ['(?:у )?(?:бабушки|бабушка)', 'my grandmother'],
    ['(?:у )?(?:дедушки|дедушка)', 'my grandfather'],
    ['у меня', 'i have'],
    ['у него', 'he has'],
    ['у нее|у неё', 'she has'],
    ['но она играет|но он играет', 'but is playing'],
    [
      '(?:сегодня|сейчас|уже)(?: \\S+){0,2} (?:всё |все )?(?:прошло|нормально|хорошо|в порядке)',
      'it has passed and is fine now',
    ],
    // Issue 11 breadth: the parts read alone, after every phrase that holds them ("губы синеют": blue lips).
    ['судорог\\p{L}*', 'seizure'],
    ['чуть(?! (?:было )?не(?![\\p{L}]))|слегка', 'slightly'],
    // "через час всё прошло": it all passed; "прошло 5 минут" (five minutes went by) is no recovery.
    [
      '(?:через (?:час|\\p{L}+ минут\\p{L}*|полчаса) )?(?:уже )?вс[её] (?:прошло|прошла)|через (?:час|\\p{L}+ минут\\p{L}*|полчаса) (?:прошло|прошла|прошли)(?! \\d)',
      'it has passed',
    ],
    ['(?:распух\\p{L}*|опух\\p{L}*|отек\\p{L}*|от[её]к\\p{L}*|раздул\\p{L}*)', 'swollen'],
    ['губ(?:ы|а|ах)', 'lips'],
    ['язык\\p{L}*', 'tongue'],
    // Session 52 (T82): the pills eaten are read with the verb ("съел таблетки": swallowed pills), not dropped from it; one
    // tablet ("съел таблетку") is a dose, read as before.
    ['(?:нажрал\\p{L}*|съел\\p{L}*) таблет(?:ки|ок)', 'swallowed pills'],
    ['(?:наглотал\\p{L}*|проглотил\\p{L}*|нажрал\\p{L}* таблет\\p{L}*|съел\\p{L}* таблет\\p{L}*)', 'swallowed'],
    ['таблет\\p{L}*|лекарств\\p{L}*|пилюл\\p{L}*', 'pills'],
    ['бабушкин\\p{L}*|бабушк\\p{L}*', "grandmother's"],
    ['головн\\p{L}* бол\\p{L}*|голова (?:болит|раскалывается)', 'headache'],
    ['рв[её]т(?! кров)', 'vomiting'],
    // Session 60 (T121): ketoacidosis told by its signs (NICE NG18): the sugar's reading, the deep fast breathing, the
    // breath that smells of acetone; a smell of acetone beside a normal sugar is left to the sugar word.
    ['(?:уровень )?сахар(?:а)?(?: в крови)?(?= ?(?:\\d|очень|высок|зашкал))', 'blood sugar'],
    ['диабет\\p{L}*|сахарн\\p{L}* диабет\\p{L}*', 'diabetic'],
    [
      '(?:дыш\\p{L}*) (?:очень )?(?:глубоко|шумно|тяжело и глубоко)(?: и (?:часто|быстро))?|(?:глубокое|шумное) (?:и (?:частое|быстрое) )?дыхание',
      'breathing deep and fast',
    ],
    [
      '(?:изо рта |от него |от нее |от неё )?(?:пахнет|несет|несёт|запах) (?:изо рта )?ацетон\\p{L}*(?: изо рта)?',
      'breath smells of acetone',
    ],
    // Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md by their stems: a baby breathing fast and grunting with
    // the chest drawn in (WHO IMCI), a sunken or bulging fontanelle and a dry nappy (NICE NG143), a pedestrian hit.
    // A newborn grunting as it strains at stool, or breath fast after running that settles, is normal (review V22).
    [
      `${toldNowhere('(?:кака\\p{L}*|покака\\p{L}*|тужит\\p{L}*|стул\\p{L}*|газик\\p{L}*|после бега|после игры|после нагрузки|успокаива\\p{L}*)')}(?:дыш\\p{L}* (?:очень )?(?:часто|быстро)|(?:частое|быстрое) дыхание)`,
      'breathing very fast',
    ],
    [
      `${toldNowhere('(?:кака\\p{L}*|покака\\p{L}*|тужит\\p{L}*|стул\\p{L}*|газик\\p{L}*|после бега|после игры|после нагрузки|успокаива\\p{L}*)')}кряхт\\p{L}*`,
      'grunting',
    ],
    // Pills drunk, more than one: a single headache tablet is a dose (review V22).
    ['выпил\\p{L}*(?= (?:таблетки|таблеток|лекарства|все|всю|пачку))', 'swallowed'],
    [
      '(?<=таблет\\p{L}*[^.;!?]{0,40})штук (?:десять|двадцать|пятнадцать|\\d+)|(?:десяток|десять|двадцать) таблеток',
      'ten of them',
    ],
    [
      '(?:втягива\\p{L}*|западает|западают) (?:под р[её]брами|между р[её]брами|межреберь\\p{L}*|грудная клетка|яремная ямка)|(?:межреберь\\p{L}*|грудная клетка) (?:втягива\\p{L}*|западает)',
      'ribs pulling in',
    ],
    ['родничок (?:запал|впал|западает|провалился|ввалился)', "the baby's fontanelle is sunken"],
    // A fontanelle bulges as a well baby cries or strains: only one bulging at rest is read (NICE NG143).
    [
      'родничок (?:выбухает|напряж[её]н|вздулся|выпирает)(?![^.;!?]{0,30}(?:когда|при) (?:\\p{L}+ )?(?:плач|крич|тужит|кашл))',
      "the baby's fontanelle is bulging",
    ],
    // A dry nappy, not a child who will not wee in the potty (review V22).
    ['(?:памперс|подгузник)\\p{L}* (?:сух\\p{L}*)', 'no wet nappy'],
    ['с утра', 'since this morning'],
    [
      '(?:его|е[её]|меня) сбил\\p{L}* (?:машина|автомобиль|мотоцикл|грузовик)|сбит\\p{L}* (?:машиной|автомобилем)',
      'he was hit by a car',
    ],
    [
      '(?<=(?:упал\\p{L}*|сбил\\p{L}*|сбит\\p{L}*|машин\\p{L}*|пол[уа]?|земл\\p{L}*)[^.;!?]{0,40})(?:он |она )?не (?:двига\\p{L}*|шевел\\p{L}*)',
      'is not moving',
    ],
    // Session 44: a fall off a bike with a swollen wrist, fingers moving and the head not struck (NICE NG232: no head
    // injury; a limb injury for the minor injuries unit), and breathlessness denied at rest: "в" (in) carries no finding, so the negation told after reaches past it.
    ['(?:голов\\p{L}*) не (?:удар\\p{L}*|бил\\p{L}*|стукну\\p{L}*)', 'did not hit his head'],
    // "Чуть не" / "едва не" before a verb is "nearly" ("чуть не потерял сознание": nearly passed out), not "slightly not".
    ['(?:чуть|едва|чуть было|едва было) не', 'nearly'],
    // Pressing behind the breastbone and drenched (NICE CG95); the throat closing and breathing hard told with the
    // adverb after the verb ("дышать тяжело"), a wheeze in the first person (Resuscitation Council UK).
    ['давит за грудиной|(?:жмет|жмёт|сдавливает|сжимает) за грудиной', 'crushing central chest pain'],
    ['(?:весь|вся) (?:мокр\\p{L}*|в поту)|(?:мокр\\p{L}*) от пота|обливается потом', 'drenched in sweat'],
    [
      'горло (?:сжимает|сдавливает|перехватывает|сжимает)|(?:сжимает|сдавливает|перехватывает) горло',
      'throat tightening',
    ],
    ['дыш\\p{L}* (?:тяжело|трудно|с трудом)', 'difficulty breathing'],
    ['хриплю|хрипит|хрипим', 'wheezing'],
    ['(?:пальц\\p{L}*) (?:шевел\\p{L}*|двига\\p{L}*)', 'can move his fingers'],
    // A limb cold and white without a pulse after an injury (review V26: told after the reassurance, it is the finding).
    [
      '(?:пульс\\p{L}*)(?: \\p{L}+){0,3} не (?:прощупыва\\p{L}*|определя\\p{L}*|чувству\\p{L}*|слыш\\p{L}*)|нет пульса|пульса нет',
      'no pulse',
    ],
    ['холодн\\p{L}* и (?:бел\\p{L}*|бледн\\p{L}*|синя\\p{L}*|син\\p{L}*)', 'cold and white'],
    ...RUSSIAN_FINDINGS.phrases,
    ...RUSSIAN_MODIFIERS,
    ...RUSSIAN_EVERYDAY_PHRASES,
  ],
  // "одышки нет", "рвоты не было": no shortness of breath, no vomiting (there was none).
  // Session 46: a message spoken without punctuation ends the clause where its question begins ("... нет куда нам").
  negationAfter:
    '(?:нет|не было)(?= ?(?:[,.!?;]|$|(?:но|а|и|только|просто|куда|что|как|можно|нужно|надо|стоит|подскажите|скажите)(?![\\p{L}])))',
  // Session 41 (T44): every form of a word read by its stem, as the glossary is keyed.
  formsOf: stemsOf(3, 4),
  words: {
    ...RUSSIAN_EVERYDAY_WORDS,
    ...RUSSIAN_INTENT_AND_CRISIS.words,
    ...RUSSIAN_SELF_HARM_AND_POISONING.words,
    ...UKRAINIAN_WORDS,
    // Session 39 (T38): the face a burn is told on, read after the phrases (a face that swells or droops is a phrase).
    лицо: 'face',
    рука: 'arm',
    руки: 'arms',
    руку: 'arm',
    спина: 'back',
    спину: 'back',
    лица: 'face',
    ребенок: 'child',
    ребёнок: 'child',
    не: 'not',
    рвота: 'vomiting',
    рвоты: 'vomiting',
    рвало: 'vomited',
    вырвало: 'vomited',
    упал: 'fell',
    упала: 'fell',
    вчера: 'yesterday',
    сегодня: 'today',
    кашель: 'cough',
    насморк: 'runny nose',
    просто: 'only',
    нет: 'no',
    и: 'and',
    но: 'but',
    сейчас: 'now',
    только: 'only',
    очень: 'very',
    сильная: 'severe',
    я: 'i',
    он: 'he',
    она: 'she',
    помогите: 'help',
    больница: 'hospital',
    скорую: 'ambulance',
    уже: 'already',
  },
};

/**
 * Russian typed in Latin letters (translit), as people write it on a phone without a Cyrillic keyboard: "ne hochu zhit",
 * "pokonchit s soboy", "davit v grudi". Issue 11, session 38 (T33): the kinds of the Cyrillic reading that a message
 * most needs read at once, suicidal intent first (NICE NG225), then a count swallowed, a scald, chest pressure and
 * breath; the spellings people use for the same sound ("h" / "kh", "y" / "i", "yu" / "iu") are alternatives.
 */
export const ROMANISED_RUSSIAN: LanguageLexicon = {
  language: 'romanised Russian',
  script: 'latin',
  markers: [
    'menya',
    'mne',
    'ochen',
    'uzhe',
    'vse',
    'vsyo',
    'chto',
    'eto',
    'segodnya',
    'zavtra',
    'nichego',
    'bolshe',
    'ne',
  ],
  ownWords: [
    // Session 40 (T42): a finding told in a short message ('ne reagiruet, glaza zakatilis').
    'vozduha',
    'vozdukha',
    'ingalyator',
    'reagiruet',
    'zakatilis',
    // Session 39 (T38): a burn and its blisters, and a breath that wheezes.
    'ozhog',
    'volderyah',
    'hriplyu',
    'guby',
    'hochu',
    'khochu',
    'zhit',
    'umeret',
    'pokonchit',
    'soboy',
    'soboi',
    'tabletok',
    'naglotalsya',
    'naglotalas',
    'verevku',
    'sprygnu',
    'kryshi',
    'obzhegsya',
    'obozhglas',
    'kipyatkom',
    'puzyryah',
    'vypil',
    'vypila',
    'davit',
    'grudi',
    'otdaet',
    'holodnyi',
    'kholodnyi',
    'dyshat',
    'muzh',
    'reshil',
    'reshila',
  ],
  phrases: [
    // Issue 11, session 39 (T38): a burn and its blisters on the chest of a child, as translit writes them.
    ['ozhog\\p{L}*', 'burn'],
    ['(?:v )?volder\\p{L}*', 'blisters'],
    ['vsya grud|vsyu grud', 'the whole chest'],
    ['u rebenka|rebenok|rebenka', 'child'],
    ['guby (?:sinie|posineli)|sinie guby', 'blue lips'],
    ['hripl\\p{L}*|k?hrip\\p{L}*', 'wheezing'],
    ['nos zalozhen|zalozhen nos', 'blocked nose'],
    // Not wanting to live, never of a place or the people one lives with ("ne hochu zhit v etom gorode").
    [
      '(?:ya )?ne k?hochu (?:bolshe |uzhe |tak )*zhit(?! (?:v|vo|s|so|u|zdes|tam|tut|odn\\p{L}*|vmeste|ryadom|na|bez))|k?hochetsya umeret',
      'i do not want to live',
    ],
    ['(?:ya )?k?hochu (?:prosto )?(?:umeret|sdohnut)(?! (?:ot|s|so) )', 'i want to die'],
    ['(?:pokonchit|pokonchu) (?:s soboy|s soboi|s soboj)|ub(?:yu|iu|it) sebya', 'i want to kill myself'],
    [
      '(?:sprygnu|prygnu|broshus|kinus|vybroshus) (?:s|pod|iz) (?:mosta|kryshi|krishi|okna|balkona|poezd\\p{L}*|elektrichk\\p{L}*)|(?:poveshus|otravlyus|vskroyus|zastrelyus|utoplyus)(?! (?:ot|s|so) )',
      'i will kill myself',
    ],
    ['(?:vse|vsyo) reshil(?:a)?', 'i have decided'],
    ['kupil(?:a)? verevk\\p{L}*', 'i bought a rope'],
    ['naglotal(?:sya|as|asya) (?:tabletok|tabletki|snotvornogo|kolyos|lekarstv)', 'swallowed all the pills'],
    [
      '(?:vypil|vypila|proglotil|proglotila|prinyal|prinyala|syel|syela|sozhral) (?:okolo |bolshe |shtuk )?(?:[2-9]\\d|1\\d) (?:tabletok|tabletki|tabl|kapsul)',
      'took # pills',
    ],
    ['obzhegsya|obozhglas|obzhog|obvaril\\p{L}*|oshparil\\p{L}*', 'burned'],
    ['kipyatkom|kipyatok|kipyashchey vodoy', 'with boiling water'],
    ['(?:v )?(?:puzyryah|puzyri|voldyri|voldyryah)', 'blisters'],
    ['vsya ruka|vsyu ruku', 'the whole arm'],
    ['davit (?:v|na) grud\\p{L}*|bol v grudi|bolit grud', 'chest pressure'],
    ['otda(?:e|yo)t v (?:levuyu )?(?:ruku|chelyust|plecho|lopatku)', 'spreading to the left arm'],
    ['k?holodn(?:yi|yy|ij|iy) pot', 'cold sweat'],
    ['(?:uzhe )?mnogo let|godami|neskolko let', 'for years'],
    ['kogda nervnichayu|ot nervov|ot stressa', 'when i am stressed'],
    ['ne (?:mogu|mozhet) dyshat|zadyk?haetsya|zadyk?hayus', 'cannot breathe'],
    // Issue 11, session 40 (T42): air that will not come and an inhaler that does nothing; no response with the eyes rolled.
    ['ne (?:h|kh)vataet vozdu(?:h|kh)a|nechem dyshat', 'i cannot get enough air'],
    ['ingal(?:y|j)ator\\p{L}* ne pomogaet|ne pomogaet ingal(?:y|j)ator\\p{L}*', 'the inhaler is not helping'],
    // Not answering calls or messages is no unresponsiveness.
    ['ne (?:reagiruet|otvechaet)(?! na (?:zvonk\\p{L}*|telefon|soobshch\\p{L}*|sms))', 'is not responding'],
    ['glaza zakatil\\p{L}*|zakatil\\p{L}* glaza', 'eyes rolled back'],
  ],
  words: {
    muzh: 'my husband',
    syn: 'my son',
    doch: 'my daughter',
    rebenok: 'child',
    segodnya: 'today',
    zavtra: 'tomorrow',
    uzhe: 'already',
    ya: 'i',
  },
};
