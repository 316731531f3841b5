import { ROMANIAN_HEAD_KNOCK_AND_WHAT_FOLLOWED } from './head-knock-told-by-its-blow-and-what-followed.js';
import { ROMANIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { ROMANIAN_BREATH_BLOOD_AND_HIVES } from './breath-blood-and-hives-told-by-the-body.js';
import { toldAnywhere, type LanguageLexicon } from './language-lexicon.js';

/**
 * Session 54 (T89): Romanian, read with or without its diacritics (folded, "sângerează" is "sangereaza"). The person is
 * told by the verb ("respiră": he breathes, "respir": I breathe) and by the clitic before it ("îl doare": it hurts him,
 * "o doare": it hurts her), so the phrases take the verb in its persons. Negation is "nu" before the verb, like English;
 * a negated verb that is itself the emergency ("nu respiră": he is not breathing) is a phrase, read before "nu" alone.
 */
const PERSONS_BREATHING = '(?:respira|respir|respiram|respirati)';

/** The 13 categories' red flags, told as people write them (NHS 111, NICE NG143 / NG232 / NG51, Samaritans). */
const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // Chest: pain, pressure or tightness told of the chest (NICE CG95).
  [
    '(?:o |niste )?durer(?:e|i) (?:(?:foarte )?(?:puternica|puternice|mare|mari|groaznica|ingrozitoare|tare) )?(?:in|la) piept|(?:ma|il|o|te|ne) (?:doare|strange|apasa|arde) (?:in )?piept(?:ul)?|pieptul (?:ma|il|o) (?:doare|strange|apasa)|(?:presiune|apasare|greutate|junghi|strangere) (?:in|pe) piept',
    'chest pain',
  ],
  // Breath: cannot breathe, choking, gasping; lips or face gone blue (NHS 111).
  [
    `nu (?:mai )?(?:poate|pot|putem) (?:sa )?(?:respire|respir|respiram|respira)|${PERSONS_BREATHING} (?:foarte )?(?:greu|cu greu|anevoie|sacadat|suierat|cu zgomot)|nu (?:mai )?${PERSONS_BREATHING}|(?:abia|greu) (?:mai )?${PERSONS_BREATHING}|se (?:sufoca|ineaca)|ma (?:sufoc|inec)|nu (?:are|am) aer|(?:se )?sufoca`,
    'cannot breathe',
  ],
  [
    '(?:buzele|buze|fata|fata lui|fata ei)(?: (?:i|ii|mi|le))?(?: (?:sunt|s-au|au|s-a|a|sa|sau))?(?: (?:facut|devenit|ajuns|inmodrit))? (?:vinete|vanata|vinet|albastre|albastra|mov)|s-a (?:invinetit|albastrit|facut vanat|facut vanata)',
    'blue lips',
  ],
  // Consciousness: will not wake, does not respond, lost consciousness (NHS 111).
  [
    'nu (?:se )?(?:mai )?(?:trezeste|trezesc|poate trezi|putem trezi|reuseste sa se trezeasca)|nu (?:mai )?(?:raspunde|reactioneaza)|(?:e|este|a ramas|zace) (?:inconstient|inconstienta|lesinat|lesinata|fara cunostinta)|(?:si-a|isi) pierd(?:ut|e) cunostinta|inconstient|inconstienta',
    'unconscious and is not responding',
  ],
  ['a lesinat|lesina|a lesinat brusc', 'fainted'],
  // Bleeding: heavy, soaking, will not stop (NHS 111, NICE NG39).
  [
    'sangereaza (?:foarte )?(?:mult|abundent|puternic|tare|intruna)|sangerez (?:foarte )?(?:mult|abundent|puternic|tare)|(?:sangele|sangerarea) nu se (?:mai )?opreste|nu se (?:mai )?opreste (?:sangele|sangerarea)|(?:sangerare|hemoragie) (?:abundenta|puternica|masiva|mare)|curge (?:foarte )?mult sange|mult sange|hemoragie|baltă de sange|balta de sange',
    'bleeding heavily and it will not stop',
  ],
  ['sangereaza|sangerez|sangerare|sange', 'bleeding'],
  // Stroke (FAST): a face fallen to one side, speech lost or slurred, an arm gone weak or numb.
  [
    '(?:fata|gura)(?: (?:i|ii|mi))?(?: (?:s-a|sa|e|este|a))? (?:strambat|stramba|strambata|cazut|cazuta|lasat|lasata|deviata|paralizata|ca(?:zut)? intr-o parte)|(?:i|mi) s-a strambat (?:fata|gura)|gura stramba',
    'face drooping',
  ],
  [
    'nu (?:mai )?(?:poate|pot) (?:sa )?(?:vorbeasca|vorbesc|vorbi)|vorbeste (?:incalcit|greu|neclar|ciudat|peltic|impleticit)|(?:ii|i) (?:se )?(?:impleticeste|incurca) limba|nu (?:mai )?(?:poate|pot) articula',
    'cannot speak and slurred speech',
  ],
  [
    '(?:nu (?:(?:isi|imi|il|o) )?(?:mai )?(?:poate|pot) (?:sa )?(?:(?:isi|imi) )?(?:miste|misca|ridice|ridica) (?:mana|bratul|piciorul))|(?:i|mi) (?:s-a |s-au )?amortit (?:mana|bratul|jumatate)|(?:mana|bratul)(?: (?:i|ii|mi))? (?:e |este |a )?(?:slab|slaba|amortit|amortita|paralizat|paralizata|cazut|cazuta)',
    'suddenly weak arm',
  ],
  // Anaphylaxis: a throat, tongue or lips swelling, after a food or a sting (Resuscitation Council UK).
  [
    '(?:i|mi) s-(?:a|au) umflat (?:gatul|limba|buzele|fata)|(?:gatul|limba|buzele|fata)(?: (?:i|ii|mi))? (?:s-a|s-au|se|sunt|e|este) (?:umflat|umflata|umflate|umfla)|umflat(?:a|e)? (?:la|in) gat',
    'throat swelling',
  ],
  [
    'a mancat (?:arahide|alune|nuci|peste|oua|crevete|fructe de mare|susan)|dupa ce a mancat (?:arahide|alune|nuci|peste|oua|crevete)',
    'ate peanuts',
  ],
  ['(?:intepat|intepata|intepatura) de (?:albina|viespe|albine|viespi)', 'stung by bees'],
  // A baby's red flags (NICE NG143): an age in weeks or days, floppy, off feeds, a high fever.
  ['(?:de|are) \\d+ (?:de )?(?:saptamani|saptamana)(?! de sarcina)', '# weeks old'],
  ['(?:de|are) \\d+ (?:de )?(?:zile|zi)', '# days old'],
  ['(?:de|are) \\d+ (?:de )?(?:luni|luna)(?! de sarcina)', '# months old'],
  ['(?:e |este )?(?:moale ca o carpa|molesit|molesita|fara vlaga|nu are tonus)', 'floppy'],
  ['nu (?:mai )?(?:suge|mananca|vrea sa suga|ia san|bea lapte)|refuza (?:sanul|biberonul|laptele)', 'not feeding'],
  ['febra (?:mare|foarte mare|de (?:39|40|41))|temperatura (?:mare|foarte mare)', 'high fever'],
  ['febra|temperatura', 'fever'],
  ['bebelusul|bebelus|bebe|nou-nascutul|nou-nascut|nou nascut', 'baby'],
  // A fit (NICE NG217): convulsions, shaking all over with eyes rolled up.
  [
    '(?:are|face|a inceput sa faca|are o) (?:convulsii|convulsie|criza de epilepsie|criza epileptica|criza)|convulsioneaza|se zbate (?:tot|in convulsii)|tremura tot corpul si nu raspunde',
    'he is having a seizure',
  ],
  ['convulsii|convulsie|epilepsie', 'seizure'],
  // Poisoning and overdose: tablets many or all, a household poison (NHS 111, TOXBASE).
  [
    '(?:a|am|au) (?:luat|inghitit|baut|inghitit) (?:o cutie|toata cutia|toate|multe|o folie|un pumn|o mana)(?: de)? (?:pastilele|tabletele|medicamentele|comprimatele|somniferele|pastile|tablete|medicamente|comprimate|somnifere|antidepresive)|(?:a|am) luat (?:o )?supradoza|supradoza',
    'took an overdose of pills',
  ],
  [
    '(?:a|am|au) (?:baut|inghitit) (?:clor|inalbitor|domestos|otrava|soda caustica|antigel|pesticid|insecticid|petrol|detergent|o baterie|baterie)|s-a otravit|(?:a|am) (?:luat|inghitit) otrava',
    'drank bleach',
  ],
  ['pastile|tablete|comprimate|medicamente', 'pills'],
  // Head injury (NICE NG232): a head struck, then vomiting, confusion, drowsiness.
  [
    's-a lovit (?:la|cu|in) cap(?:ul)?|(?:o )?lovitura (?:la|in) cap|a cazut (?:si )?(?:s-a lovit )?(?:in|pe|cu) cap(?:ul)?|s-a lovit rau la cap',
    'head injury',
  ],
  ['(?:vomita|varsa|vomit|vars|a vomitat|a varsat)(?: (?:intruna|de (?:doua|trei|mai multe) ori))?', 'vomiting'],
  [
    '(?:e |este )?(?:confuz|confuza|dezorientat|dezorientata)|nu (?:mai )?(?:stie|recunoaste) unde (?:e|este|se afla)',
    'confused',
  ],
  ['(?:e |este )?(?:somnoros|somnoroasa|adormit|adormita|ametit|ametita)', 'drowsy'],
  // Pregnancy and a heavy bleed (RCOG).
  [
    '(?:sunt|este|e) (?:gravida|insarcinata)|gravida|insarcinata|(?:luna|luni|saptamana|saptamani) de sarcina',
    'pregnant',
  ],
  // Meningitis (NICE NG240): a neck that will not bend, a rash that does not fade.
  [
    '(?:ceafa|gatul)(?: (?:i|ii|mi))? (?:e |este )?(?:intepenit|intepenita|rigid|rigida|tepena|teapana)|nu (?:(?:isi|imi) )?(?:poate|pot) (?:sa )?(?:indoaie|apleca|pleca|indoi) (?:gatul|capul)|ceafa intepenita|gat intepenit',
    'stiff neck',
  ],
  [
    '(?:pete|petele|bubite) (?:care )?nu (?:dispar|se albesc|pleaca) (?:la apasare|cand apas|sub pahar)',
    'rash that does not fade under a glass',
  ],
  ['pete (?:rosii|violete|mov|vinete)|eruptie|eruptii|iritatie', 'rash'],
  // Suicide: a wish to die, a plan or a means (Samaritans).
  [
    'vreau sa (?:mor|ma sinucid|ma omor|imi iau viata|termin cu viata)|(?:o sa|am sa|voi) (?:ma sinucid|ma omor|imi iau viata)|ma sinucid|ma omor|sa-mi iau viata|(?:vrea|o sa|va) sa se (?:sinucida|omoare)|nu (?:mai )?vreau sa (?:traiesc|mai traiesc)',
    'i want to kill myself',
  ],
  ['(?:am|are) un plan', 'i have a plan'],
  ['diseara|la noapte|in seara asta', 'tonight'],
  ['sinucidere|sinucid', 'suicide'],
];

