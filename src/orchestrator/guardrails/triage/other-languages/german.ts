import { GERMAN_DIGOXIN } from './digoxin-told-by-its-name-and-its-yellow.js';
import { GERMAN_CHEST_PAIN_PRESSED } from './chest-pain-pressed-by-the-teller.js';
import { GERMAN_END_TO_EVERYTHING } from './an-end-to-everything-told-with-its-means.js';
import { GERMAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { GERMAN_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { GERMAN_GREEN_VOMIT } from './green-vomit-told-by-its-colour.js';
import { GERMAN_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { GERMAN_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { GERMAN_SADDLE_AND_BLADDER } from './saddle-and-bladder-told-in-the-perfect.js';
import { GERMAN_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { GERMAN_MEANS_TAKEN_ALL } from './means-taken-all-at-once.js';
import { GERMAN_NUMBER_MARKERS } from './number-word-markers.js';
import { GERMAN_FUNCTION_WORDS } from './function-words.js';
import { GERMAN_FINDINGS } from './breathing-bleeding-children/german.js';
import { GERMAN_EVERYDAY_PHRASES, GERMAN_EVERYDAY_WORDS } from './everyday-words/german.js';
import { GERMAN_INTENT_AND_CRISIS } from './intent-and-crisis/german.js';
import { GERMAN_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/german.js';
import { GERMAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON } from './wish-to-stay-no-longer-and-wrists-cut.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { GERMAN_MODIFIERS } from './modifiers/german.js';
import { GERMAN_CHEST_PRESSURE } from './chest-pressure-told-by-its-place.js';
import { GERMAN_GESTATION } from './gestation-told-by-weeks.js';
import { GERMAN_GLASS_TEST } from './glass-test-told-after.js';
import { GERMAN_STROKE_AND_LIMB } from './stroke-and-limb-by-their-parts.js';
import { GERMAN_HEAD_KNOCK_AND_WAKING } from './head-knock-and-waking-told-by-their-parts.js';
import { GERMAN_SEIZURES_FLIGHT_AND_FAREWELL } from './seizures-flight-and-farewell-told-by-their-parts.js';
import { GERMAN_TABLETS_TOLD_MISSING } from './tablets-told-missing-in-the-first-group.js';
import { GERMAN_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';
import { GERMAN_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { GERMAN_CHOKING_OBJECT_TOLD_OUT } from './choking-object-told-out.js';

/**
 * Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md in plain German, each read from its parts. German tells a
 * past deed with its verb last ("er hat 20 Tabletten mit Alkohol genommen"): "hat" before a verb of taking later in the
 * clause is read as "took", where English tells it. A sunken fontanelle and no wet nappy (NICE NG143; only a baby has a
 * fontanelle), a fall on the head, blood thinners, a car that hit a pedestrian.
 */
/** Doses told over days or per day: a course of tablets, not one overdose ("in den letzten zehn Tagen insgesamt 20"). */
const NOT_OVER_DAYS = toldNowhere('(?:tagen|wochen|insgesamt|pro tag|am tag|taglich|jeden tag)');

/**
 * Session 63 (T140): red flags told in the plainest everyday German that the phrases below read only in other shapes: the
 * separable "bringt sich ... um" (NICE NG225), a knock with a moment "kurz weg" (NICE NG232), eyes rolled while jerking
 * (NICE CG137), a mouth hanging crooked (FAST), bright red blood running down the legs in pregnancy (RCOG GTG 63), the
 * weeks told before their number ("SSW 36", in `gestation-told-by-weeks.ts`), pressure behind the breastbone spreading to
 * the arm (NICE CG95), the separable "kippt um" and arms cut open. Out for the shopping is gone for another reason.
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  // Pressure told behind the breastbone and what it spreads to (NICE CG95); heartburn after a meal burns there too.
  [
    `(?:ein |so ein |starker |ein starker )?(?:druck|engegefuhl) (?:hinter|auf|unter) (?:dem|das|m) (?:brustbein)${toldNowhere('(?:sodbrennen|reflux|nach dem essen|aufstoss\\p{L}*|magen\\p{L}*)')}`,
    'pressure in the chest',
  ],
  [
    '(?:und )?(?:zieht|strahlt|geht) (?:bis )?(?:in|zum|zu) (?:den linken |den rechten |beide |die |den )?(?:arm|arme|kiefer|unterkiefer)',
    'spreading to the arm',
  ],
  [
    '(?:(?:er|sie) (?:bringt|bringe) sich|ich (?:bringe|bring) mich|(?:bringt|bringe) (?:er|sie) sich|bringe? ich mich) (?!noch )(?:\\p{L}+ ){0,3}um(?![\\p{L}])(?! ?vor lachen)',
    'she is going to kill herself',
  ],
  [
    `(?:war|ist|waren) (?:kurz|kurzzeitig|ganz|ein paar sekunden|einen moment|sekundenlang) weg(?![\\p{L}])(?! ?(?:einkaufen|zum|zur|beim|im|in|auf|raus|draussen|gewesen))${toldAnywhere('(?:kopf|sturz|gesturzt|gefallen|hingefallen|angeschlagen|aufgeschlagen)')}`,
    'was knocked out',
  ],
  [
    `(?:war|ist) (?:ganz|komplett|vollig|einfach) weg(?![\\p{L}])(?! ?(?:einkaufen|zum|zur|beim|im|in|auf|raus|draussen|gewesen))${toldAnywhere('(?:umgefallen|umgekippt|kippt um|kippte um|zusammengebrochen|zusammengeklappt|collapsed)')}`,
    'and is unconscious',
  ],
  // Eyes rolled told beside a fit's jerks or a fall; a teenager rolling her eyes at a parent is told without them.
  [
    `(?:(?:verdreht|verdrehte|verdrehen) (?:die |seine |ihre )?augen|augen (?:sind )?verdreht)${toldAnywhere('(?:zuck\\p{L}*|krampf\\p{L}*|umgefallen|umgekippt|zittert|schaum|steif|bewusstlos|reagiert nicht|anfall)')}`,
    'his eyes rolled back',
  ],
  ['(?:der |sein |ihr )?mund (?:hangt|ist) (?:ganz )?schief|(?:der |sein |ihr )?mund hangt', 'face drooping'],
  // The separable "kippt um": a collapse told in the present.
  ['(?:kippt|kippte|klappt|klappte) (?:einfach |plotzlich |auf einmal )?(?:um|zusammen)(?![\\p{L}])', 'collapsed'],
  // Arms or wrists cut open by oneself (NICE NG225).
  [
    '(?:mir|sich) (?:die |den |beide )?(?:arme|arm|unterarme|handgelenke|pulsadern) (?:aufgeschnitten|aufgeritzt|aufgeschlitzt)',
    'i cut my wrists',
  ],
  [
    '(?:es |das blut )?lauft (?:mir|ihr) (?:die|d) (?:beine|bei|bein) (?:runter|herunter|hinunter|ab)',
    'blood running down my legs',
  ],
];

const KINDS_TOLD_PLAINLY: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:hat|habe|haben|hatte)(?: (?:ich|er|sie|wir))?(?= (?:[\\p{L}\\d]+ ){1,6}(?:genommen|eingenommen|eingeworfen|getrunken|gespritzt)(?![\\p{L}]))${NOT_OVER_DAYS}`,
    'took',
  ],
  [
    `(?:hat|habe|haben|hatte)(?: (?:ich|er|sie|wir))?(?= (?:[\\p{L}\\d]+ ){1,6}geschluckt(?![\\p{L}]))${NOT_OVER_DAYS}`,
    'swallowed',
  ],
  ['genommen|geschluckt|eingenommen|eingeworfen', ''],
  ['unser(?:e|en|em)?', 'our'],
  [
    'die (?:tabletten|pillen|medikamente) von (?:der |dem )?(?:oma|opa|mama|papa|mutter|vater)(?=[^.;!?]{0,30}(?:geschluckt|genommen|gegessen|erwischt))',
    "grandma's pills",
  ],
  [
    '(?<=blut\\p{L}*[^.;!?]{0,60})(?:es |sie |das )?(?:hort|horte) (?:einfach )?nicht auf(?: zu bluten)?',
    'it will not stop',
  ],
  ['mit (?:alkohol|bier|schnaps|wein|wodka)', 'with alcohol'],
  ['(?:die )?fontanelle (?:ist )?(?:eingesunken|eingefallen|eingezogen)', "the baby's fontanelle is sunken"],
  // A fontanelle bulges as a well baby cries or strains: only one bulging at rest is read (NICE NG143).
  [
    '(?:die )?fontanelle (?:ist )?(?:vorgewolbt|gewolbt|gespannt|prall)(?![^.;!?]{0,30}(?:beim|wenn (?:es|er|sie)) (?:schrei|wein|press|hust))',
    "the baby's fontanelle is bulging",
  ],
  ['kein(?:e|en)? nassen? windeln?|windel (?:ist )?(?:immer noch |noch )?trocken', 'no wet nappy'],
  ['seit gestern', 'since yesterday'],
  ['seit heute (?:morgen|fruh)', 'since this morning'],
  ['(?:ist )?auf den kopf gefallen', 'fell on his head'],
  ['blutverdunner|gerinnungshemmer|marcumar|xarelto|eliquis', 'blood thinners'],
  [
    '(?:wurde|ist) (?:von (?:einem|einer|dem|der) (?:auto|wagen|lkw|bus|motorrad|zug|laster) )?(?:angefahren|uberfahren)(?: worden)?',
    'was hit by a car',
  ],
  // Session 60 (T121): the energy of a crash or a fall told by what followed (NICE NG41 high-energy mechanisms): thrown
  // through the air, a car that rolled over, a fall from a scaffold or a roof; legs no longer felt after it.
  ['(?:durch die luft|meterweit|ein paar meter|mehrere meter) (?:geschleudert|geflogen)', 'thrown into the air'],
  ['(?:das |unser |sein |ihr |mein )?auto (?:hat sich|ist) (?:\\p{L}+ )?uberschlagen', 'the car rolled over'],
  ['(?:vom|von einem|von dem) (?:gerust|baugerust)', 'from the scaffolding'],
  ['(?:vom|von einem|von dem) (?:dach|hausdach)', 'from the roof'],
  [
    '(?:spurt|spure|fuhlt|fuhle) (?:er |sie |ich )?(?:seine|ihre|meine|die) beine (?:nicht|kaum)(?: mehr)?',
    'cannot feel his legs',
  ],
  ['nackenschmerz\\p{L}*|(?:der )?nacken tut (?:ihm |ihr |mir )?weh', 'neck pain'],
  [
    '(?<=(?:gefallen|gesturzt|umgekippt|zusammengebrochen|angefahren|uberfahren|boden|auto)[^.;!?]{0,40})bewegt sich nicht(?: mehr)?',
    'is not moving',
  ],
  // Breathing that has stopped, told with its negation after the verb; through the nose alone is a blocked nose.
  ['atmet nicht(?: mehr)?(?! (?:durch|uber) (?:die|den) (?:nase|mund))', 'is not breathing'],
  // "Er" (he) as a phrase, not a word: English writes "er" too, and a word list never reads an English word.
  ['er', 'he'],
];

/**
 * Despair, a means or a time of intent told anywhere beside a farewell (NICE NG225, the Samaritans' warning signs): a
 * goodbye said to everyone before a new job, a flight or a move tells none of them (review V39, 07:22), so it is read as
 * a farewell only beside one of these. Folded.
 */
const A_FAREWELL_WEIGHED = toldAnywhere(
  '(?:tabletten|pillen|medikamente|schlaftabletten|strick|seil|klinge|rasierklinge|pulsadern|brucke|hochhaus|gleis|zug uberfahren|springen|aufhangen|erhangen|umbringen|selbstmord|suizid|schluss machen|mache ich schluss|ein ende machen|lebensmude|keinen sinn|sinnlos|hoffnungslos|will nicht mehr leben|nicht mehr leben|nicht mehr aufwachen|nicht mehr da sein|fur immer|so weit|heute nacht|heute abend|sterben)',
);

/**
 * A bleed told by a small source (gums, teeth, a shave, a paper cut, a pimple) or told stopped, read nowhere in the
 * message; or a bleed that will not stop, told anywhere, which no small source takes back. Folded.
 */
const A_SMALL_BLEED_UNLESS_UNSTOPPED = `(?:${toldNowhere(
  'zahnfleisch|zahneputzen|zahne putzen|zahnseide|zahnburst|rasier|papier|pickel|kleiner schnitt|kleinen schnitt|kleine wunde|(?<!nicht |noch nicht )aufgehort|(?:hort|hoert)(?: (?!nicht\\b|nie\\b|kaum\\b)(?:\\p{L}+|\\d+)){1,4} auf\\b|pflaster hilft|pflaster drauf',
)}|${toldAnywhere(
  '(?:hort|hoert|horen) (?:\\p{L}+ )?nicht (?:mehr )?auf|stoppt nicht|nicht zu stoppen|nicht (?:mehr )?(?:aufhoren|aufhort)|nicht gestillt|(?:handtuch|verband|pflaster) ist (?:schon )?durch|durchgeblutet|spritzt',
)})`;

/** German, typed with or without its umlauts ("Atemnot", "hängt" is read as "hangt", "ß" as "ss"). */
/**
 * Session 57 (T104): a farewell said to everyone beside despair, a means or a time (NICE NG225's preparations), all the
 * tablets tonight, and sickness after a fall told reflexively ("hat sich übergeben": vomited, where "übergeben" alone
 * hands something over), NICE NG232.
 */
const GERMAN_SESSION_57: ReadonlyArray<readonly [string, string]> = [
  [
    `${A_FAREWELL_WEIGHED}(?:mich|sich|uns) (?:schon |bereits |heute )?von (?:allen|jedem|allen freunden|der familie|meiner familie|seiner familie|ihrer familie)(?: \\p{L}+)? verabschiedet`,
    'said goodbye to everyone',
  ],
  [
    '(?:(?:heute nacht|heute abend|heute) )?(?:nehme|schlucke|nehm|nimmt|schluckt) (?:ich |er |sie )?(?:heute nacht |heute abend |jetzt )?alle (?:meine |seine |ihre )?(?:tabletten|pillen|medikamente|schlaftabletten)|alle (?:meine |seine |ihre )?(?:tabletten|pillen|medikamente|schlaftabletten) (?:nehmen|schlucken)',
    'tonight i will take all my pills',
  ],
  ['(?:nach dem|nach einem|seit dem) sturz', 'after a fall'],
  [
    '(?:der )?blutdruck (?:fallt|sinkt|sackt ab|ist im keller|ist ganz unten|geht runter)',
    'blood pressure is dropping',
  ],
  ['sich (?:\\p{L}+ )?(?:ubergeben|uebergeben|erbrochen)', 'vomited'],
];

export const GERMAN: LanguageLexicon = {
  language: 'German',
  script: 'latin',
  functionWords: GERMAN_FUNCTION_WORDS,
  markers: [
    ...GERMAN_NUMBER_MARKERS,
    'ich',
    'ist',
    'nicht',
    'kein',
    'keine',
    'mein',
    'meine',
    'meinem',
    'meiner',
    'habe',
    'seit',
    'sehr',
    'auch',
    'aber',
    'wenn',
    'sohn',
    'tochter',
    'mutter',
    'vater',
    'frau',
    'schmerzen',
    'brust',
    'luft',
    'atmen',
    'fieber',
    'blut',
    'kopf',
    'mund',
    'gesicht',
    'hilfe',
    'gestern',
    'heute',
    'jetzt',
    'schwanger',
    'tabletten',
    'kann',
    'tun',
    'bekommt',
    'wach',
  ],
  ownWords: [
    // Session 63 (T140): a fit, a slur and a fall told in a few words of their own.
    'zuckt',
    'verdreht',
    'lallt',
    'umgefallen',
    'hellrotes',
    'brustbein',
    // Session 55 (T92): a cloth bled through, for a bleed told in a few words.
    'durchgeblutet',
    'handtuch',
    // Session 40 (T42): blood thinners and a knock told in a short message ('sie nimmt Blutverdünner und ...').
    'blutverduenner',
    'blutverdunner',
    'angeschlagen',
    ...GERMAN_INTENT_AND_CRISIS.ownWords,
    ...GERMAN_SELF_HARM_AND_POISONING.ownWords,
    // Session 39 (T38): burns, breath, intent, heat, eye, back and poisons told in words of their own.
    'fettbrand',
    'verbrennungen',
    'stromschlag',
    'steckdose',
    'brandwunde',
    'nesselsucht',
    'keucht',
    'japst',
    'hitzschlag',
    'bauchschmerzen',
    'hexenschuss',
    'rohrreiniger',
    'knopfbatterie',
    'verbruhung',
    'verbruehung',
    'blootere',
    'chume',
    // Session 38 (T33): intent, self-harm and the other weak kinds told in words of their own.
    'suizidgedanken',
    'antun',
    'selbstmordgedanken',
    'lebensmude',
    'lebensmuede',
    'geritzt',
    'pulsadern',
    'gehortet',
    'verbrannt',
    'verbrueht',
    'kaltschweissig',
    'bretthart',
    'blass',
    'kurzatmig',
    // Session 37 (T28): a young baby's fever, intent, seizures, venom and a head injury told in words of their own.
    'hinterlassen',
    'kreuzotter',
    'neugeborenes',
    'trinkt',
    'abschiedsbrief',
    'anfall',
    'aufzuwachen',
    'schlange',
    'gebissen',
    'skorpion',
    'rippen',
    'tabletten',
    'genommen',
    'aufgeschlagen',
    'erbrochen',
    'schlaefrig',
    'schlapp',
    // Issue 11 breadth: words of a finding no English message writes.
    'schlagartig',
    'kopfschmerzen',
    'hoden',
    'plotzlich',
    'angeschwollen',
    'geschluckt',
    // Named in an eye injury told in a few words (issue 11).
    'auge',
    'metallsplitter',
    'flussigkeit',
    'sturz',
    'reagiert',
    'umbringen',
    'blut',
    'blutung',
    'spritzt',
    'wunde',
    'brust',
    'kiefer',
    'ansprechbar',
    'umgekippt',
    'erdnussen',
    'blasen',
    'atmet',
    'lippen',
    'krampft',
    'krampfanfall',
    'verbruht',
    'wespenstich',
    'bienenstich',
    'schwillt',
    'nacken',
    'fieber',
    'bewusstlos',
    'schlaftabletten',
    'putzmittel',
    'umbringen',
    'atmen',
    'luft',
    'brustschmerzen',
    'schmerzen',
    'fieber',
    'bewusstlos',
    'krampfanfall',
    'schwanger',
    'blutet',
    'sohn',
    'tochter',
    'vater',
    'ich',
    'nicht',
    ...GERMAN_FINDINGS.ownWords,
  ],
  // "Brustschmerzen habe ich keine": no chest pain.
  negationAfter:
    '(?:(?:habe|hab|hat|hatte|hatten|haben) (?:ich|er|sie|wir) (?:keine?[nsr]?|nicht)|auch (?:keine?[nsr]?|nicht))(?= ?(?:[,.!?;]|$|(?:aber|nur|und|sondern)(?![\\p{L}])))',
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...GERMAN_CHEST_PAIN_PRESSED,
    ...GERMAN_CHOKING_OBJECT_TOLD_OUT,
    ...GERMAN_TAKEN_AS_PRESCRIBED,
    ...GERMAN_BREATH_TOLD_BY_WHAT_IS_SEEN,
    ...GERMAN_DIGOXIN,
    ...GERMAN_END_TO_EVERYTHING,
    ...GERMAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...GERMAN_SESSION_57,
    ...GERMAN_BREATH_BLOOD_AND_HIVES,
    ...GERMAN_PREPARATIONS,
    ...GERMAN_PRESSURE_FAILING,
    ...GERMAN_GREEN_VOMIT,
    ...GERMAN_SADDLE_AND_BLADDER,
    ...GERMAN_WISH_AND_JUMP_TOLD_APART,
    ...GERMAN_INTENT_AND_CRISIS.phrases,
    ...GERMAN_SELF_HARM_AND_POISONING.phrases,
    ...GERMAN_NOT_HERE_ANYMORE_AND_A_PET_HANDED_ON,
    ...GERMAN_STROKE_AND_LIMB,
    ...GERMAN_HEAD_KNOCK_AND_WAKING,
    ...GERMAN_SEIZURES_FLIGHT_AND_FAREWELL,
    ...GERMAN_MEANS_TAKEN_ALL,
    ...GERMAN_TABLETS_TOLD_MISSING,
    // Tablets named by what they treat in one compound ("Blutdrucktabletten", "Herztabletten"), read as the tablets they
    // are; the compounds the lists name (sleeping, pain and iron tablets) are read as they are written (session 49).
    [
      '(?!(?:schlaf|schmerz|kopfschmerz|eisen|vitamin|beruhigungs|lutsch|kau)tabletten)\\p{L}{3,}(?:tabletten|pillen)',
      'pills',
    ],
    ...GERMAN_GESTATION,
    ...GERMAN_GLASS_TEST,
    ...GERMAN_CHEST_PRESSURE,
    // Issue 11, session 39 (T38): LANG-FOCUS's weak kinds read by their parts in German and Swiss German (written after
    // the umlauts are typed plainly, "ue" as "u"). Laughing oneself to death is an idiom of degree.
    ['(?:ich )?(?:bring|bringe|lach|lache) mich (?:um|tot|kaputt) vor lachen', 'laughing a lot'],
    // Burns (British Burn Association referral): a fat fire, an electric shock, a burn wound, skin coming off, the
    // degree and the body surface a clinician writes, and Swiss "Blootere"; each read on its own so the English rules
    // weigh them together.
    ['fettbrand|fettexplosion', 'chip pan fire'],
    // Review V21: a small shock told as harmless is no electrical injury (NHS: a low-voltage shock with no symptoms).
    [
      '(?:kleine[nrs]?|leichte[nrs]?) (?:stromschlag|elektroschock)|(?:stromschlag|elektroschock)(?=[^.!?]{0,60}(?:geht (?:mir|ihm|ihr|uns) gut|alles gut|alles ok|nichts passiert))',
      'a tiny static jolt',
    ],
    [
      '(?<!(?:kleine[nrs]?|leichte[nrs]?) )(?:stromschlag|stromunfall|elektrischen schlag|elektroschock)(?![^.!?]{0,60}(?:geht (?:mir|ihm|ihr|uns) gut|alles gut|alles ok|nichts passiert))',
      'electric shock',
    ],
    ['brandwunde\\p{L}*|brandverletzung\\p{L}*|verbruhung\\p{L}*', 'burn'],
    ['(?:die )?haut (?:lost sich|geht ab|schalt sich|hangt in fetzen|lost sich ab)', 'the skin is peeling off'],
    ['(?:2\\.|zweiten|ii\\.?) grades', 'blistering burn'],
    ['(?:3\\.|dritten|iii\\.?) grades', 'full-thickness burn'],
    ['\\d+ ?% (?:kof|korperoberflache)', '# percent of his body'],
    ['kreislauf instabil|kreislaufinstabil\\p{L}*', 'circulation unstable, shock'],
    ['(?:grossi |grosse )?(?:blootere|blaatere|blatere|bloatere)', 'big blisters'],
    ['(?:an |mit )?beiden handen', 'on both hands'],
    ['ganze[rnms]? (?:arm|bein|rucken|brust|bauch|gesicht|hand)', 'the whole arm'],
    [
      '(?:heiss\\p{L}* )?(?:tee|kaffee|wasser|suppe|ol|fett) (?:uber|auf) sich (?:gekippt|geschuttet|gegossen|verschuttet)',
      'spilled hot tea on himself',
    ],
    ['(?:der|die|unser|unsere) kleine(?:r)?(?= (?:hat|ist|war))', 'my child'],
    ['(?:im )?gesicht', 'face'],
    // Breathing (Manchester Triage, NHS 111): gasping, wheeze, an inhaler that does not help, too breathless to talk, and
    // Swiss "kei Luft überchoo"; hives after a food (Resuscitation Council UK).
    // Review V21: an animal panting in the heat, or breath after running, is no airway.
    [
      '(?<!(?:hund|katze|pferd|tier)\\p{L}* (?:\\p{L}+ ){0,2})(?:(?:ringt|ringe|schnappt|schnappe|japst|japse) (?:nach luft|nach atem)|japst)(?![^.!?]{0,40}(?:nach dem (?:laufen|rennen|sport|joggen)|treppe))',
      'gasping for air',
    ],
    [
      '(?<!(?:hund|katze|pferd|tier)\\p{L}* (?:\\p{L}+ ){0,2})(?:keucht|keuche|pfeift beim atmen|giemen)(?![^.!?]{0,40}(?:nach dem (?:laufen|rennen|sport|joggen)|treppe))',
      'wheezing',
    ],
    [
      '(?:das |sein |ihr |mein )?(?:spray|asthmaspray|notfallspray|inhalator|ventolin) hilft (?:nicht|nichts|kaum|nicht mehr)',
      'inhaler not helping',
    ],
    ['nesselsucht|quaddeln', 'hives'],
    ['am ganzen (?:korper|leib)', 'all over the body'],
    ['nach (?:den |dem |der )?(?:nussen|erdnussen|nuss|erdnuss|krabben|garnelen|meeresfruchten)', 'after eating nuts'],
    ['blau um die lippen|lippen (?:sind |werden )?blau', 'blue lips'],
    ['(?:chume|chum|bechume|krieg|kriege) kei(?:ni)? luft', 'cannot breathe'],
    ['lippe(?![\\p{L}])', 'lips'],
    ['akute atemnot', 'acute shortness of breath'],
    ['sprechdyspnoe', 'too breathless to talk'],
    // Intent with a means (NICE NG225); a crisis with danger to others (Manchester Triage).
    ['(?:sich|mich) (?:zu )?erschiessen|erschiesst sich|erschiess mich', 'shooting himself'],
    ['redet davon|spricht davon', 'talks about'],
    ['gewehr|pistole|schusswaffe', 'gun'],
    ['(?:vollig )?ausser sich', 'out of control'],
    ['sieht dinge,? die nicht da sind', 'seeing things that are not there'],
    ['(?:hat|halt|nimmt) ein messer', 'has a knife'],
    // Heat stroke (NHS), an acute abdomen and shock (Manchester Triage).
    ['hitzschlag|sonnenstich', 'heat stroke'],
    ['redet wirr|ist verwirrt', 'confused'],
    ['(?:die )?haut (?:ist )?heiss und trocken', 'skin hot and dry'],
    ['unertragliche bauchschmerzen', 'unbearable abdominal pain'],
    ['(?:erbreche|erbricht|bricht) kaffeesatz\\p{L}*|kaffeesatzerbrechen', 'vomiting coffee grounds'],
    ['puls (?:kaum|nicht) (?:zu tasten|tastbar|spurbar)', 'pulse barely palpable'],
    // The eye (Manchester Triage: acute loss of vision) and cauda equina (NICE CKS).
    [
      '(?:sehe|sieht) (?:ich |er |sie )?auf (?:einem|dem (?:linken|rechten)) auge (?:nur noch schwarz|nichts(?: mehr)?|nicht(?:s)? mehr)',
      'cannot see in one eye',
    ],
    ['hexenschuss|ischias', 'back pain'],
    ['beide beine (?:sind )?(?:schwach|taub|lahm)', 'both legs weak'],
    ['(?:kann )?(?:den )?stuhl(?:gang)? nicht (?:mehr )?halten', 'cannot control my bowels'],
    ['(?:kann )?(?:den )?(?:urin|harn) nicht (?:mehr )?halten', 'cannot control my bladder'],
    // Session 45 (T57): bleeding told by what it soaks through, however many towels are pressed on it (MTS).
    [
      '(?<!(?:ein bisschen|etwas|ein wenig|wenig|bisschen) )(?:das )?blut (?:lauft|laeuft|suppt|sickert|drueckt|druckt|lief|suppte|sickerte) (?:(?!ein |etwas |wenig |bisschen |leicht )\\p{L}+ ){0,2}?durch (?:\\p{L}+ ){0,2}?(?:handtucher|handtuecher|handtuch|tucher|tuecher|tuch|verband|verbande|verbaende|kompressen|kompresse|geschirrtuch|geschirrtucher|lappen|t-shirt|pullover)',
      'the blood is soaking through the towels',
    ],
    // Poisons named by the product and button batteries (Giftnotruf).
    [
      '(?:hat |haben )?(?:rohrreiniger|abflussreiniger|rohrfrei) (?:getrunken|geschluckt|gegessen)',
      'drank drain cleaner',
    ],
    // A battery is read only as swallowed: the English rules read "button battery" alone, as when one is changed.
    [
      '(?:knopfbatterie|knopfzelle)\\p{L}*(?: \\p{L}+){0,4}? (?:verschluckt|geschluckt|gegessen|in den mund genommen)|(?:verschluckt|geschluckt)\\p{L}* (?:eine |die )?(?:knopfbatterie|knopfzelle)\\p{L}*',
      'swallowed a button battery',
    ],
    // Issue 11, session 38 (T33): suicidal intent and self-harm read by their verb families and their person (NICE
    // NG225, NHS 111 mental health): cutting oneself ("ritzen" is only ever self-harm), opening the wrists, not wanting
    // to live in everyday words ("keinen Bock mehr zu leben", "lebensmüde"), taking one's life, ending it told beside a
    // means or a wish to die, pills taken all at once at a time named, hoarded by someone else, a plan in a clinician's
    // note. An ordinary "Schluss machen" (knocking off, a break-up) and "ich will nicht mehr arbeiten" stay ordinary.
    ['(?:ich )?(?:ritze|ritz) mich|(?:ich )?(?:habe|hab) mich (?:\\p{L}+ ){0,3}geritzt', 'i am cutting myself'],
    ['(?:er|sie) ritzt sich|(?:er|sie) hat sich (?:\\p{L}+ ){0,3}geritzt', 'she is cutting herself'],
    [
      '(?:(?:er|sie) hat )?sich (?:die )?(?:pulsadern|handgelenke|venen) (?:aufgeschnitten|aufgeschlitzt|aufgeritzt|aufschneiden|aufschlitzen|aufzuschneiden)',
      'he slashed his wrists',
    ],
    [
      '(?:mir )?(?:die )?(?:pulsadern|handgelenke) (?:aufgeschnitten|aufgeschlitzt|aufgeritzt|aufschneiden|aufschlitzen|aufzuschneiden)',
      'i slashed my wrists',
    ],
    [
      '(?:ich )?(?:will|mochte|mag) (?:so )?nicht mehr leben(?! mit)|(?:ich )?(?:hab|habe)? ?(?:keine lust|keinen bock|keine kraft) mehr (?:zu leben|auf (?:das|mein|dieses) leben|am leben)|(?<!(?:bist|ist|seid|sind) (?:du |der |die |er |sie |ihr )?(?:\\p{L}+ )?)(?<=(?:ich bin|bin|ich fuhl mich|fuhle mich) (?:so |total |einfach |echt |richtig )?)lebensmude|(?:will|mochte) (?:einfach |nur noch )?(?:nicht mehr|nie mehr|nie wieder) aufwachen',
      'i do not want to live',
    ],
    [
      '(?:ich )?(?:will|mochte|wollte) (?:nur noch |einfach |nur |jetzt )?sterben|(?:weil|dass) ich sterben (?:will|mochte)',
      'i want to die',
    ],
    [
      '(?:ich )?(?:will|werde|mochte|wollte) mir (?:\\p{L}+ ){0,2}das leben nehmen|mir das leben (?:zu )?nehmen',
      'i want to kill myself',
    ],
    [
      '(?:er|sie) (?:will|wird|mochte|wollte|droht) (?:\\p{L}+ ){0,2}sich (?:\\p{L}+ ){0,2}das leben (?:zu )?nehmen|(?:will|wird|droht) sich (?:\\p{L}+ ){0,2}das leben (?:zu )?nehmen',
      'he wants to kill himself',
    ],
    // "Sich etwas antun" is the everyday German for taking one's life; "sich das antun" (putting oneself through
    // something) is not.
    [
      '(?:ich )?(?:tu|tue|werde) mir (?:\\p{L}+ ){0,2}(?:was|etwas) an(?:tun)?|mir (?:was|etwas) an(?:zu)?tun',
      'i want to kill myself',
    ],
    [
      'sich (?:\\p{L}+ ){0,2}(?:was|etwas) an(?:zu)?tun|(?:er|sie) (?:tut|wird) sich (?:\\p{L}+ ){0,2}(?:was|etwas) an',
      'he wants to kill himself',
    ],
    [
      '(?<=(?:keinen sinn|nicht mehr leben|sterben will|sterben mochte|lebensmude)[^]{0,80})(?:ich )?mach(?:e)? (?:heute |jetzt |heute nacht |morgen )?schluss(?! (?:fur|mit der arbeit|mit dem job|mit (?:meinem|meiner) (?:freund|freundin|mann|frau)))|(?:ich )?mach(?:e)? (?:heute |jetzt |heute nacht |morgen )?schluss(?= ?(?:[,.!?;]|$|mit (?:mir|allem|dem leben|meinem leben)))(?=[^]{0,100}(?:strick|seil|gleis|pistole|waffe|abschiedsbrief|tabletten (?:liegen|sind) (?:schon )?bereit|tabletten (?:schon )?(?:gezahlt|gesammelt|gehortet)))',
      'i will end it',
    ],
    [
      '(?:ich )?(?:nehm|nehme|schluck|schlucke|werf|werfe)(?: mir)? (?:heute abend|heute nacht|gleich|jetzt|nachher) (?:alle|die ganze packung|eine ganze packung)(?: meine| die)? (?:tabletten|schlaftabletten|pillen|schlafmittel|medikamente)(?! wie)',
      'i will take all the pills tonight',
    ],
    [
      '(?:hat|haben|hatte) (?:er |sie )?(?:die |alle |seine |ihre )?(?:tabletten|pillen|schlaftabletten|medikamente) (?:gesammelt|gehortet|gebunkert)',
      'has been hoarding pills',
    ],
    [
      'suizid(?:gedanken|ideen|absichten|alitat) (?:mit|und) (?:konkretem |konkreten |klarem |festem )?(?:plan|planen|plane)|konkrete(?:n|r)? suizid(?:plan|plane|absicht)\\p{L}*|suizidplan\\p{L}*',
      'suicidal ideation with a plan',
    ],
    ['suizidgedanken|selbstmordgedanken|suizidale gedanken', 'suicidal thoughts'],
    [
      'suizidversuch|selbstmordversuch|(?:hat )?versucht(?:,)? sich (?:\\p{L}+ ){0,2}(?:umzubringen|das leben zu nehmen)',
      'suicide attempt',
    ],
    [
      'abschieds(?:nachricht|nachrichten|mail|sms|video|post)(?![^.!?]{0,80}(?:kolleg|team|mannschaft|verein|jubil|rente|job|arbeit|firm|schule|hochzeit))',
      'goodbye message',
    ],
    // The other weak kinds, told in everyday German: a scald or burn, air that will not come, a fall from a bike with
    // a blackout, a count swallowed, voices, a numb saddle told in either order, a board-hard belly, a cold clammy
    // collapse (Manchester: shock; NHS Pathways: cauda equina, head injury).
    ['verbruht|verbrueht|verbrannt', 'scalded'],
    [
      '(?:kriegt|krieg|kriege|bekommt|bekomme) (?:kaum noch|kaum|keine|schlecht|nur schlecht|ganz schlecht) luft',
      'can hardly breathe',
    ],
    [
      '(?:kann |konnte )?nicht (?:mehr )?in ganzen satzen (?:sprechen|reden)|(?:kann )?(?:kaum|nicht) (?:mehr )?(?:sprechen|reden) vor atemnot',
      'cannot speak in full sentences',
    ],
    ['(?:die )?zunge (?:ist |wird )?(?:ganz )?(?:dick|geschwollen)', 'tongue swelling'],
    ['stark blutende wunde', 'heavily bleeding wound'],
    ['blutende wunde', 'bleeding wound'],
    [
      '(?:vom|von dem|mit dem) (?:fahrrad|rad|pferd|roller|e-scooter|motorrad) (?:gesturzt|gefallen)',
      'fell off the bike',
    ],
    [
      '(?:war |ist )?(?:kurz |kurzzeitig )?(?:bewusstlos|ohnmachtig|weg) (?:gewesen )?(?=und (?:erbricht|hat erbrochen|kotzt|spuckt))',
      'was knocked out',
    ],
    ['erbricht|kotzt', 'is vomiting'],
    ['\\d+ ?(?:eisentabletten|eisen-tabletten)', 'ate # iron tablets'],
    // A count of ten or more of a named medicine swallowed (NPIS: a count past the daily dose), whatever its name.
    [
      '(?<!(?:in den letzten|seit|uber|innerhalb von|in) (?:\\d+|zwei|drei|funf|sieben|zehn|vierzehn) (?:tagen|tage|wochen)[^.;!?]{0,60})(?<![\\d.,])(?:[2-9]\\d|1\\d) (?!(?:tropfen|mg|ml|gramm|g|minuten|tage|tagen|stunden|wochen|monate|monaten|jahre|jahren|jahr|mal|kilo|kugeln|globuli)(?![\\p{L}]))\\p{L}+ (?:genommen|geschluckt|eingeworfen)',
      'took # pills',
    ],
    // Voices are a crisis when new or commanding, not when long-standing and treated or the neighbours' (NHS 111).
    [
      '(?<!(?:seit jahren|seit langem|schizophren\\p{L}*|stabil|eingestellt)[^.!?]{0,80})(?:hort|hore|horen) stimmen(?![^.!?]{0,80}(?:seit jahren|seit langem|schizophren|stabil|eingestellt|treppenhaus|nachbar|fernseh|radio|nebenan))',
      'hears voices',
    ],
    ['(?:das blut |blut )?spritzt (?:im takt|pulsierend|stossweise|raus|heraus)', 'blood spurting'],
    [
      '(?:bedroht|droht) (?:uns|mich|alle|ihn|sie) (?:\\p{L}+ ){0,2}mit (?:einem|dem|nem) (?:messer|beil|gewehr|pistole)',
      'is threatening us with a knife',
    ],
    [
      '(?:taub|gefuhllos) (?:im intimbereich|im schritt|untenrum|unten rum|zwischen den beinen|am po)',
      'numb between the legs',
    ],
    ['(?:kann )?kein wasser (?:lassen|mehr lassen)|kann nicht (?:mehr )?pinkeln', 'cannot pee'],
    [
      '(?:bauch|bauchdecke) (?:ist |wird )?(?:ganz |total )?(?:bretthart|hart wie ein brett)|bretthart(?:er|en)? bauch',
      'belly rigid like a board',
    ],
    ['ruckenschmerzen|ruckenweh|(?:der )?rucken tut (?:so )?weh', 'back pain'],
    // A thought that is past and treated is told with its time and today's state (NICE NG225 asks for now).
    ['vor (?:\\d+ |ein paar |einigen |vielen |zwei |drei |mehreren )?jahren', 'years ago'],
    ['seit (?:\\d+ |ein paar |einigen |vielen |mehreren )?jahren|seit langem|seit langer zeit', 'for years'],
    [
      '(?:mir )?geht es (?:mir )?(?:jetzt |wieder |inzwischen )?gut|geht mir (?:jetzt |wieder |inzwischen )?gut',
      'i am fine now',
    ],
    ['kaltschweissig|kalter schweiss|kalt und feucht|kalt und klamm', 'cold and clammy'],
    ['(?:der )?puls rast|herz rast|herzrasen', 'racing pulse'],
    ['wird immer (?:schlafriger|muder|benommener)', 'getting drowsier'],
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143's red is "no
    // response to social cues"): "etwas schlapp wegen der Erkältung".
    [
      '(?:etwas|ein bisschen|ein bissel|ein wenig|leicht|bisschen|ziemlich|etwas mehr) (?:schlapp|matt|muede|mude|abgeschlagen|quengelig|kaputt|angeschlagen|platt)',
      'a bit tired',
    ],
    // A squeal in play is no cry: the high-pitched cry of NICE's red list is an ill child's cry.
    [
      '(?:quietscht|quiekt|kreischt|juchzt)(?: (?:ganz |so |richtig )?(?:hoch|laut|schrill))?(?= (?:\\p{L}+ ){0,2}(?:beim spielen|wenn (?:er|sie) spielt|vor freude|wenn (?:er|sie) lacht|vor begeisterung))|(?:schrille|hohe|spitze) (?:quietscher|schreie|juchzer|quietschlaute)(?= (?:\\p{L}+ ){0,2}(?:beim spielen|wenn (?:er|sie) spielt|vor freude|wenn (?:er|sie) lacht))',
      'squeals',
    ],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    ['(?:\\d+|ein|zwei|drei|vier|fuenf|funf|sechs|sieben|acht|zehn) tage alt', '# days old'],
    ['(?:\\d+|eine|zwei|drei|vier|fuenf|funf|sechs|sieben|acht|zehn) wochen alt', 'is # weeks old'],
    [
      'vor (?:\\d+|einer|zwei|drei|vier|fuenf|funf|sechs|zehn) (?:wochen|tagen) geboren|(?:ist|wurde) vor (?:\\d+|einer|zwei|drei|vier|sechs|zehn) (?:wochen|tagen) geboren',
      'was born # weeks ago',
    ],
    // Intent told plainly, in the verb-second order of a sentence opened by a time: "morgen bring ich mich um".
    [
      '(?:bring|bringe) ich mich (?:\\p{L}+ ){0,2}um|ich (?:bring|bringe) mich (?:\\p{L}+ ){0,3}um',
      'i will kill myself',
    ],
    [
      '(?:einen |ein )?(?:brief|zettel|abschiedszettel|nachricht) (?:\\p{L}+ ){0,2}hinterlassen',
      'i left a note for my family',
    ],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:fieber|temperatur|temp) (?:von |bei |auf )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number: "mit 38,5", "hat 39".
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:mit|hat|hatte|auf|bei|zeigt|misst|gemessen) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:grad|°c?|c)(?![\\p{L}]))?(?! (?:wochen|tage|jahre|monate|kilo|kg|stunden|minuten|mal|tabletten|euro))`,
      'a temperature of #',
    ],
    ['(?:trinkt|isst) (?:nicht mehr|gar nicht)|will nicht (?:trinken|an die brust)', 'not feeding'],
    // Feeding poorly is a grade (NICE NG143 amber), not a baby who has stopped feeding.
    ['(?:trinkt|isst|saugt) (?:ganz |sehr )?schlecht|(?:trinkt|isst) kaum', 'feeding poorly'],
    // Intent told plainly (NICE NG225): a farewell letter (a suicide note), unless told with an ordinary farewell (colleagues, a team, a job, retiring).
    [
      '(?:(?:einen |den |meinen )?abschiedsbrie(?:f|fe))(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))',
      'a goodbye letter',
    ],
    // Tablets told as a count (NPIS: a count past the daily dose is an overdose).
    [
      '(?<!(?:in den letzten|seit|uber|innerhalb von|in) (?:\\d+|zwei|drei|funf|sieben|zehn|vierzehn) (?:tagen|tage|wochen)[^.;!?]{0,60})(?:[2-9]\\d|1[0-9]) (?:tabletten|pillen|kapseln|schlaftabletten)(?: \\p{L}+)? (?:genommen|geschluckt|eingenommen|eingeworfen)',
      'took # pills',
    ],
    // Seizures that run into each other with no waking between are status epilepticus (NICE NG217).
    [
      '(?:ohne|ist nicht|nicht) (?:dazwischen |zwischendurch |zwischen den anfallen |zwischen den anfaellen )?(?:aufzuwachen|aufgewacht|wach zu werden|wach geworden|zu sich zu kommen|zu sich gekommen)(?: dazwischen| zwischendurch)?(?<=(?:anfall|anfalle|anfaelle|krampf|epilep)[\\s\\S]{0,250})',
      'did not wake up in between',
    ],
    // Venom: a snake, told by the animal.
    [
      '(?<!(?:hund|hunde|katze|kater|pferd|welpe|haustier)\\p{L}* (?:\\p{L}+ ){0,2})(?:von einer |von der )?(?:schlange|kreuzotter|viper|otter) gebissen|(?:eine |die )?(?:schlange|kreuzotter|viper|otter) hat (?!(?:\\p{L}+ )?(?:hund|katze|pferd|welpe))(?:\\p{L}+ ){0,2}gebissen|schlangenbiss',
      'bitten by a snake',
    ],
    ['(?:von einem |vom )?skorpion gestochen|skorpionstich', 'stung by a scorpion'],
    // Swelling is read as the parts told: the throat or the tongue is an airway sign (anaphylaxis, Resuscitation Council
    // UK); lips or a face alone, "slightly" after a food and passed, are left to the lexicon's own words.
    [
      '(?:schwillt|schwellen) (?:meine? |seine? |ihre? |das |die |der )?(?:(?:gesicht|lippen) und (?:meine? |seine? |ihre? |der |die |das )?(?:hals|zunge|rachen)|(?:hals|zunge|rachen)(?: und (?:meine? |seine? |ihre? |der |die |das )?(?:gesicht|lippen|hals|zunge))?) an',
      'face and throat swelling',
    ],
    [
      '(?:schwillt|schwellen) (?:meine? |seine? |ihre? |das |die |der )?(?:gesicht|lippen)(?: und (?:meine? |seine? |ihre? |der |die |das )?(?:gesicht|lippen))? an',
      'swollen face',
    ],
    [
      '(?:schwillt|schwellen) (?:meine? |seine? |ihre? |das |die |der )?(?:bein|arm|hand|fuss) (?:(?:ganz|stark|immer mehr|dick) )?an',
      'leg swelling',
    ],
    [
      '(?:gesicht|lippen|hals|zunge) und (?:hals|zunge|rachen) (?:schwellen|schwillt|schwoll) an',
      'face and throat swelling',
    ],
    // Breathing work a parent sees: the ribs drawn in (recession, NICE NG143), fast breathing.
    [
      '(?:die )?rippen ziehen sich (?:ein|rein)|(?:zwischen den rippen|unter den rippen) zieht (?:es )?(?:sich )?ein|einziehungen',
      'ribs sucking in',
    ],
    ['(?:atmet|atme) (?:ganz |sehr |total |extrem )?schnell', 'breathing very fast'],
    // A head injury told as the head hitting (NICE NG232): the fall, vomiting by count, drowsiness.
    [
      '(?:ist |bin )?mit dem kopf (?:aufgeschlagen|aufgeknallt|gegen \\p{L}+ (?:geknallt|gestossen|geschlagen))',
      'hit his head',
    ],
    ['(?:hat )?(?:\\d+|drei|vier|funf|fuenf) ?mal (?:erbrochen|gebrochen|gekotzt)', 'vomited # times'],
    ['(?:total |sehr |ganz |extrem |so )(?:schlaefrig|schlafrig|benommen|dosig|duselig)', 'very drowsy'],
    // Meningism told by a parent (NICE NG143).
    [
      'kann (?:den kopf|das kinn) nicht (?:nach vorne |auf die brust |zur brust |runter )?(?:beugen|senken|neigen|bewegen)|(?:den kopf|das kinn) nicht (?:auf die brust|nach vorne) (?:beugen|bringen|legen)',
      'cannot bend her head forward',
    ],
    [
      '(?:das )?licht (?:tut (?:ihr|ihm|mir) (?:in den augen )?weh|blendet (?:sie|ihn|mich) (?:so )?stark|stoert (?:sie|ihn) (?:total|sehr))|(?:lichtempfindlich|lichtscheu)',
      'the light hurts her eyes',
    ],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, how bad, a person), so a wording
    // nobody listed is still read.
    [
      '(?:sehe ich|sieht (?:er|sie)|kann (?:ich|er|sie)) (?:auf|mit) einem auge (?:nichts|nicht)(?: mehr)?(?: sehen)?|auf einem auge (?:blind|nichts mehr)',
      'cannot see in one eye',
    ],
    [
      '(?:die |der )?(?:starkste|schlimmste|heftigste)[nr]? kopfschmerz(?:en)? (?:meines|ihres|seines) lebens',
      'the worst headache of my life',
    ],
    // Session 60 (T121): a thunderclap headache told as the English tell it (NICE CKS headache red flags): the
    // superlative after the pain with its noun left out, the clinic's own words for it, the onset like a thunderclap.
    [
      '(?:der |die |das )?(?:starkste|schlimmste|heftigste)[nrs]? (?:meines|ihres|seines) lebens',
      'the worst of my life',
    ],
    ['(?:vernichtungs|donnerschlag)kopfschmerz\\p{L}*', 'thunderclap headache'],
    ['wie (?:ein|einem|von einem) (?:donnerschlag|blitz|schlag|hammerschlag|explosion)', 'like a thunderclap'],
    ['schlagartig', 'suddenly'],
    ['nach (?:erdnussen|nussen|krabben|garnelen|fisch|ei|sesam)', 'ate peanuts'],
    ['(?:angeschwollen|geschwollen|dick geworden|schwellen an)', 'swollen'],
    ['lippen', 'lips'],
    ['zunge', 'tongue'],
    [
      '(?:tabletten|pillen|medikamente) (?:von der |vom )?(?:oma|opa|grossmutter|grossvater|mama|papa) (?:geschluckt|genommen|gegessen)',
      "swallowed grandmother's pills",
    ],
    ['von (?:der )?(?:oma|opa|grossmutter|grossvater)', "grandmother's"],
    ['mein kind|unser kind', 'my child'],
    ['(?:der |mein )?hoden (?:tut|tun) (?:ganz )?plotzlich (?:\\p{L}+ )?weh', 'sudden severe testicle pain'],
    ['hat(?= (?:\\p{L}+ ){0,4}(?:geschluckt|verschluckt))', ''],
    ['geschluckt|verschluckt', 'swallowed'],
    ['(?:tabletten|pillen|medikamente) (?:geschluckt|genommen|gegessen)', 'swallowed pills'],
    // Heat stroke, hypothermia and an electrical injury told plainly (Manchester 'unwell adult', NHS 111 environmental).
    ['redet wirr(?:es zeug)?', 'talking nonsense'],
    ['bei der hitze|in der hitze|hitzschlag', 'in the heat'],
    ['(?:er |sie )?gluht', 'his body is burning hot'],
    ['schwitzt nicht mehr', 'not sweating'],
    // Session 46 (T59): the verb kept, so a limb told ice cold reads as one ("das Bein ist eiskalt").
    ['(?:ist|sind) eiskalt', 'is ice cold'],
    ['eiskalt', 'ice cold'],
    ['zittert nicht mehr', 'no longer shivering'],
    ['spricht kaum(?: noch)?', 'barely talking'],
    ['in der kalte', 'in the cold'],
    ['stromschlag', 'electric shock'],
    ['(?:schwarze )?(?:brandmale|verbrennungsmale)', 'burn marks'],
    ['herz schlagt unregelmassig', 'heartbeat is irregular'],
    // A rash that does not fade under a glass, and testicle pain (meningococcal sepsis, torsion: NHS 111, NICE).
    [
      'glastest (?:\\p{L}+ ){0,2}(?:positiv|bleibt)|(?:verschwinden|verschwindet|verblasst|verblassen) (?:\\p{L}+ ){0,2}nicht (?:unter|beim druck mit) (?:einem|dem) glas|glas (?:\\p{L}+ ){0,5}(?:verschwinden|verschwindet|verblasst|verblassen) (?:\\p{L}+ )?nicht',
      'rash does not fade under a glass',
    ],
    ['(?:lila|violette|dunkelrote) (?:flecken|punkte|punktchen)', 'purple spots'],
    ['hodenschmerzen|(?:der )?hoden (?:tut|tun) (?:\\p{L}+ ){0,2}weh', 'testicle pain'],
    // Alcohol withdrawal with shaking and seeing things (delirium tremens; NHS 111, Manchester 'behaving strangely').
    [
      '(?:hat )?(?:aufgehort zu trinken|mit dem trinken aufgehort)|trinkt seit \\S+ tagen nicht mehr',
      'stopped drinking',
    ],
    ['zittert (?:er |sie )?am ganzen korper', 'shaking all over'],
    ['sieht (?:kafer|spinnen|insekten|mause|tiere)', 'seeing bugs on the walls'],
    // Someone out of their mind with a weapon (NHS 111 mental health crisis: a risk to others now).
    [
      '(?:hat )?(?:sich )?(?:ein|das) (?:messer|beil|gewehr|pistole) (?:geholt|genommen|geschnappt)|(?:greift|griff) (?:zum|nach dem) messer',
      'grabbed a knife',
    ],
    [
      'bedroht (?:\\p{L}+ ){0,3}mit (?:einem|dem) (?:messer|beil|gewehr|pistole)',
      'is threatening everyone with a knife',
    ],
    // A throat that closes with nerves, fear or emotion, told before or after it: a lump in the throat, not anaphylaxis.
    [
      '(?<=(?:angst|nervos|aufregung|aufgeregt|stress|panik|prufung\\p{L}*|emotion\\p{L}*|traurig|weinen)[^.,;!?]{0,40})(?:schnurt sich|zieht sich) (?:mir |ihm |ihr )?(?:immer )?(?:der hals|die kehle) zu|(?:schnurt sich|zieht sich) (?:mir |ihm |ihr )?(?:immer )?(?:der hals|die kehle) zu(?=[^.,;!?]{0,40}(?:angst|aufregung|nervos|stress|panik|trauer|ruhrung|prufung|weinen))',
      'a lump in my throat',
    ],
    ['(?:einen )?kloss im hals', 'a lump in my throat'],
    // Diabetic ketoacidosis, a young baby grunting, something in the eye (issue 11).
    [
      'riecht (?:so )?(?:fruchtig|nach obst|nach aceton|nach nagellackentferner)(?: aus dem mund)?|(?:fruchtiger|acetongeruch) (?:atem|mundgeruch)',
      'breath smells fruity',
    ],
    ['atmet (?:ganz |sehr )?tief(?: und schnell)?', 'breathing deep and fast'],
    ['(?:stohnt|achzt|grunzt) (?:bei )?jedem atemzug', 'grunting with every breath'],
    [
      // Session 54 (T87): a caustic cleaner named by its compound ("Backofenreiniger", "WC-Reiniger") too; a glasses
      // cleaner ("Brillenreiniger") is no corrosive (review V36, 20:56).
      '(?:(?:backofen|ofen|grill|abfluss|rohr|wc|toiletten|klo|kalk|entkalker|sanitar)?reiniger|putzmittel|chlor|bleiche|kalk|saure|lauge|entkalker)(?: \\p{L}+){0,2} (?:ins|im|in die) augen?',
      'chemical in the eye',
    ],
    // After the chemical in the eye: at the same word the first phrase listed wins, and the product's name alone
    // read first left 'ins Auge' unread.
    ['rohrreiniger|abflussreiniger|rohrfrei', 'drain cleaner'],
    [
      '(?:metallsplitter|glassplitter|holzsplitter|splitter|metallstuck)(?: \\p{L}+){0,3} (?:ins|im) auge',
      'a piece of metal flew into the eye',
    ],
    // A turn from what is always so to something new: "wie immer, aber diesmal ..." (issue 11 review).
    ['diesmal|dieses mal|dieses jahr nicht', 'this time'],
    ['(?:das gleiche|dasselbe|der gleiche|die gleichen|derselbe|dieselben?) wie immer', 'as always'],
    ['wie immer', 'as always'],
    ['(?:in|in der|im) ruhe(?:zustand)?|beim sitzen|im sitzen', 'at rest'],
    // After bleeding told in the clause, what will not stop is the bleeding (KINDS_TOLD_PLAINLY, session 40).
    [
      '(?<!blut\\p{L}*[^.;!?]{0,60})(?:es |er |sie |der schmerz |das )?(?:hort|geht) (?:einfach )?nicht (?:mehr )?(?:auf|weg)(?! zu bluten)',
      'it will not go away',
    ],
    // Cauda equina told plainly: nothing felt down below when wiping, cannot pee (development-19, issue 11).
    [
      '(?:spur|spure|fuhl|fuhle|merk|merke) (?:ich |er |sie )?(?:unten ?rum|im intimbereich|im schritt|zwischen den beinen|am po) (?:nix|nichts|kaum was|kaum etwas|kaum noch was)(?: mehr)?',
      'numb between the legs',
    ],
    [
      '(?:unten ?rum|im intimbereich|im schritt|zwischen den beinen) (?:ganz )?(?:taub|gefuhllos)|taubes gefuhl (?:im intimbereich|im schritt|untenrum|unten rum|zwischen den beinen)|reithosen\\p{L}*',
      'numb between the legs',
    ],
    // Session 57 (T104): the bottom not felt, told with its person and the body part named plainly ("ich spür meinen Po
    // nicht mehr"), NICE NG234's saddle anaesthesia; English reads "numbness between my legs".
    [
      '(?:spur|spure|fuhl|fuhle|merk|merke) (?:ich |er |sie )?(?:meinen |seinen |ihren |den |die |das )?(?:po|popo|hintern|gesass|intimbereich|schritt|genitalbereich|damm)(?: \\p{L}+){0,2} (?:nicht|nix|nichts|kaum)(?: mehr)?',
      'numbness between my legs',
    ],
    // Session 57 (T104): bleeding told bad in the words of speech ("blutet wie Sau"), NHS 111: heavy only where no small
    // source is told (gums when brushing, a shave, a paper cut, a bleed already stopped, "hört aber nach 2 Minuten auf":
    // review V39, 07:22 and final), or where it will not stop whatever its source.
    [
      `${A_SMALL_BLEED_UNLESS_UNSTOPPED}blutet (?:wie (?:sau|verruckt|blod|irre|ein schwein|hulle|holle|nix gutes)|extrem|heftig|total|mega|wahnsinnig|krass|ohne ende|wie aus eimern)`,
      'bleeding heavily',
    ],
    // Session 57 (T104): a tongue, lips or throat swelling told with its verb ("schwellen an", "schwillt zu"), and the
    // whistle of a narrowed airway ("pfeift beim Atmen"), Resuscitation Council UK.
    [
      '(?:zunge|lippen|lippe|hals|gesicht|rachen)(?: (?:und|u|\\+) (?:zunge|lippen|lippe|gesicht|hals|augen))? (?:schwellen|schwillt|schwoll|schwollen) (?:an|zu)',
      'tongue swelling',
    ],
    [
      'pfeift (?:\\p{L}+ )?(?:beim|bei jedem) (?:atmen|atemzug|einatmen)|atmet (?:ganz )?pfeifend|pfeifende atmung|giemt',
      'wheezing',
    ],
    ['pusteln|quaddeln', 'hives'],
    ['nicht (?:mehr )?(?:pinkeln|pieseln|wasser lassen|urinieren)', 'cannot pee'],
    ['kreuzweh|kreuzschmerzen', 'back pain'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      '(?:ist (?:er|sie) )?seit (?:\\d+|zehn|zwanzig) minuten nicht (?:richtig|mehr richtig|ganz) wach',
      'for 10 minutes he has not woken up properly',
    ],
    [
      'klare flussigkeit (?:aus der nase|aus dem ohr)|(?:aus der nase|aus dem ohr) (?:lauft|kommt|tropft) (?:klare )?flussigkeit|(?:lauft|tropft) (?:ihm |ihr )?klare flussigkeit aus (?:der nase|dem ohr)',
      'clear fluid running from the nose',
    ],
    ['sturz auf den kopf', 'a fall on the head'],
    [
      '(?:dass )?(?:er|sie) sich (?:heute |heute nacht |jetzt )?umbringen (?:will|wollte|wird)|(?:er|sie) will sich (?:heute |heute nacht |jetzt )?umbringen|will mich (?:heute |jetzt )?umbringen',
      'he wants to kill himself',
    ],
    ['druck (?:auf|uf) (?:der|de|die) brust', 'chest pressure'],
    ['schwitz(?:t|e)? wie (?:verruckt|blod|sau)', 'sweating heavily'],
    ['(?:mein |der )?hals (?:fuhlt sich |ist |wird )?(?:eng|zu)(?: an)?', 'throat tightening'],
    ['(?:kann )?kaum (?:noch )?schlucken', 'cannot swallow'],
    // Session 59 (T114): Swiss German "i cha fast nüm schlucke" (I can hardly swallow any more).
    ['(?:cha|chan|kann) (?:fast |chuum |kuum )?(?:nume|num|nimme|nimmer|numme) schlucke', 'cannot swallow'],
    [
      'seit (?:uber |mehr als |fast |etwa |ca )?(?:\\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|funfzehn|zwanzig|dreissig) (?:minuten|min) (?:einen |einem )?(?:krampfanfall|krampf|anfall|epileptischen anfall)|(?:krampft|zuckt|krampfen|zucken|krampfe)(?: schon| jetzt)?(?: seit)? (?:uber |mehr als )?(?:\\d+|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|funfzehn|zwanzig|dreissig) (?:minuten|min)',
      'seizing for more than five minutes',
    ],
    [
      '(?:die )?blutung (?:hort|will) (?:einfach )?nicht (?:mehr )?auf(?:horen)?|(?:es )?hort nicht auf zu bluten|(?:das )?blut (?:spritzt|schiesst|sprudelt)|(?:ich |wir )?(?:kriege|krieg|bekomme|kriegen) die blutung nicht (?:gestoppt|gestillt|weg)',
      'the bleeding will not stop',
    ],
    [
      '(?:ich habe|hab) (?:die |alle |meine )?(?:tabletten|pillen|schlaftabletten|medikamente) (?:gesammelt|gehortet|zusammengesammelt|bereitgelegt)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      'ich (?:springe|spring|werfe mich|sturze mich) (?:heute |heute nacht |gleich |jetzt )?(?:von der|von einer|vom|vor den|vor einen|vor die) (?:brucke|dach|hochhaus|balkon|zug|u-bahn|bahn)|ich (?:bringe|bring) mich (?:heute |heute nacht |jetzt )?um',
      'i will kill myself tonight',
    ],
    [
      '(?:ist |war )?(?:nicht|kaum) (?:mehr )?ansprechbar|reagiert (?:auf nichts|auf nix|gar nicht|nicht mehr)|reagiert nicht(?! auf)|reagiert (?:gar )?nicht (?:auf|bei) (?:ansprache|schmerz|schmerzreize|rufen|ansprechen)|(?:is|ist) (?:net|ned|nimmer) (?:mehr )?ansprechbar',
      'not responding',
    ],
    ['(?:ist )?(?:umgekippt|zusammengebrochen|zusammengesackt|kollabiert)', 'collapsed'],
    [
      '(?:wacht|wird) nicht (?:mehr )?(?:auf|wach)|(?:ich|wir) (?:kriege|krieg|bekomme|kriegen|bekommen) (?:ihn|sie) nicht wach',
      'cannot be woken',
    ],
    ['druck auf der brust', 'chest pressure'],
    [
      '(?:zieht|strahlt|geht|ausstrahlt|ziehen)(?: aus)? (?:bis )?(?:in den|in die|zum|zur) (?:kiefer|unterkiefer|zahne)(?: aus)?',
      'spreading to the jaw',
    ],
    [
      '(?:zieht|strahlt|geht|ausstrahlt|ziehen)(?: aus)? (?:bis )?(?:in den|in die|zum|zur) (?:linken |linke )?(?:arm|schulter)(?: aus)?',
      'spreading to the left arm',
    ],
    [
      '(?:kann|konnte) (?:er|sie|ich) (?:den|seinen|ihren|meinen) (?:linken |rechten )?arm nicht (?:mehr )?(?:heben|bewegen|halten)|(?:der |sein |ihr |mein )?arm (?:ist |hangt )?(?:schlaff|kraftlos|lahm|schwach)',
      'suddenly weak arm',
    ],
    [
      '(?:redet|spricht|sprach|redete) (?:ganz )?(?:verwaschen|undeutlich|komisch|seltsam|wirr|lallend)|verwaschene sprache|lallt',
      'slurred speech',
    ],
    [
      '(?:nach den|nach dem|nach der|hat|habe|nachdem er|nachdem sie) (?:erdnussen|erdnusse|erdnuss|nussen|nusse|garnelen|krabben|meeresfruchten|fisch|kiwi|sesam)(?: gegessen)?',
      'ate peanuts',
    ],
    [
      'schwill(?:t|en) (?:ihm |ihr |mir )?(?:der |die )?(?:hals|rachen|kehle)(?: zu| an)?|(?:hals|kehle|rachen) (?:schwillt|ist geschwollen)',
      'throat swelling',
    ],
    // Swiss German writes "mer" and "d" ("schwillt mer d Zunge a").
    [
      'schwill(?:t|en) (?:ihm |ihr |mir |mer |em |ere )?(?:die |d )?zunge(?: an?(?![\\p{L}]))?|zunge (?:schwillt|ist geschwollen)',
      'tongue swelling',
    ],
    ['(?:grosse|riesige|dicke) (?:blasen|brandblasen)', 'big blisters'],
    ['(?:wenn|falls) ich (?:mal|irgendwann|eines tages|jemals)', 'if i ever get'],
    [
      '(?:jetzt|inzwischen|mittlerweile|heute) (?:ist )?(?:alles )?wieder (?:gut|ok|in ordnung)|(?:jetzt|inzwischen|mittlerweile) (?:ist )?alles (?:gut|vorbei|in ordnung)|(?:jetzt|inzwischen|mittlerweile) geht es (?:mir|ihm|ihr) wieder gut',
      'now i am fine',
    ],
    // Registers and verb forms beyond the plain ones (the verb last, past participles, third person).
    [
      'atmet (?:ganz |sehr |so )?(?:schwer|schlecht|muhsam|komisch|flach)|(?:kriegt|bekommt|kriege|bekomme) (?:kaum|keine|schlecht) luft',
      'struggling to breathe',
    ],
    ['(?:die )?lippen (?:sind |werden )?(?:ganz )?(?:blau|lila|blaulich)|blaue lippen', 'blue lips'],
    [
      'krampft|zuckt am ganzen korper|(?:hat|hatte) einen (?:krampfanfall|anfall|epileptischen anfall)',
      'he is having a seizure',
    ],
    [
      '(?:alle|die ganze packung|eine ganze packung|viele|zu viele|eine handvoll)(?: meine| seine| ihre)? (?:tabletten|schlaftabletten|pillen|schlafmittel)(?: \\p{L}+)? (?:genommen|geschluckt|eingenommen)',
      'took all the pills',
    ],
    ['verbruht|verbrannt|verbrennung(?:en)?', 'burned'],
    ['(?:mit )?(?:kochendem|heissem|kochendes|heisses) (?:wasser|ol|fett)', 'with boiling water'],
    ['(?:der|die|das|den) ganzen?', 'the whole'],
    ['wespenstich|bienenstich|von einer (?:wespe|biene) gestochen', 'stung by a wasp'],
    [
      '(?:hals|rachen) (?:schwillt|wird) (?:zu|eng)|schwillt (?:ihr |sein |mein )?(?:hals|rachen) zu|zugeschwollen',
      'throat swelling',
    ],
    ['steife[nr]? nacken|nackensteife|nacken (?:ist )?(?:ganz )?steif', 'stiff neck'],
    ['hohes fieber', 'high fever'],
    // Session 52 (T82): "und ist weg", "sie ist weg" told of a person is someone who has left (after a goodbye letter),
    // not a symptom gone: read as passed only told of what went, or "wieder" / "schon" gone.
    [
      'heute geht es (?:mir|ihm|ihr|uns)? ?(?:wieder |schon )?(?:gut|besser)|(?:ist|war) (?:wieder |schon )?vorbei|(?:ist|war) (?:wieder|schon) weg|(?<!(?<![\\p{L}])(?:und|er|sie|dann|einfach|seitdem) )(?:ist|war) weg',
      'is fine now',
    ],
    [
      '(?:das )?blut (?:spritzt|schiesst|sprudelt|lauft und lauft)|hort nicht auf zu bluten|blutet wie verruckt',
      'blood spurting and it will not stop',
    ],
    ['(?:hat )?(?:zweimal|mehrmals|dreimal) (?:erbrochen|gebrochen|gespuckt)', 'vomited several times'],
    // Session 41 (T44, narrowed by T47 after review V23): "a whole pack of" only with a medicine named beside it; a
    // whole bottle of water or pack of biscuits is a thirst or a meal, and any other contents read as main did.
    [
      '(?:die |eine )?ganze (?:packung|schachtel|flasche)(?= (?:ibuprofen|paracetamol|aspirin|tabletten|schlaftabletten|pillen|schlafmittel|medikamente|hustensaft|eisentabletten)(?![\\p{L}]))',
      'a whole pack of',
    ],
    ['(?:die )?ganze (?:packung|schachtel|flasche)', 'the whole pack'],
    [
      '(?:hangt|hangen) (?:der |die )?(?:linke |rechte )?mundwinkel|(?:linker |rechter )?mundwinkel hangt',
      'face drooping',
    ],
    ['(?:der )?kaffee lauft (?:raus|aus dem mund)', 'drooling from the mouth'],
    ['(?:links|rechts) (?:taub|gefuhllos)|(?:linke|rechte) hand (?:taub|schwer|gefuhllos)', 'one-sided numbness'],
    ['schwillt (?:ihr |sein |mein )?hals zu|hals schwillt zu', 'throat is closing'],
    ['jedes mal(?: wenn)?|immer wenn', 'every time'],
    ['kommt und geht', 'comes and goes'],
    ['(?:ich )?(?:schwitze|schwitzt) nicht', 'no sweating'],
    ['(?:keine|ohne) atemnot', 'no difficulty breathing'],
    // "Ohne" (without) as the negation it is, as the Italian "senza" in 7fe0464: "ohne Bewusstlosigkeit" is a fall told
    // with the sign absent, while "ohne zu atmen" is a breath that stopped.
    [
      'ohne (?:bewusstlosigkeit|ohnmacht|bewusstlos zu werden|(?:das )?bewusstsein zu verlieren|ohnmachtig zu werden)',
      'did not lose consciousness',
    ],
    ['ohne zu atmen', 'not breathing'],
    ['(?:ich )?will vor (?:scham|hunger|angst|lachen) sterben', 'feel embarrassed'],
    [
      '(?:ich )?(?:sterbe|sterben) (?:fast )?vor (?:scham|hunger|angst|hitze|langeweile|lachen)|vor scham (?:fast )?(?:sterben|gestorben)',
      'feel embarrassed',
    ],
    ['woran erkenne ich|wie erkenne ich|wie merke ich', 'how do i know if'],
    ['manchmal|ab und zu', 'sometimes'],
    ['ein bisschen|ein wenig|etwas', 'a little'],
    ['immer', 'always'],
    ['vor (?:\\d+|zwei|drei|vielen|ein paar) jahren', 'years ago'],
    ['wenn jemand', 'if someone'],
    ['was (?:soll ich |sollen wir |kann ich )?(?:tun|machen),? (?:wenn|falls)|was tun,? wenn', 'what do i do if'],
    ['was (?:sind|waren) (?:die )?(?:symptome|anzeichen) (?:eines|einer|von)', 'what are the symptoms of'],
    ['(?:symptome|anzeichen) (?:eines|einer|von)', 'symptoms of'],
    ['ist (?:das )?normal', 'is it normal'],
    ['seit (?:\\d+|einer|einem|zwei|drei|zehn|zwanzig|ein paar) (?:minuten|min)', 'for # minutes'],
    ['seit (?:\\d+|einer|zwei|drei|ein paar) stunden?|seit einer halben stunde', 'for an hour'],
    ['seit (?:\\d+|einem|zwei|drei|ein paar) tagen?', 'for days'],
    ['seit (?:\\d+|einer|zwei|drei|ein paar) wochen?', 'for weeks'],
    ['seit (?:\\d+|einem|zwei|drei|ein paar|mehreren) monaten?', 'for months'],
    ['seit (?:\\d+|einem|zwei|drei|ein paar|vielen) jahren?', 'for years'],
    ['letztes jahr|letzten jahr|im letzten jahr', 'last year'],
    ['als kind', 'as a child'],
    ['ploetzlich|plotzlich|auf einmal', 'suddenly'],
    ['gerade jetzt|im moment', 'right now'],
    ['beim husten|wenn ich huste', 'when i cough'],
    ['beim treppensteigen|beim treppen steigen', 'when i climb stairs'],
    ['(?:bekommt|kriegt) keine luft|kann nicht (?:mehr )?atmen', 'cannot breathe'],
    ['(?:ich )?(?:bekomme|kriege) keine luft|ich kann nicht (?:mehr )?atmen', 'i cannot breathe'],
    ['atemnot|schwer(?:e)? atmung|atmet schwer', 'difficulty breathing'],
    ['atmet nicht (?:mehr)?|hat aufgehort zu atmen', 'is not breathing'],
    ['kurzatmig', 'short of breath'],
    ['(?:hat sich )?verschluckt|erstickt', 'is choking'],
    ['(?:der )?hals (?:schwillt|schnurt sich) zu', 'throat is closing'],
    ['blaue lippen|lippen (?:sind )?blau', 'blue lips'],
    ['(?:lauft|wird|ist) blau (?:an|angelaufen)?', 'turned blue'],
    [
      '(?:geschwollenes gesicht|geschwollene zunge|zunge (?:ist )?geschwollen|gesicht (?:ist )?geschwollen)',
      'swollen face and tongue',
    ],
    ['(?:starke |heftige )?(?:brustschmerzen|schmerzen in der brust)|(?:die )?brust tut weh', 'chest pain'],
    ['(?:druck|engegefuhl|enge) (?:auf|in) der brust', 'pressure in the chest'],
    [
      '(?:die )?(?:in den|bis in den|in die) (?:linken arm|kiefer|rucken) (?:ziehen|zieht|ausstrahlen|ausstrahlt)',
      'spreading to the left arm and jaw',
    ],
    ['kalter schweiss|kaltschweissig', 'cold sweat'],
    ['(?:ich )?schwitze|schwitzt', 'sweating'],
    ['(?:wacht|wird) nicht (?:mehr )?(?:auf|wach)|ist nicht (?:mehr )?wach ?zu ?bekommen', 'will not wake up'],
    ['reagiert nicht (?:mehr)?|antwortet nicht (?:mehr)?', 'is not responding'],
    ['bewusstlos|ohnmachtig', 'unconscious'],
    ['(?:ist )?(?:umgekippt|zusammengebrochen|in ohnmacht gefallen)', 'collapsed'],
    ['hangender mundwinkel|(?:der )?mundwinkel hangt|gesicht hangt|schiefe[nrs]? (?:gesicht|mund)', 'face drooping'],
    [
      'kann nicht (?:mehr )?(?:richtig )?sprechen|verwaschene sprache|spricht (?:undeutlich|verwaschen|komisch)',
      'cannot speak and slurred speech',
    ],
    // "Ich spüre den Arm nicht" is numbness of that part, not "I feel the arm" (as the Spanish "no siento" in f86ff08).
    [
      '(?:spure|spurt|fuhle|fuhlt) (?:den|das|die|meinen|mein|meine|seinen|sein|seine|ihren|ihr|ihre) (?:(?:linken|rechten|linke|rechte) )?(?:arm|bein|gesicht|hand|seite) nicht(?: mehr)?',
      'numb arm on one side',
    ],
    ['kann (?:den|seinen|ihren) (?:arm|bein) nicht (?:mehr )?bewegen', 'cannot move one arm'],
    ['schlaganfall', 'stroke'],
    ['(?:die )?schlimmsten kopfschmerzen (?:meines|ihres|seines) lebens', 'the worst headache of my life'],
    ['kopfschmerzen', 'headache'],
    [
      '(?:hat|bekommt) (?:gerade )?einen (?:krampfanfall|anfall|epileptischen anfall)|krampft',
      'he is having a seizure',
    ],
    ['(?:hatte|hat gehabt) einen (?:krampfanfall|fieberkrampf|anfall)', 'had a seizure'],
    ['krampfanfall|fieberkrampf|epileptischer anfall', 'seizure'],
    [
      '(?:hat )?alle (?:seine |ihre |meine )?tabletten (?:genommen|geschluckt)|(?:hat )?(?:viele|eine packung) tabletten (?:genommen|geschluckt)',
      'took all the pills',
    ],
    ['uberdosis', 'overdose'],
    ['(?:hat )?(?:bleiche|chlorreiniger|gift|putzmittel) (?:getrunken|geschluckt)', 'drank bleach'],
    ['(?:erbricht|erbreche|spuckt) blut|blut erbrochen', 'vomiting blood'],
    ['schwarzer stuhl', 'black stools'],
    [
      '(?:blute|blutet) (?:sehr )?stark|hort nicht auf zu bluten|starke blutung',
      'bleeding heavily and it will not stop',
    ],
    ['blute|blutet|blutung', 'bleeding'],
    ['(?:steifer nacken|nacken(?:steifigkeit| ist steif))', 'stiff neck'],
    [
      '(?:flecken|punkte|ausschlag)(?: \\S+){0,4} (?:die |der )?(?:nicht verschwinden|nicht wegdruckbar|gehen nicht weg)(?: \\S+){0,3}',
      'rash that does not fade when pressed with a glass',
    ],
    ['ich will (?:nur noch )?sterben|ich mochte sterben', 'i want to die'],
    ['(?:ich )?bringe mich um|ich will mich umbringen|mich umbringen|suizid', 'i want to kill myself'],
    ['(?:ich )?will nicht mehr leben', 'i do not want to live'],
    ['schwanger in der (?:\\d+)\\.? woche|in der (?:\\d+)\\.? woche schwanger', 'pregnant # weeks'],
    ['schwanger|schwangerschaft', 'pregnant'],
    ['fruchtblase (?:ist )?geplatzt', 'my waters broke'],
    ['(?:\\d+) wochen alt', '# weeks old'],
    ['(?:\\d+) monate alt', '# months old'],
    ['neugeborenes?', 'newborn'],
    ['(?:hat sich )?den kopf (?:angeschlagen|gestossen)', 'hit his head'],
    ['ist gesturzt|ist hingefallen', 'fell'],
    ['allergische reaktion|allergie', 'allergic reaction'],
    ['mein sohn', 'my son'],
    ['meine tochter', 'my daughter'],
    ['mein baby', 'my baby'],
    ...KINDS_TOLD_PLAINLY,
    ['meine (?:mutter|mama)', 'my mother'],
    ['mein (?:vater|papa)', 'my father'],
    ['mein mann', 'my husband'],
    ['meine frau', 'my wife'],
    ['meine (?:oma|grossmutter)', 'my grandmother'],
    ['mein (?:opa|grossvater)', 'my grandfather'],
    ['hat kein(?:e|en)?', 'has no'],
    ['ich habe kein(?:e|en)?', 'i have no'],
    ['ich habe', 'i have'],
    ['ich bin', 'i am'],
    ...GERMAN_FINDINGS.phrases,
    ...GERMAN_MODIFIERS,
    ...GERMAN_EVERYDAY_PHRASES,
  ],
  respelled: (folded) => withTheVerbAfterItsSubject(withDialectWordsAsStandard(withUmlautsTypedPlainly(folded))),
  formsOf: germanAdjectiveForms,
  words: {
    // Session 59 (T114, review V41): the baby's movements in pregnancy, one word ("keine Kindsbewegungen mehr").
    kindsbewegungen: 'fetal movements',
    // Session 59 (T114): household products a child swallows, one word each (TOXBASE: dishwasher tablets, laundry capsules).
    spulmaschinentabs: 'dishwasher tablets',
    spulmaschinentab: 'dishwasher tablet',
    geschirrspultabs: 'dishwasher tablets',
    spultabs: 'dishwasher tablets',
    waschmittelkapseln: 'laundry pods',
    waschmittelkapsel: 'laundry pod',
    waschpods: 'laundry pods',
    // Swiss German: a wasp, stung, hives ("vo ere Wäschpi gstoche", "überall Quaddle").
    waschpi: 'wasp',
    wespi: 'wasp',
    gstoche: 'stung',
    quaddle: 'hives',
    kindsbewegung: 'fetal movement',
    kindbewegungen: 'fetal movements',
    babybewegungen: 'fetal movements',
    ...GERMAN_EVERYDAY_WORDS,
    // Session 40 (T42): the verb of a short message ('sie nimmt Blutverdünner').
    nimmt: 'takes',
    ...GERMAN_INTENT_AND_CRISIS.words,
    ...GERMAN_SELF_HARM_AND_POISONING.words,
    // Session 39 (T38): the body parts a burn is told on, and Swiss German persons.
    blasen: 'blisters',
    voller: 'full of',
    arme: 'arms',
    beine: 'legs',
    chind: 'child',
    schlaftabletten: 'sleeping pills',
    putzmittel: 'bleach',
    erbrochen: 'vomited',
    verwirrt: 'confused',
    schlafrig: 'drowsy',
    schwindlig: 'dizzy',
    taub: 'numb',
    schwer: 'heavy',
    links: 'left',
    rechts: 'right',
    linke: 'left',
    rechte: 'right',
    hand: 'hand',
    lippen: 'lips',
    blau: 'blue',
    grau: 'grey',
    blass: 'pale',
    kalt: 'cold',
    geschwollen: 'swollen',
    bewusstlos: 'unconscious',
    gesturzt: 'fell',
    umgekippt: 'collapsed',
    krampfanfall: 'seizure',
    zuckt: 'jerking',
    atmet: 'breathes',
    luft: 'air',
    tabletten: 'pills',
    packung: 'pack',
    geschluckt: 'swallowed',
    getrunken: 'drank',
    schmerzen: 'pain',
    stark: 'severe',
    starke: 'severe',
    plotzlich: 'suddenly',
    seit: 'for',
    minuten: 'minutes',
    stunden: 'hours',
    brust: 'chest',
    kiefer: 'jaw',
    rucken: 'back',
    schweiss: 'sweat',
    ubel: 'nauseous',
    wespenstich: 'wasp sting',
    bienenstich: 'bee sting',
    stich: 'sting',
    nacken: 'neck',
    steif: 'stiff',
    flecken: 'spots',
    ausschlag: 'rash',
    licht: 'light',
    blut: 'blood',
    schwanger: 'pregnant',
    woche: 'week',
    wochen: 'weeks',
    baby: 'baby',
    trinkt: 'drinks',
    schlapp: 'floppy',
    jemand: 'someone',
    jemandem: 'someone',
    nicht: 'not',
    kein: 'no',
    keine: 'no',
    ohne: 'without',
    nie: 'never',
    wenn: 'if',
    aber: 'but',
    und: 'and',
    oder: 'or',
    mit: 'with',
    der: 'the',
    das: 'the',
    ein: 'a',
    eine: 'a',
    einen: 'a',
    mein: 'my',
    meine: 'my',
    ich: 'i',
    sie: 'she',
    sehr: 'very',
    ist: 'is',
    sind: 'are',
    hatte: 'had',
    heute: 'today',
    gestern: 'yesterday',
    jetzt: 'now',
    noch: 'still',
    schon: 'already',
    auch: 'also',
    fieber: 'fever',
    husten: 'cough',
    erbrechen: 'vomiting',
    schwindelig: 'dizzy',
    kopf: 'head',
    bein: 'leg',
    gesicht: 'face',
    mund: 'mouth',
    bauch: 'belly',
    hals: 'throat',
    sohn: 'son',
    tochter: 'daughter',
    jahre: 'years old',
    tage: 'days',
    hilfe: 'help',
    krankenhaus: 'hospital',
    arzt: 'doctor',
    notaufnahme: 'emergency room',
    schwach: 'weak',
    schlimmer: 'worse',
    besser: 'better',
    leicht: 'mild',
    leichtes: 'mild',
    leichte: 'mild',
    leichter: 'mild',
    leichten: 'mild',
    kann: 'can',
    darf: 'may',
    nehmen: 'take',
    alt: 'old',
  },
};

/**
 * German typed on a keyboard without umlauts writes "ue", "oe", "ae" ("bruecke", "hoert", "schlaefrig", "rueckenschmerzen"):
 * read as the folded letter the lists are written in ("brucke", "hort"). Only after a consonant or at a word's start,
 * and never at a word's end or before "ll" or "rst", where the two letters are two sounds of a German or an English word
 * written into the message ("neue", "dauert", "aktuell", "zuerst", "blue", "tongue", "does").
 */
function withUmlautsTypedPlainly(folded: string): string {
  return folded.replace(
    /(?<=^|[^\p{L}]|[bcdfghjklmnprstvwxz])([aou])e(?=\p{L})(?!ll|l(?!\p{L})|rst|s(?!\p{L}))/gu,
    '$1',
  );
}

/**
 * Session 48 (T67): the function words and commonest verbs of Swiss and Bavarian German, folded, with the standard German
 * the lists are written in: "si reagiert nöd" is "sie reagiert nicht", "redt nimma" is "redet nicht mehr", "isch
 * umkheit" is "ist umgekippt". Read as German only where the message is read as German.
 */
const DIALECT_WORDS: Readonly<Record<string, string>> = {
  isch: 'ist',
  is: 'ist',
  nod: 'nicht',
  nid: 'nicht',
  ned: 'nicht',
  net: 'nicht',
  num: 'nicht mehr',
  numm: 'nicht mehr',
  nimma: 'nicht mehr',
  cha: 'kann',
  chan: 'kann',
  chasch: 'kannst',
  gsi: 'gewesen',
  het: 'hat',
  hod: 'hat',
  koa: 'kein',
  koane: 'keine',
  si: 'sie',
  mer: 'wir',
  fascht: 'fast',
  oppis: 'etwas',
  redt: 'redet',
  umkheit: 'umgekippt',
  umgheit: 'umgekippt',
  umkippt: 'umgekippt',
  umgfallen: 'umgekippt',
  gfallen: 'gefallen',
  schnuufet: 'atmet',
  schnuuft: 'atmet',
  schnauft: 'atmet',
  seitn: 'seite',
  bissl: 'bisschen',
  bitzeli: 'bisschen',
  echli: 'bisschen',
};
const DIALECT_WORD = new RegExp(`(?<![\\p{L}])(?:${Object.keys(DIALECT_WORDS).join('|')})(?![\\p{L}])`, 'gu');

function withDialectWordsAsStandard(folded: string): string {
  return folded.replace(DIALECT_WORD, (word) => DIALECT_WORDS[word] ?? word);
}

/**
 * A sentence opened by a time or a manner puts its verb before its subject ("seit einer Stunde ist mein Bein eiskalt",
 * "plötzlich wurde ihr Arm schwach"), where English puts it after: read in English order ("mein Bein ist eiskalt"), so a
 * finding told of a limb or a face reads as the English rules read it. Only after a word of the same sentence: a
 * sentence opened by its verb is a question ("ist mein Bein gebrochen?") and stays one.
 */
function withTheVerbAfterItsSubject(folded: string): string {
  return folded.replace(
    /(?<=[\p{L}\d] )(ist|sind|war|waren|wurde|wurden|wird|werden)( (?:mein|meine|sein|seine|ihr|ihre|das|die|der|unser|unsere)(?: \p{L}+)? (?:bein|beine|arm|arme|fuss|fusse|hand|hande|gesicht|mund|mundwinkel|zehen|finger))(?=[ ,])/gu,
    '$2 $1',
  );
}

/** A German adjective declined ("linkes", "rechten", "kalter") read as its form in the word list ("linke", "kalt"). */
function germanAdjectiveForms(word: string): string[] {
  const declined = /^(\p{L}{3,}?)(es|en|er|em)$/u.exec(word);
  return declined === null ? [] : [`${declined[1]}e`, declined[1] ?? word];
}
