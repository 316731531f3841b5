import { SOMALI_BREATH_TOLD_BY_WHAT_IS_SEEN } from './breath-told-by-what-is-seen.js';
import { SOMALI_EVERYDAY_PHRASES } from './everyday-words/somali.js';
import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 54 (T89): Somali, in its Latin spelling (its "x" and "c" are sounds of its own: "xanuun" pain, "cunay" ate). A
 * clause is focused by "ayaa" / "ayuu" (he) / "ayay" (she) / "waan" (I) and the verb closes it; "ma" before the verb
 * denies it ("ma neefsan karo": he cannot breathe, itself the emergency, read as a phrase first), and "ma jiro" / "ma
 * qabo" after a finding deny it ("xanuun ma jiro": there is no pain).
 */
// Session 56 (T97): "baa" / "buu" / "bay" / "baan", the short focus of speech and chat ("dhiig badan baa ka socda").
const FOCUS = '(?:(?:ayaa|ayuu|ayay|ayaan|wuu|way|waan|waa|baa|buu|bay|baan|bey) )?';

const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:xabad|xabadka|laab|laabta|feeraha)(?: \\p{L}+)? ${FOCUS}(?:aad u )?(?:i |ka |ku )?(?:xanuunaya|xanuunaysa|xanuunayaa|i xanuunaysa|cadaadis|ciriiri)|xanuun (?:daran |xoog leh )?(?:xabadka|laabta|xabadda)`,
    'chest pain',
  ],
  [
    `(?:ma|kama) (?:neefsan|neefsan karo|neefsan kari|neefsankaro)|${FOCUS}(?:neef ?qabatoobay|neefta ku dhegtay|neef la'aan)|neefsashada (?:way |ayaa )?(?:adag|ku adag)`,
    'cannot breathe',
  ],
  [`(?:bushimaha|dibnaha|wejiga)(?: \\p{L}+)? ${FOCUS}(?:buluug|madoobaaday|madoobaadeen|buluug noqday)`, 'blue lips'],
  [
    `miyir(?:ka)? ${FOCUS}(?:ka dhacay|beelay|la'aan|ma leh)|miyir beel|ma(?:na)? (?:soo )?(?:toosayo|toosayso|kacayo|kacayso|jawaabayo|jawaabayso|jawaabin|dhaqaaqayo|dhaqaaqayso|neefsanayo|neefsanayso)|jawaab ma (?:bixinayo|celinayo)|${FOCUS}(?:suuxay|suuxday|suuxdey|suuxsan|dhulka ku dhacay)`,
    'unconscious and is not responding',
  ],
  // Session 57 (T104): fallen ("way dhacday"), told with a person; what follows ("mana kacayso") tells a collapse.
  [
    `(?:wuu|way|ayuu|ayay|buu|bay|wuxuu|waxay)(?:na)? (?:dhacay|dhacday|dhacdey|dhulka ku dhacday|dhulka dhacay)`,
    'fell',
  ],
  [
    `dhiig (?:aad u )?(?:badan|fara badan|xad dhaaf ah) ${FOCUS}(?:ka |iga |uga |kaga |ku )?(?:imanaya|socda|baxaya|daadanaya|qubanaya|ka imanaya|ka socda)|dhiig(?:ga)? ${FOCUS}ma (?:joogsanayo|istaagayo|istaagin)|dhiigbax (?:badan|daran)`,
    'bleeding heavily and it will not stop',
  ],
  // Session 57 (T104): bleeding told by its verb ("wuu dhiigayaa": he is bleeding), told bad ("si xun", "si xoog leh"),
  // failing to stop ("joogsan waayay"), and a stab wound (NHS 111: heavy bleeding, a stab wound). A bleed of the period
  // ("caadada") is read apart, before it.
  [
    `caad(?:ad|o)\\p{L}*(?: \\p{L}+){0,4} dhiig (?:aad u )?badan|dhiig (?:aad u )?badan(?: \\p{L}+){0,3} caad(?:ad|o)\\p{L}*`,
    'a heavy period',
  ],
  ['caad(?:ad|o)\\p{L}*', 'my period'],
  [
    `dhiig ${FOCUS}(?:matagay|matagtay|matagayaa|matagaya|mantagay)|(?:matag|mantag) dhiig(?: leh)?|dhiig matag`,
    'vomiting blood',
  ],
  [`calool(?:ta|sha|ka)? xanuun (?:daran|xoog leh|aad u daran|aad u xun)`, 'severe abdominal pain'],
  [
    `${FOCUS}(?:dhiigayaa|dhiigaya|dhiiganaya|dhiigtay|dhiigay)(?:na)? (?:si xun|si xoog leh|aad u badan|badan|xad dhaaf ah|ma joogsanayo|ma istaagayo)|dhiig(?:ga|gu|ii|iigu)? ${FOCUS}(?:si xoog leh|si xun|xoog leh)(?: \\p{L}+)? (?:ka |iga |uga |kaga )?(?:imanaya|socda|baxaya|daadanaya)|dhiig(?:ga|gu|ii|iigu)?(?:na)? ${FOCUS}(?:ma(?:na)? (?:joogsanayo|istaagayo|istaagin|joogsan|joogsanin|xirmayo)|(?:joogsan|istaagi|xirmi) (?:waayay|waayey|la'yahay))|dhiig (?:aad u |fara |xad dhaaf ah oo )?badan(?! (?:ma jiro|ma jirto|ma leh|ma qabo))`,
    'bleeding heavily and it will not stop',
  ],
  [
    `(?:mindi|toorey|middi)(?: \\p{L}+)? ${FOCUS}(?:lagu |la )?(?:dhuftay|mudday|taagay|gooyay)|(?:la|lagu) (?:mindiyeeyay|toorreeyay)`,
    'he was stabbed',
  ],
  [
    `dhiig(?:ga)? ${FOCUS}(?:ka |iga |uga )?(?:imanaya|socda|baxaya)|${FOCUS}(?:dhiigayaa|dhiigaya|dhiiganaya|dhiigtay)|dhiigbax|dhiig bax`,
    'bleeding',
  ],
  [`(?:wejiga|wajiga|afka)(?: \\p{L}+)? ${FOCUS}(?:qalloocday|qaloocday|dhinac u dhacay|u leexday)`, 'face drooping'],
  // Session 57 (T104): a side gone lame ("dhinac ka curyaamay") and an arm that will not move, "suddenly" told
  // ("si lama filaan ah", "kedis"), speech lost after "mana" (and not) as after "ma" (NHS 111 FAST and beyond).
  [
    `(?:dhinac|dhinaca (?:midig|bidix)|dhinac keliya)(?: \\p{L}+)? ${FOCUS}(?:u |ka )?(?:curyaamay|curyaantay|curyaamatay|kabaabyooday|kabaabyootay|dhaqaaqi waayay)|${FOCUS}(?:u |ka )?(?:curyaamay|curyaantay|curyaamatay) (?:dhinac|dhinaca)|curyaan dhinac`,
    'weakness on one side of the body',
  ],
  [
    `(?:gacan|gacanta|gacantiisa|gacanteeda|lugta|lugtiisa|lugteeda)(?:na)? ${FOCUS}ma(?:na)? (?:dhaqaajin karo|dhaqaajin karto|dhaqaaqayso|dhaqaaqayo|qaadi karo|qaadi karto|kici karo|kici karto)`,
    'cannot move his arm',
  ],
  ['si lama filaan ah|si kedis ah|si degdeg ah|kedis|lama filaan', 'suddenly'],
  [
    `ma(?:na)? (?:hadli karo|hadli karto|hadlayo|hadlayso|hadli kari)|hadalka ${FOCUS}(?:ku adkaaday|ku xirmay|ka xirmay|isku dhex yaacay)`,
    'cannot speak and slurred speech',
  ],
  [
    `(?:gacanta|gacan)(?: \\p{L}+)? ${FOCUS}(?:curyaamatay|kabaabyootay|tabar la'aan|ma dhaqaaqayso|itaal la'aan)`,
    'suddenly weak arm',
  ],
  [
    `(?:cunaha|carrabka|dibnaha|bushimaha|wejiga|hunguriga)(?: \\p{L}+)? ${FOCUS}(?:bararay|bararaya|barar)`,
    'throat swelling',
  ],
  ['(?:cunay|cuntay|cunnay) (?:looska|loos|kalluun|ukun|digaag badeed)', 'ate peanuts'],
  ['(?:shinni|shini|diinley)(?: \\p{L}+)? (?:qaniintay|qaniinay|mudday)', 'stung by bees'],
  ['\\d+ (?:toddobaad|todobaad|isbuuc)', '# weeks old'],
  ['\\d+ (?:maalmood|maalin) jir', '# days old'],
  // Session 57 (T104): an infant's age in months ("1 bil jir"), NICE NG143's under-3-months fever.
  ['\\d+ (?:bil|bilood) jir', '# months old'],
  [`(?:naaska|caanaha)(?: \\p{L}+)? ma (?:nuugayo|nuugo|cabayo|qaadanayo)|ma nuugayo`, 'not feeding'],
  [`${FOCUS}(?:daciifay|jilcay|dabcay)(?: gebi ahaanba)?`, 'floppy'],
  ['(?:qandho|xummad|xumad) (?:daran|aad u badan|kulul|sare)', 'high fever'],
  ['qandho|xummad|xumad', 'fever'],
  ['dhallaan|ilmo yar|cunug yar|ilmaha yar', 'baby'],
  [
    `(?:suuxdin|qallal|gariir|jareeco) ${FOCUS}(?:ku dhacday|hayaa|haya|qaaday)|${FOCUS}(?:gariiraya|gariirayaa|qallalaya)|suuxdin|qallal`,
    'he is having a seizure',
  ],
  [
    `(?:kaniini|kiniin|kiniinnada|kaniiniyo|daawo|daawooyin)(?:ka|yada|ada)? (?:badan|dhammaan|oo dhan|kuwo badan)(?: \\p{L}+){0,2} ${FOCUS}(?:liqay|liqday|qaatay|cunay|cabbay)`,
    'took an overdose of pills',
  ],
  [
    `(?:sun|bleach|kalooriin|baatari|daawada cayayaanka)(?: \\p{L}+)? ${FOCUS}(?:cabbay|cabtay|liqay|liqday)|sun ${FOCUS}la siiyay`,
    'drank bleach',
  ],
  [
    `madax(?:a|ii|iisa|eeda)?(?: \\p{L}+)? ${FOCUS}(?:ku dhacay|garaacay|dhaawacmay|la garaacay|ku jabay|ku dhuftay|ku garaacay|wax ku dhuftay|la dhuftay)|dhaawac madaxa`,
    'head injury',
  ],
  [`${FOCUS}(?:matagaya|matagayaa|mantagaya|matagtay|mantagay)|matag`, 'vomiting'],
  [`${FOCUS}(?:wareersan|jahwareersan|jahawareer)|cidna ma garanayo`, 'confused'],
  // Session 57 (T104): sleepy after a knock (NICE NG232), told by its verb.
  [
    `(?:wuu|way|wuuna|wayna|ayuu|ayay) (?:hurdayaa|hurdaa|lulmoonayaa|lulmoonaya|lulmoodaa)|hurdo (?:badan|ku badatay)|ma soo jeedi karo`,
    'drowsy',
  ],
  // Session 57 (T104): a testicle's pain (NHS 111: sudden testicle pain is torsion until shown not).
  [
    `xiniin\\p{L}*(?: \\p{L}+){0,6} (?:xanuun\\p{L}*|bararay|bararsan)|xanuun\\p{L}* (?:\\p{L}+ )?xiniin\\p{L}*`,
    'testicle pain',
  ],
  [
    `calool(?:ta|sha|ka|iisa|eeda)?(?: \\p{L}+)? ${FOCUS}(?:aad u |si xun u )?(?:i |ka |u )?(?:xanuunaya|xanuunaysa|xanuunayaa)|xanuun (?:daran |xoog leh )?calool(?:ka|ta|eed)?`,
    'abdominal pain',
  ],
  ['uur (?:ayaan|ayay|baan|bay)? ?(?:leeyahay|leedahay|qabaa|qabtaa)|uurka|uurraystahay|uur leh|uurayso', 'pregnant'],
  [`qoorta? ${FOCUS}(?:adag|adkaatay|qallalay|ma laabmayso)|qoor adkaan`, 'stiff neck'],
  ['finan(?: \\p{L}+)?|nabarro casaan|barar casaan', 'rash'],
  [
    `waxaan rabaa (?:inaan dhinto|inaan is dilo)|is dili (?:doonaa|doono)|(?:naftayda|nafteyda) (?:ayaan )?(?:qaadi|ka qaadi) doonaa|ma rabo inaan noolaado|nolosha ma rabo`,
    'i want to kill myself',
  ],
  [
    'wuxuu rabaa inuu is dilo|waxay rabtaa inay is disho|is dili doonaa ayuu yiri',
    'he says he will kill himself tonight',
  ],
  // Session 57 (T104): an attempt, and a cut of one's own body (NICE NG225).
  [`(?:isku dayay|isku dayday|isku deyay|isku deyday) (?:inuu|inay|inaan) is (?:dilo|disho)`, 'tried to kill himself'],
  [
    `(?:ula kac|si ula kac ah)(?: \\p{L}+){0,3} (?:iska|is) (?:jaray|jartay|gooyay|goysay)|(?:iska|is) (?:jaray|jartay|gooyay|goysay) (?:ula kac|si ula kac ah)`,
    'cut herself on purpose',
  ],
  [`${FOCUS}(?:iska|is) (?:jaray|jartay|gooyay|goysay)(?! (?:timaha|ciddiyaha|cidiyaha|gadhka|garka))`, 'cut herself'],
  [
    `${FOCUS}is (?:dilayaa|dilaya|dili doonaa)|(?:kiniin|kaniini|daawo)\\p{L}*(?: oo dhan| dhammaan| kuwo badan)(?: \\p{L}+){0,2} (?:liqi|qaadan|cuni|qaadi) (?:doonaa|doono)|waan is dilayaa|(?:inaan|inuu|inay) is (?:dilo|disho)|nolosha ${FOCUS}(?:ka daalay|ka quustay)|(?:waan|ayaan) (?:dhiman|dhimanayaa) rabaa`,
    'i want to kill myself',
  ],
  ['isdil|is dil|xadhig (?:ayaan|ayuu|baan|buu) (?:diyaarsaday|diyaariyay)', 'suicide'],
  // Session 56 (T97): sweating, and the pale cold skin of shock (NHS 111: pale, cold, clammy with fast breathing).
  [`${FOCUS}(?:dhididayaa|dhididaya|dhidid(?: badan)?|dhididay)`, 'sweating'],
  [
    `(?:jidhka|jirka|jirkiisa|jirkeeda|jidhkiisa|jidhkeeda|maqaarka|gacmaha)(?: \\p{L}+)? ${FOCUS}(?:qabow|qaboobay|barafoobay)|${FOCUS}(?:cirroobay|cirro|midab beelay)`,
    'pale, cold and clammy',
  ],
  [`${FOCUS}(?:wareersan|dawakhsan|dawakhay|madax wareer)`, 'dizzy'],
  ['caawa|habeenkan', 'tonight'],
];

