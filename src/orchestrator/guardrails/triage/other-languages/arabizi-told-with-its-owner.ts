/**
 * Arabic joins a possessive to its noun and a person to its verb: "sadr" (chest) is "sadri" (my chest), "sadro" (his),
 * "sadra" / "sadrha" (hers); "badd" (want) is "baddi" (I want), "baddo" (he wants), "baddha" (she wants). The Arabizi
 * lexicon named a word in the one person a message used; read here with every owner's ending, so a message told of a
 * father, a friend or oneself is read alike. The English rules read what follows: a chest pain spreading to the arm with
 * a sweat (NICE CG95), a face, lips or voice changed after a food with the breath hard (anaphylaxis, RCUK), another's
 * wish not to live (NICE NG225).
 */

/** The possessive endings of the spoken forms (my, his, her, your, our, their), or none. */
const OWNER = '(?:i|y|e|o|u|ou|oh|a|ah|ha|ak|ek|ik|kon|na|on|hon|hom|hum)?';

/** A noun with any owner's ending, read as the English body part. */
function owned(stems: string, english: string): readonly [string, string] {
  return [`(?:el ?|l)?(?:${stems})${OWNER}`, english];
}

/** "Want" with its person (Levantine "badd-", Egyptian "3ayez", Gulf "abi", Maghrebi "bgha"). */
const WANTS =
  '(?:baddo|baddu|biddo|bado|badou|beddo|baddha|badda|bidda|biddha|badha|baddon|baddhom|biddon|3ayez|3ayza|3awez|3awza|3ayzah|yabi|tabi|ybgha|tbgha|bagheh|bagha)';

/** Living, in the person of the one who does not want it. */
const TO_LIVE = '(?:y|t|ye|te|yi|ti)(?:3ish|3eesh|3aysh|3ich)';

/** A negation of the spoken forms, and "any more" after it ("ma 3adat baddha": she no longer wants). */
const NOT = '(?:ma|mish|msh|mush|mosh|mesh|mech|mashi)(?: (?:3ad|3adat|3ado|3adet|3adha|ba2a|ba2et|ba2it|3ada))?';

