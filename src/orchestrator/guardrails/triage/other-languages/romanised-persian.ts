import { ROMANISED_PERSIAN_HOMEMADE_SPIRIT } from './homemade-spirit-told-with-blurred-sight.js';
import { ROMANISED_PERSIAN_EVERYDAY } from './everyday-words/romanised-persian.js';
import { ROMANISED_PERSIAN_LIGHT_VERB_WORDS, ROMANISED_PERSIAN_LIGHT_VERBS } from './romanised-persian-light-verbs.js';
import { ROMANISED_PERSIAN_INTENT_AND_CRISIS } from './intent-and-crisis/romanised-persian.js';
import { type LanguageLexicon, toldAnywhere } from './language-lexicon.js';

/**
 * Persian typed in Latin letters ("Finglish"), as people type it on a phone without a Persian keyboard: no fixed
 * spelling, long vowels doubled or not ("nemitune" / "nemitoone"). Read only where two of its markers, or one word of its
 * own, mark a message. Session 39: the kinds the Persian held-out counts say fall short, read by their parts (a breath
 * that will not come, blue lips, a wish to kill oneself, chest pain) and the people they are told of.
 */
/**
 * Session 57 (T104): a fit that will not end ("tamoom nemishe"), told with its minutes, and a packet of tablets or
 * capsules taken at once ("hame ro khorde"), NICE NG217 and NHS 111's overdose.
 */
const ROMANISED_PERSIAN_SESSION_57: ReadonlyArray<readonly [string, string]> = [
  ['(?:tamoom|tamum|tamoum|gat|ghat|band) (?:nemishe|nemishavad|nashode|nemiad)', 'will not stop'],
  // A sting and what swells after it, and the wheeze (Resuscitation Council UK).
  ['(?:zanboor|zanbur|zamboor)(?: \\p{L}+)? (?:nish zad|zad|nishesh zad|gazid|gazidesh)', 'stung by a bee'],
  [
    '(?:lab|labash|lab hash|lab hayash|labhash|zaboon|zabun|zaboonesh|zabunesh|galoo|galoosh|gelo|soorat|surat|suratesh|sooratesh)(?: \\p{L}+)? (?:varam|baad|bad) (?:karde|kard|kardan|mikone)',
    'lips swelling',
  ],
  ['khes ?khes|khess ?khess|khor ?khor', 'wheezing'],
  ['(?:\\d+) (?:daghighe|daqiqe|daghighas|daghigheh|daqiqeh)', '# minutes'],
  [
    '(?:ghors|ghorsa|ghors ha|daroo|daro|daru|daroo ha|darooha|kapsool|kapsul|ghorsaye \\p{L}+)(?: ha)?(?: ro| ra)? (?:hame(?: ro| ra)?|hamasho|hamashoon|ye baste|yek baste|ye bate|ziad|ziyad|kolli|ye moshtesh|ye mosht) (?:khorde|khord|khordeh|bala andakhte|balaa andakhte)',
    'took an overdose of pills',
  ],
];

