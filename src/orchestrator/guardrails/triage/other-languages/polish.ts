import { POLISH_BLOOD_SPAT_AFTER_TONSILS } from './blood-poured-or-spat-told-in-its-own-verbs.js';
import { POLISH_BLADES_READY_BESIDE_A_FAREWELL } from './farewell-told-with-a-means-or-a-hanging-prepared.js';
import { POLISH_NOT_HERE_ANYMORE } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { POLISH_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { POLISH_GREEN_VOMIT } from './green-vomit-told-by-its-colour.js';
import { POLISH_PRESSURE_FAILING } from './pressure-failing-on-a-bleed.js';
import { POLISH_PREPARATIONS } from './preparations-told-by-their-parts.js';
import { POLISH_FINDINGS } from './breathing-bleeding-children/polish.js';
import { POLISH_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import {
  POLISH_EVERYDAY_PHRASES,
  POLISH_EVERYDAY_WORDS,
  POLISH_SWOLLEN_AND_WHAT_SWELLED,
} from './everyday-words/polish.js';
import { stemsOf } from './everyday-words/word-stems.js';
import { POLISH_INTENT_AND_CRISIS } from './intent-and-crisis/polish.js';
import { POLISH_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/polish.js';
import {
  NOT_AFTER_WATER_OR_A_ROOM,
  NOT_BEFORE_A_LENGTH_OR_WEIGHT,
  toldAnywhere,
  toldNowhere,
  type LanguageLexicon,
} from './language-lexicon.js';
import { POLISH_MODIFIERS } from './modifiers/polish.js';

/** Despair, a means or a time of intent told anywhere beside a farewell. Folded. */
const A_FAREWELL_WEIGHED = toldAnywhere(
  '(?:tabletk\\p{L}*|tabletek|lekow|pigulk\\p{L}*|sznur\\p{L}*|most\\p{L}*|skocz\\p{L}*|powies\\p{L}*|zabic sie|zabije sie|samoboj\\p{L}*|nie chce (?:juz )?zyc|nie chce mi sie zyc|koniec|bez sensu|na zawsze|dzis w nocy|dzisiaj w nocy|tej nocy|umrzec|umre|swiatem)',
);

/** Polish, typed with or without its diacritics ("ł" as "l"). */
/**
 * Session 57 (T104): a scald told by how the water went over the child ("oblał się wrzątkiem") and the chest named in
 * full ("klatka piersiowa"), and tablets told ready for a death wish ("mam przygotowane tabletki"): NICE burns referral,
 * NICE NG225's preparations.
 */
const POLISH_SESSION_57: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:oblal|oblala|oblalo|oblali|poparzyl|poparzyla|poparzylo) (?:sie|go|ja|je)? ?(?:wrzatkiem|wrzaca woda|goraca woda|wrzaca zupa|goraca zupa|goraca herbata|wrzaca herbata|goraca kawa|wrzacym olejem|goracym olejem)',
    'scalded with boiling water',
  ],
  ['klatk(?:a|e|i) piersiow(?:a|ej|e)', 'chest'],
  // Cold-water immersion (NHS 111: hypothermia after a fall into icy water) and a farewell told as an end.
  [
    '(?:wpadl|wpadla|wpadlo|wpadli) do (?:przerebla|przerebli|lodowatej wody|zimnej wody|jeziora|rzeki|stawu|wody)',
    'fell into icy water',
  ],
  // Session 60 (T121): shivering that stops while the person is still cold is the body giving up its warming (NHS 111
  // hypothermia); pulled out of the ice or the icy water is the exposure itself.
  ['(?:z|spod) (?:lodu|przerebla|przerebli|lodowatej wody|zimnej wody)', 'out of the icy water'],
  ['przestal(?:a|o)? (?:sie )?(?:trzasc|drzec|dygotac)', 'stopped shivering'],
  ['zdezorientowan\\p{L}*', 'confused'],
  // What keeps a breathlessness mild (NHS 111: breathless only on exertion, normal at rest), now that a message typed with
  // Polish letters is read in Polish.
  ['(?:lekka|lekki|lekkie|lekko|lekkiej|niewielka|mala) (?:dusznosc|zadyszka|zadyszke)', 'mild breathlessness'],
  ['(?:lekka|lekki|lekkie|lekko|lekkiej)', 'mild'],
  ['(?:oddycham|oddycha) normalnie', 'i breathe normally'],
  ['(?:od|po) przeziebieni(?:a|u)', 'since a cold'],
  ['przy (?:wysilku|biegu|bieganiu|wchodzeniu|chodzeniu po schodach|sporcie)', 'on exertion'],
  ['w spoczynku', 'at rest'],
  // A farewell to everyone only beside despair, a means or a time of intent (NICE NG225): a colleague saying goodbye
  // before retiring or a move tells none of them (the session-49 look-alike), as German reads it.
  [
    `${A_FAREWELL_WEIGHED}(?:zegna|pozegnal|pozegnala|pozegnalo) sie ze (?:wszystkimi|wszystkim|swiatem|rodzina)`,
    'is saying goodbye to everyone',
  ],
  ['(?:ze )?to (?:juz )?koniec', 'that it is the end'],
  // A wish to die told in the past, once ("kiedyś chciałem się zabić"): a history, not intent now.
  [
    '(?:kiedys|dawniej|lata temu|w przeszlosci|jako nastolatek|jako nastolatka) (?:tez )?(?:chcialem|chcialam|myslalem|myslalam|probowalem|probowalam)(?: \\p{L}+){0,3}',
    'years ago i wanted to kill myself',
  ],
  [
    `mam (?:juz )?(?:przygotowane|odlozone|uzbierane|zebrane|schowane|naszykowane) (?:\\p{L}+ )?(?:tabletki|leki|pigulki|proszki|tabletek)${toldAnywhere('(?:zyc|zycia|umrzec|zabic sie|skonczyc ze soba|samoboj\\p{L}*|nie chce mi sie)')}`,
    'i have saved up pills',
  ],
];

