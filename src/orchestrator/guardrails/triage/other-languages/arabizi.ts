import { ARABIZI_FACE_CHEST_AND_NO_ANSWER } from './face-chest-and-no-answer-in-thinner-lexicons.js';
import { ARABIZI_FINDINGS } from './breathing-bleeding-children/arabizi.js';
import { ARABIZI_EVERYDAY } from './everyday-words/arabizi.js';
import { ARABIZI_INTENT_AND_CRISIS } from './intent-and-crisis/arabizi.js';
import { ARABIZI_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/arabizi.js';
import { ARABIZI_HEAD_KNOCK_WITH_WHAT_FOLLOWED } from './head-knock-with-fluid-thinners-or-vomiting.js';
import { isWrittenInArabiziDigits } from './arabizi-digits.js';
import { ARABIZI_DIALECT_VERBS } from './arabizi-dialect-verbs.js';
import { ARABIZI_NOR, ARABIZI_TOLD_WITH_ITS_OWNER } from './arabizi-told-with-its-owner.js';
import { toldAnywhere, type LanguageLexicon } from './language-lexicon.js';

/**
 * Arabic typed in Latin letters and digits ("Arabizi"), mostly its spoken Levantine, Egyptian and Gulf forms:
 * the digits stand for the letters Latin has not (3 ع, 7 ح, 2 ء / ق, 5 خ, 8 غ). A digit splits a word for the
 * marker count, so the markers are words written without one; the phrases hold the digits.
 */
/**
 * Session 40: Egyptian Arabizi, which the lexicon read least (its words "sedr", "gamed", "wesh", "yetkallem" are not the
 * Levantine ones it knew, and a message of them had no word of its own to be read at all): chest pain told with its
 * force and a sweat (NICE CG95), a collapse with no answer, a face fallen with speech lost (FAST). A phone or a cup
 * that fell, a call not answered and a language not spoken well are none of these.
 */
const CHEST_PAIN_COLLAPSE_AND_STROKE: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:wje3|waja3|wija3|wag3|waga3|alam|2alam|a2lam) (?:2awi|awi|ktir|kteer|shdeed|gamed|gamda|fazi3|rehib|mot2)(?: (?:bi|b|fi|fe|bel|fel|f))? ?(?:sadri|sidri|sadro|sidro|sadra|sedri|sedro|sedra|sedrha|sadrha|el ?sader|el ?sedr|sder|el ?sidr)',
    'severe chest pain',
  ],
  ['(?:3r2an|3ar2an|3er2an|3r2ana|3ar2ana|bey3ra2|bit3ara2|bi3ra2|bte3ra2)', 'sweating'],
  [
    '(?:mesh|msh|mish|ma) (?:bet|bey|bi|be|bt|by)? ?(?:redd|rod|rodd|trod|yrod|yrodd|terod)(?: \\p{L}+)? (?:3al|3ala|3a|3l|ala) ?(?:el )?(?:phone|mobile|telefon|tilifon|tel|whatsapp|wats|messages|calls)',
    'missed my call',
  ],
  [
    '(?:mesh|msh|mish|ma) (?:bet ?redd|beyredd|bey ?rod|bet ?rod|betrod|biyrod|beyrod|betrodd|beyrodd|mabetroddesh|mabyroddesh)',
    'is not responding',
  ],
  [
    '(?<!(?:mobile|phone|fon|telefon|tilifon|kobaya|ka2s|sa7n|laptop|shanta|moftah|kora|tel) )(?:w2e3et|w2e3it|w2e3|wi2e3|wo2e3|w2a3et|w2a3it|w2a3)(?![\\p{L}\\p{N}])',
    'fell',
  ],
  [
    '(?:wesh|wesho|wesha|weshha|weshu|wishsho)(?: \\p{L}+)? (?:mayel|mayla|mayl|m3awag|m3awaj|ma2loub|nazel|nazla|3awag)',
    'face drooping',
  ],
  ['(?:fag2a|faj2a|fage2|faj2atan|fag2atan)', 'suddenly'],
  ['(?:3al|3ala el|3a|3ala) ?(?:ard|2ard|el ard|al ard)', 'on the floor'],
  [
    '(?:bala3|bal3et|bele3|bil3it|bel3et|bala3et) (?:battareya|battarya|baterya|battariya|7agar|hagar|7ajar)',
    'swallowed a button battery',
  ],
  // A fit told in the past of a child who has grown ("kan bey3mel ... w howa soghayar") is a history.
  [
    '(?:kan|kanet|kant) (?:bey3mel|bet3mel|3am y3mel|3am ta3mel) (?:tashannogat|tashanogat|tashnogat|tashannojat)',
    'had seizures years ago',
  ],
  ['(?:w|wa) (?:howa|huwe|hiya|heya|hiye) (?:soghayar|so8ayar|zghir|z8ir|soghayara|zghire|sghir)', 'as a small child'],
  [
    '(?:bey3mel|bet3mel|3am y3mel|3am ta3mel|3ando|3anda|gatlo|gatelha|ijato|ijeto) (?:tashannogat|tashanogat|tashnogat|tashannojat|tashanoj|tashannog|nobet sara3|sara3)',
    'he is having a seizure',
  ],
  [
    '(?:men|min|mn|sar lo|sarlo|ba2alo|ba2alha|hadi|hadi|ladi|lahu) (?:\\d+) (?:d2aye2|da2aye2|d2ay2|da2aye2|d2i2a|de2i2a|d9ay9|dqayq|d9aye9|d9i9a|dqiqa)',
    'for # minutes',
  ],
  [
    '(?:mesh|msh|mish|ma) (?:2ader|a2der|aader|3aref|arf|2adra|3arfa|b2dar|ader|2adr) (?:yetkallem|yetkalem|yitkallam|yetkalam|tetkallem|tetkalem|yenta2|yet2alem|yitkalam)(?! (?:english|engleezy|ingilizi|ingleezi|fransawy|french|3arabi|arabi|kowayes|kwayes|german|almany))',
    'cannot speak',
  ],
];