export const ROMANISED_PERSIAN: LanguageLexicon = {
  language: 'Persian (Latin letters)',
  script: 'latin',
  markers: [
    'nemitune',
    'nemitoone',
    'nemitunam',
    'nemitoonam',
    'mikham',
    'mikhaam',
    'mikhad',
    'shode',
    'nist',
    'kheili',
    'kheyli',
    'khoob',
    'khodam',
    // Session 46: the words a short message is held together by (more, what, to do, now, today, home, must).
    'dige',
    'chi',
    'konim',
    'konam',
    'mikone',
    'nemikone',
    // Session 57 (T104): a sting and a swelling, words a short message holds alone.
    'zanboor',
    'zanbur',
    'varam',
    'alan',
    'emruz',
    'emrooz',
    'bayad',
    'chikar',
    'khune',
    'khoone',
  ],
  ownWords: [
    ...ROMANISED_PERSIAN_INTENT_AND_CRISIS.ownWords,
    ...ROMANISED_PERSIAN_LIGHT_VERB_WORDS,
    // Session 41: a seizure and coming round, typed plainly: words English never writes.
    'tashanoj',
    'tashannoj',
    'nayoomade',
    'nayumade',
    'khodkoshi',
    'madaram',
    'pedaram',
    'pesaram',
    'dokhtaram',
    'bacham',
    'kabood',
    'kabud',
    'nemitune',
    'nemitoone',
    'nemitunam',
    // Session 46: a fall, a frozen body and pulse: words English never writes.
    'nemikeshe',
    'soratesh',
    'babam',
    'oftade',
    'oftad',
    'nabzesh',
    'badanash',
    'nafasesh',
    'nafasam',
    'bimarestan',
  ],
  phrases: [
    ...ROMANISED_PERSIAN_HOMEMADE_SPIRIT,
    ...ROMANISED_PERSIAN_SESSION_57,
    ...ROMANISED_PERSIAN_INTENT_AND_CRISIS.phrases,
    ...ROMANISED_PERSIAN_LIGHT_VERBS,
    // A suicide inside a film, a series or the news is a story; a wish to kill oneself told in the first person is intent.
    ['(?:film|serial|dastan|roman|khabar|akhbar)[^.,!?]{0,40}?khod ?koshi', 'in the film a character killed himself'],
    [
      '(?:mikham|mikhaam|mikhay|mikhad|mikhaad|tasmim dashtam|tasmim daram|fekre) (?:khod ?koshi|khodamo bekosham|khodam ro bekosham|khodam ra bekosham|bemiram|bemirad|bemire)(?: (?:konam|kone|konad))?',
      'i want to kill myself',
    ],
    ['khod ?koshi (?:kardam|konam|kone|konad|karde)|khodamo (?:mikosham|bekosham)', 'i want to kill myself'],
    // A breath that will not come, blue lips (MTS: cyanosis, inadequate breathing); never breath lost from laughing nor
    // lips blue from the cold that are fine now, the cold-then-pink kind (review V21).
    [
      '(?<!az (?:khande|khandeh|khanda)[^.,!?]{0,20})(?:(?:nafas|nafasesh|nafasam) (?:nemitune|nemitoone|nemitunam|nemitoonam|nemitunad|nemitavanad) (?:bekeshe|bekesham|bekeshad)|(?:nemitune|nemitoone|nemitunam|nemitoonam) nafas (?:bekeshe|bekesham|bekeshad)|nafas(?:esh|am)? (?:bala nemiad|band oomade|band umade|band omade|nemiad))(?![^.,!?]{0,20}az (?:khande|khandeh|khanda))',
      'cannot breathe',
    ],
    [
      '(?:lab|labash|labhash|labam|labesh|labhaash|labhaye?sh) (?:kabood|kabud|siah|abi)(?: (?:shode|shod|hast|e))?(?![^]*(?:alan|hala|hamin alan) (?:khoobe|khoob|khube|khub|behtare|behtar))',
      'blue lips',
    ],
    [
      '(?:dard|dard e|dard-e) (?:sine|sineh|ghafase sine|ghafase sineh)|sine(?:m|sh)? (?:dard|dard mikone|dard mikoneh)',
      'chest pain',
    ],
    // Session 46: a verb negated with "ne-"/"na-" (MTS: not breathing, no answer, unresponsive; hypothermia: no longer
    // shivering, not speaking, a slow pulse), and a fall and a frozen body, told with the person's ending ("-esh": his).
    ['(?:nafas(?:esh)?|nafas) (?:nemikeshe|nemikeshad|nemiad|nemiyad|nadare)', 'not breathing'],
    // A phone not answered is not a person who does not respond (alone it is someone busy or a phone broken).
    [
      '(?:telefon|gooshi|mobile)\\p{L}*(?: \\p{L}+)? (?:javab|jvb) (?:nemide|nemidahad|nemidad|nadad)',
      'is not answering her phone',
    ],
    ['(?:javab|jvb) (?:nemide|nemidahad|nemidad|nadad)', 'not responding'],
    [
      '(?:gooshi|telefon|mobile)(?:sh|esh|ash)? (?:kharab|khamoosh|khamush)(?: (?:shode|shod|e|ast))?',
      'her phone is broken',
    ],
    ['hamsaye(?:sh|ash|mun)?|hamsayash', 'the neighbour'],
    ['gofte|goft', 'said'],
    ['faghat', 'only'],
    ['(?:surat|soorat|rang)(?:esh|ash)? (?:kabood|kabud|abi) (?:shode|shod)', 'turned blue'],
    // Session 48: FAST told in Persian typed in Latin letters: the face or mouth gone crooked ("kaj", "ye vari"), an arm
    // that cannot be lifted, speech broken or unclear. Glasses or a picture gone crooked are no face.
    [
      // A lip crooked and numb after the dentist's injection is the anaesthetic (review V30).
      `(?!${toldAnywhere('(?:ampul|ampoul|ampol|dandoon|dandan|dentist|bihesi|bi hesi)')})(?:surat|soorat|sorat|dahan|dahn|lab|labe)(?:esh|ash|am)? (?:(?:yehoo|yehu|yeho|naghahan) )?(?:kaj|ye ?vari|kaj o kooleh?) (?:shode|shod|shodeh|mishe)`,
      'face drooping',
    ],
    [
      '(?:dast|dastesh|dastash|dastam)(?: (?:rast|chap)(?:esh|ash|am)?)? (?:ro )?(?:nemitoone|nemitune|nemitoonam|nemitunam|nemitavanad) (?:bala (?:bebare|bebaram|bebarad|biare)|tekoon bede|tekun bede|harekat bede)',
      'cannot lift arm',
    ],
    [
      '(?:harf ?zadan|sohbat ?kardan)(?:esh|ash)? (?:ham )?(?:namafhoom|na ?mafhoom|ghat o vasl|gat o vasl|sangin|kesh ?dar|nameshakhas)(?: (?:shode|shod|e|mishe))?',
      'slurred speech',
    ],
    ['(?:harf|sohbat) (?:nemizane|nemizanad|nemitune bezane)', 'not speaking'],
    // No longer shivering is hypothermia's sign only out in the cold (snow, ice, a cold body); a child over a cold is fine.
    [
      `${toldAnywhere('(?:barf|yakh|sard|sarmazade|sarma zade)')}(?:dige |digeh )?(?:nemilarze|nemilarzad|larz nadare)`,
      'no longer shivering',
    ],
    ['(?:dige |digeh )?(?:nemilarze|nemilarzad|larz nadare)', 'not shaking'],
    ['sarma (?:khorde|khordeh|khord)', 'caught a cold'],
    ['(?:halesh )?(?:khoobe|khube|khobe)', 'is fine'],
    ['bazi (?:mikone|mikonad)', 'playing'],
    ['(?:bidar|be hoosh|be hosh) (?:nemishe|nemishavad|nemiad)', 'will not wake up'],
    ['(?:tekun|tekoon|harekat) (?:nemikhore|nemikone|nadare)', 'not moving'],
    ['(?:badan(?:esh|ash)?|dast o pash|tanash) (?:yakh (?:zade|karde|baste)|sard sard|mesle yakh)', 'body frozen'],
    ["(?:nabz(?:esh)?) (?:kheyli |kheili )?(?:ahesteh?|kond|zaeef|za'if|zaif)", 'slow pulse'],
    ['(?:zire|zir|tuye|tu) barf', 'in the snow'],
    ['oftade|oftad|zamin khorde|zamin khord', 'fell'],
    ['dorost', 'properly'],
    ['chi kar (?:konim|konam|kone)|chikar (?:konim|konam)', 'what do we do'],
    ['madaram|maman(?:am)?', 'my mother'],
    ['pedaram|babam', 'my father'],
    ['pesaram', 'my son'],
    ['dokhtaram', 'my daughter'],
    ['bacham|bachem|bache(?:ye)? man', 'my child'],
    ['(?:va|o)', 'and'],
    ...ROMANISED_PERSIAN_EVERYDAY.phrases,
  ],
  words: ROMANISED_PERSIAN_EVERYDAY.words,
};