/**
 * Session 57 (T104): the kinds the first lists missed, in the verbs people type without diacritics: a throat or tongue
 * swelling told verb first ("i se umflă limba") and hives ("urticarie"), a side gone numb and an eye gone blind, a
 * drinker's withdrawal (trembling, seeing things, NICE CG100), blood spurting, someone who does not come round, voices
 * that tell to die, a jump from a block, a child's swallowed tablets (NHS 111, Resuscitation Council UK, NICE NG225).
 */
const ROMANIAN_KINDS_SESSION_57: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:i|ii|mi|ni|le) (?:se )?(?:umfla|umflase) (?:limba|gatul|buzele|fata|ochii)|(?:i|mi|ii) s-(?:a|au) umflat (?:tot )?(?:gatul|limba|buzele|fata)',
    'throat swelling',
  ],
  ['urticarie|blande pe tot corpul|bube pe tot corpul', 'hives all over'],
  [
    'nu(?: ?-?(?:si|isi|imi|mi))? (?:mai )?(?:simte|simt|simtea) (?:partea|jumatatea|o parte)(?: (?:dreapta|stanga|a corpului))?',
    'numb down one side',
  ],
  [
    'nu (?:mai )?(?:vede|vad|vedea) (?:deloc )?(?:cu|din) (?:un|unul|un singur|ochiul (?:drept|stang))(?: ochi)?|(?:a|am) orbit (?:brusc )?(?:de|la) un ochi',
    'suddenly lost vision in one eye',
  ],
  [
    'se clatina|se impleticeste|nu (?:se )?(?:mai )?(?:poate|pot) tine (?:pe picioare|echilibrul)|(?:isi|imi) pierde echilibrul',
    'unsteady',
  ],
  ['bea (?:zilnic|in fiecare zi|mult|de ani de zile|foarte mult)', 'drinks heavily every day'],
  [
    'nu (?:a )?mai (?:a )?baut|s-a lasat de (?:bautura|alcool|baut)|a renuntat la (?:bautura|alcool)|de cand nu mai bea',
    'stopped drinking',
  ],
  // Trembling is withdrawal's only beside the drink: with a fever it is a chill (rigors), not a fit.
  [
    `tremura (?:tot|din tot corpul|toata|ca varga)${toldAnywhere('(?:bea|baut|bautura|alcool|alcoolic|vodca|tuica)')}`,
    'shaking all over',
  ],
  [
    'vede (?:lucruri|chestii|gandaci|oameni|pisici|animale)|are halucinatii|halucineaza',
    'seeing things that are not there',
  ],
  ['aude voci', 'hearing voices'],
  ['(?:sa|ca) se (?:omoare|sinucida)', 'to kill himself'],
  [
    '(?:vrea|o sa|va|zice ca se|amenta ca se) (?:sa )?se arunce (?:de pe|de la|in fata|sub)(?: \\p{L}+)?|s-a urcat pe (?:bloc|pod|acoperis) (?:si )?(?:vrea|zice)',
    'wants to jump off the building',
  ],
  [
    '(?:sangele )?(?:tasneste|tasnea|tasnește|curge siroi|curge siroaie|curge in jet)(?: sangele)?',
    'blood is spurting',
  ],
  ['nu(?: ?-?(?:si|isi))? (?:mai )?(?:revine|a revenit|vine in fire|isi vine in fire)', 'is not coming round'],
  [
    '(?:a|au) (?:inghitit|mancat) (?:\\p{L}+ )?(?:pastile\\p{L}*|tablete\\p{L}*|medicamente\\p{L}*|comprimate\\p{L}*)',
    'swallowed pills',
  ],
  ['(?:e |este )?(?:palid|palida|alb ca varul|alba ca varul)', 'pale'],
  [
    '(?:e |este )?(?:transpirat|transpirata|lac de transpiratie|plin de transpiratie)|transpir(?:a)? (?:rece|abundent)|transpir(?:a)?',
    'sweating',
  ],
  ['(?:i|mi)-(?:a|au) amortit (?:mana|bratul|piciorul|fata|jumatate)(?: (?:stanga|dreapta))?', 'arm numb'],
  [
    '(?:iau|beau|inghit|o sa iau|voi lua) toate (?:pastilele|medicamentele|tabletele|somniferele)',
    'i will take all my pills',
  ],
  ['(?:e |este )?(?:rece|inghetat|inghetata) (?:la maini|pe maini|tot)?', 'cold'],
  ['(?:a )?(?:vomitat|varsat|vomita|varsa) sange', 'vomiting blood'],
  ['puls(?:ul)? (?:slab|abia se simte|foarte slab|nu se simte)', 'weak pulse'],
  [
    '(?:il|o|ma) (?:deranjeaza|supara|doare) lumina|nu suporta lumina|(?:ii|imi) (?:e|este) frica de lumina',
    'light hurts her eyes',
  ],
];