export const ARABIZI: LanguageLexicon = {
  language: 'Arabizi',
  script: 'latin',
  // Session 44: most Arabizi messages of the Gulf and the Maghreb held no word typed without a digit, and were not read.
  markedBy: isWrittenInArabiziDigits,
  markers: [
    'enta',
    'enti',
    'howe',
    'hiye',
    'kteer',
    'ktir',
    'shway',
    'mish',
    'msh',
    'inno',
    'enno',
    'shou',
    'kaman',
    'lazem',
    'yalla',
    'wallah',
    'khalas',
    // Session 37: words of the spoken forms typed without a digit, so a short message of them is still read.
    'bade',
    'lyom',
    'leil',
    'sintein',
    // Session 39: Egyptian words typed without a digit ("mafeesh", "ayez" of "3ayez"), and the night of a plan.
    'leile',
    'lela',
    'mafeesh',
    'mafish',
    'fayda',
    'ayez',
    'ayza',
    // Session 44: words of the Gulf and the Maghreb typed without a digit (my son, my daughter, very, fine, is it, how, what).
    'wildi',
    'wldi',
    // Session 58 (T109): the Levant's "my boy".
    'wladi',
    'bnti',
    'bzaf',
    'mzyan',
    'wach',
    'kifach',
    'chno',
    'wayed',
    'shlon',
    'shloun',
  ],
  ownWords: [
    ...ARABIZI_INTENT_AND_CRISIS.ownWords,
    ...ARABIZI_SELF_HARM_AND_POISONING.ownWords,
    // Session 41: Moroccan Darija's "my" and mother, and a stiff neck and her skin, typed plainly: words English never writes.
    'dyali',
    'dyalha',
    'dyalo',
    'lwalida',
    'nashfa',
    'jeldha',
    'mish',
    'kteer',
    'ktir',
    'khayfe',
    'khayef',
    'walad',
    'ibni',
    'ebni',
    'benti',
    'binti',
    'emmi',
    'abouy',
    'bayye',
    'jiddo',
    'baddi',
    'bidi',
    'raghwe',
    'shway',
    'shwayye',
    'kamle',
    'yetnaffas',
    'yitnaffas',
    'tetnaffas',
    'titnaffas',
    'emme',
    // Session 38: blood, typed plainly, so a self-harm told without another marker is still read.
    'damm',
    'imme',
    'sitti',
    'wejja',
    'wejjo',
    // Not "teta" (grandmother): Spanish, Portuguese and Italian write it too, and a word of its own marks a message alone.
    'jeddto',
    // Session 39: dying wished in Egyptian, and a burn's skin, typed plainly.
    'amoot',
    'mafeesh',
    'jeldo',
    'jelda',
    'jildo',
    // Session 40: Egyptian words a short message of chest pain, collapse or stroke is told with.
    'gamed',
    'sedri',
    'sedro',
    'sadro',
    'sadri',
    'wesh',
    'wesho',
    'yetkallem',
    'yetkalem',
    'tetkallem',
    'redd',
    'beyrod',
    'beyrodd',
    'betrod',
    'betrodd',
    'biyrod',
    'bitrod',
    'mabyrodesh',
    'mabtrodesh',
    // Session 63 (T139): a mother, a face, a fall and a fit typed plainly in the Gulf, the Levant and the Maghreb.
    'ummi',
    'ommi',
    'wjhou',
    'wjho',
    'wjhha',
    'tentafad',
    'yentafad',
    'wag3at',
    'bdi',
    'yddha',
    'ydo',
    'mrati',
    ...ARABIZI_FINDINGS.ownWords,
  ],
  phrases: [
    ...ARABIZI_FACE_CHEST_AND_NO_ANSWER,
    ...ARABIZI_DIALECT_VERBS,
    ...CHEST_PAIN_COLLAPSE_AND_STROKE,
    ...ARABIZI_FINDINGS.phrases,
    ...ARABIZI_INTENT_AND_CRISIS.phrases,
    ...ARABIZI_SELF_HARM_AND_POISONING.phrases,
    ...ARABIZI_HEAD_KNOCK_WITH_WHAT_FOLLOWED,
    // Session 39: a burn read by its parts (NHS burns and scalds: a scald, blisters, skin coming away, how much of the
    // body), the idiom of a burning heart first; a wish to die in Egyptian ("3ayez amoot"), never dying "of" something.
    [
      '(?:2albi|albi|qalbi|2albo|2alba|2alby)(?: \\p{L}+)? (?:ma7rou2|ma7roo2|ma7ru2|7are2|bi7ra2ni|7ara2ni)',
      'i feel sorry for him',
    ],
    [
      '(?:n7ara2|n7ara2et|n7ar2et|in7ara2|ne7ra2|et7ara2|it7ara2|ta7ara2|e7tara2|7ere2|7ir2it|ma7rou2|ma7roo2|ma7ru2)',
      'burned',
    ],
    [
      "(?:el |bel |bil |b)?(?:may|mai|mayy|mayye|maya|zeit|zet|zayt|7alib|7aleeb|shay|shai) (?:el )?(?:s5ne|s5ene|s5neh|sokhne|so5ne|sukhne|sokhna|so5na|m3'li|mghli|maghli|m8li|btighli|3am tighli|7amye|7amya)",
      'with boiling water',
    ],
    ['(?:fa2a3at|fa2a3a|fa2fou2|fa2afi2|fa2afee2|nfe5at|nfa5at|nafafe5|baba2ee2|fa2ee3at)', 'blisters'],
    ['(?:jeldo|jelda|jildo|jilda|jeldon|el jeld)', 'his skin'],
    ['(?:kello|kella|kellon|kullo|kolloh)', 'all over'],
    [
      '(?:(?:3ayez|3ayza|3awez|3awza|nefsi|nifsi|bghit|baghi) (?:2|a|e|n)?(?:moot|mout|mut|mot))(?! (?:men|mn|min|m|3ala|3a|3aleh|3aleha|3alek|fi|f) | (?:3ashan|3shan|la7ad))',
      'i want to die',
    ],
    ['(?:el )?(?:leile|leila|lela|lelady|elleila)', 'tonight'],
    [
      '(?:wejja|wejjo|wijja|wijjo|wejha|wijho|lawno|lawna|wejj)(?: \\p{L}+)? (?:azra2|zar2a|zer2a|zra2|zer2an)',
      'face turned blue',
    ],
    ['(?:sitti|teta|tayta)', 'my grandmother'],
    // The word before the number is read behind it: '#' takes the first digits of the match, and "3omro" and "7ararta"
    // hold a digit of their own ("3omra 2 shhour" was read as three months, "7ararta 39" as a fever of 7; session 39).
    // Session 37: an infant's age in days or weeks and a temperature told as a number (NICE traffic-light: under
    // 3 months with 38 °C or more is red); a plan told with its time; a snake's bite; a collapse seen by the writer.
    [
      '(?<=(?:3omro|3omra|3mro|3mra|3omru|3umro|3emro|3omrha|3omroh) )(?:\\d+) (?:yom|youm|iyyam|ayyam|ayam|yawm|eyyam)',
      'aged # days old',
    ],
    [
      '(?<=(?:3omro|3omra|3mro|3mra|3omru|3umro|3emro|3omrha|3omroh) )(?:\\d+) (?:asabee3|asabi3|asabee3|esbou3|osbou3|isbu3|esbu3|jem3a|jum3a)',
      'aged # weeks old',
    ],
    [
      '(?:3omro|3omra|3mro|3mra|3omru|3umro|3emro|3omrha|3omroh) (?:esbou3en|esboo3ein|esbu3en|isbu3ein|jem3tein)',
      'aged 2 weeks old',
    ],
    [
      '(?<=(?:7arara|7ararto|7aratro|7rarto|7ararta|7rarta|7arartoh|7aratra|harara|hararto|haraarto|so5ntu|sokhnto)(?: \\p{L}+)? )(?:\\d+)',
      'fever #',
    ],
    [
      '(?:ma|mish|msh|mush|mosh) (?:bade|bidi|baddi|beddi|biddi|3ayez|3ayza|abi|abgha) (?:2|e|a)?(?:3ish|3eesh|3aysh)',
      'i do not want to live',
    ],
    // Session 38: suicide in the first person's imperfect ("ento7er", I kill myself: the past "ente7ar" is someone's
    // death already), thinking of it, and cutting oneself (NHS 111: self-harm done is seen now).
    [
      '(?:(?:b|bi|3am |ana b)?(?:fakker|fakkar|fekker|fkr) (?:b|enno |inno |2?enni )?)?(?:2|e|a|i)?(?:ento7er|ente7er|nte7er|ent7er|into7er|inte7er|inti7ir|ente7ir|nto7er)',
      'i am thinking of killing myself',
    ],
    [
      '(?:jara7t|jra7t|jr7t|jara7et|ja2a7t) (?:7ali|7alee|nafsi|roo7i|ro7i|2ide|ide|eedi|2eede)(?= (?:b|bel|bi|bl) ?(?:moss|mous|shafra|shfra))',
      'i cut myself on purpose',
    ],
    ['(?:jara7t|jra7t|jr7t|jara7et|ja2a7t) (?:7ali|7alee|nafsi|roo7i|ro7i)', 'i cut myself on purpose'],
    [
      '(?:el )?(?:damm|dam) (?:ma|mish|msh|mosh) (?:3am )?(?:wa2af|wa2if|w2ef|wa2ef|yo2af|yu2af|yew2af|yoo2af)',
      'the bleeding will not stop',
    ],
    [
      '(?:ra7|rah|7|ha|bade|bidi|baddi) (?:2|e|a)?(?:i2tol|a2tol|e2tol|o2tol|2tol|2otol|2e2tol|2o2tol|a2tel) (?:7ali|7alee|nafsi|roo7i|ro7i)',
      'i will kill myself tonight',
    ],
    [
      '(?:lada3to|lad3to|lada3ta|lada3tni|lada3ito|lad3eto|3addo|3adda|3a22to|2arasto|2arsato)(?: \\p{L}+)? (?:7ayye|7aye|7ayya|7ayyeh|af3a|tho3ban|ta3ban|7anash)',
      'bitten by a snake',
    ],
    [
      '(?:7ayye|7aye|7ayya|7ayyeh|af3a|tho3ban|ta3ban|7anash) (?:lada3et|lad3et|lada3ito|lada3to|3addet|3adda|3addeto|2arset|2arsato)',
      'bitten by a snake',
    ],
    [
      '(?<=(?:3omro|3omra|3mro|3mra|3omru|3umro|3emro|3omrha|3omroh) )(?:\\d+) (?:shhour|shhur|ashhor|ash-hor|a4hor|shuhur|shohor|shahr|shahrain|shahren)',
      'aged # months old',
    ],
    // Session 52 (T82): ... and told "he has" months (Egyptian and Levantine "ebny 3ando 3 shohor"), after a child only
    // and never a span ("men 3 shohor": for, "ba2alo": it has been).
    [
      '(?<=(?:ebny|ebni|ibni|ibny|benti|binti|bnti|bente|el baby|el bebe|el tefl|el tifl|ibn okhti|ibn a5oya|el walad|el bent) (?:3ando|3andu|3andha|3anda|3ndo|3ndha) )(?:\\d+ (?:shhour|shhur|ashhor|a4hor|shuhur|shohor|shahr))(?! (?:w (?:howa|hya) )?(?:ta3ban|3ayan|3ayyan|marid|bi|b))',
      'aged # months old',
    ],
    [
      '(?<=(?:ebny|ebni|ibni|ibny|benti|binti|bnti|bente|el baby|el bebe|el tefl|el tifl|ibn okhti|ibn a5oya|el walad|el bent) (?:3ando|3andu|3andha|3anda|3ndo|3ndha) )(?:shahrein|shahrain|shahren)(?! (?:w (?:howa|hya) )?(?:ta3ban|3ayan|3ayyan|marid|bi|b))',
      'aged 2 months old',
    ],
    [
      '(?:mesh|msh|mish|ma) (?:3ayez|3ayza|3awez|3awza|radi|radya|raadi|bey|bi|bt|by)?(?: )?(?:yerda3|yirda3|terda3|tirda3|rda3|rada3)|mab(?:y|t)?(?:erda3|irda3|rda3|radda3)(?:sh|ch)?',
      'not feeding',
    ],
    ['soskhon|sokhoneya|sokhoneyya|skhoneya|s5oneya|so5oneya', 'fever'],
    // ... and a fever told as last week's, seen, and the baby well now (review V34 15:38).
    ['el (?:osbo3|esbo3|usbu3|isbu3) (?:elly|illi|eli|elli|lli) (?:fat|fa2at|fa2)', 'last week'],
    [
      '(?:dlwa2ty|dlwa2ti|delwa2ti|delwa2ty|dilwa2ti|hala2|halla2|hal2a|daba) (?:howa |hya |heya )?(?:kowayes|kwayes|kwayyes|kowayesa|kwayesa|kwayyesa|mni7|mni7a|mzyan|mzyana|tamam)',
      'is fine now',
    ],
    ['shu (?:lazem )?(?:a3mel|na3mel|e3mel|ne3mel) (?:iza|eza|law|lw)', 'what do i do if'],
    ['(?:iza|eza|law|lw) (?:7ada|hada|shi 7ada)', 'if someone'],
    [
      '(?:mish|msh|ma|mush) (?:3am )?(?:y2dar|ye2dar|yi2dar|2ader|2adra|ti2dar|te2dar|ader|yi2der) (?:yetnaffas|yitnaffas|yetnafas|yitnafas|titnaffas|tetnaffas|tetnafas|atnaffas|etnaffas)|(?:mish|msh|ma) (?:3am )?(?:yetnaffas|yitnaffas|titnaffas|tetnaffas|btetnaffas|byetnaffas)(?! bi)',
      'cannot breathe',
    ],
    [
      '(?:3am )?(?:yetnaffas|yitnaffas|titnaffas|tetnaffas|btnafas|bitnaffas) (?:bas )?(?:bi ?|b)(?:sa3le|su3ube|su3ubeh|sa3beh|sa3b|sa3ub|sa3leh)|(?:dee2|di2|deeq|di2at) (?:el |b)?nafas',
      'difficulty breathing',
    ],
    ['(?:shfafo|shfefo|shfeyfo|shfafha|shfayfo|shfeifa|shfeyfa) (?:zor2|zar2a|azra2|zer2an|zer2a|zra2)', 'blue lips'],
    [
      '(?:wje3|waja3|wija3|alam|2alam) (?:2awi |ktir |kteer |shdeed )?(?:bi|b|fi|bel) ?(?:sadri|sidri|sadro|sidro|sadra|el ?sader|sder|el ?sidr|2albi|albi)',
      'chest pain',
    ],
    [
      '(?:oghmi|ghmi|ughmi|o8mi|oghma) 3ala?y?(?:h|ha|ye)?|(?:fa2ad|fa2adet|fi2id|fi2dit) (?:el )?(?:wa3i|wa3e)',
      'fainted and lost consciousness',
    ],
    [
      '(?:mish|msh|ma) (?:3am )?(?:yfi2|yfee2|tfi2|yrod|yrodd|trod|y7ke|ye7ke|yi7ki|ti7ki|te7ke|yehki|tehki)',
      'is not responding',
    ],
    ['(?:tummo|temmo|temma|wijjo|wejjo|wejha|wijha) (?:m3awaj|ma2loub|mayel|mayle|nazel|nazle)', 'face drooping'],
    ['(?:mish|msh|mush|ma) (?:3am )?(?:yetshannaj|yitshannaj|tetshannaj|titshannaj)', 'is not having a seizure'],
    // Session 50 (T75): Egyptian writes the same word with g for j ("tashannogat"), as line 55 reads it after "3ando".
    ['(?:3am )?(?:yetshannaj|yitshannaj|tetshannaj|titshannaj)|tashann?o[gj](?:at)?', 'he is having a seizure'],
    // Egyptian not waking ("mesh bet fo2", "mesh fay2") is unresponsiveness only beside a fit, a fall or a fever told in
    // the message: a child slow to wake for school is not.
    [
      `${toldAnywhere('(?:tashann|sara3|nobet|we2e3|wi2e3|5abat|sokhn|7arara|fever|seizure|convuls)')}(?:mish|msh|mesh|ma) (?:bet ?fo2|bit ?fo2|btfo2|byfo2|biyfo2|fay2|fay2a|fayeq|fay2ah)`,
      'is not responding',
    ],
    // Session 53 (T84): Moroccan Darija's fit (NICE NG217): shaking all over told with the present "ka-" / "ta-"
    // ("katrje3 kolha", "kayrjef kollo", "katr3ed"), the eyes rolled up ("3iniha tal3in"), a fit still not stopped
    // ("mazal ma w9fatch") and never had before ("3mmerha ma jatha"); shaking from the cold is not, nor "katrje3 kolha 7amra"
    // ("rje3" is also "become": she goes all red), read as a fit only where it closes its clause.
    [
      '(?:ka|ta|kan|tan)(?:t|y|n)?(?:(?:rjef|rjaf|rjf|r3ed|r3ad|r3d|terjef|ter3ed)(?:o|ou|u|i)? (?:kolha|kollha|kolo|kollo|kolou|kamla|kamel|kaml|kamlin|b7alha|b7alo)(?! (?:mn|men|b) ?(?:lberd|l?bard|lbrd|sskhana|skhana|l?7mma|l?khl3a|lkhouf|lkhof))|(?:rje3|rja3|rj3) (?:kolha|kollha|kolo|kollo|kamla|kamel)(?= ?(?:[,.;!?]|$| o | w | wa )))',
      'she is shaking all over',
    ],
    [
      '3(?:i|ay|e)n(?:i|ay)?(?:ha|h|o|ou|hom|ih) (?:tal3in|tal3ine|tal3a|tal3ou|tal3o|m9elbin|mqlbin|m9loubin|mqloubin|m9elba|tal3a lfo9|tal3in lfo9)',
      'her eyes rolled back',
    ],
    [
      '(?:mazal|mazala|ba9i|ba9a|baqi|mazal ma) (?:ma )?(?:w9fatch|w9efch|w9fch|w9ftch|wqfatch|wqefch|w9fat|w9ef|bghat tw9ef|bgha yw9ef|bghatch tw9ef|bghach yw9ef)',
      'it has still not stopped',
    ],
    [
      '3(?:e|a|o)?mm?(?:e|a)?r(?:ha|o|ou|ni|i|h|hom) ma (?:jatha|jah|jato|jatou|jani|jatni|jatek|dar|darha|dart|darto)(?: \\p{L}+){0,2}',
      'never had this before, first time',
    ],
    // A first time told of it (NICE NG217: a first seizure), read as English tells it.
    ['(?:awel|awwal|2awal|2awwal) (?:marra|mara|marrah)', 'first time'],
    ['(?:kan |kanet )?(?:3am )?(?:ghar2an|ghar2ane|ghere2|ghir2|ghir2it|ghara2|yeghra2|teghra2)', 'was drowning'],
    ['(?:raghwe|raghweh|zabad)(?: (?:3a|men|mn) (?:temmo|tummo|temma|tomo))?', 'frothy foam at the mouth'],
    [
      '(?:5adet|5ad|akhad|akhadet|a5adet|bala3|bal3at|bal3et|bil3it|shireb|shirbet|shirib) (?:3elbet|3elbe|3elbit|3ilbit|kil|kel|kteer|ktir) (?:\\p{L}+ )?(?:panadol|dawa|adwiye|7bub|hbub|7ebob|7boob|pills|7abbet|dawe)(?: kamle| kemle| kella)?',
      'took a whole box of pills',
    ],
    [
      '(?:bade|bidi|baddi|beddi|biddi) (?:2|e)?(?:entiher|ente7er|nte7er|2e2tol 7ali|2ot2ol 7ali|2o2tol 7ali)',
      'i want to kill myself',
    ],
    // Dying OF something ("bade mout men el da7ek": I could die laughing) is the idiom of degree, as in Egyptian above.
    [
      '(?:bade|bidi|baddi|beddi|biddi) (?:2|e)?(?:moot|mout|mut|mot)(?! (?:men|mn|min|m|3ala|3a|3aleh|3aleha|3alek|fi|f) | (?:3ashan|3shan|la7ad))',
      'i want to die',
    ],
    [
      '(?:3am )?(?:yenzef|tenzef|yinzif|tinzif)(?: kteer| ktir)?|(?:dam|damm) (?:kteer|ktir) (?:3am )?(?:ynzal|yenzal|ytla3|yetla3)',
      'bleeding heavily and it will not stop',
    ],
    ['(?:7arara|hrara|sokhneh|so5neh) (?:3alye|3alyeh|3ale|ktir)', 'high fever'],
    ['(?:ra2bto|ra2abto|ra2bta) (?:nashfe|yebse|m2asra)', 'stiff neck'],
    // Session 57 (T103): meningism told in Lebanese Arabizi (NICE NG240): a neck gone tense ("m3assbe"), a head that will
    // not bend to the chest, light that hurts the eyes.
    // Session 57 (T103): a head hit and vomiting, bleeding that will not stop, and a cleaner drunk, in Levantine and
    // Maghrebi Arabizi ("dar rasso bel 7eit w sar yesta3ferrigh", "3ndo nazif ... ma wa2af", "wladi chrab javel").
    ['(?:dar|darab|drab|edrab|5abat|khabat|5abbat|khabbat) (?:rasso|raso|rasa|rassa|rasu|rassu)', 'hit his head'],
    [
      '(?:3am |sar |sart |bda |bdat )?(?:yesta3ferrigh|yesta3fregh|yestafregh|yestafrigh|testafregh|btestafregh|byestafregh|estafragh|esta3fragh|yet2aya|yt2aya|yetqaya|tet2aya)',
      'vomiting',
    ],
    [
      '(?:nazif|nazeef|nezif)(?: (?:\\p{L}+ ){0,4}(?:w |o )?(?:ma|mish|mesh) (?:wa2af|w2ef|woqef|3am yo2af|3am yw2af|3am yo2of|byo2af|bi2of|by2of|bghat twqef|bgha ywqef))?',
      'bleeding that will not stop',
    ],
    ['(?:wladi|weldi|waldi)', 'my son'],
    ['(?:chrab|chreb|chrbat|chorbat|shrab|shrbat)(?= (?:javel|jafel|klor|lkhal|dwa|dowa|l?ma ?qat3a))', 'drank'],
    ['(?:javel|jafel|l?ma ?qat3a)', 'bleach'],
    [
      '(?:ma|mish|mesh) (?:3ande|3endo|3enda|3ando|3andi|fi|fiyo|fiya)(?= (?:7arara|7rara|hrara|fever|sokhneh|so5neh|sokhne|so5ne))',
      'no',
    ],
    [
      '(?:ra2bto|ra2abto|ra2bta|ra2beto|ra2beta|ra2bte) (?:m3assbe|m3asbe|m3asabe|m2asbe|m2assbe|m3assabe|mshanje|metshanje)',
      'stiff neck',
    ],
    [
      '(?:ma|mish|mesh) (?:fi|fiy|fiyo|fiya|2ader|2adra|bi2der|bte2dar) (?:yenzel|tenzel|ynazzel|tnazzel|ynazel|y7anni|yetni|tetni) (?:rasso|raso|rasa|rassa|ras)',
      'cannot bend his head forward',
    ],
    [
      '(?:3am )?(?:yest2erf|btest2erf|test2erf|byest2ref|yetda2a2|btetda2a2|ydaye2o|ydaye2a|yedaya2|tedaya2) (?:mn|men|min|mnel|mel) (?:el |l)?(?:daw|dow|doww|nour|nor)',
      'light bothers him',
    ],
    ['(?:ibni|ebni)', 'my son'],
    ['(?:benti|binti)', 'my daughter'],
    ['(?:emmi|emme|imme|mama)', 'my mother'],
    ['(?:jeddto|jeddta|teta|tayta|sitto|jedda|jadda|jadde)', 'grandmother'],
    ['(?:sintein|santen|sintain)', '2 years old'],
    ['(?:abouy|bayye|baba)', 'my father'],
    ['(?:sa7bti|sa7beti|rfi2ti)', 'my friend'],
    // Session 45 (T57): appendicitis told by where the pain began and went (NICE CKS: periumbilical, then the right
    // iliac fossa), and vomiting everything.
    [
      '(?:wja3|wje3|waja3|wija3|waga3|wag3)(?: (?:kteer|ktir|2awi|awi|shdeed))? (?:b|bi|fi|fe|f) ?(?:batni|batne|batno|batna|batnha|ba6ni|el ?batn)',
      'pain in my belly',
    ],
    [
      '(?:7awl|7awal|7awali|7awalay|7ol|7oul) (?:el |l)?(?:sorra|sorrah|sirra|surra|sura|sourra)',
      'around the belly button',
    ],
    [
      '(?:ra7|ra7et|nizil|nezel|intaqal|enta2al|inta2al) (?:3al|3a|3ala|lal|la) ?(?:yameen|yamin|ymin|yemin) (?:ta7t|ta7at|taht)',
      'moved to the lower right',
    ],
    [
      '(?:3am |bi|b)?(?:raje3|rage3|rajje3|traje3|yraje3|btraje3|byraje3) (?:kel|kil|kol|kul) (?:shi|shy|she|eshi|shee)',
      'vomiting everything',
    ],
    ['(?:hala2|halla2|hala|halla|hallaq)', 'now'],
    ['(?:bira|kohol|wiski|3ara2)', 'alcohol'],
    // Single words of a finding, read last, after the phrases that hold them with their quantity ("bal3at 3elbet dawa").
    ['(?:we2e3|wi2i3|we2e3et|wi2i3it|wa2a3|wa2a3et|wa23et|sa2at|sa2et|we23et)', 'collapsed'],
    ['(?:bala3|bal3at|bal3et|bil3it|bala3et)', 'swallowed'],
    ['(?:7boub|7bub|hbub|7ebob|7boob|7bob|7oboob)', 'pills'],
    // Session 51: a body part or a want with its owner's ending, and "wala" after a negation; read after every phrase
    // that names one with its finding ("wejjo azra2").
    ...ARABIZI_TOLD_WITH_ITS_OWNER,
    ARABIZI_NOR,
    ...ARABIZI_EVERYDAY.phrases,
  ],
  words: {
    ...ARABIZI_EVERYDAY.words,
    ana: 'i',
    bas: 'but',
    walad: 'a boy',
    kteer: 'very',
    ktir: 'very',
    khayfe: 'scared',
    khayef: 'scared',
  },
};