/** Denied, past and hypothetical. */
const MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['maxaan (?:sameeyaa|sameeyaa haddii|samaynayaa)(?: haddii)?|haddii', 'what do i do if'],
  ['sanadkii hore|sannadkii hore|(?:\\d+|dhowr|laba|saddex) sano ka hor|markii aan yaraa|markuu yaraa', 'last year'],
  [
    'hadda (?:waa|wuu|way|waan) (?:fiican|caafimaad qaba|bogsaday)|wuu bogsaday|way bogsatay|way istaagtay',
    'is fine now',
  ],
  ['(?:wiilkayga|gabadhayda|ilmahayga|cunugayga|ilmaheyga|wiilkeyga|gabadheyda)', 'my child'],
  ['hooyaday|hooyadey|hooyo', 'my mother'],
  ['aabahay|aabbahay|aabe', 'my father'],
  ['xaaskayga|xaaskeyga|naagtayda', 'my wife'],
  ['ninkayga|ninkeyga|seygayga', 'my husband'],
  ['ayeeyo|ayeeyaday', 'my grandmother'],
];

export const SOMALI: LanguageLexicon = {
  language: 'Somali',
  script: 'latin',
  markers: [
    'waa',
    'ayaa',
    'ayuu',
    'ayay',
    'wuu',
    'waxaan',
    'hadda',
    'maanta',
    'badan',
    'fadlan',
    'caawimo',
    'iyo',
    'kuma',
    'aad',
    'waxay',
    'wuxuu',
    'daran',
  ],
  ownWords: [
    'xanuun',
    'xanuunaya',
    'xanuunaysa',
    'neefsan',
    'miyir',
    'dhiig',
    'dhiigbax',
    'suuxay',
    'suuxdin',
    'qallal',
    'matagaya',
    'kaniini',
    'kiniin',
    'qandho',
    'xummad',
    'hooyaday',
    'aabahay',
    'wiilkayga',
    'gabadhayda',
    'ilmahayga',
    'uur',
    'qoorta',
    'haddii',
    'madaxa',
    'cunaha',
    'bararay',
    'ayeeyo',
    'wejiga',
    'qalloocday',
    'hadli',
    'uurraystahay',
    'rabaa',
    'dhinto',
    'doonaa',
    'caawa',
    // Session 56 (T97): words a short message holds alone ("hooyo way suuxday": mother has fainted).
    'hooyo',
    'suuxday',
    'suuxsan',
    'ninkeyga',
    'xaaskeyga',
    'wiilkeyga',
    'gabadheyda',
    'ilmaheyga',
    'ilmaha',
    'cunugga',
    'neefta',
    'xanuunayaa',
    'dhiigga',
    'isbitaalka',
    'dhakhtar',
    'degdeg',
    'matagay',
    'walaalkey',
    'walaalkay',
    'walaashay',
    'nolosha',
    'xadhig',
    // Session 57 (T104): a bleed, a side gone lame, a testicle, a belly, a stab: words of a short message.
    'dhiigayaa',
    'dhiigaya',
    'dhiiggu',
    'curyaamay',
    'curyaantay',
    'xiniinta',
    'xiniinyaha',
    'calool',
    'caloosha',
    'mindi',
    'dhacday',
    'jawaabayo',
    'kacayo',
    'kacayso',
    'filaan',
    // Session 63 (T141): a grandparent, speech told with its owner, a limb that will not move, breath not drawn.
    'awoowe',
    'hadalkiisa',
    'hadalkeeda',
    'dhaqaajin',
    'neefsan',
    'kiniinno',
  ],
  phrases: [...SOMALI_BREATH_TOLD_BY_WHAT_IS_SEEN, ...SOMALI_EVERYDAY_PHRASES, ...RED_FLAGS, ...MODIFIERS],
  negationAfter: '(?:ma jiro|ma jirto|ma qabo|ma qabto|ma leh)(?=\\s*(?:[,.;!?]|$))',
  words: { iyo: 'and', laakiin: 'but', hadda: 'now', maanta: 'today', shalay: 'yesterday', aad: 'very' },
};