/** Negation, the past and "if": what keeps a denied, past or hypothetical finding quiet. */
const MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['ce (?:sa )?(?:fac|facem|trebuie sa fac) (?:daca|in caz ca)|(?:daca|in caz ca)', 'what do i do if'],
  [
    'anul trecut|acum (?:\\d+|doi|trei|cativa|multi) ani|cand era mic|cand eram mic|cand eram mica|in copilarie',
    'last year',
  ],
  ['(?:acum|azi) (?:e|este|sunt|se simte) (?:bine|ok)|si-a revenit|(?:s-a|a) oprit|a trecut', 'is fine now'],
  ['a avut|am avut|au avut', 'had'],
  ['nu (?:am|are|avem|au) (?:nicio|nici o|niciun|nici un)?|fara', 'no'],
  ['copilul (?:meu|nostru)|fiul meu|fiica mea|baiatul meu|fata mea', 'my child'],
  ['mama (?:mea)|mama', 'my mother'],
  ['tata (?:meu)|tatal meu|tata', 'my father'],
  ['sotia mea|sotia', 'my wife'],
  ['sotul meu|sotul', 'my husband'],
  ['bunica (?:mea)?', 'my grandmother'],
  ['bunicul (?:meu)?', 'my grandfather'],
];

/**
 * Session 57 (T104): Romanian's function words, read where no marker marked a message ("tata brusc nu mai poate vorbi si
 * are gura strâmbă" names no listed word): three different ones mark it. Its two-letter "nu", "si", "sa", "pe" are
 * here because a short Romanian message is built of them; they count only where no other language was marked.
 */