export const ARABIZI_TOLD_WITH_ITS_OWNER: ReadonlyArray<readonly [string, string]> = [
  // Another's wish not to live (the first person's is read in `arabizi.ts`); wanting to live one's life is no such wish.
  // Not wanting to live somewhere, with someone or like someone is no wish to die (review V33: "ma baddo y3ish bi hal
  // balad", he does not want to live in this country).
  [
    `${NOT} ${WANTS} ${TO_LIVE}(?! (?:bi|b|bel|bl|fi|f|fel|ma3|m3|hon|hone|honik|hnik|hena|henak|hnak|bara|barra|zay|zai|metl|mitl|la7al|la7alo|la7ala|la7do|wa7do|3and|ma3na|ma3hom|ma3o|ma3a|ma3ak|ma3ek|bhal|bi hal|fi hal))`,
    'does not want to live',
  ],
  // A farewell written to one's family (NICE NG225: final acts).
  [
    '(?:katab|katabt|katbet|katabet|katabit|kateb|katba) (?:\\p{L}+ )?(?:risale|risaleh|resale|risala|resala|gawab|jawab|wara2a|wara2) (?:wada3 )?(?:la|le|l|li|lel|ila) ?(?:ahlo|ahla|ahlha|ahli|ahlu|ahlon|3eelto|3eelta|3eelti|3aylto|3ayelto|3ayelta|3elto|3elta|el kol|el kel|el kil|kel el nas)',
    'wrote a goodbye letter to his family',
  ],
  ['(?:wada3|wadaa3|weda3)', 'a goodbye'],
  // Pain, and its going somewhere: "el wag3 rayeh le dra3o" (the pain going to his arm).
  [
    '(?:byewja3|bewja3|biwja3|byouja3|3am yewja3|3am yuja3|wage3|waje3|bewga3|beyewga3|byewga3)(?:ni|o|ou|ha|a|na|on|hom)?',
    'hurts',
  ],
  ['(?:el ?|l)?(?:wag3|waga3|waja3|wje3|wija3|wja3|wjaa3)', 'the pain'],
  [
    '(?:rayeh|raye7|ray7|nazel|nezel|nazil|wasel|wasil|bimtad|byemtad|3am yemtad|yemtad|byenzal|binzal)(?: (?:3al|3ala|3a|le|la|li|lel|lal|l))',
    'going to',
  ],
  // A left or right arm, Arabic putting its side after the noun; then each body part with its owner.
  [
    `(?:el ?|l)?(?:dra3|dera3|dira3|zra3|dhira3|eed|iid|eid|id)${OWNER} (?:el ?|l)?(?:shmal|shemal|shimal|yasar|isra|lisr|chmal)`,
    'left arm',
  ],
  [
    `(?:el ?|l)?(?:dra3|dera3|dira3|zra3|dhira3|eed|iid|eid|id)${OWNER} (?:el ?|l)?(?:yamin|yameen|ymin|ymeen|imin)`,
    'right arm',
  ],
  owned('dra3|dera3|dira3|zra3|dhira3', 'arm'),
  ['(?:eido|eidu|eedo|iido|ido|idu|eida|eedha|idha|iidha|idak|idek|idi|iidi|eedi)', 'arm'],
  owned('sadr|sedr|sidr|sder|sdr', 'chest'),
  owned('da2n|da2en|dagn|d2n|dhagn|fakk|fak', 'jaw'),
  owned('wejj|wejh|wijj|wijh|wesh|wishsh|wajh|wjh|woj', 'face'),
  owned('shfaf|shafayef|shfayef|shafaif|shfeef|shafay|shfayf', 'lips'),
  owned('lsan|lisan|elsan|lsen|lsaan', 'tongue'),
  owned('zor|zoor|zore|7al2|hal2|7ale2|7ol2|7al9', 'throat'),
  owned('sot|sawt|soot|sout|sowt|sawet', 'voice'),
  owned('nafas|nafes|nfas', 'breathing'),
  ['(?:7aga|7aja|7aje)', 'something'],
  // What a face, a voice or the breath has become.
  [
    '(?:m2awra2|m2awra2a|mwarram|mwarrame|mwarrameh|mwaram|mwarama|wirem|wermet|werem|wirmet|warmaan|warmana|mnaffa5|mnaffa5a|mnfo5|manfou5|manfou5a|mentefe5|mintefe5|mntf5)',
    'swollen',
  ],
  [
    '(?:t8ayar|t8ayyar|et8ayar|at8ayar|mt8ayer|ta8ayar|it8ayar|itghayar|t8ayyaret|t8ayaret|et8ayaret|it8ayyar|ta8ayyar)',
    'changed',
  ],
  ['(?:mab7ou7|mab7u7|mabhouh|ma7bou7|b7a7)', 'hoarse'],
  ['(?:t2eel|t2il|te2il|te2ila|ti2il|ti2ile|t2ile|ta2eel|ta2ila|ta2eela|t9il|t9ila|tqil)', 'heavy'],
  [
    '(?:3am |bi|b|bye|bte)?(?:yetnaffas|yitnaffas|tetnaffas|titnaffas|yetnafas|tetnafas|yitnafas|titnafas|etnaffas|atnaffas|bitnaffas|btetnaffas|byetnaffas) (?:b ?|bi ?)?(?:sa3be|sa3bi|sa3ba|so3oube|so3ouba|so3oba|s3oube|sa3ube|9o3oba|sou3ouba|su3uba|ze2|zo2|9o3ouba)',
    'is struggling to breathe',
  ],
  // A pain brought on by pressing where it hurts is the chest wall's (NICE CKS chest pain), read before "on him".
  [
    '(?:bas |bs )?(?:lamma|lama|lamman|lemma|lamen|wa2t ma|kell ma|kil ma|kol ma) (?:adghat|ad8at|edghat|bedghat|badghat|dghat|dghet|adghot|a2bos|akbos|bekbos|bakbos|badous|adous|ados|bados|al2as|alma2|ilmos|elmos|dasit|dost)(?: (?:3aleih|3aleh|3alayh|3aleha|3leh|fo2o|fo2ha|3al makan|3alih))?',
    'only when i press on it',
  ],
  ['(?:zay|zai|metl|mitl|mithl|methl|ka2ino|ka2enno)', 'like'],
  // "Have" with its owner: "3ando" (he has), "3anda" (she has), "3andi" (I have).
  ['(?:3ando|3andu|3endo|3indo|3andoh|3endou)', 'he has'],
  ['(?:3anda|3andha|3endha|3enda|3inda|3endaha)', 'she has'],
  ['(?:3andi|3endi|3indi|3ndi|3andy)', 'i have'],
  ['(?:3aleih|3aleh|3alih|3alayh|3aleeh)', 'on him'],
  ['(?:3alaya|3alay|3leyi|3alayi)', 'on me'],
];

/**
 * "wala" after a negation is "nor" ("ma fi 3ara2 wala di2 nafas": no sweat nor shortness of breath); without one before
 * it in its clause it is "or" (a choice asked), left as written.
 */
export const ARABIZI_NOR: readonly [string, string] = [
  '(?<=(?:^|[^.,;!?\\p{L}\\p{N}])(?:ma|mesh|mish|msh|mush|mafi|mafeesh|mafish|bala|bidoun|bdoun)(?:[^.,;!?]*?)\\s)(?:wala|wla|wela|wa la)',
  'nor',
];