export const POLISH: LanguageLexicon = {
  language: 'Polish',
  script: 'latin',
  markers: [
    'jest',
    'sie',
    'moj',
    'moja',
    'mam',
    'syn',
    'corka',
    'bardzo',
    'oddychac',
    'klatce',
    'goraczka',
    'nie',
    'czy',
    'jak',
    'mnie',
    'jego',
    'juz',
    'teraz',
    // Session 41 (T44): everyday words no other language writes, for a short message.
    'moze',
    'ktory',
    'ktora',
    'bylo',
    'byl',
    'byla',
    'wczoraj',
    'dzisiaj',
    'krzywe',
    'usta',
    'reki',
    'glowe',
    'glowy',
    'jej',
    'opadla',
    // Session 43 (T53): everyday Polish typed without its letters, for a message with no other marker ("lezy i mowi ze
    // boli go kregoslup i nie czuje nog": "i" is English's too). Each is a word no other language read here writes.
    'boli',
    'czuje',
    'mowi',
    'lezy',
    'jakies',
    'nog',
    'nogi',
    'nogami',
    'spadl',
    'spadla',
    'blady',
    'blada',
    'krzyczy',
  ],
  // Session 57 (T104): "ł", "ą", "ę", "ż", "ź", "ś", "ń" are Polish's alone among the lexicons: a short message typed with
  // them ("siostra napisała że to koniec") is read in Polish though it names no listed word.
  lettersOfItsOwn: /[ąęłńśźżĄĘŁŃŚŹŻ]/u,
  ownWords: [
    // Session 63 (T141): a limp infant and its months, told in a short message.
    'wiotki',
    'wiotka',
    'maluch',
    'miesiace',
    'miesiecy',
    // Session 55 (T92): hives, a sting and fainting, for an allergy told in a few words.
    'pokrzywka',
    'pokrzywke',
    'uzadlenie',
    'uzadleniu',
    'mdleje',
    // Session 49 (T72): a goodbye and a phone switched off, told in a short message with no other word of the language.
    'pozegnal',
    'pozegnala',
    'pozegnali',
    'wylaczony',
    'wylaczyl',
    'wylaczyla',
    // Session 47 (T64): a face and speech told in a short message ('mama ma opadniety kacik ust i belkocze'), which held
    // no marker of the language and was read as none: the corner of the mouth, drooping, slurring, an hour.
    'kacik',
    'opadniety',
    'opadnieta',
    'belkocze',
    'belkoce',
    'godziny',
    'godzine',
    // Session 40 (T42): a finding told in a short message ('krwawi mocno', 'potracil go samochod').
    'krwawi',
    'tchu',
    'potracil',
    'potracila',
    'potracony',
    ...POLISH_INTENT_AND_CRISIS.ownWords,
    ...POLISH_SELF_HARM_AND_POISONING.ownWords,
    // Session 39 (T38): burns, breathing, intent, heat, abdomen, shock, eye, cauda equina, poisons and infants told in
    // words of their own.
    'poparzyla',
    'poparzyl',
    'oparzenie',
    'poparzenie',
    'babelkach',
    'pradem',
    'powietrze',
    'oddechu',
    'swiszczy',
    'pokrzywke',
    'powiesi',
    'skoncze',
    'glosy',
    'nozem',
    'splatany',
    'splatana',
    'brzucha',
    'brzuch',
    'krwia',
    'wzrok',
    'krocza',
    'moczu',
    'guzikowa',
    'wiotkie',
    'pacjent',
    'pacjentka',
    'spocony',
    'wypadku',
    'oko',
    'widze',
    // Session 38 (T33): self-harm and a count taken, told in words of their own.
    'pocielam',
    'pocialem',
    'okaleczam',
    'samookaleczenie',
    'zyly',
    'wypil',
    'wypila',
    'nasennych',
    // Session 37 (T28): a young baby's fever, intent, seizures, venom and a collapse told in words of their own.
    'zostawilam',
    'zostawilem',
    'dziecko',
    'jutro',
    'corka',
    'stopni',
    'moje',
    'tygodnie',
    'tygodni',
    'goraczki',
    'noworodek',
    'niemowle',
    'slabo',
    'dzisiaj',
    'zabije',
    'pozegnalny',
    'padaczke',
    'trwaja',
    'ukasila',
    'zmija',
    'upadl',
    'upadla',
    'ulicy',
    'reaguje',
    'wzial',
    'wziela',
    'tabletek',
    'glowe',
    'senny',
    'padaczki',
    'padaczka',
    'krew',
    'przestaje',
    'krwawienie',
    'skoczyc',
    'skocze',
    'mostu',
    'dobudzic',
    'wrzatkiem',
    'pecherze',
    'oparzylo',
    'oparzyla',
    'belkotliwie',
    'wypila',
    'wypil',
    'wybielacz',
    'polknal',
    'polknela',
    'polknelam',
    'nasenne',
    'nasennych',
    'zabic',
    'krwawie',
    'ciazy',
    'kark',
    'goraczke',
    'strumieniem',
    'tryska',
    'przytomnosc',
    'oddycha',
    'drgawki',
    'zemdlala',
    'zemdlal',
    'obudzic',
    'wymiotowal',
    'puchnie',
    'gardlo',
    'mowic',
    'twarz',
    'krzywa',
    'nagle',
    'oddycha',
    'syn',
    'oddychac',
    'klatce',
    'goraczka',
    'nieprzytomny',
    'nieprzytomna',
    'drgawki',
    'krwawi',
    'dusznosci',
    'przytomnosc',
    'spuchly',
    'spuchla',
    'spuchl',
    'jezyk',
    'orzeszkach',
    'polknelo',
    'tabletki',
    'babci',
    'utonal',
    'utonela',
    'podcial',
    'nadgarstki',
    'podcialem',
    'podcielam',
    'zyly',
    'wody',
    ...POLISH_FINDINGS.ownWords,
  ],
  phrases: [
    ...POLISH_BLADES_READY_BESIDE_A_FAREWELL,
    ...POLISH_BLOOD_SPAT_AFTER_TONSILS,
    ...POLISH_SESSION_57,
    ...POLISH_BREATH_BLOOD_AND_HIVES,
    ...POLISH_PREPARATIONS,
    ...POLISH_PRESSURE_FAILING,
    ...POLISH_GREEN_VOMIT,
    ...POLISH_FAREWELL_AND_SAVED_PILLS,
    // Issue 11, session 40 (T42): the weak kinds of KIND-FOCUS.md by their parts: a child breathing fast and grunting
    // (WHO IMCI), someone who cannot be woken, heavy bleeding, a pedestrian hit. First, before 'krwawi' alone (bleeding).
    // Straining at stool, or fast breath after a run that settles, is normal (review V22).
    [
      `${toldNowhere('(?:kup\\p{L}*|po bieganiu|po biegu|po wysilku|wraca do normy|uspokaja)')}(?:oddycha (?:bardzo |tak )?szybko|(?:szybki|przyspieszony) oddech)`,
      'breathing very fast',
    ],
    [
      `${toldNowhere('(?:kup\\p{L}*|po bieganiu|po biegu|po wysilku|wraca do normy|uspokaja)')}(?:steka|stekanie|pojekuje)`,
      'grunting',
    ],
    ['nie (?:mozna|da sie|moge|mozemy) (?:jej|go) (?:dobudzic|obudzic|docucic)', 'we cannot wake her'],
    ['krwawi (?:mocno|bardzo|obficie|duzo|strasznie)|(?:mocno|obficie|bardzo) krwawi', 'bleeding heavily'],
    [
      '(?:potracil|potracila) (?:go|ja|mnie) (?:samochod|auto|motor|ciezarowka)|(?:zostal|zostala) potracon[ya]',
      'he was hit by a car',
    ],
    [
      '(?<=(?:upad\\p{L}*|zemdl\\p{L}*|potracil\\p{L}*|potracon\\p{L}*|podlodze|ziemi|samochod)[^.;!?]{0,40})nie (?:rusza|porusza) sie',
      'is not moving',
    ],
    ...POLISH_INTENT_AND_CRISIS.phrases,
    ...POLISH_SELF_HARM_AND_POISONING.phrases,
    ...POLISH_NOT_HERE_ANYMORE,
    // Issue 11, session 39 (T38): LANG-FOCUS's weak kinds read by their parts in Polish typed without diacritics.
    // Burns (British Burn Association referral): the verb of burning or scalding in its forms, blisters and skin coming
    // off, the degree a clinician writes, an electric current, and the body part, each read on its own so the English
    // rules weigh them together (a fingertip burnt a little stays first aid).
    [
      '(?:porazenie|porazil\\p{L}*|kopnal\\p{L}*|poparzenie) (?:\\p{L}+ )?pradem|prad (?:go |ja |mnie )?(?:porazil|kopnal)',
      'electric shock',
    ],
    ['(?:po|o)parzeni\\p{L}* sloneczn\\p{L}*|spalil\\p{L}* (?:sie )?na sloncu', 'sunburn'],
    ['(?:po|o)parzyl\\p{L}*(?: sie)?|(?:po|o)parzeni\\p{L}*|(?:po|o)parzon\\p{L}*', 'burned'],
    ['(?:drugiego|ii) stopnia', 'blistering burn'],
    ['(?:trzeciego|iii) stopnia', 'full-thickness burn'],
    ['(?:w )?(?:babelk\\p{L}*|bable|babli|pecherz\\p{L}*)', 'blisters'],
    [
      '(?:skora|skorka) (?:mu |jej )?(?:schodzi|odchodzi|odpada|sie zluszcza|zeszla|odeszla)|schodzi (?:mu |jej )?skora',
      'the skin is peeling off',
    ],
    ['(?:goracym|wrzacym|rozgrzanym) (?:olejem|tluszczem)|(?:goracy|wrzacy) olej', 'hot oil'],
    [
      '(?:wylal\\p{L}*|oblal\\p{L}*|przewrocil\\p{L}*) (?:na )?(?:siebie|sie) (?:goraca|wrzaca|goracej|wrzacej|goracy|wrzacy) \\p{L}+|(?:wylal\\p{L}*|oblal\\p{L}*|przewrocil\\p{L}*) (?:goraca|wrzaca|goracy|wrzacy) \\p{L}+ na (?:siebie|sie)',
      'spilled hot tea on himself',
    ],
    // Breathing (Manchester Triage: inadequate breathing, cannot talk; NHS 111: gasping, wheeze that the inhaler does not
    // help) and an airway closing after a trigger (Resuscitation Council UK).
    [
      '(?:lapie|lapal\\p{L}*|chwyta) powietrze|nie moze (?:zlapac|zaczerpnac) (?:powietrza|oddechu|tchu)|nie (?:moge|mozesz|mozemy) (?:zlapac|zaczerpnac) (?:powietrza|oddechu|tchu)',
      'gasping for air',
    ],
    [
      '(?:sie )?dusi(?: sie)?(?! (?:mieso|warzyw\\p{L}*|cebul\\p{L}*|na wolnym|pod przykryciem))|dlawi sie',
      'is choking',
    ],
    ['swiszcz\\p{L}*|charcz\\p{L}*|rzezi', 'wheezing'],
    ['inhalator\\p{L}* (?:nie pomaga|nic nie daje)|nie pomaga inhalator\\p{L}*', 'inhaler not helping'],
    ['pokrzywk\\p{L}*', 'hives'],
    ['gardlo (?:mi |mu |jej )?sie (?:zaciska|zamyka|zwiera)|zaciska (?:mi |mu |jej )?sie gardlo', 'throat is closing'],
    ['dusznosc spoczynkowa|dusznosc w spoczynku', 'short of breath at rest'],
    ['saturacja (?:8\\d|7\\d)', 'oxygen saturation #'],
    // Intent with a means or a time (NICE NG225): a hanging, an end made "with oneself"; not the idiom of laughing.
    [
      '(?:dzis|dzisiaj|jutro|zaraz)? ?(?:sie )?powiesz\\p{L}*|powiesi (?:sie)?|sie powiesi',
      'he will hang himself tonight',
    ],
    ['skoncz\\p{L}* ze soba|zrobie to dzis|odbiore sobie zycie', 'i will kill myself tonight'],
    ['mam dosc zycia|nie chce mi sie zyc', 'i am fed up with life'],
    ['(?:zabije|zabic) sie ze smiechu|(?:umre|umieram|padne) ze smiechu', 'laughing a lot'],
    // A psychiatric crisis with danger to others (Manchester Triage: high risk of harm to others).
    ['slysz\\p{L}* glosy(?! (?:sasiad\\p{L}*|przez sciane|z telewizora|z radia|zza sciany|od lat))', 'hears voices'],
    ['grozi (?:\\p{L}+ )?nozem|z nozem w rece|grozi (?:ze )?(?:zabije|zabiciem)', 'threatening with a knife'],
    ['agresywn\\p{L}*', 'aggressive'],
    ['nie odbiera (?:telefonu|komorki)', 'not answering the phone'],
    // Heat stroke (NHS): confusion and hot dry skin after heat.
    ['udar (?:cieplny|sloneczny)|porazenie sloneczne', 'heat stroke'],
    ['splatan\\p{L}*|majacz\\p{L}*|bredzi', 'confused'],
    ['skora (?:\\p{L}+ )?(?:goraca i sucha|sucha i goraca)', 'skin hot and dry'],
    ['nie poci sie', 'not sweating'],
    // An acute abdomen: a board-hard belly, vomiting blood.
    ['(?:potworny|straszny|okropny|silny|ostry|nie do zniesienia) bol brzucha', 'severe abdominal pain'],
    ['brzuch (?:\\p{L}+ )?twardy jak (?:deska|kamien)', 'belly hard as a board'],
    ['brzuch (?:\\p{L}+ )?twardy(?! jak)', 'belly is hard'],
    ['wymiot\\p{L}* krwia|krwawe wymioty', 'vomiting blood'],
    ['kreci (?:mi |mu |jej )?sie w glowie', 'dizzy'],
    // Shock after an injury: pale, cold, sweaty, fading.
    ['po wypadku', 'after the accident'],
    ['(?:jest )?blad(?:y|a)', 'pale'],
    ['spocon\\p{L}*', 'sweaty'],
    ['zimn(?:y|a)(?! (?:pot|okład|oklad|napoj|prysznic))', 'cold'],
    // Hypothermia (NICE CKS): icy cold to the touch, and shivering that has stopped ("nie trzęsie się"), read as English
    // tells it so that the rules read the two beside each other.
    ['lodowat\\p{L}*', 'icy cold'],
    ['nie trzesie sie', 'not shivering'],
    ['traci przytomnosc', 'losing consciousness'],
    // The eye: something struck into it, sight lost (Manchester Triage: penetrating eye injury, acute loss of vision).
    ['dostal\\p{L}* (?:\\p{L}+ )?w (?:oko|oczy)|uderzyl\\p{L}* (?:sie )?w (?:oko|oczy)', 'got hit in the eye'],
    [
      '(?:wbil\\p{L}*|utkwil\\p{L}*) (?:mu |jej |mi )?(?:sie )?w (?:oko|oku)|w oku (?:mu |jej |mi )?(?:utkwil\\p{L}*|tkwi)',
      'something is stuck in my eye',
    ],
    ['nic nie widz\\p{L}*', 'cannot see anything'],
    ['(?:nagle )?stracil\\p{L}* wzrok w (?:jednym|prawym|lewym) oku', 'suddenly lost vision in one eye'],
    ['(?:paproch|rzese|rzesa|pylek|kurz) (?:\\p{L}+ )?(?:w oku|do oka)', 'dust in my eye'],
    // Cauda equina (NICE CKS): back pain with saddle numbness and urine not passed.
    ['bol (?:plecow|kregoslupa|krzyza)|boli (?:mnie )?(?:kregoslup|krzyz)', 'back pain'],
    ['nie czuj\\p{L}* (?:krocza|posladkow|okolic intymnych)|dretwieje (?:mi )?krocze', 'cannot feel my groin'],
    ['nie (?:moge|moze) (?:oddac moczu|sie wysikac|zrobic siku)', 'cannot pass urine'],
    // Poisons named by the product and button batteries (poison centres).
    [
      '(?:wypil|wypila|polknal|polknela|zjadl|zjadla)\\p{L}* (?:kreta|udroznia\\p{L}*|plyn do (?:rur|udrazniania))',
      'drank drain cleaner',
    ],
    // A battery is read only as swallowed: the English rules read "button battery" alone, as when one is changed.
    [
      '(?:polknal|polknela|polknelo|polknelam|zjadl|zjadla|zjadlo|lyknal|lyknela) (?:\\p{L}+ )?(?:bateri\\p{L}*(?: guzikow\\p{L}*| pastylkow\\p{L}*)?|guzikow\\p{L}* bateri\\p{L}*)',
      'swallowed a button battery',
    ],
    [
      '(?:zjadl|zjadla|zjadlo|polknal|polknela|polknelo) (?:[3-9]|[1-9]\\d) (?:tabletek|tabletki|pigulek)(?! witamin)',
      'ate # tablets',
    ],
    // A young infant floppy, grey, not feeding (NICE NG143).
    ['wiotk\\p{L}*', 'floppy'],
    ['nie je(?![\\p{L}])', 'not feeding'],
    ['szar(?:e|y|a)(?![\\p{L}])', 'grey'],
    ['pacjent\\p{L}* \\d+ lat', 'patient # years old'],
    // Issue 11, session 38 (T33): self-harm read by its verbs and person (pociąć się, ciąć się, okaleczać się, podciąć
    // sobie żyły; NICE NG225), not a cut while shaving or cooking; a count drunk or swallowed with any verb of taking.
    [
      '(?:pocielam|pocialem|pocielem|tne|cielam|cialem|okaleczam|okaleczylam|okaleczylem) sie(?! (?:przy|nozem do|podczas|papierem|o |w palec|golac))|samookalecz\\p{L}*|samouszkodz\\p{L}*',
      'i am cutting myself',
    ],
    [
      '(?:pociela|pocial|tnie|okalecza|okaleczyla|okaleczyl) sie(?! (?:przy|nozem do|podczas|papierem|o |w palec|golac))',
      'she is cutting herself',
    ],
    ['podcie\\p{L}* (?:sobie )?zyly|podcial\\p{L}* (?:sobie )?zyly', 'i slashed my wrists'],
    [
      '(?:wypil|wypila|wypilem|wypilam|polknelam|polknalem|lyknelam|lyknalem|zjadl|zjadla|zazylam|zazylem|wzielam|wzialem|nalykal\\p{L}*)(?: sie)? (?:ponad |okolo |chyba |z |jakies )?(?:[2-9]\\d|1\\d) (?:tabletek|tabletki|pigulek|kapsulek|tabsow)',
      'took # pills',
    ],
    // Issue 11, session 37 (T28): kinds a review found missed or misread across the European lexicons.
    // A grade told before a tiredness word is a child a bit run down, not a lethargic one (NICE NG143).
    [
      '(?:troche|troszke|lekko|nieco|ciut) (?:oslabion[ya]|osowial[ya]|ospal[ya]|zmeczon[ya]|marudn[ya]|bez sil|slabszy|slabsza)',
      'a bit tired',
    ],
    // Breathing, colour and burns told in plain words (Manchester Triage System).
    // A grade before breathlessness on the stairs, long-standing, is no emergency (breathless on exertion).
    [
      '(?:troche|troszke|lekko|nieco|ciut) (?:brakuje (?:mu |jej |mi )?(?:powietrza|tchu)|sie zadyszam|mam zadyszke|zadyszki)',
      'a bit breathless',
    ],
    ['(?:jak |gdy |kiedy )?(?:wchodze|wchodzi|ide|chodze) po schodach', 'when i climb stairs'],
    ['zawsze tak (?:mam|bylo|jest|ma)', 'it has always been like this'],
    ['(?:bardzo |strasznie )?(?:zle|ciezko|dziwnie|slabo) oddycha', 'breathing very badly'],
    ['brakuje (?:mu |jej |mi )?(?:powietrza|tchu)|brak tchu|nie moze zlapac (?:powietrza|tchu)', 'short of breath'],
    ['(?:sine|sine|fioletowe) usta|usta (?:mu |jej )?(?:zsinialy|sa sine|sine|fioletowe)', 'blue lips'],
    [
      'oparzyl\\p{L}* (?:sobie |sie )?(?:twarz|klatke|rece|reke|noge|brzuch)(?: i (?:twarz|klatke|rece|reke|noge|brzuch|piersi))?',
      'burned his face and chest',
    ],
    ['(?:wrzacym|goracym) (?:olejem|tluszczem)|wrzatkiem', 'with boiling oil'],
    ['(?:ma )?pecherze', 'blisters'],
    // A baby's age told in days or weeks (NICE NG143: any fever under 3 months is red).
    [
      '(?<=(?:dziecko|niemowle|noworodek|synek|syn|corka|coreczka|maluch|maluszek|dzidzius|bobas|baby) (?:ma |majace |majacy |ktory ma |ktore ma )?)(?:\\d+|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziesiec) (?:tygodnie|tygodni|tydzien)',
      'is # weeks old',
    ],
    [
      '(?<=(?:dziecko|niemowle|noworodek|synek|syn|corka|coreczka|maluch|maluszek|dzidzius|bobas|baby) (?:ma |majace |majacy |ktory ma |ktore ma )?)(?:\\d+|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziesiec) (?:dni|dzien)',
      '# days old',
    ],
    [
      'urodzil\\p{L}* (?:sie )?(?:\\d+|dwa|trzy|cztery|piec|szesc|dziesiec) (?:tygodni\\p{L}*|dni) temu',
      'was born # weeks ago',
    ],
    [
      '(?:\\d+|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziesiec) (?:tygodnie|tygodni|tydzien)(?= i (?:3[89]|4[01]))',
      'is # weeks old',
    ],
    ['(?:\\d+|dwu|trzy|cztero|piecio|szescio)[- ]?(?:tygodniow|dniow)\\p{L}*(?! ciaz)', '# weeks old'],
    ['noworod\\p{L}*', 'newborn'],
    [
      `(?:3[89]|4[01])(?:[.,]\\d)? ?(?:stopni|stopnie|st\\.? c)|${NOT_AFTER_WATER_OR_A_ROOM}(?<![\\d.,])(?:3[89]|4[01])[.,]\\d(?![\\d])${NOT_BEFORE_A_LENGTH_OR_WEIGHT}`,
      'a temperature of #',
    ],
    // Intent told plainly: the verb after "sie", a letter left for the family.
    ['sie zabije|sie zabic', 'i will kill myself'],
    [
      'zostawil\\p{L}* (?:list|liscik|kartke|wiadomosc)(?: (?:dla|do) (?:rodziny|dzieci|mamy|meza|zony))?',
      'i left a note for my family',
    ],
    // A reading of 36-37.9 told after the fever word is a normal temperature (NICE NG143 grades by the reading); under 36
    // is left alone: a newborn below 36 is a red flag too (NICE NG51, WHO IMCI).
    ['(?:goraczk\\p{L}*|temperatur\\p{L}*|temp) (?:\\p{L}+ )?(?:3[67])(?:[.,]\\d)?(?![\\d])', 'a temperature of 37'],
    // A reading told as a bare number: "ma 38,5", "38,2 stopni".
    [
      `${NOT_AFTER_WATER_OR_A_ROOM}(?:ma|mial|miala|mialo|pokazuje|pokazal|wyszlo|juz) (?:3[89]|4[01])(?:[.,]\\d)?${NOT_BEFORE_A_LENGTH_OR_WEIGHT}(?: ?(?:stopni|°c?|c)(?![\\p{L}]))?(?! (?:tygodni|tygodnie|dni|lat|miesiecy|kilo|kg|godzin|minut|razy|tabletek))`,
      'a temperature of #',
    ],
    ['(?:slabo|malo|niechetnie) (?:je|ssie|pije)', 'feeding poorly'],
    ['nie (?:chce )?(?:ssac|ssie)|nie (?:je|pije) (?:nic|wcale)', 'not feeding'],
    // Intent told plainly (NICE NG225): tonight, a farewell letter.
    ['(?:dzisiaj|dzis|tej) w? ?nocy|dzis wieczorem|dzisiaj wieczorem', 'tonight'],
    [
      '(?:(?:list|liscik) pozegnaln\\p{L}*|listy pozegnalne)(?![^.!?]{0,80}(?:coleg|companer|colleg|kolleg|коллег|сотрудник|squadra|equip|team|mannschaft|verein|druzyn|zespol|takim|ekip|jubil|retrait|pension|rente|пенси|emekli|trabajo|travail|lavoro|job|arbeit|работ|trabalho|praca|pracy|firm|escuela|ecole|scuola|schule|szkol|школ|okul|boda|mariage|matrimonio|hochzeit|wesel|свадьб|dugun))',
      'a goodbye letter',
    ],
    // A seizure told by how long it lasts (NICE NG217), whatever the history.
    [
      '(?:drgawki|atak|napad|drgawek) (?:trwaj\\p{L}*|trwal\\p{L}*|ciagn\\p{L}*) (?:juz )?(?:(?:ponad|dluzej niz|wiecej niz|od|przez) )?(?:[5-9]|[1-9]\\d|piec|pieciu|dziesiec|dziesieciu|pietnascie) (?:minut|min)(?![\\p{L}])',
      'seizing for more than five minutes',
    ],
    ['(?:i )?nie (?:przechodz\\p{L}*|ustepuj\\p{L}*|mijaj\\p{L}*|przestaj\\p{L}*)', 'and it does not stop'],
    // Venom and tablets by count.
    [
      '(?:ukasila|ugryzla) (?:go |ja |mnie )?zmija|zmija (?:go |ja |mnie )?(?:ukasila|ugryzla)|ukaszenie (?:przez )?zmii|ukaszon[ya] przez zmije',
      'bitten by a snake',
    ],
    [
      '(?:wzial|wziela|wzielam|wzialem|polknal|polknela|lyknal|lyknela|zazyl|zazyla) (?:ponad |okolo |chyba |z |jakies )?(?:[2-9]\\d|1\\d) (?:tabletek|tabletki|pigulek|kapsulek|tabsow)',
      'took # pills',
    ],
    // Poor circulation told by its parts (Manchester Triage System shock discriminators): cold, mottled or pale skin,
    // a fast weak pulse, drowsiness growing; and the fall that explains it.
    [
      '(?:skora|skore) (?:\\p{L}+ )?(?:zimna|marmurkowa|marmurkowata|plamista|sina|lepka)(?: i (?:marmurkowa|marmurkowata|plamista|lepka|zimna|blada|spocona))?',
      'skin cold and mottled',
    ],
    ['(?:bardzo|strasznie|okropnie|trupio) blad\\p{L}*', 'very pale'],
    ['tetno (?:\\d+)', 'pulse #'],
    ['(?:slabo|ledwo) (?:wyczuwaln\\p{L}*|wyczuwa\\p{L}*)', 'weak'],
    ['coraz (?:bardziej )?(?:senn\\p{L}*|spiac\\p{L}*)', 'increasingly drowsy'],
    ['(?:upadek|spadl|spadla) z (?:drabiny|dachu|rusztowania|wysokosci|balkonu|okna|drzewa)', 'fell from a ladder'],
    ['bol (?:brzucha|w brzuchu)', 'abdominal pain'],
    // A bystander's collapse: someone fell in the street.
    [
      '(?:jakis )?(?:pan|facet|mezczyzna|kobieta|pani|starszy pan) (?:upadl|upadla|przewrocil sie|przewrocila sie|zaslabl|zaslabla)(?![^.;!?]{0,40}(?:od razu|zaraz|sam|sama) (?:\\p{L}+ )?(?:wstal|wstala|podniosl sie|podniosla sie))',
      'a man collapsed',
    ],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      'puchnie (?:mu |jej |mi )?(?:twarz|gardlo|jezyk|usta)(?: i (?:gardlo|twarz|jezyk|usta))?',
      'face and throat swelling',
    ],
    [
      'po (?:ukaszeniu|uzadleniu) (?:osy|pszczoly|szerszenia)|uzadlila (?:go |ja |mnie )?(?:osa|pszczola)|(?:osa|pszczola) (?:go |ja |mnie )?uzadlila',
      'stung by a wasp',
    ],
    [
      '(?:ma |dostal |dostala )?(?:atak padaczki|drgawki|napad padaczkowy|napad drgawek|atak drgawek) (?:juz )?(?:od|przez) (?:ponad |prawie |okolo )?(?:\\d+|pieciu|piec|dziesieciu|dziesiec|pietnastu|dwudziestu) (?:minut|min)',
      'seizing for more than five minutes',
    ],
    [
      'krew (?:nie przestaje (?:leciec|plynac|ciec)|leci i leci|tryska|sie leje|leje sie|nie chce przestac)|krwawienie nie (?:ustaje|przestaje|chce ustac)|nie (?:moge|mozemy) zatamowac (?:krwi|krwawienia)',
      'the bleeding will not stop',
    ],
    [
      '(?:chce|zamierzam|ide|pojde|zaraz) (?:skoczyc|rzucic sie) (?:z|pod) (?:mostu|dachu|balkonu|okna|bloku|pociag)|skocze (?:z|pod) (?:mostu|dachu|balkonu|okna|bloku|pociag)',
      'i will kill myself tonight',
    ],
    [
      '(?:zebralem|zebralam|nazbieralem|nazbieralam|odlozylem|odlozylam) (?:wszystkie )?tabletki',
      'i have saved up the pills to take them all tonight',
    ],
    ['nie (?:moge|mozemy|da sie) (?:go |jej )?(?:dobudzic|obudzic|docucic)|nie budzi sie', 'cannot be woken'],
    [
      '(?:reka|ramie) (?:mu |jej )?(?:opadla|oslabla|zdretwiala|bezwladna|nie dziala|jest slaba|jest bezwladna)|(?:slaba|bezwladna|zdretwiala) (?:lewa |prawa )?reka',
      'suddenly weak arm',
    ],
    // Session 47 (T64): talking, mumbling or slurring in one's sleep ("belkocze przez sen") is sleep talking, and a face
    // that has been so since birth ("od urodzenia") is no new finding.
    [
      '(?:(?:mamrocze|mowi|gada|belkocze|krzyczy)(?: i )?){1,2} przez sen|(?:mamrotanie|mowienie|gadanie) przez sen',
      'sleep talking',
    ],
    ['od (?:urodzenia|dziecka|zawsze)', 'since birth'],
    ['(?:mowi|gada|mowil|mowila) (?:belkotliwie|niewyraznie|dziwnie|bez sensu)|belkocze', 'slurred speech'],
    [
      '(?:zjadl|zjadla|zjadlem|zjadlam|po zjedzeniu|jadl|jadla) (?:orzeszki|orzeszkow|orzechy|orzechow|krewetki|krewetek|owoce morza|ryby|rybe|jajka|sezam|kiwi)|po (?:orzeszkach|orzechach|krewetkach|owocach morza)',
      'ate peanuts',
    ],
    ['oparzyl(?:o|a|) sie wrzatkiem|wrzatkiem|wrzatek', 'scalded with boiling water'],
    ['(?:duze|ogromne|wielkie) (?:pecherze|bable|pecherz)', 'big blisters'],
    ['(?:teraz|juz|dzisiaj|dzis) (?:jest )?(?:juz )?(?:wszystko )?(?:w porzadku|dobrze)(?: juz)?', 'now i am fine'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, a person, a verb in its other
    // forms), so a wording nobody listed is still read.
    ...POLISH_SWOLLEN_AND_WHAT_SWELLED,
    ['(?:spuchly|spuchla|spuchl|spuchniete|spuchniety|opuchly|opuchla|puchna|puchnie)(?: \\p{L}+)?', 'swollen'],
    [
      'po (?:orzeszkach|orzechach|krewetkach|rybie|jajkach)|(?:zjadl|zjadla) (?:orzeszki|orzechy|krewetki)',
      'ate peanuts',
    ],
    ['usta (?:i|oraz) jezyk|wargi (?:i|oraz) jezyk', 'lips and tongue'],
    [
      '(?:polknal|polknela|polknelo|polkneli|zjadl|zjadla|zjadlo) (?:\\p{L}+ )?(?:tabletki|leki|pigulki|tabletek)',
      'swallowed the pills',
    ],
    [
      'nie mozna (?:jej|go) (?:obudzic|docucic)|nie (?:da sie|mozemy) (?:jej|go) (?:obudzic|docucic)',
      'cannot be woken',
    ],
    [
      '(?:opadl|opadla|opadniety|opadniety) (?:kacik ust|kacik|usta)|krzywa twarz|twarz (?:mu |jej )?opadla',
      'face drooping',
    ],
    ['nie (?:moze|potrafi) mowic|belkocze|mowi niewyraznie', 'cannot speak'],
    ['drgawki (?:i )?nie (?:przestaja|ustepuja|mijaja)|(?:ma|dostal|dostala) drgawki', 'he is having a seizure'],
    ['krew nie przestaje (?:leciec|plynac|cieknac)|krwawienie nie (?:ustaje|przestaje)', 'the bleeding will not stop'],
    ['nie widzi na (?:jedno|jednym) oko|nagle (?:przestal|przestala) widziec', 'suddenly cannot see in one eye'],
    ['najgorszy bol glowy (?:w zyciu|w moim zyciu)', 'the worst headache of my life'],
    ['(?:podcial|podcielam|podcialem|podciela) (?:sobie )?(?:zyly|nadgarstki)', 'i cut my wrists'],
    ['odeszly (?:mi )?wody|odeszly jej wody', 'waters broke'],
    ['(?:jestem )?w \\d+ (?:tygodniu|tyg\\.?)(?: ciazy)?', 'pregnant # weeks'],
    ['(?:utonal|utonela|topil sie|topila sie|tonal|tonela)', 'drowned'],
    ['dziecko|dziecka|synek|coreczka', 'my child'],
    ['babci|babcia|dziadek|dziadka|dziadkowi', 'my grandmother'],
    ['tata|tato|ojciec', 'my father'],
    ['mama|matka', 'my mother'],
    // Registers and verb forms beyond the plain ones (past and first person, colloquial wordings).
    [
      '(?:wypil|wypila|polknal|polknela|wypilem|wypilam)\\p{L}* (?:wybielacz\\p{L}*|domestos\\p{L}*|kret\\p{L}*|plyn\\p{L}* do \\p{L}+|trutk\\p{L}*|truciz\\p{L}*|rozpuszczalnik\\p{L}*|benzyn\\p{L}*)',
      'drank bleach',
    ],
    [
      '(?:polknal|polknela|polknelam|polknalem|wzial|wziela|wzielam|wzialem|lyknal|lyknela|lyknelam|lyknalem|wypil|wypila)\\p{L}* (?:wszystkie|cale opakowanie|cala paczke|duzo|garsc|kilkanascie|kilkadziesiat) (?:moje |swoje |jej |jego )?(?:tabletk\\p{L}*|lek\\p{L}*|pigul\\p{L}*|proszk\\p{L}*)',
      'took all the pills',
    ],
    ['nasenn\\p{L}*', 'sleeping'],
    [
      'chce sie zabic|zabije sie|chce popelnic samobojstwo|odebrac sobie zycie|nie chce (?:juz )?zyc',
      'i want to kill myself',
    ],
    [
      '(?:mocno|bardzo|silnie|obficie) krwawie|krwawie (?:mocno|bardzo|obficie)',
      'bleeding heavily and it will not stop',
    ],
    ['(?:\\d+) (?:tydzien|tygodniu|tygodni) ciazy|ciazy,? (?:\\d+) (?:tydzien|tygodniu)', 'pregnant # weeks'],
    ['krew (?:leje sie|tryska|sika|bucha)(?: strumieniem)?|tryska krew', 'blood spurting'],
    ['sztywn\\p{L}* kark\\p{L}*', 'stiff neck'],
    ['wysok\\p{L}* goraczk\\p{L}*', 'high fever'],
    ['zemdlal\\p{L}*', 'fainted'],
    ['uderzyl\\p{L}* sie w glowe|uderzyl\\p{L}* glowa', 'hit his head'],
    ['(?:dwa|trzy|kilka) razy wymiotowal\\p{L}*|wymiotowal\\p{L}* (?:dwa|trzy|kilka) razy', 'vomited several times'],
    ['(?:jest )?(?:senn\\p{L}*|ospal\\p{L}*)', 'drowsy'],
    ['puchnie (?:mu |jej )?gardlo|gardlo (?:mu |jej )?(?:puchnie|spuchlo)', 'throat swelling'],
    ['uzadlen\\p{L}* (?:osy|pszczoly)|uzadlil\\p{L}* (?:go |ja )?(?:osa|pszczola)', 'stung by a wasp'],
    ['ciezko (?:mu |jej )?oddychac', 'difficulty breathing'],
    ['niemowle (?:\\d+) tygodni\\p{L}*', 'baby # weeks old'],
    ['nie chce (?:jesc|pic|ssac)', 'not feeding'],
    ['promieniuje do lewej reki', 'spreading to the left arm'],
    // Session 48: drinking stopped (NICE CG100: withdrawal, a fit or things seen after it), and a choke that shuts the
    // airway (Resuscitation Council: cannot speak, cough or breathe), typed with or without accents.
    [
      '(?:przestal\\p{L}*|rzucil\\p{L}*|odstawil\\p{L}*) (?:pic|picie|alkohol|wodke|gorzale)|(?:po|od) odstawieni\\p{L}* alkoholu',
      'stopped drinking',
    ],
    [
      'zespol\\p{L}* abstynencyjn\\p{L}*|zespol\\p{L}* odstawienn\\p{L}*|delirk\\p{L}*|majacz\\p{L}*',
      'alcohol withdrawal',
    ],
    ['(?:zakrztusil|zachlysnal|udlawil|zadlawil)\\p{L}*(?: sie)?', 'choked on'],
    ['(?:robi sie |zrobil sie |zrobila sie )?(?:sine|siny|sina)', 'turned blue'],
    ['ani (?:kaszlec|kaszle|zakaszlac)', 'nor cough'],
    ['nie mam', 'i have no'],
    ['nie ma', 'has no'],
    ['jak (?:gleboko oddycham|kaszle)', 'when i take a deep breath'],
    // Session 63 (T141): "if ever", as English asks a general question, so what follows is read as a hypothetical.
    ['co (?:robic|mam robic|zrobic),? (?:jesli|jezeli|gdy|kiedy)', 'what do i do if ever'],
    ['jakie sa objawy', 'what are the symptoms of'],
    ['nie (?:moze|moge|mogl|mogla) (?:oddychac|zlapac tchu)', 'cannot breathe'],
    ['dusznosc\\p{L}*|brak tchu|ciezko oddycha', 'difficulty breathing'],
    ['nie oddycha', 'is not breathing'],
    ['sine usta|usta (?:sa )?sine', 'blue lips'],
    ['bol w klatce(?: piersiowej)?|boli (?:mnie |go |ja )?w klatce|ucisk w klatce', 'chest pain'],
    ['zimny pot', 'cold sweat'],
    ['poci sie', 'sweating'],
    ['(?:do )?lewej reki|lewa reka', 'to the left arm'],
    ['nieprzytomn\\p{L}*|stracil\\p{L}* przytomnosc', 'unconscious'],
    ['nie (?:mozna|moge) (?:go|jej) obudzic|nie budzi sie', 'will not wake up'],
    ['nie reaguje', 'is not responding'],
    ['opadniety kacik ust|krzywa twarz|twarz opadla', 'face drooping'],
    ['nie moze mowic|belkocze|mowi niewyraznie', 'cannot speak and slurred speech'],
    ['udar', 'stroke'],
    ['ma drgawki|dostal\\p{L}* drgawek', 'he is having a seizure'],
    ['drgawki|atak padaczki', 'seizure'],
    ['(?:polknal|polknela|wzial|wziela) (?:wszystkie tabletki|cale opakowanie)', 'took all the pills'],
    ['chce umrzec', 'i want to die'],
    ['zabije sie|samobojstw\\p{L}*', 'i want to kill myself'],
    ['wymiotuje krwia', 'vomiting blood'],
    ['(?:mocno|bardzo) krwawi|krwotok|krew nie przestaje', 'bleeding heavily and it will not stop'],
    ['krwawi', 'bleeding'],
    ['w ciazy', 'pregnant'],
    ['sztywny kark', 'stiff neck'],
    ['nie ma goraczki|bez goraczki', 'has no fever'],
    ['goraczk\\p{L}*', 'fever'],
    ['(?:\\d+) (?:miesiecy|miesiace|miesiac)', '# months old'],
    ['moj syn|mojego syna', 'my son'],
    ['moja corka|mojej corki', 'my daughter'],
    ['moja mama|mojej mamy', 'my mother'],
    ['moj tata|mojego taty', 'my father'],
    ['nagle', 'suddenly'],
    ['w zeszlym roku|w dziecinstwie', 'last year'],
    ...POLISH_FINDINGS.phrases,
    ...POLISH_MODIFIERS,
    ...POLISH_EVERYDAY_PHRASES,
  ],
  // Session 41 (T44): every form of a word read by its stem, as the glossary is keyed.
  formsOf: stemsOf(3, 4),
  words: {
    ...POLISH_EVERYDAY_WORDS,
    ...POLISH_INTENT_AND_CRISIS.words,
    ...POLISH_SELF_HARM_AND_POISONING.words,
    ani: 'nor',
    ale: 'but',
    // Session 39 (T38): the body parts a burn or a bleed is told on, and the people it is told of.
    reka: 'arm',
    reke: 'arm',
    rece: 'hands',
    dlon: 'hand',
    twarz: 'face',
    twarzy: 'face',
    brzuchu: 'belly',
    klatce: 'chest',
    klatki: 'chest',
    piersiowej: '',
    plecach: 'back',
    plecy: 'back',
    nodze: 'leg',
    noga: 'leg',
    nogi: 'leg',
    calej: 'whole',
    cala: 'whole',
    corka: 'my daughter',
    syn: 'my son',
    brat: 'my brother',
    siostra: 'my sister',
    usta: 'lips',
    sine: 'blue',
    i: 'and',
    ...POLISH_FINDINGS.words,
  },
};