const ROMANIAN_FUNCTION_WORDS: readonly string[] = [
  'nu',
  'si',
  'sa',
  'pe',
  'mai',
  'sunt',
  'este',
  'fost',
  'dupa',
  'care',
  'isi',
  'imi',
  'meu',
  'mea',
  'lui',
  'tot',
  'toata',
  'foarte',
  'acum',
  'cand',
  'daca',
  'pentru',
  'decat',
  'nimic',
  'deloc',
  'poate',
  'brusc',
  'inca',
  'doar',
  'prea',
  'unde',
  'ceva',
  'nici',
];

const MARKERS = [
  'mea',
  'mele',
  'foarte',
  'sunt',
  'acum',
  'ajutor',
  'copilul',
  'durere',
  'doare',
  'dupa',
  'cand',
  'daca',
  'azi',
  'astazi',
  'mult',
  'pentru',
  'sau',
  'deloc',
  'nimic',
];

/**
 * Session 55 (T92): a wish not to wake again and tablets gathered for it (NICE NG225, the Samaritans' warning signs),
 * in Romanian's own verbs: "nu mai vreau să mă trezesc", "am strâns pastile". A wish not to wake early is a lie-in.
 */
const ROMANIAN_INTENT: ReadonlyArray<readonly [string, string]> = [
  [
    'nu (?:mai )?vreau sa (?:ma )?(?:mai )?(?:trezesc|traiesc)(?! (?:devreme|dimineata|azi|la ora))|nu (?:mai )?vreau sa (?:mai )?traiesc',
    'i do not want to live anymore',
  ],
  [
    '(?:am|a|au) (?:strans|adunat|pus deoparte|ascuns) (?:\\p{L}+ )?(?:pastile|medicamente|tablete|somnifere)(?! (?:la farmacie|pentru farmacie|expirate))',
    'has been saving up pills',
  ],
];

export const ROMANIAN: LanguageLexicon = {
  language: 'Romanian',
  script: 'latin',
  markers: MARKERS,
  ownWords: [
    // Session 63 (T140): choking, veins cut and a bite of meat told in a few words of their own.
    'sufoc',
    'ineaca',
    'venele',
    'bucata',
    // Session 59 (T114): convulsions with the article, as a fit that will not stop is told ('convulsiile nu se opresc').
    'convulsiile',
    'sangereaza',
    'sangerare',
    'inconstient',
    'inconstienta',
    'lesinat',
    'pieptul',
    'piept',
    'convulsii',
    'pastile',
    'insarcinata',
    'ceafa',
    'intepenit',
    'bebelus',
    'bebelusul',
    'sinucid',
    'vreau',
    'trezeste',
    'umflat',
    'vorbeasca',
    'doare',
    'dureri',
    'copilul',
    'ajutor',
    'otrava',
    'supradoza',
    'febra',
    // Words of a finding or a person that no English message writes: one marks a short message.
    'inalbitor',
    'otravit',
    'varsa',
    'confuz',
    'confuza',
    'ametit',
    'fiica',
    'fiul',
    'sotul',
    'sotia',
    'bunica',
    'bunicul',
    'tatal',
    'buzele',
    'vinete',
    'somnifere',
    'somniferele',
    'inghitit',
    // Session 57 (T104): words of a finding or a person that mark a short message typed without diacritics.
    'cazut',
    'fratele',
    'sangele',
    'tasneste',
    'arunce',
    'urticarie',
    'ameteste',
    'clatina',
    'lesina',
    'revine',
    'raspunde',
    'vorbeste',
    'stramba',
    'pastilele',
    'tabletele',
    'bunicii',
    'umfla',
    'umflate',
    'intepat',
    'intepata',
    'albina',
    'viespe',
    'tremura',
    'omoare',
    'sinucida',
    'deodata',
    'palid',
    'palida',
    'transpirat',
    'transpirata',
    'vomitat',
    'baiatul',
    'fetita',
    'nepotul',
    'nepoata',
    'amortit',
    'amortita',
    'transpir',
  ],
  // The comma-below letters "ș" and "ț" are Romanian's alone (Turkish writes the cedilla "ş").
  lettersOfItsOwn: /[șțȘȚ]/,
  phrases: [
    // Session 63 (T140): one's veins cut, and one's life taken told in the present as a plan (NICE NG225).
    ['(?:mi-am|si-a|si-au|mi-a|ne-am) (?:taiat|crestat) venele|(?:isi|imi) taie venele', 'i cut my wrists'],
    [
      '(?:se|ma) (?:sinucide|sinucid|omoara|omor)(?! de (?:ras|foame|somn|frig|cald|plictiseala))',
      'she is going to kill herself',
    ],
    ...ROMANIAN_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...ROMANIAN_HEAD_KNOCK_AND_WHAT_FOLLOWED,
    ...ROMANIAN_BREATH_BLOOD_AND_HIVES,
    ...ROMANIAN_INTENT,
    ...ROMANIAN_KINDS_SESSION_57,
    ...RED_FLAGS,
    ...MODIFIERS,
  ],
  functionWords: ROMANIAN_FUNCTION_WORDS,
  words: {
    // Session 63 (T140): a meal and its allergens and the tongue, so that a swelling is read beside what brought it on.
    mancat: 'ate',
    creveti: 'shrimp',
    arahide: 'peanuts',
    alune: 'nuts',
    limba: 'tongue',
    tusesc: 'cough',
    tuseste: 'coughs',
    nu: 'not',
    dar: 'but',
    ieri: 'yesterday',
    azi: 'today',
    astazi: 'today',
    acum: 'now',
    foarte: 'very',
    brusc: 'suddenly',
    deodata: 'suddenly',
    el: 'he',
    ea: 'she',
    eu: 'i',
    copilul: 'child',
    copil: 'child',
    durere: 'pain',
    dureri: 'pain',
    cap: 'head',
    capul: 'head',
    spital: 'hospital',
    ajutor: 'help',
  },
};
