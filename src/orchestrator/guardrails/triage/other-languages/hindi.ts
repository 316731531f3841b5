import { ROMANISED_PUNJABI_RED_FLAGS } from './punjabi-and-nepali-told-in-latin-letters.js';
import { ROMAN_URDU_TOLD_IN_SPEECH } from './persian-and-urdu-told-in-speech.js';
import {
  HINDI_TOLD_AS_HAPPENING_NOW,
  ROMANISED_HINDI_TOLD_AS_HAPPENING_NOW,
} from './hindi-urdu-told-as-happening-now.js';
import { ROMANISED_HINDI_ALARM_WORDS_IN_IDIOMS } from './alarm-words-in-idioms-session-62.js';
import {
  HINDI_HANGING_PREPARED,
  ROMANISED_HINDI_HANGING_PREPARED,
  ROMANISED_PUNJABI_FAREWELL_AND_ITS_MEANS,
} from './farewell-told-with-a-means-or-a-hanging-prepared.js';
import { ROMANISED_HINDI_WRISTS_CUT } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { ROMANISED_HINDI_HEAD_KNOCK_WITH_WHAT_FOLLOWED } from './head-knock-with-fluid-thinners-or-vomiting.js';
import { ROMANISED_HINDI_BLEEDING_IN_PREGNANCY } from './bleeding-in-pregnancy-in-everyday-words.js';
import {
  HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED,
  ROMANISED_HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED,
} from './head-knock-told-by-its-blow-and-what-followed.js';
import { ROMAN_HINDI_FACE_CHEST_AND_NO_ANSWER } from './face-chest-and-no-answer-in-thinner-lexicons.js';
import { ROMANISED_HINDI_WISH_AND_JUMP_TOLD_APART } from './wish-and-jump-told-apart.js';
import { HINDI_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { HINDI_FINDINGS } from './breathing-bleeding-children/hindi.js';
import {
  HINDI_FAREWELL_AND_SAVED_PILLS,
  ROMANISED_URDU_AND_HINDI_FAREWELL_AND_SAVED_PILLS,
} from './farewell-and-saved-pills-told-by-their-parts.js';
import { ROMANISED_HINDI_FINDINGS } from './breathing-bleeding-children/romanised-hindi.js';
import { HINDI_EVERYDAY } from './everyday-words/hindi.js';
import { ROMANISED_HINDI_EVERYDAY } from './everyday-words/romanised-hindi.js';
import { HINDI_INTENT_AND_CRISIS, ROMANISED_HINDI_INTENT_AND_CRISIS } from './intent-and-crisis/hindi.js';
import {
  HINDI_SELF_HARM_AND_POISONING,
  ROMANISED_HINDI_SELF_HARM_AND_POISONING,
} from './self-harm-and-poisoning/hindi.js';
import { type LanguageLexicon, toldAnywhere, toldNowhere } from './language-lexicon.js';
import { HINDI_MODIFIERS } from './modifiers/hindi.js';
import { ROMANISED_HINDI_MODIFIERS } from './modifiers/romanised-hindi.js';

/**
 * Where one tablet is no dose (review V37, TOXBASE, NICE NG225), told anywhere: a child (by a word or an age), another
 * person's medicine ("नाना की ... गोली"), a poison (rat poison, aluminium phosphide, a pesticide) or an intent to die.
 */
const ONE_TABLET_IS_NOT_A_DOSE = toldNowhere(
  'बच्चे|बच्चा|बच्ची|बेटे|बेटा|बेटी|पोते|पोती|साल के|साल की|महीने के|महीने की|(?:नाना|नानी|दादा|दादी|मम्मी|पापा|मां|माँ|पिताजी|भाई|भैया|बहन|दीदी|पति|पत्नी|सास|ससुर|किसी और|दूसरे) (?:की|के)|चूहे|चूहा|सल्फास|सेल्फोस|ज़हर|जहर|कीटनाशक|कीड़े मार|जान देने|जान दे|मरने|मर जा|खुदकुशी|ख़ुदकुशी|आत्महत्या|सुसाइड',
);

/**
 * A throat "closed" by a cold (जुकाम, sardi, a blocked nose, a cough) is a blocked, sore throat, unless an allergen, a
 * sting or a swelling is told beside it (review V30).
 */
const BESIDE_A_COLD_ALONE = `(?:(?!${toldAnywhere('(?:जुकाम|ज़ुकाम|सर्दी|नजला|नाक बंद|zukaam|zukam|jukam|jukaam|sardi|nazla|naak band|cold)')})|${toldAnywhere('(?:सूज|एलर्जी|मूंगफली|मूँगफली|मधुमक्खी|ततैया|डंक|soj|sooj|suj|allergy|allergic|moongfali|mungfali|peanut|madhumakhi|bee|sting|dank|daank)')})`;

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
const BESIDE_A_GOODBYE_HI = toldAnywhere('(?:अलविदा|माफ|मरना|मर जा|आत्महत्या|सुसाइड|खत्म|ख़त्म)');
const BESIDE_A_GOODBYE_LATIN = toldAnywhere('(?:alvida|alwida|goodbye|maaf|marna|mar ja|suicide|khatam|jeena)');

/** Hindi in Devanagari. Its verb and negation come last ("सांस नहीं आ रही": breath not coming), read as phrases. */
/**
 * Not rousing read as unrousable only beside what makes it so (a sleep told as now or just before, a shake, the
 * breath, a feed not taken, a fall or a faint) and never beside a habit (early mornings, school, the whole night).
 */
const ROUSING_TOLD_HI = `(?:(?=${toldAnywhere('(?:हिला|झकझोर)')})|(?=${toldAnywhere('(?:सो रहे थे|सो रही थी|सो रहा था|सो रहे हैं|सो रही है|सो रहा है|जगा|सांस|साँस|दूध|गिर|बेहोश|होश)')})(?!${toldAnywhere('(?:जल्दी|स्कूल|पूरी रात|रात को|रात भर)')}))`;
const ROUSING_TOLD_LATIN = `(?:(?=${toldAnywhere('(?:hila|jhakjhor)')})|(?=${toldAnywhere('(?:so rahe|so rahi|so raha|jaga|saans|sans|doodh|gir|behosh|hosh)')})(?!${toldAnywhere('(?:jaldi|school|poori raat|puri raat|raat ko|raat bhar|normal)')}))`;

/**
 * Session 40, Hindi in Devanagari: poisoning told by its product and its quantity (national poison-centre advice: a
 * cleaner drunk, a whole strip of tablets), a baby listless, and a throat closing after a food (Resuscitation Council UK).
 */
const POISONING_HI: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:टॉयलेट क्लीनर|हार्पिक|फिनाइल|फ़िनाइल|ब्लीच|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|केरोसिन)(?: [\\p{L}\\p{M}]+){0,2} (?:पी|खा|निगल) (?:लिया|ली|गया|गई|गयी)',
    'drank bleach',
  ],
  // A strip or a bottle finished is a refill, told with "खत्म"; eaten or swallowed whole it is an overdose.
  [
    '(?:पूरा|पूरी|सारा|सारी) (?:पत्ता|पत्ती|स्ट्रिप|शीशी|बोतल|डिब्बी)(?: [\\p{L}\\p{M}]+){0,3} (?:खा|निगल|पी) (?:लिया|ली|गया|गई|गयी|लीं)|(?:गोलियों|दवा|दवाई) (?:का|की) (?:पूरा|पूरी) (?:पत्ता|पत्ती|स्ट्रिप|शीशी|बोतल) (?:खा|निगल|पी) (?:लिया|ली|गया|गई|गयी)',
    'swallowed a whole blister pack of pills',
  ],
  // Session 52 (T82): ... and the whole of it told after the pills were eaten ("गोलियां खा ली हैं, पूरी शीशी"), as an
  // afterthought closing its clause; a strip finished and bought again is told with "खत्म" and no eating.
  [
    `(?<=(?:गोली|गोलियां|गोलियाँ|गोलियों|दवा|दवाई|टैबलेट)[^]*(?:खा|निगल|पी) (?:ली|लिया|लीं|गया|गई|गयी)[^]*)(?:पूरा|पूरी|सारा|सारी) (?:पत्ता|पत्ती|स्ट्रिप|शीशी|बोतल|डिब्बी)(?= ?(?:[,.।!?]|$))`,
    'a whole bottle of pills taken',
  ],
  [`${BESIDE_A_COLD_ALONE}(?:गला|गले) बंद (?:हो |लग )?(?:रहा|रही|गया|गई|गयी|होने)`, 'throat closing'],
  // A fall from a height with the head split (NICE NG232), and no answer when shaken (MTS: unresponsive).
  ['(?:सीढ़ी|सीढ़ियों|सीढी|छत|पेड़|ऊंचाई|ऊँचाई|लैडर) से (?:नीचे )?गिर[\\p{L}\\p{M}]*', 'had a fall from a height'],
  ['(?:सिर|सर) (?:फट|फूट) (?:गया|गयी|गई)|(?:सिर|सर) फटा', 'head injury'],
  ['(?:हिला|हिलाने|झकझोर)[^,.।]{0,15}(?:कोई )?(?:जवाब|हलचल|रिस्पॉन्स) (?:नहीं|नही)', 'is not responding'],
  // A call or a message not answered is someone asleep or busy, no one unresponsive.
  [
    `(?!${BESIDE_A_GOODBYE_HI})(?:फ़ोन|फोन|कॉल|मैसेज|मेसेज|व्हाट्सएप)(?: का| पर| के| में)? (?:जवाब|जबाब|रिप्लाई) (?:नहीं|नही) (?:दे|दी|दिया|कर)`,
    'missed my call',
  ],
  ['सो (?:रहे|रहीं|रही|रहा) (?:हैं|है|थे|थी|थीं)', 'was sleeping'],
  // Asleep and then not rousing, even when shaken (MTS: unresponsive): the sleep never explains it away. Read so only
  // beside a sleep told as now or just before, a shake, the breath, a feed or a fall, and never of a habit (early
  // mornings, school, the whole night).
  [
    `${ROUSING_TOLD_HI}(?:(?:नहीं|नही) उठ (?:रहे|रहीं|रही|रहा|पा रहे|पा रही)|उठ (?:नहीं|नही) (?:रहे|रहीं|रही|रहा|पा रहे|पा रही)|उठता ही (?:नहीं|नही)|उठती ही (?:नहीं|नही))`,
    'cannot be woken',
  ],
  ['(?<=(?:बच्चा|बच्ची|बच्चे|शिशु|बेबी)[^,.।]{0,10})सुस्त (?:है|हो गया|हो गई|पड़ा है)', 'is lethargic'],
];

/**
 * Session 40, Hinglish and Roman Urdu: cleaners drunk by name, a baby's fontanelle ("taalu") bulging or sunken (NICE
 * NG143), a limb bent the wrong way or a bone showing after an accident (MTS major trauma), and Roman Urdu's words for a
 * child and the skin, so a scald told in it reaches the burns reading (British Burn Association: any child's scald).
 */
const POISONING_TRAUMA_AND_INFANT_LATIN: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:toilet cleaner|toilet saaf karne (?:ka|wala)|floor cleaner|drain cleaner|naali saaf karne (?:ka|wala)|lizol|lysol|domex|odonil|dettol|savlon|colin)(?: \\S+){0,2} (?:pee|pi|kha|gatak|nigal) (?:liya|li|lia|gaya|gayi|liye)',
    'drank bleach',
  ],
  [
    '(?:(?:taalu|taloo|talu|taaloo)|(?:sar|sir) (?:ka|ke|ki) (?:naram|narm|komal|mulayam) (?:hissa|jagah|bhaag|bhag|wala hissa))(?: \\S+)? (?:ubhra|ubhri|ubhar|phula|fula|phool|upar utha|upar uthi|soja|sooj)\\p{L}*',
    'soft spot is bulging',
  ],
  [
    '(?:taalu|taloo|talu|taaloo)(?: \\S+)? (?:dhansa|dhans|dhasa|andar (?:dhans|chala|ghus))\\p{L}*',
    'soft spot is sunken',
  ],
  [
    '(?:pair|paer|paon|pao|taang|tang|haath|hath|baazu|bazu|kalai) (?:ulta|ulti|ulte|tedha|tedhi|tedhe|tircha) (?:mud|mur|ho|mod) (?:gaya|gayi|gya|gyi|gaye)',
    'leg bent the wrong way',
  ],
  ['(?:haddi|haddiyan) (?:bahar|baahar) (?:dikh|nikal|aa|a)\\p{L}*', 'bone sticking out'],
  ['bachay|bachey|bachon|bachy|bachoon', 'child'],
  ['jild', 'skin'],
  // A voice lost to a sore throat is no stroke's lost speech.
  [
    'gala (?:baitha|baith gaya|baith gayi|kharab|bhaari|bhari|beth gaya)(?: hai| h)?,?(?: (?:zyada|jyada|theek se|thik se))?(?: bol (?:nahi|nhi) pa (?:rahi|raha|rahe))?',
    'has lost her voice from a cold',
  ],
  [
    '(?:ladder|seedhi|sidhi|seedhiyon|sidhiyon|chhat|ped) se (?:neeche )?(?:gir|gire|giri|gira|gir gaye|gir gayi)',
    'had a fall from a height',
  ],
  ['(?:sar|sir) (?:phat|fat|foot|phoot) (?:gaya|gayi|gya|gyi)', 'head injury'],
  [
    'hila (?:rahe|rahi|raha) (?:hain|hai|h)? ?(?:par|lekin|pr|magar) (?:koi )?(?:response|jawab|jwab|hosh) (?:nahi|nhi|nahin)',
    'is not responding',
  ],
  // A call or a message not answered is someone asleep or busy, no one unresponsive.
  [
    `(?!${BESIDE_A_GOODBYE_LATIN})(?:phone|fone|call|message|msg|whatsapp)(?: ka| pe| par| ke| mein| me)? (?:jawab|jwab|reply) (?:nahi|nhi|nahin) (?:de|di|diya|kar)`,
    'missed my call',
  ],
  ['so (?:rahe|rahi|raha) (?:hain|hai|the|thi)', 'was sleeping'],
  // A sleep told with its reason is a sleep: a baby who sleeps until hungry, a father up late (NICE NG143: a baby who
  // wakes to feed is rousable).
  [
    '(?:uthta|uthti|uthte) (?:hi )?(?:nahi|nhi|nahin) jab tak (?:bhookh|bhuk|bhukh) (?:na|nahi) (?:lage|lagti|lagi)',
    'sleeps until he is hungry',
  ],
  [
    '(?:utha|uth) (?:nahi|nhi) (?:rahe|rahi|raha)(?: \\S+){0,2} (?:kyunki|kyonki|kyuki|kyoki) (?:raat|rat) (?:ko )?(?:der|late) (?:se )?(?:soye|soyi|soya|so)',
    'sleeping in because he went to bed late',
  ],
  [
    `${ROUSING_TOLD_LATIN}(?:(?:utha|uth|uthta|uthti|uthte|jaag|jag) (?:hi )?(?:nahi|nhi|nahin) (?:rahe|rahi|rahin|raha|pa rahe|pa rahi)|(?:uthta|uthti|uthte) (?:hi )?(?:nahi|nhi|nahin)|(?:nahi|nhi) (?:uth|utha) (?:rahe|rahi|raha))`,
    'cannot be woken',
  ],
  ['(?:saans|sans) (?:ajeeb|ajib|atak atak ke|ruk ruk ke) (?:chal|aa|le) (?:rahi|raha|rahe)', 'breathing strangely'],
  // Breath short after a run that the inhaler eased is exertion (NHS), not a breathing emergency.
  [
    '(?:daudne|daudke|dodne|running|jogging|seedhi chadh|sidhi chadh|seedhiyan chadh|exercise|gym)(?: \\S+){0,3} (?:saans|sans) (?:phool|ful|fool) (?:gayi|gai|gyi|jati)',
    'out of breath after exercise',
  ],
  ['inhaler (?:se|lene se|lekar) (?:aaram|araam|theek) (?:aa gaya|mila|ho gaya|ho gayi)', 'the inhaler helped'],
];

/** A shopper's question ("kaun sa toilet cleaner acha hai": which cleaner is good), which names a product and drinks none. */
const WHICH_PRODUCT_QUESTION_LATIN: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:kaun ?sa|kaun ?si|kon ?sa|kon ?si|konsa|konsi)(?= (?:\\S+ ){1,3}(?:acha|accha|achha|achchha|sahi|best) (?:hai|hota hai|rahega))',
    'which',
  ],
  [
    '(?<=(?:kaun ?sa|kaun ?si|kon ?sa|kon ?si|konsa|konsi) (?:\\S+ ){1,3})(?:acha|accha|achha|achchha|sahi|best) (?:hai|hota hai|rahega)',
    'is good to buy',
  ],
];

/**
 * The hedge of a finding ("गला बंद सा हो रहा है": the throat is sort of closing, "अटका सा लग रहा है", "चमक सी दिखती है";
 * romanised "band sa ho raha") dropped before the verb it softens: a frightened person hedges what they feel, and the
 * finding is the same. "से" (from) is never dropped. Session 48.
 */
function withoutTheHedge(folded: string): string {
  return folded
    .replace(/(?<=[\p{L}\p{M}]) (?:सा|सी)(?= (?:हो|लग|है|था|थी|रहा|रही|रहे|आ|दिख|गया|गई|गयी)(?![\p{L}\p{M}]))/gu, '')
    .replace(/(?<=\p{L}) (?:sa|si)(?= (?:ho|lag|hai|tha|thi|raha|rahi|rahe|aa|dikh|gaya|gayi)(?!\p{L}))/gu, '');
}

/** A wheeze told as a whistle in the breath (Resuscitation Council: wheeze), in either script; a nose's whistle is none. */
const WHISTLE_IN_THE_BREATH_HI = '(?:साँस|सांस|श्वास)[^,.।]{0,20}सीटी|सीटी[^,.।]{0,12}(?:साँस|सांस|श्वास)';
const WHISTLE_IN_THE_BREATH =
  '(?:saa?ns|sans|saa?nse)[^,.]{0,20}(?:seeti|siti|sitti)|(?:seeti|siti|sitti)[^,.]{0,12}(?:saa?ns|sans)';

export const HINDI: LanguageLexicon = {
  language: 'Hindi',
  script: 'devanagari',
  respelled: withoutTheHedge,
  phrases: [
    ...HINDI_TOLD_AS_HAPPENING_NOW,
    ...HINDI_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED,
    ...HINDI_HANGING_PREPARED,
    ...HINDI_FAREWELL_AND_SAVED_PILLS,
    [WHISTLE_IN_THE_BREATH_HI, 'wheezing'],
    ...POISONING_HI,
    ...HINDI_INTENT_AND_CRISIS.phrases,
    ...HINDI_SELF_HARM_AND_POISONING.phrases,
    // A temperature is a young infant's only when told of the infant (NICE: under 3 months with 38 °C or more). The
    // writer's own fever told beside the baby's age ("may I breastfeed with my fever?") and the bath water's warmth are
    // read as what they are, so the baby's age never meets them as the baby's fever.
    ['मुझे (?:खुद )?(?:भी )?(?:\\d+(?:\\.\\d)? )?बुखार(?: \\d+(?:\\.\\d)?)?(?: (?:है|हो गया|आ गया))?', 'i am unwell myself'],
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): hot milk, water,
    // tea or oil fallen on someone, fire, a current; blisters, skin coming off; the whole belly, arm or face. A sunburn,
    // burnt food and the idiom of a burning heart (jealousy) are read as what they are first.
    ['धूप (?:में|से) (?:[\\p{L}\\p{M}]+ ){0,2}(?:जल|झुलस)', 'sunburn'],
    ['दिल जल', 'i feel jealous'],
    [
      '(?:खाना|रोटी|दाल|सब्ज़ी|सब्जी|चावल|दूध|केक)(?: [\\p{L}\\p{M}]+)? (?:जल|जला) (?:गया|गई|गयी|दिया|दी)',
      'the food was overcooked',
    ],
    [
      '(?:गरम|गर्म|खौलता|खौलते|उबलता|उबलते) (?:हुआ )?(?:दूध|पानी|चाय|तेल|दाल|सूप)(?: [\\p{L}\\p{M}]+){0,3} (?:गिर|पड़) (?:गया|गई|गयी|पड़ा)',
      'boiling water spilled on him',
    ],
    ['(?:करंट|करेंट) लग(?:ा|ी|े| गया| गई)|बिजली का (?:झटका|करंट)', 'electric shock'],
    ['(?:आग|तेल|भाप|तेज़ाब|तेजाब|एसिड) से (?:जल|झुलस)(?: (?:गया|गई|गईं|गयी|गए))?|(?:जल|झुलस) (?:गया|गई|गईं|गयी|गए)', 'burned'],
    ['(?:बड़े|बड़े-बड़े|बड़े बड़े|बहुत बड़े) (?:छाले|फफोले)', 'big blisters'],
    ['(?:छाले|फफोले)(?: पड़ (?:गए|गये|गई))?', 'blisters'],
    ['(?:चमड़ी|त्वचा|खाल|स्किन) (?:उतर|उधड़|निकल|छिल) (?:गई|गयी|गया|रही|आई)', 'skin peeling off'],
    ['पूरे (?:पेट|शरीर|बदन)', 'all over his belly'],
    ['पूरे (?:हाथ|बाजू|बांह)|पूरी (?:बांह|बाजू)', 'the whole arm'],
    ['पूरी (?:पीठ|छाती)|पूरे सीने', 'the whole back'],
    // A goodbye sent and then silence (Samaritans), unless it is a farewell to someone leaving (a transfer, a new job).
    [
      '(?:(?<=(?:तबादला|ट्रांसफर|नौकरी छोड़|शिफ्ट|विदाई|रिटायर|जा रहा|जा रही)[\\s\\S]*)|(?=[\\s\\S]*(?:तबादला|ट्रांसफर|नौकरी छोड़|शिफ्ट|विदाई|रिटायर)))अलविदा',
      'said farewell to a colleague who is leaving',
    ],
    ['अलविदा', 'goodbye'],
    [
      `${BESIDE_A_GOODBYE_HI}(?:फोन|फ़ोन|कॉल) (?:नहीं|नही) (?:उठा|उठाया|उठाती|उठाता) ?(?:रहा|रही|रहे)?`,
      'is not answering his phone',
    ],
    ['(?:फोन|फ़ोन|कॉल) (?:नहीं|नही) (?:उठा|उठाया|उठाती|उठाता) ?(?:रहा|रही|रहे)?', 'missed my call'],
    // Breath too short to finish a sentence; an infant's ribs drawn in (NICE NG143).
    ['सांस (?:बहुत )?(?:फूल|चढ़) (?:रही|रहा)(?: (?:है|हैं))?', 'short of breath'],
    [
      'एक (?:वाक्य|लाइन|शब्द) भी (?:नहीं|नही) बोल (?:पा )?(?:रहा|रही|रहीं|रहे|पाते|पाती)|बोल (?:नहीं|नही) पा (?:रहा|रही|रहीं|रहे)',
      'cannot finish a sentence',
    ],
    ['(?:पसलियां|पसलियाँ|पसली)(?: [\\p{L}\\p{M}]+){0,3} अंदर (?:धंस|धँस|जा|घुस)', 'ribs sucking in'],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    ['(?:बटन )?(?:सेल|बैटरी)(?: [\\p{L}\\p{M}]+)? (?:निगल|खा) (?:लिया|ली|गया|गई)', 'swallowed a button battery'],
    // Shock after fluid loss: diarrhoea, dizzy, cold hands and feet, a face gone pale.
    ['दस्त', 'diarrhoea'],
    ['चक्कर', 'dizzy'],
    ['हाथ[ -]पैर (?:ठंडे|ठंडा|बर्फ)', 'cold hands and feet'],
    ['(?:चेहरा|चेहरे का रंग|रंग) (?:पीला|सफेद|सफ़ेद|फीका) (?:पड़|हो) (?:गया|गई)', 'pale'],
    // A turn from what is always so to something new: "हमेशा जैसा, पर आज ..." (issue 11 review).
    ['(?:पर|लेकिन|मगर) (?:आज|इस बार)', 'but this time'],
    ['हमेशा (?:जैसा|जैसी|जैसे|की तरह)|पहले जैसा ही', 'as always'],
    ['आराम (?:में|करते हुए) भी', 'at rest'],
    // Session 38: suicidal intent and self-harm by their parts (NHS 111 / Samaritans): a wish to die with any verb of
    // wanting, not wanting to live, a suicide note, jumping told with the height it is from; dying of hunger, heat or
    // laughter is the idiom of degree, and a suicide inside a film, a serial or the news is a story.
    [
      '(?:फिल्म|फ़िल्म|सीरियल|नाटक|ड्रामा|खबर|ख़बर|न्यूज़|न्यूज|कहानी|उपन्यास)[^।,.!?]{0,40}?(?:आत्महत्या|खुदकुशी|ख़ुदकुशी|सुसाइड)',
      'in the film a character killed himself',
    ],
    [
      '(?<!(?:भूख|गर्मी|ठंड|हंसते|हँसते|थकान)[^।,.!?]{0,20})(?:मर जाना चाहत(?:ा|ी)|मरना चाहत(?:ा|ी)|मर जाऊं|मर जाऊँ|मर जाना है|मरना है|जीना नहीं (?:चाहता|चाहती|है)|नहीं जीना|जीने का (?:मन|दिल) नहीं)(?![^।,.!?]{0,12}(?:भूख|गर्मी|ठंड|हंस|हँस|थकान))',
      'i want to die',
    ],
    ['सुसाइड नोट|आखिरी (?:खत|ख़त|चिट्ठी)', 'i wrote a suicide note'],
    // Session 58 (T109): a death told for today ("वो आज मर जाएगा") and a letter left beside death (NICE NG225: a plan with
    // its time, a farewell); dying of the heat or of laughter is the idiom of degree.
    [
      `(?:आज|आज रात|आज ही|आज रात को) (?:ही )?मर (?:जाएगा|जाएगी|जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी)${toldNowhere('(?:भूख|गर्मी|ठंड|हंस|हँस|थकान|काम से|मज़ाक|मजाक|फिल्म|फ़िल्म)')}`,
      'says he will kill himself today',
    ],
    [
      `(?:चिट्ठी|ख़त|खत|नोट) (?:लिखी|लिखा|लिख दी|लिख दिया|लिखकर|लिख कर|छोड़ी|छोड़ दी|छोड़ा)${toldAnywhere('(?:मर |मरने|मरना|जान दे|आत्महत्या|खुदकुशी|ख़ुदकुशी|अलविदा|माफ)')}`,
      'he wrote a goodbye letter',
    ],
    [
      '(?<!(?:भूख|गर्मी|ठंड|हंसते|हँसते|थकान)[^।,.!?]{0,20})(?:जीने की (?:कोई )?(?:वजह|वज़ह|उम्मीद) (?:नहीं|नही)|(?<!(?:बिना|बगैर|बग़ैर) )(?:और )?(?:नहीं|नही) जी (?:सकता|सकती))',
      'i do not want to live',
    ],
    ['(?:खुद|अपने आप) को (?:खत्म|ख़त्म|मार) (?:करना|डालना|देना) चाहत(?:ा|ी)', 'i want to kill myself'],

    [
      '(?:छत|पुल|बिल्डिंग|बालकनी|खिड़की|टावर|ब्रिज) से कूद (?:जाएगा|जाएगी|जाएंगे|जाने की धमकी|जाने वाला|जाने वाली|जाना चाहता|जाना चाहती)(?![^।,.!?]{0,20}(?:मज़ाक|मजाक))',
      'he says he will kill himself by jumping off the roof',
    ],
    // A chemical in the eye (lime, acid, bleach, phenyl): irrigate and come now.
    ['(?:आंख|आँख|आंखों|आँखों) (?:में|मे) (?:चूना|तेजाब|तेज़ाब|एसिड|ब्लीच|फिनाइल|हार्पिक|केमिकल)', 'bleach splashed in the eye'],
    // Cauda equina: back pain with numb or weak legs and urine that will not come.
    ['कमर (?:में )?(?:बहुत |तेज़ |तेज )?दर्द', 'back pain'],
    ['(?:दोनों )?(?:पैर|टांगें|टाँगें) (?:सुन्न|कमज़ोर|कमजोर|बेजान)', 'both legs numb and weak'],
    [
      '(?:पेशाब|पेशाब) (?:नहीं|नही) (?:हो रहा|हो रही|उतर रहा|आ रहा|निकल रहा)|पेशाब (?:रुक गया|पर कंट्रोल नहीं)',
      'cannot pass urine',
    ],
    // A belly hard as a board (peritonism).
    ['पेट (?:पत्थर|लकड़ी|तख्ते) (?:जैसा|की तरह) (?:सख्त|सख़्त|कड़ा|कठोर)', 'rigid belly hard as a board'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['(?:कीटनाशक|कीड़े मारने की दवा|चूहे मारने की दवा|ज़हर|जहर) (?:पी|खा) (?:लिया|ली|गया|गई)', 'drank pesticide'],
    [
      '(?:खून|ख़ून|रक्त) (?:बंद |रुक )?(?:नहीं|नही) (?:रुक|थम|बंद हो)(?: रहा| रही| रहे)?|(?:खून|ख़ून) (?:रुक|थम) (?:ही )?(?:नहीं|नही) (?:रहा|रही)',
      'the bleeding will not stop',
    ],
    [
      '(?:सारी|सब) (?:नींद की )?(?:गोलियां|गोलियाँ|दवाइयां|दवाइयाँ) (?:इकट्ठी|जमा|इकठ्ठा|इकट्ठा) (?:कर )?(?:ली|रखी|रख ली)',
      'i have saved up the pills to take them all tonight',
    ],
    [
      '(?:आज रात|अभी) (?:सब |सारी )?(?:खा|निगल) (?:लूंगा|लूंगी|लूँगा|लूँगी)|(?:खुद को|अपने आप को) (?:खत्म|ख़त्म|मार) (?:कर )?(?:दूंगा|दूंगी|दूँगा|दूँगी|लूंगा|लूंगी|देगा|देगी|लेगा|लेगी|देंगे|लेंगे)|(?:पुल|छत|बिल्डिंग) से कूद (?:जाऊंगा|जाऊंगी|जाऊँगा|जाऊँगी)',
      'i will kill myself tonight',
    ],
    [
      '(?:गिर पड़े|गिर पड़ी|गिर पड़ा|गिर गए|गिर गई|गिर गया)(?: और| और फिर)? (?:उठ|होश में आ) (?:नहीं|नही) (?:रहे|रही|रहा)',
      'collapsed and cannot be woken',
    ],
    ['जवाब (?:नहीं|नही) (?:दे|देते|देती) (?:रहे|रही|रहा)', 'not responding'],
    ['(?:मूंगफली|मूँगफली|झींगा|झींगे|अंडा|मछली|काजू|बादाम)(?: खाने के बाद| खाई| खाया| खा ली| खा लिया| खाकर)', 'ate peanuts'],
    ['(?:गला|गले) (?:में )?(?:सूज|फूल)(?: रहा| रही| गया| गई| गयी)?', 'throat swelling'],
    ['(?:जीभ|जुबान|ज़ुबान) (?:सूज|फूल)(?: रही| गई| गयी)?', 'tongue swelling'],
    ['(?:खौलता|खौलते|उबलता|उबलते) (?:हुआ )?(?:पानी|दूध|चाय|तेल)', 'scalded with boiling water'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, how bad, since when), so a
    // wording nobody listed is still read.
    [
      '(?:गले|गला|सांस की नली|साँस की नली) में (?:\\S+ )?(?:फंस|फँस|अटक)(?: गया| गई| गयी)?',
      'choking on something stuck in the throat',
    ],
    ['एक (?:आंख|आँख|आंखों|आँखों) (?:से|में)', 'in one eye'],
    ['(?:दिखना|दिखाई देना) बंद (?:हो )?(?:गया|गई|गयी)?|(?:दिख|दिखाई दे) (?:नहीं|नही) (?:रहा|रही|रहे)', 'cannot see'],
    ['(?:दो दो|डबल|दो-दो) (?:दिख|दिखाई)(?: रहा| रही| रहे| दे रहा| दे रही)?', 'double vision'],
    ['(?:ज़िंदगी|जिंदगी|ज़िन्दगी|जिन्दगी) (?:का|में) सबसे (?:बुरा|तेज़|तेज|खराब|ख़राब|भयानक)', 'the worst headache of my life'],
    ['सिरदर्द|सिर दर्द|सर दर्द|सरदर्द', 'headache'],
    ['(?:रुक|थम|बंद हो) (?:ही )?(?:नहीं|नही) (?:रहा|रही|रहे)', 'will not stop'],
    ['(?:दौरा|दौरे|झटके) (?:पड़ा|पड़े|आया|आए) (?:है|हैं)', 'had a seizure'],
    // Session 47 (T64): a fit told in the plain past ("आज उन्हें दौरा पड़ा"), never the heart's ("दिल का दौरा"), and a fit
    // asked about in the subjunctive ("दौरा आ जाए तो": should one come); stopping drink told with what was stopped.
    ['(?<!दिल का )(?:दौरा|दौरे|झटके) (?:पड़ा|पड़े|आया|आए)(?! (?:है|हैं|था|थे))', 'had a seizure'],
    ['(?:दौरा|दौरे|झटके) (?:आ|पड़) (?:जाए|जाये|जाएं|जायें)', 'has a seizure'],
    [
      '(?:शराब|दारू|दारु)[^,.।]{0,30}(?:छोड़|छोड|बंद कर|बंद की|बंद है)[\\p{L}\\p{M}]*|(?:शराब|दारू|दारु) (?:पीते|पीता|पीती) (?:थे|था|थी),? [^.।]{0,25}बंद (?:की|कर दी|कर दिया|है)',
      'stopped drinking alcohol',
    ],
    // A child who swallowed tablets is a poisoning, told in the English order ("swallowed the pills"): "pills swallowed"
    // is read by the English rules as a statement of self-harm ("pills all taken"), which a toddler does not make.
    [
      '(?<=(?:बच्चे|बच्चा|बच्ची|बेटे|बेटा|बेटी|पोते|पोती|साल के|साल की|महीने के|महीने की)[^,.।]{0,30})(?:गोलियां|गोलियाँ|गोली|टैबलेट|दवाइयां|दवाइयाँ|दवाई|दवा) (?:खा|निगल) (?:लीं|ली|लिया|लिए|गया|गई|गयी)',
      'swallowed the pills',
    ],
    // Session 52 (T82): one tablet or the medicine for a complaint taken by the writer ("मैंने बुखार की दवा खा ली") is a
    // dose, not pills swallowed: read so, the English rules took "i ... swallowed pills" for an overdose.
    [
      '(?<=(?:मैंने|मैने|हमने)[^,.।]{0,30}(?:बुखार|सिरदर्द|सिर दर्द|दर्द|सर्दी|जुकाम|खांसी|खाँसी|एसिडिटी|गैस|बीपी|शुगर|एलर्जी|पेट दर्द) (?:की|के लिए|के वास्ते) (?:एक )?)(?:गोली|दवा|दवाई|टैबलेट) (?:खा|ले) (?:ली|लिया)',
      'i took one tablet for it',
    ],
    // Session 55 (T93): one tablet told as one ("एक गोली खा ली") is a dose, whatever it was for, but only an adult's own
    // medicine taken as medicine (review V37): one tablet is a poisoning in a child (TOXBASE: one sulfonylurea can kill a
    // toddler), of another's medicine, of a poison, or taken to die.
    [
      `${ONE_TABLET_IS_NOT_A_DOSE}(?<![\\p{L}\\p{M}])(?:एक|1) (?:गोली|टैबलेट) (?:खा|ले|निगल) (?:ली|लिया)`,
      'took one tablet',
    ],
    ['(?:गोलियां|गोलियाँ|गोली|दवाइयां|दवाइयाँ|दवाई|दवा) (?:खा|निगल) (?:लीं|ली|लिया|लिए|गया|गई|गयी)', 'pills swallowed'],
    ['(?:अपनी |अपना )?(?:कलाई|नस|नसें|हाथ की नस) काट (?:ली|लिया|लीं|दी)', 'i cut my wrists'],
    [
      '(?:पानी की थैली|थैली) फट (?:गई|गयी|गया)|पानी (?:गिर|निकल|टूट|बह) (?:गया|रहा|आया)|पानी (?:निकलने|गिरने) लगा',
      'waters broke',
    ],
    // Session 37: "काम में डूब गया हूं" (sunk in work) is an idiom, no drowning; gait lost at once (stroke beyond FAST).
    [
      '(?:काम|पढ़ाई|कर्ज|कर्ज़|सोच|ख्यालों|विचारों|किताबों) में डूब[\\p{L}\\p{M}]*(?: (?:गया|गई|गए|हुआ|हुई|रहा|रही))?',
      'was very busy',
    ],
    // Sunk in grief: no drowning, but grief, never busyness (what is said beside it is still read).
    ['(?:गम|ग़म|दुख|दुःख|सदमे) में डूब[\\p{L}\\p{M}]*(?: (?:गया|गई|गए|हुआ|हुई|रहा|रही))?', 'is deeply grieving'],
    ['चल (?:नहीं|नही) (?:पा|सक) (?:रहा|रही|रहीं|रहे)', 'cannot walk'],
    // Session 37: weeks and days of a young infant's age read as weeks and days, no longer as months ("3 हफ्ते का": three
    // weeks old, not three months): NICE's red, under 3 months with 38 °C or more, turns on it. A day count is an age
    // only told of the child ("20 दिन की है"), never a duration ("3 दिन का बुखार": three days' fever).
    ['(?:\\d+|दो|एक|तीन) (?:महीने|महीना) (?:का|की|के)(?! (?:प्रेगनेंट|प्रेग्नेंट|गर्भवती|गर्भ))', '# months old'],
    ['(?:\\d+) (?:हफ्ते|हफ़्ते|सप्ताह) (?:का|की|के)(?! (?:प्रेगनेंट|प्रेग्नेंट|गर्भवती|गर्भ))', '# weeks old'],
    ['(?:दो|एक|तीन|चार|पांच|पाँच) (?:हफ्ते|हफ़्ते|सप्ताह) (?:का|की|के)(?! (?:प्रेगनेंट|प्रेग्नेंट|गर्भवती|गर्भ))', '2 weeks old'],
    ['(?:\\d+) (?:दिन) (?:का|की|के)(?= (?:है|हैं|हो|बच्चा|बच्ची|बेटा|बेटी|बच्चे|नवजात|बेबी))', '# days old'],
    [
      '(?:सांप|साँप|सर्प|नाग|कोबरा)(?: ने)? (?:[\\p{L}\\p{M}]+ ){0,2}?(?:काट|डस|डंस)[\\p{L}\\p{M}]*|सर्पदंश',
      'bitten by a snake',
    ],
    ['(?<!(?:दांत|दाँत|पेंच|पैंट|कपड़ा|जूता|बाल) )(?:(?:ढीला|ढीली|सुस्त) (?:पड़|हो) (?:गया|गई|गयी)|ढीला|ढीली)', 'floppy'],
    ['दूध (?:नहीं|नही) (?:पी|ले) (?:रहा|रही)|दूध (?:पीना|पीना भी) छोड़', 'not feeding'],
    ['(?:सिर|सर) (?:पर|में|पे) (?:चोट|मार)(?: लगी| लग गई| लगा)?', 'hit his head'],
    ['बार बार|बार-बार|लगातार', 'repeatedly'],
    ['(?:एक्सीडेंट|दुर्घटना|हादसा)(?: हो (?:गया|गई))?', 'car accident'],
    ['(?:डूब|डूबने) (?:गया|गई|लगा|लगी|से)', 'drowned'],
    ['बच्चे पर', 'on my child'],
    ['(?:\\d+|आठ|सात|नौ) (?:महीने|महीना) (?:की|का) (?:प्रेगनेंट|प्रेग्नेंट|गर्भवती)', 'pregnant # months'],
    ['(?:प्रेगनेंट|प्रेग्नेंट)', 'pregnant'],
    ['खून (?:आने लगा|आ रहा|बह रहा)', 'bleeding heavily'],
    ['(?:मुंह|मुँह|चेहरा)(?: \\S+){0,3} (?:टेढ़ा|टेढा|लटक)', 'face drooping'],
    ['काम (?:नहीं|नही) कर (?:रहा|रही|रहे)', 'is weak and not working'],
    ['(?:मुंह|मुँह) से झाग', 'foaming at the mouth'],
    ['कीटनाशक|ज़हर|जहर', 'pesticide poison'],
    ['पी (?:लिया|ली)', 'drank'],
    ['कांप (?:रहे|रहा|रही)', 'shaking'],
    ['हाथ से गिर (?:गया|गई)', 'dropped from her hand'],
    ['हर बार|जब भी', 'every time'],
    ['पसीना (?:नहीं|नही)', 'no sweating'],
    ['(?:शर्म|भूख|डर|गर्मी|हंस हंस) (?:से|के) (?:मर|मरा|मरी)', 'feel embarrassed'],
    ['कैसे पता (?:करें|चलेगा)', 'how do i know if'],
    ['कभी कभी|कभी-कभी', 'sometimes'],
    ['थोड़ा|थोड़ी', 'a little'],
    ['हमेशा', 'always'],
    ['अगर (?:किसी को )?', 'if someone '],
    ['(?:तो )?क्या (?:करें|करूं|करूँ|करना चाहिए)', ', what should i do'],
    ['(?:के )?लक्षण क्या (?:हैं|है)', 'what are the symptoms'],
    ['(?:क्या )?(?:ये |यह )?(?:नॉर्मल|सामान्य) है', 'is it normal'],
    ['(?:\\d+|बीस|दस|आधे) (?:मिनट|घंटे) से', 'for # minutes'],
    ['(?:एक|दो|\\d+) (?:हफ्ते|हफ़्ते|सप्ताह) से', 'for weeks'],
    ['(?:कई|\\d+|दो|तीन) (?:महीनों|महीने) से', 'for months'],
    ['पिछले साल', 'last year'],
    ['बचपन में', 'as a child'],
    ['अचानक', 'suddenly'],
    ['(?:खांसते|खाँसते|खांसी करते|खांसी आते) (?:समय|वक्त|वक़्त)', 'when i cough'],
    ['सीढ़ियां चढ़ते (?:समय|वक्त)|सीढ़ी चढ़ते (?:समय|वक्त)', 'when i climb stairs'],
    ['(?:सांस|साँस) (?:नहीं|नही) (?:आ रही|आ रहा|ले पा रहा|ले पा रही|ले पा रहे)', 'cannot breathe'],
    ['(?:सांस|साँस) (?:लेने में )?(?:बहुत )?(?:तकलीफ|तकलीफ़|दिक्कत|परेशानी)', 'difficulty breathing'],
    ['(?:सांस|साँस) (?:फूल|फूलती|फूल रही)', 'short of breath'],
    ['(?:सांस|साँस) (?:रुक गई|बंद)', 'is not breathing'],
    ['(?:होंठ|होठ) (?:नीले|बैंगनी)', 'blue lips'],
    // The words between the chest and its pain are how bad it is, but a mild one is no chest pain to flag: "सीने में हल्का सा दर्द"
    // is read word by word (mild, pain), as English reads "a mild pain in the chest" (session 41).
    ['(?:सीने|छाती|सीना)(?: में)?(?: (?!हल्का|हल्की|थोड़ा|थोड़ी|थोडा|थोडी)\\S+){0,3} दर्द', 'chest pain'],
    ['(?:बाएं|बाये|बाईं) (?:हाथ|बांह) (?:तक|में) (?:जा रहा|फैल)', 'spreading to the left arm and jaw'],
    ['ठंडा पसीना', 'cold sweat'],
    ['पसीना (?:आ रहा|आ रही|आ रहे)|पसीने', 'sweating'],
    ['बेहोश|होश (?:में )?(?:नहीं|नही)', 'unconscious'],
    ['(?:नब्ज़|नब्ज|नाड़ी|धड़कन) (?:नहीं|नही)(?: \\S+){0,2}', 'no pulse'],
    ['(?:उठ|जाग) (?:नहीं|नही) (?:रहा|रही|रहे)', 'will not wake up'],
    ['(?:मुंह|मुँह|चेहरा) (?:टेढ़ा|टेढा|लटक)', 'face drooping'],
    ['बोल (?:नहीं|नही) (?:पा रहा|पा रही|पा रहे|सकता|सकती)|ज़ुबान लड़खड़ा|जुबान लड़खड़ा', 'cannot speak and slurred speech'],
    ['लकवा', 'stroke'],
    ['(?:दौरा|दौरे|झटके) (?:पड़ रहा|पड़ रहे|पड़ रही|आ रहे|आ रहा)', 'he is having a seizure'],
    ['(?:दौरा|दौरे) (?:पड़ा|पड़े) (?:था|थे)', 'had a seizure'],
    ['दौरा|दौरे|मिर्गी|झटके', 'seizure'],
    ['(?:सारी|बहुत सारी|बहुत) (?:गोलियां|गोलियाँ|दवाइयां|दवाई) (?:खा|निगल) (?:ली|लीं|गया|गई)', 'took all the pills'],
    ['खून की (?:उल्टी|उलटी)', 'vomiting blood'],
    ['(?:बहुत )?खून (?:बह रहा|नहीं रुक)|बहुत (?:ज़्यादा |ज्यादा )?ब्लीडिंग', 'bleeding heavily and it will not stop'],
    ['खून (?:आ रहा|आ रही)|ब्लीडिंग', 'bleeding'],
    ['गर्दन (?:अकड़|अकड|में अकड़न)', 'stiff neck'],
    ['मरना चाहत(?:ा|ी) (?:हूं|हूँ|हू)', 'i want to die'],
    ['आत्महत्या|खुदकुशी|खुद को मार', 'i want to kill myself'],
    ['गर्भवती|प्रेग्नेंट|गर्भ से', 'pregnant'],
    ['(?:\\d+|दो|एक) (?:महीने|महीना) (?:का|की)', '# months old'],
    ['बुखार (?:नहीं|नही) है', 'has no fever'],
    ['(?:अब|आज)(?: \\S+){0,2} ठीक (?:है|हूं|हूँ|हैं|हो गया|हो गई|लग रहा|लग रही)|ठीक हो (?:गया|गई|गए)', 'is fine now'],
    ['हल्का बुखार', 'mild fever'],
    ['मेर(?:े|ा) (?:बेटे|बेटा)', 'my son'],
    ['मेरी बेटी', 'my daughter'],
    ['मेरी (?:माँ|मां|मम्मी|माता)', 'my mother'],
    ['मेरे (?:पापा|पिता|पिताजी)', 'my father'],
    ['मेरे पति', 'my husband'],
    ['मेरी (?:पत्नी|बीवी)', 'my wife'],
    // Session 39: the face read alone, after every phrase that holds it (a face that droops), where a burn is.
    ['चेहरा|चेहरे', 'face'],
    ...HINDI_FINDINGS.phrases,
    ...HINDI_MODIFIERS,
    ...HINDI_EVERYDAY.phrases,
  ],
  // "सीने में दर्द नहीं है": chest pain, not (there) is; "उल्टी नहीं की": vomiting, not done (did not vomit).
  negationAfter:
    '(?:नहीं|नही)(?: भी)?(?: (?:है|हैं|हुआ|हुई|हुए|था|थी|थे|हुआ था|हुई थी|की|किया|की थी|किया था))?(?= ?(?:[,.!?;]|$|(?:पर|लेकिन|और|बस|मगर|अब)(?![\\p{L}\\p{M}])))',
  words: {
    ...HINDI_EVERYDAY.words,
    ...HINDI_INTENT_AND_CRISIS.words,
    ...HINDI_SELF_HARM_AND_POISONING.words,
    // Issue 11 breadth: the persons and parts read one by one.
    बेटे: 'son',
    बेटा: 'son',
    बेटी: 'daughter',
    दादी: 'grandmother',
    नानी: 'grandmother',
    दादा: 'grandfather',
    नाना: 'grandfather',
    भाई: 'brother',
    बहन: 'sister',
    पड़ोसी: 'neighbour',
    मैंने: 'i',
    आंख: 'eye',
    आँख: 'eye',
    गोलियां: 'pills',
    गोलियाँ: 'pills',
    नींद: 'sleeping',
    सिक्का: 'coin',
    होंठ: 'lips',
    जीभ: 'tongue',
    सूज: 'swollen',
    सूजन: 'swelling',
    पेशाब: 'urine',
    अंडकोष: 'testicle',
    हल्का: 'mild',
    हल्की: 'mild',
    पेट: 'belly',
    तेज़: 'severe',
    तेज: 'severe',
    हाथ: 'arm',
    पैर: 'leg',
    बायां: 'left',
    बाएं: 'left',
    दायां: 'right',
    शराब: 'alcohol',
    उल्टी: 'vomiting',
    नहीं: 'not',
    नही: 'not',
    और: 'and',
    लेकिन: 'but',
    पर: 'but',
    बहुत: 'very',
    बुखार: 'fever',
    खांसी: 'cough',
    खून: 'blood',
    दर्द: 'pain',
    बच्चा: 'child',
    बच्चे: 'child',
    बच्ची: 'child',
    है: 'is',
    हैं: 'are',
    अब: 'now',
    आज: 'today',
    कल: 'yesterday',
    बस: 'only',
    खेल: 'playing',
    मदद: 'help',
    अस्पताल: 'hospital',
    डॉक्टर: 'doctor',
    कमजोरी: 'weakness',
    साल: 'years old',
  },
};

/** Hindi and Urdu typed in Latin letters (Hinglish), spelt as people type them ("nahi", "nhi", "nahin"). */
/**
 * Session 46: a newborn and the IMCI danger signs of one told in Hinglish (WHO IMCI, NICE NG143): the newborn ("navjaat")
 * and its age in weeks or days told after it, feeding less ("stanpan kam", "doodh kam pee"), very lethargic ("bahut sust"),
 * the chest drawn in as it breathes ("chhati andar dhans"), a breath that is only faint ("halki saans"). "Thoda sust"
 * from a fever is a tired child.
 */
const NEWBORN_TOLD_LATIN: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:navjaat|navjat|nawjaat|naya janma|nayi janmi)(?: (?:shishu|baccha|bachcha|bacchi|bachchi|beta|beti))?',
    'newborn',
  ],
  [
    '(?<=(?:navjaat|navjat|nawjaat|shishu|baby|bacha|bachcha|baccha|bachi|bachchi|beta|beti)(?: \\p{L}+)? )(?:\\d+|ek|do|teen) (?:hafte|hafta) (?:ka|ki|ke)',
    'is # weeks old',
  ],
  [
    '(?<=(?:navjaat|navjat|nawjaat|shishu|baby|bacha|bachcha|baccha|bachi|bachchi|beta|beti)(?: \\p{L}+)? )(?:\\d+|ek|do|teen) din (?:ka|ki|ke)',
    'is # days old',
  ],
  [
    '(?:stanpan|doodh|dudh|feed)(?: \\p{L}+)? (?:kam|bahut kam)(?: (?:kar|pee|pi) (?:rahi|raha|rahe))?',
    'feeding poorly',
  ],
  ['(?:bahut|bohot|bilkul|ekdam|kaafi) (?:sust|susth|nidhaal|nidhal)', 'very lethargic'],
  ['(?:thoda|thodi|halka) (?:sust|susth)', 'a little tired'],
  [
    '(?:chhati|chaati|chati|seena|sina|pet)(?: \\p{L}+){0,3} (?:andar|ander) (?:ja|dhans|dhas|ghus|dab|baith)\\p{L}*',
    'chest sucking in',
  ],
  ['(?:bas )?(?:halki|halka|bahut halki|dheemi) (?:si |sa )?(?:saans|sans)', 'breathing only faintly'],
  // "Pee" is Hindi's "drink" ("ORS pee raha hai": he is drinking ORS), never English "pee"; "susu" is passing urine (NICE
  // CG84: a child who drinks and passes urine is not dehydrated to danger).
  ['(?:pee|pi) (?:raha|rahi|rahe)(?: (?:hai|hain|h))?', 'is drinking'],
  ['(?:susu|soosoo|su su|peshab) (?:kiya|ki|kari|kar (?:raha|rahi|liya|li))', 'passed urine'],
  ['khel (?:bhi )?(?:raha|rahi|rahe)', 'playing'],
];

export const ROMANISED_HINDI: LanguageLexicon = {
  language: 'romanised Hindi',
  script: 'latin',
  respelled: withoutTheHedge,
  markers: [
    'hai',
    'hain',
    'nahi',
    'nahin',
    'nhi',
    'mera',
    'meri',
    'mere',
    'raha',
    'rahi',
    'rahe',
    'gaya',
    'gayi',
    'bahut',
    'bhi',
    'kya',
    'kuch',
    'abhi',
    'saans',
    'sans',
    'dard',
    'bukhar',
    'beti',
    'seene',
    'seena',
    'chhati',
    'behosh',
    'dawai',
    'ulti',
    'khoon',
    'chahta',
    'chahti',
    'hoon',
    'hun',
    'karein',
    'kaise',
    'agar',
    'lekin',
    // Session 38: the words a short message of intent or poisoning is told with.
    'mujhe',
    'maine',
    'aaj',
    'karne',
    'wali',
    'sabko',
    'poori',
    'aadhi',
    // Session 40: a question told in Hinglish ("kaun sa ... acha hai"), so a shopper's question is read as one.
    'kaun',
    'konsa',
    'acha',
    'accha',
    // Session 63 (T139): "and", so a short message of two clauses is read.
    'aur',
  ],
  ownWords: [
    // Session 63 (T139): a mouth, a face gone crooked, rat poison and a limp baby, words English never writes.
    'munh',
    'tedha',
    'terha',
    'tedhi',
    'terhi',
    'chooha',
    'chuha',
    'chuhe',
    'dheela',
    'dheeli',
    'hamla',
    // Punjabi's breath, son, neck and "out of", typed in Latin letters.
    'saah',
    'munde',
    'dhaun',
    'cho',
    'reha',
    'chahunda',
    'chahundi',
    ...ROMANISED_HINDI_INTENT_AND_CRISIS.ownWords,
    ...ROMANISED_HINDI_SELF_HARM_AND_POISONING.ownWords,
    // Session 39: a current, diarrhoea, dizziness, ribs, a farewell, the face: words English never writes.
    'bijli',
    'karant',
    'dast',
    'chakkar',
    'pasliyan',
    'behki',
    'alvida',
    'chehra',
    'rukat',
    'khatam',
    'khud',
    'dunga',
    'khoon',
    'liya',
    'jal',
    'paani',
    'garam',
    'madhumakhi',
    // Session 57 (T103): a hanging and its attempt, sleep, tablets and a baby's milk: words English never writes.
    'phaansi',
    'phansi',
    'faansi',
    'koshish',
    'neend',
    'goliyan',
    'doodh',
    'goli',
    'baccha',
    'bachcha',
    'kaata',
    'gala',
    'saans',
    'bukhar',
    'behosh',
    'seene',
    'chhati',
    'daura',
    'daure',
    'jhatke',
    'nahi',
    'nhi',
    'nahin',
    'khoon',
    'ulti',
    'paseena',
    'dard',
    'marna',
    'goliyan',
    'garbhvati',
    'lakwa',
    'mirgi',
    'achanak',
    'aankh',
    'dikhna',
    'dikhai',
    'kalai',
    'thaili',
    'neend',
    'chot',
    'chuhe',
    'keetnashak',
    'chhale',
    'peshab',
  ],
  phrases: [
    ...ROMANISED_HINDI_ALARM_WORDS_IN_IDIOMS,
    ...ROMANISED_HINDI_TOLD_AS_HAPPENING_NOW,
    ...ROMAN_URDU_TOLD_IN_SPEECH,
    ...ROMANISED_PUNJABI_RED_FLAGS,
    ...ROMAN_HINDI_FACE_CHEST_AND_NO_ANSWER,
    ...ROMANISED_HINDI_WISH_AND_JUMP_TOLD_APART,
    ...ROMANISED_HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED,
    ...ROMANISED_HINDI_HANGING_PREPARED,
    ...ROMANISED_PUNJABI_FAREWELL_AND_ITS_MEANS,
    ...ROMANISED_URDU_AND_HINDI_FAREWELL_AND_SAVED_PILLS,
    ...NEWBORN_TOLD_LATIN,
    ...POISONING_TRAUMA_AND_INFANT_LATIN,
    ...WHICH_PRODUCT_QUESTION_LATIN,
    ...ROMANISED_HINDI_INTENT_AND_CRISIS.phrases,
    ...ROMANISED_HINDI_SELF_HARM_AND_POISONING.phrases,
    ...ROMANISED_HINDI_WRISTS_CUT,
    ...ROMANISED_HINDI_HEAD_KNOCK_WITH_WHAT_FOLLOWED,
    ...ROMANISED_HINDI_BLEEDING_IN_PREGNANCY,
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): a gas cylinder
    // that burst, a current, hot oil; a charred mark, blisters, skin coming off; the face, hands, the whole belly. A
    // sunburn, burnt food and the idiom of a burning heart (jealousy) are read as what they are first.
    ['dhoop (?:mein|me|se) (?:\\p{L}+ ){0,2}(?:jal|jhulas)', 'sunburn'],
    ['dil (?:jal|jala)', 'i feel jealous'],
    [
      '(?:khana|roti|daal|dal|sabzi|sabji|chawal|doodh|cake|toast)(?: \\p{L}+)? (?:jal|jala) (?:gaya|gayi|gya|gyi|diya|di)',
      'the food was overcooked',
    ],
    [
      '(?:gas|cylinder|silinder|stove|chulha|geyser)(?: \\p{L}+){0,2} (?:phat|fat|blast ho|phoot)(?: (?:gaya|gayi|gya|gyi))?',
      'the gas canister exploded',
    ],
    [
      '(?:bijli|bijlee) (?:ka|ki) (?:current|karant|karent|jhatka|shock)|(?:current|karant|karent) (?:laga|lag gaya|lag gya|lagi)',
      'electric shock',
    ],
    ['(?:kala|kaala|jala hua) (?:nishaan|nishan|daag|dhabba)', 'a charred patch'],
    [
      '(?:chamdi|chamri|khaal|skin|twacha) (?:utar|udhad|nikal|chhil) (?:gayi|gyi|gaya|gya|rahi|rhi|aayi)',
      'skin peeling off',
    ],
    // A goodbye sent and then silence (Samaritans), unless it is a farewell to someone leaving (a transfer, a new job).
    [
      '(?:(?<=(?:transfer|tabadla|naukri chhod|job chhod|shift|vidaai|vidai|retire|farewell)[\\s\\S]*)|(?=[\\s\\S]*(?:transfer|tabadla|naukri chhod|job chhod|shift|vidaai|vidai|retire|farewell)))(?:alvida|alwida|goodbye)',
      'said farewell to a colleague who is leaving',
    ],
    ['alvida|alwida', 'goodbye'],
    [
      `${BESIDE_A_GOODBYE_LATIN}(?:phone|fone|call) (?:nahi|nhi|nahin) (?:utha|uthaa|utha rahi|utha raha|uthati|uthata)`,
      'is not answering his phone',
    ],
    ['(?:phone|fone|call) (?:nahi|nhi|nahin) (?:utha|uthaa|utha rahi|utha raha|uthati|uthata)', 'missed my call'],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    // A phone, an app or a game that "eats" the battery ("game ne saari battery kha li") is a drain, no swallowing.
    [
      '(?<!(?:phone|fone|mobile|app|game|laptop|video|youtube|reels)[^.,!?]{0,25})(?:button )?(?:cell|battery|betri|bettery)(?: \\p{L}+)? (?:nigal|nigl|kha|khaa|gatak) (?:liya|li|gaya|gayi|gya|gyi|lia)',
      'swallowed a button battery',
    ],
    [
      '(?<=(?:phone|fone|mobile|app|game|laptop|video|youtube|reels)[^.,!?]{0,25})(?:battery|betri|bettery|charging)(?: \\p{L}+)? (?:kha|khaa) (?:liya|li|gaya|gayi|gya|gyi|lia|jata|jati|jaati)',
      'drained the phone battery',
    ],
    // A nose blocked by a cold makes breathing through the nose hard: no breathing emergency.
    [
      '(?:naak|nak) (?:band|bund)|(?:naak|nak) se (?:saa?ns|sans) (?:lene (?:mein|me) )?(?:bahut )?(?:takleef|taklif|dikkat|pareshani)',
      'blocked nose from a cold',
    ],
    // A stranger collapsed: not moving, not breathing.
    ['hil (?:nahi|nhi|nahin) (?:raha|rahi|rha|rhi)', 'is not moving'],
    // Session 47 (T64): with the respectful plural told of an elder ("papa saans nahi le rahe").
    ['saans (?:nahi|nhi|nahin) (?:le|leh) (?:raha|rahi|rahe|rha|rhi|rhe|pa raha|pa rahi|pa rahe)', 'is not breathing'],
    // Breath: wheeze told as its sound; an infant's ribs drawn in (NICE NG143).
    [`${WHISTLE_IN_THE_BREATH}|ghar ?ghar|ghargharahat|seeti (?:jaisi )?(?:awaaz|aawaz|awaz)`, 'wheezing'],
    ['(?:pasliyan|pasliya|pasli)(?: \\p{L}+){0,4} (?:andar|ander) (?:ja|dhans|dhas|ghus)', 'ribs sucking in'],
    // Shock after fluid loss; heat stroke; a rigid belly; sudden loss of sight in one eye; danger in a psychosis.
    ['(?:chehra|chehre|rang) (?:safed|safaid|peela|pila|pheeka) (?:pad|ho) (?:gaya|gayi|gya|gyi)', 'pale'],
    ['(?:haath|hath) (?:pair|paon|paer) (?:thande|thanda|thandey|barf)', 'cold hands and feet'],
    ['chakkar (?:aa|aana|aaye|aate)', 'dizzy'],
    ['dast|loose motion|loose motions', 'diarrhoea'],
    [
      '(?:sharir|shareer|badan|body|jism) (?:aag|angaare|angare) (?:jaisa|jaise|ki tarah) (?:garam|tap|tapa)',
      'his body is burning hot',
    ],
    ['pasina (?:nahi|nhi|nahin|bilkul nahi|band)(?: (?:aa|nikal) (?:raha|rha|rahi))?', 'not sweating'],
    ['(?:behki|bahki)(?: (?:behki|bahki))? (?:baatein|baaten|batein|baat)|ulti seedhi (?:baatein|baaten)', 'confused'],
    ['lot ?pot', 'rolling around in pain'],
    ['pet (?:bilkul|ekdum|patthar jaisa|patthar ki tarah) (?:sakht|kada|kadak|tight)', 'abdomen rigid like a board'],
    [
      'ek aankh (?:se|mein|me) (?:dikhna|dikhai dena|dikhayi dena|dikh) (?:band|nahi|nhi)(?: (?:ho gaya|ho gya|de raha|raha))?',
      'cannot see in one eye',
    ],
    [
      'koi (?:usko|use|usse|mujhe|unko|isko) (?:maarna|marna|maar dena|jaan se maarna) (?:chahta|chahte|chahti)',
      'says people want to kill him',
    ],
    ['(?:chaaku|chaku|chhuri|churi|knife|talwar)(?: \\p{L}+)? (?:leke|lekar|le ke|haath mein)', 'holding a knife'],
    ['(?:bp|pressure|b\\.p\\.) (?:ki|ke|wali|waali)', 'blood pressure'],
    ['ek (?:saath|sath)', 'at once'],
    // A young infant's age in weeks told before the child (NICE: under 3 months with 38 °C or more is red).
    [
      '(?:\\d+) (?:hafte|hafta|hafton|week|weeks) (?:ka|ki|ke) (?:bacche|bachche|bache|bacchi|bachchi|bacha|bachha|bachcha)',
      '# weeks old baby',
    ],
    ['(?:peshab|pishab|urine) (?:pe |par )?(?:control|kabu|kaabu|qaabu) (?:nahi|nhi|nahin)', 'cannot control urine'],
    ['kamar (?:me |mein )?dard', 'back pain'],
    // A temperature is a young infant's only when told of the infant (NICE: under 3 months with 38 °C or more). The
    // writer's own fever told beside the baby's age ("may I breastfeed with my fever?") and the bath water's warmth are
    // read as what they are, so the baby's age never meets them as the baby's fever.
    [
      'mujhe (?:khud )?(?:bhi )?(?:\\d+(?:\\.\\d)? )?(?:bukhar|bukhaar|fever|taap)(?: \\d+(?:\\.\\d)?)?(?: (?:hai|h|ho gaya|hua|aa gaya))?',
      'i am unwell myself',
    ],
    [
      '(?:main|mai|kya main|kya mai) (?:doodh|dudh|feed) (?:pila|karwa|kara) (?:sakti|sakta) (?:hoon|hu|hun)',
      'can i breastfeed',
    ],
    // A turn from what is always so to something new: "hamesha jaisa, par aaj ..." (issue 11 review).
    ['(?:par|lekin|magar|pr) (?:aaj|is baar|iss baar|abki baar)', 'but this time'],
    // Session 47 (T64): as much as every day ("aaj bhi utni hi jitni roz"): the same as the person's usual.
    [
      '(?:hamesha|humesha|roz) (?:jaisa|jaisi|jaise|ki tarah)|pehle jaisa hi|wahi purana|(?:utni|utna|utne|waisi|waisa|waise) hi (?:jitni|jitna|jitne|jaisi|jaisa|jaise) (?:roz|hamesha|humesha|pehle)',
      'as always',
    ],
    ['aaram (?:mein|me) bhi|aaram karte hue(?: bhi)?|baithe baithe', 'at rest'],
    // Session 38: suicidal intent and self-harm by their parts (NHS 111 / Samaritans): not wanting to live, ending
    // one's life, a wish to die with any verb of wanting (never dying of hunger, heat or laughter), a plan told in the
    // future or as "about to"; a suicide inside a film or the news stays a story (read by the older phrases).
    [
      '(?:jeena|jina|jeene|jine) (?:nahi|nhi|nahin) (?:hai|h|chahta|chahti|chahata|chahati)|(?:nahi|nhi) (?:jeena|jina)|(?:jeene|jine) ka (?:mann|man|mn|dil) (?:nahi|nhi|nahin)',
      'i do not want to live',
    ],
    [
      '(?:zindagi|jindagi|zindgi|jindgi) (?:khatam|khtm|khatm) (?:karni|karna|krni|krna|kar dunga|kar dungi|kar lunga|kar lungi)|(?:khud|apne aap) ko (?:khatam|khtm|khatm) (?:karna|krna|kar dunga|kar dungi|kar lunga|kar lungi)',
      'i want to end my life',
    ],
    [
      '(?<=(?:jeena|jina|jee|ji|jeene|zindagi|jindagi|zindgi)[^.,!?]{0,30})sab (?:khatam|khtm|khatm) (?:(?:karna|krna) (?:chahta|chahti|hai|h)|kar (?:dunga|dungi|lunga|lungi))',
      'i want to end it all',
    ],
    // Session 59 (T114): ending it all told beside a means at hand (NICE NG225: a plan with means), not beside life.
    [
      `sab (?:khatam|khtm|khatm) kar (?:dunga|dungi|lunga|lungi|denge)${toldAnywhere('(?:rassi|rasi|fansi|phansi|fanda|phanda|goliyan|goliya|zeher|zehar|jahar|chhat se|chat se|pul se|nas kaat|blade)')}`,
      'i want to end it all',
    ],
    [
      '(?<!(?:bhook|bhookh|bhuk|garmi|thand|hanste|haste|thakan)[^.,!?]{0,20})(?:mar (?:jaun|jau|jaaun|jaau|jana chahta|jana chahti|jaana chahta|jaana chahti|jaana hai|jana hai)|marne ka (?:mann|man|mn|dil) (?:karta|hota|kar raha))(?![^.,!?]{0,12}(?:bhook|bhookh|bhuk|garmi|thand|hans|has|thakan))',
      'i want to die',
    ],
    [
      '(?<!(?:bhook|bhookh|bhuk|garmi|thand|hanste|haste|thakan)[^.,!?]{0,20})(?:(?:jeene|jine) ki (?:koi )?(?:wajah|wajeh|umeed) (?:nahi|nhi|nahin)|(?<!(?:bina|baghair|bagair) )(?:nahi|nhi|nahin) (?:jee|ji) (?:sakta|sakti|skta|skti))',
      'i do not want to live',
    ],
    [
      '(?:train|gaadi|gadi|truck|bus)(?: ke)? (?:aage|samne|saamne|neeche|niche) (?:kood|koodne|kud|kudne|lait|let)(?: (?:jayega|jayegi|jaunga|jaungi|jaaunga|jaaungi|jaane|ne wala|ne wali|gaya|gayi))?|(?:chhat|chat|pul|building|balcony|terrace) se (?:kood|kud) (?:jayega|jayegi|jaunga|jaungi|jaaunga|jaaungi)',
      'he says he will kill himself by jumping off the roof',
    ],
    [
      '(?:poori|puri|pura|poora|saari|sari|ek) (?:bottle|botal|shishi|patta|pattaa|strip|dibba|dabba)(?= (?:\\p{L}+ ){0,2}(?:syrup|dawai|dawa|goli|goliyan|tablet|tablets|capsule|paracetamol|crocin|dolo|combiflam|calpol)(?: \\p{L}+){0,2} (?:kha|khaa|pi|pee|nigal|gatak)(?![\\p{L}]))',
      'a whole pack of',
    ],
    [
      '(?:pasliyan|pasliya|pasli) (?:andar|ander) (?:ja|dhans|dhas) (?:rahi|rhi|raha)',
      'chest sucking in with every breath',
    ],
    ['saans (?:bahut |bohot |bht )?(?:tez|jaldi jaldi) (?:chal|le) (?:rahi|raha|rhi|rha)', 'breathing very fast'],
    [
      'suicide (?:karne|krne) (?:wala|wali|ja raha|ja rahi|jaa raha|jaa rahi)|suicide (?:karunga|karungi|kar lunga|kar lungi|krunga|krungi)',
      'i am going to kill myself',
    ],
    [
      '(?:(?:chuhe|chuha|choohe|keede|keeda|kide) (?:maarne|marne|mar) (?:ki|wali) (?:dawai|dawa|goli)|keetnashak|ratol|rat kill|chuha maar) (?:kha|pi|pee|nigal) (?:li|liya|lia|gaya|gayi)',
      'swallowed rat poison',
    ],
    [
      '(?:aadhi|adhi) (?:bottle|botal|shishi|patta|pattaa|strip|dibba|dabba)(?= (?:\\p{L}+ ){0,2}(?:syrup|dawai|dawa|goli|goliyan|tablet|tablets|capsule|paracetamol|crocin|dolo|combiflam|calpol)(?: \\p{L}+){0,2} (?:kha|khaa|pi|pee|nigal|gatak)(?![\\p{L}]))',
      'half a bottle of',
    ],
    // A scald with blisters; "chhala nahi" is a splash without one.
    [
      '(?:(?:par|pe|pr|ke upar) )?(?:garam|khaulta|khaulti|ubalta|ubalti|ubalte|khaulte) (?:chai|paani|pani|tel|doodh|dudh)(?: \\p{L}+)? (?:gir|gira|giri|pad|padh|ulat) (?:gayi|gaya|gya|gyi|gai)',
      'scalded by boiling water',
    ],
    ['(?:chhala|chhale|chala|chale|phaphola|fafola) (?:nahi|nhi|nahin)', 'no blisters'],
    ['(?:bade bade|bde bde|bade|bde|bahut bade) (?:chhale|chale|chhaale|phaphole|fafole)', 'big blisters'],
    ['(?:chhale|chhaale|phaphole|fafole)', 'blisters'],
    // Breath too short to talk, bleeding that will not stop, a deep cut.
    ['saans (?:itni )?(?:phool|fool) (?:rahi|gayi|gai|rhi)', 'breathless'],
    [
      // Speech lost for breath only where the breath is told before it: speech lost bare is a stroke's (older phrases).
      '(?<=(?:saans|sans|dum)[^.!?]{0,40})(?:(?:bol|baat kar|baat) (?:bhi )?(?:nahi|nhi|nahin) (?:pa|paa) (?:rahe|raha|rahi|rhe|rha|rhi)|bolte (?:nahi|nhi) ban (?:raha|rahi))',
      'cannot finish a sentence',
    ],
    ['(?:gehra|gahra|gehri|gahri) (?:kat|ghaav|ghav|zakhm|chot)', 'deep cut'],
    ['khoon (?:band|ruk|tham) (?:hi )?(?:nahi|nhi|nahin) (?:ho )?(?:raha|rahi|rha|rhi)', 'the bleeding will not stop'],
    // Danger in a psychosis: voices, threats to kill, nights without sleep.
    ['(?:awaaz|awaz|aawaz)(?:ein|en|e|ien)? (?:sun|sunai de) (?:raha|rahi|rahe|rha|rhi)', 'hearing voices'],
    ['(?:maarne|marne|maar dene|jaan se maarne) ki (?:dhamki|dhamkee)', 'threatening to kill people'],
    ['(?:\\d+|kai|do|teen|char) din se (?:soya|soyi|so) (?:nahi|nhi|nahin)', 'has not slept for days'],
    // A chemical in the eye; back pain with numb legs and the bladder lost; a belly hard as stone.
    [
      '(?:aankh|ankh|aank|aankhon) (?:mein|me|mai) (?:chuna|choona|tezaab|tejab|acid|bleach|phenyl|harpic|chemical)',
      'bleach splashed in the eye',
    ],
    ['kamar (?:mein|me|mai) (?:bahut |tez |bohot )?dard', 'back pain'],
    ['(?:dono )?(?:pair|pau|paon|tange|taange) (?:sunn|sun|kamzor|kamjor|bejaan)', 'both legs numb and weak'],
    [
      '(?:peshab|pishab|susu) (?:nahi|nhi|nahin) (?:ho raha|ho rha|utar raha|aa raha|nikal raha)|(?:peshab|pishab) (?:ruk gaya|pe control nahi)',
      'cannot pass urine',
    ],
    ['pet (?:patthar|pathar) (?:jaisa|jaise|ki tarah) (?:sakht|kada|hard)', 'rigid belly hard as a board'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    ['soft spot (?:andar )?(?:dhans|dhas|baith|dab) (?:gaya|gayi)', 'soft spot sunken'],
    ['doodh (?:bilkul )?(?:nahi|nahin) (?:pee|pi) (?:raha|rahi)', 'not drinking milk'],
    [
      '(?:khoon|khun) (?:rukat|rukta|ruk|band|tham|thamat)(?: ho)? (?:nahi|nahin|nai|na)(?: (?:ho|ba|hai|raha|rahi|rha|rhi))*',
      'the bleeding will not stop',
    ],
    [
      '(?:khoon|khun) (?:ruk|band ho|tham) (?:hi )?(?:nahi|nahin|nai) (?:raha|rahi|rha|rhi)|(?:khoon|khun) (?:nahi|nahin) (?:ruk|tham) (?:raha|rahi)',
      'the bleeding will not stop',
    ],
    [
      '(?:khud|apne aap) ko (?:khatam|khatm|maar|mar) (?:kar )?(?:dunga|dungi|lunga|lungi|doonga|dega|degi|lega|legi|denge|lenge)|(?:saari|sari|sab) (?:neend ki )?goliyan (?:kha|nigal) (?:lunga|lungi|loonga)|(?:pul|chhat|building) se kood (?:jaunga|jaungi|jaoonga)',
      'i will kill myself tonight',
    ],
    [
      'jawab (?:nahi|nahin|nai) (?:de|dete|deti) (?:raha|rahi|rahe|rha|rhi)|(?:uth|jag) (?:nahi|nahin) (?:raha|rahi|rahe)',
      'not responding',
    ],
    ['(?:haath|baazu|bazu|baju) (?:mein )?(?:kamzor|sunn|bejaan)(?: ho)?(?: gaya| gayi| hai)?', 'suddenly weak arm'],
    [
      '(?:bolne|baat karne) (?:mein|me) (?:dikkat|mushkil|takleef|pareshani)|(?:awaaz|aawaz|zubaan|zuban) (?:ladkhada rahi|ladkhada raha|ajeeb ho gayi|atak rahi|lad khada rahi)',
      'slurred speech',
    ],
    // Issue 11 breadth: the parts a finding is told with, typed in Latin letters.
    [
      '(?:gale|gala|gle) (?:mein|me|mai) (?:\\S+ )?(?:phans|phas|fans|fas|atak)(?: gaya| gayi| gya| gyi)?',
      'choking on something stuck in the throat',
    ],
    ['ek (?:aankh|ankh|aank) (?:se|mein|me)', 'in one eye'],
    [
      '(?:dikhna|dikhai dena) band (?:ho )?(?:gaya|gayi|gya|gyi)?|(?:dikh|dikhai de) (?:nahi|nhi|nahin) (?:raha|rahi|rha|rhi)',
      'cannot see',
    ],
    ['(?:zindagi|jindagi|zindgi) (?:ka|me|mein) sabse (?:bura|tez|kharab|bhayanak)', 'the worst headache of my life'],
    ['(?:sir|sar|sr) ?dard', 'headache'],
    ['(?:ruk|tham|band ho) (?:hi )?(?:nahi|nhi|nahin) (?:raha|rahi|rahe|rha|rhi)', 'will not stop'],
    // Session 37: "kaam mein doob gaya" (sunk in work) is an idiom, no drowning; gait lost at once; alcohol withdrawal
    // (stopped drinking, shaking, seeing what is not there); heat stroke (a hot body without sweat in the heat).
    [
      '(?:kaam|padhai|padai|karz|karza|karze|soch|khayalon|kitabon) (?:mein|me|mai|mei|main) doob\\p{L}*(?: (?:gaya|gayi|gaye|gya|gyi|hua|hui|raha|rahi))?',
      'was very busy',
    ],
    // "kam paani mein doob gaya" (went under in shallow water) is a drowning: "kam" (little) is no work, and the
    // sunk-in noun stands right before the postposition. Sunk in grief is grief, never busyness.
    // Session 58 (T109): alcohol withdrawal told by its signs (NICE CG100: delirium tremens): drinking stopped, insects seen
    // on the wall.
    [
      '(?:daaru|daru|sharab|sharaab)[^.!?]{0,40}? (?:band|chhod|chod) (?:kiya|kar diya|kar di|kardi|diya|di|kiye)',
      'stopped drinking',
    ],
    [
      '(?:deewar|diwar|deewaar|chhat|bistar|zameen|farsh)(?: \\p{L}+)? (?:pe|par|pr) (?:keede|keedey|kide|kide|kire|machhar|cheenti|cheentiyan|saanp)(?: \\p{L}+)? (?:chal|reng|dikh|ghoom)',
      'sees insects on the wall',
    ],
    [
      '(?:gham|gam|gum|dukh|sadme) (?:mein|me|mai|mei|main) doob\\p{L}*(?: (?:gaya|gayi|gaye|gya|gyi|hua|hui|raha|rahi))?',
      'is deeply grieving',
    ],
    ['chal (?:nahi|nhi|nahin) (?:pa|paa|sak) (?:raha|rahi|rahe|rha|rhi)', 'cannot walk'],
    [
      'ek (?:aankh|ankh|aank) se (?:dikh|dikhai de|dikhayi de) (?:nahi|nhi|nahin) (?:raha|rahi|rha|rhi)',
      'cannot see in one eye',
    ],
    [
      '(?:daaru|daru|sharab|sharaab|alcohol)(?: \\p{L}+){0,2} (?:nahi|nhi|nahin) (?:pi|piya|pee|li)|(?:daaru|daru|sharab|sharaab) (?:chhod|chod|band kar)\\p{L}*',
      'stopped drinking alcohol',
    ],
    ['(?:haath|hath|badan|sharir|sharir) (?:kaanp|kanp|kaamp|kamp)\\p{L}*', 'shaking'],
    // Session 51: the shaking, the sweat and the not knowing one's family of alcohol withdrawal (NICE CG100), told with a
    // continuous verb and no body part; a fit's limbs jerking and the froth at the mouth (NICE NG217).
    ['(?:kaanp|kanp|kaamp|kamp|kaanpte|kanpte) (?:rahe|raha|rahi|rhe|rha|rhi)', 'shaking'],
    ['(?:pasina|paseena|pasine|paseene) (?:aa|a|chhoot|chhut|nikal) (?:raha|rahe|rahi|rha|rhe|rhi)', 'sweating'],
    [
      '(?:(?:kisi|kisi ko|kisiko|ghar walon ko|gharwalon ko|humein|hume|hamein|hamko|mujhe|apno ko) )?(?:pehchaan|pehchan|pahchan|pahchaan|pehchaan bhi|pehchan bhi) (?:nahi|nhi|nahin) (?:rahe|raha|rahi|pa rahe|pa raha|pa rahi|paa rahe|rhe|rha)',
      'does not recognise his family',
    ],
    [
      '(?:haath|hath) (?:pair|paer|paon|pao|paanv) (?:jhatak|jhatke|jhatka|jhatak rahe|akad)\\p{L}*',
      'arms and legs jerking',
    ],
    ['(?:munh|muh|mooh|munha|muhn) (?:se|me|mein|mai) (?:jhaag|jhag|jhaaag|jhaga|fen)', 'froth at the mouth'],
    // Romanised Urdu, read by this lexicon: the testicle ("fotay", "khusye") and "severe" ("shadeed") of a torsion.
    ['(?:fotay|fote|fota|fotey|fotoon|khusye|khusiye|khusiya|khusyon|andkosh)', 'testicle'],
    ['(?:shadeed|shadid|shaded)', 'severe'],
    [
      '(?:cheezein|cheeze|chize|chizen|log|keede|keeде) (?:dikh|dikhai de) (?:rahi|rahe|raha) (?:hain|hai|h) jo (?:hai hi nahi|hain hi nahi|nahi hai|hai hi nhi)',
      'seeing things that are not there',
    ],
    ['(?:garmi|dhoop|dhup|loo) (?:mein|me|mai)', 'in the heat'],
    ['chakkar (?:aake|aa ke|khake) gir (?:gaya|gayi|gya|gyi|pada|padi)', 'dizzy and collapsed'],
    ['(?:badan|sharir|body) (?:tap|jal|garam ho) (?:raha|rahi|rha)', 'his body is burning hot'],
    ['(?:pasina|paseena) (?:nahi|nhi|nahin) (?:aa|a) (?:raha|rahi|rha)', 'not sweating'],
    // Session 37: a young infant's age in weeks or days, told of the child ("3 hafte ka hai"), never a duration
    // ("3 din ka bukhar"): NICE's red, under 3 months with 38 °C or more; a snake's bite, the biter first.
    [
      '(?:\\d+|ek|do|teen|tin|char) (?:hafte|hafta|hafton|week|weeks) (?:ka|ki|ke)(?= (?:hai|hain|h|ho|baby|bacha|bachha|bachcha|bachi|bachchi|beta|beti))',
      '# weeks old',
    ],
    [
      '(?:\\d+) (?:din|dino|dinon|days|day) (?:ka|ki|ke)(?= (?:hai|hain|h|ho|baby|bacha|bachha|bachcha|bachi|bachchi|beta|beti))',
      '# days old',
    ],
    [
      '(?:saanp|saap|sanp|saamp|samp|saanpa|nag|naag|cobra|snake)(?: ne)? (?:\\p{L}+ ){0,2}?(?:kaata|kaat|kata|kat|kaatliya|dasa|das|dans|dansa|dank|bite)\\p{L}*',
      'bitten by a snake',
    ],
    ['(?:daura|daure|jhatke) (?:pada|pade|aaya|aaye|aya) (?:hai|h|hain)', 'had a seizure'],
    ['(?:neend|nind|sone) (?:ki|wali) (?:goliyan|goliyaan|goli|dawai|dawa)', 'sleeping pills'],
    // A child who swallowed tablets: a poisoning, told in the English order (see the Devanagari phrase).
    [
      '(?<=(?:bache|bachche|bachhe|bacche|bacha|bachha|bachcha|beta|bete|beti|baby|pota|pote|poti|saal ke|saal ki|sal ke|sal ki|mahine ke|mahine ki)[^,.]{0,30})(?:goliyan|goliyaan|goli|dawaiyan|dawai|dawa|tablets|tablet) (?:kha|nigal) (?:li|liya|lin|lii|gaya|gayi|gya|gyi)',
      'swallowed the pills',
    ],
    [
      '(?:goliyan|goliyaan|goli|dawaiyan|dawai|dawa|tablets|tablet) (?:kha|nigal) (?:li|liya|lin|lii|gaya|gayi|gya|gyi)',
      'pills swallowed',
    ],
    ['(?:kha|nigal) (?:li|liya|lin|lii)', 'swallowed'],
    ['(?:apni |apna )?(?:kalai|nas|nasen) kaat (?:li|liya|di)', 'i cut my wrists'],
    ['suicide (?:karna|krna) (?:chahta|chahti|chahata|chahati)', 'i want to commit suicide'],
    [
      '(?:paani|pani) ki thaili phat (?:gayi|gai|gaya)|(?:paani|pani) (?:gir|nikal|toot|beh) (?:gaya|raha|aaya|gya)',
      'waters broke',
    ],
    ['(?:dheela|dheeli|dhila|dhili|sust) (?:pad|ho) (?:gaya|gayi|gya|gyi)', 'floppy'],
    // Session 58 (T109): a baby told floppy and not even crying (NICE NG143: floppy, weak cry); trousers or a screw told
    // "dheela" (loose) are not a baby.
    [
      `(?<=(?:baby|bachch|bacch|navjaat|shishu|munna|munni)\\p{L}*(?: \\p{L}+){0,2} )(?:bilkul|ekdum|ek dum|poora|pura|bahut) (?:dheela|dheeli|dhila|dhili|dhela)${toldNowhere('(?:pant|kapd|shirt|jeans|pajama|belt|screw|joota|juta|chappal|diaper|nappy|langot)')}`,
      'floppy',
    ],
    [
      `(?:ro|rota|roti) (?:bhi|tak) (?:nahi|nhi|nahin) (?:raha|rahi|rha|rhi|pa raha|pa rahi)${toldAnywhere('(?:baby|bachch\\p{L}*|bacch\\p{L}*|navjaat|shishu|munna|munni)')}`,
      'not even crying',
    ],
    ['(?:sir|sar) (?:par|pe|mein|me) (?:chot|maar)(?: lagi| lag gayi| laga)?', 'hit his head'],
    ['(?:sir|sar) se', 'from the head'],
    ['khoon (?:beh|bah) (?:raha|rahi|rha)', 'bleeding heavily'],
    ['baar baar|bar bar|baar-baar', 'repeatedly'],
    ['accident (?:ho )?(?:gaya|gayi|gya|hua)', 'car accident'],
    ['(?:doob|dub) (?:gaya|gayi|gya|gyi|raha)', 'drowned'],
    ['agar (?:kabhi|kisi din|ek din)', 'if i ever get'],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    [
      '(?:phenyl|phinyl|harpic|kerosene|mitti ka tel|tezaab|tezab|tejab|keetnashak|keede maar|zeher|zehar|jahar|chuhe maar|bleach|colin|acid|sanitizer)(?: \\S+){0,2} (?:pee|pi|kha|gatak) (?:liya|li|gaya|gayi|liye)',
      'drank bleach',
    ],
    // Session 52 (T82): a poison "taken" ("zeher le liya"), not only drunk or eaten; "le liya" is also "got" (bought),
    // so a poison got at a shop, for the fields or for the rats at home is no poisoning, nor one taken in a film or a
    // play: read only after the one who took it ("usne", "X ne"), and not told as a story's past ("le liya tha").
    [
      `(?<=(?<![\\p{L}])(?:usne|unhone|isne|inhone|maine|mainne|\\p{L}+ ne)(?: \\S+){0,3} )(?:zeher|zehar|jahar|zahar|chuhe maar(?: dawai)?|keede maar(?: dawai)?|sulfas|celphos)(?: \\S+){0,2} (?:le|la) (?:liya|li|lia|liye)(?! (?:tha|thi))${toldNowhere('bazaar|bazar|dukaan|dukan|market|kharid|khet|fasal|film|movie|serial|drama|natak|naatak|kahani|story|hero|heroine|picture')}(?![^]*(?:(?<![\\p{L}])ke liye|ghar mein chuhe))`,
      'took poison',
    ],
    ['(?:jal|jhulas|jhuls) (?:gaya|gayi|gaye|gya|gyi)', 'burned'],
    ['(?:garam|ubalta|ubalte|khaulta|khaulte) (?:paani|pani|tel|chai|doodh)(?: se)?', 'with boiling water'],
    [
      '(?:poora|pura|poori|puri|saara|sara|saari|sari) (?:haath|hath|pet|seena|chhati|peeth|chehra|pair|badan)',
      'the whole chest',
    ],
    [
      '(?:madhumakhi|madhu makhi|makhi|bee|tatiya|tatayya|bhir|bhiran|bichhu|bichoo)(?: ne)? (?:kaata|kaat liya|kaat li|kat liya|dank mara|dank maara|dank maar diya)',
      'stung by a bee',
    ],
    [
      `(?:${BESIDE_A_COLD_ALONE}gala band|gala (?:sujh|suj|sooj)) (?:ho raha|ho rahi|ho gaya|lag raha|lag rahi|raha|gaya|rahi)`,
      'throat closing',
    ],
    ['(?:muh|munh|mooh|chehra)(?: \\S+){0,4} (?:tedha|terha|latak)', 'face drooping'],
    ['(?:bol|baat kar) (?:nahi|nhi) (?:pa|paa) (?:raha|rahi|rahe)', 'cannot speak'],
    ['(?:chal|khade ho|uth) (?:nahi|nhi) (?:pa|paa) (?:raha|rahi|rahe)', 'cannot walk'],
    ['ek (?:taraf|side) (?:kamzori|kamjori|sunn)', 'weakness on one side'],
    [
      '(?:seene|chhati|chati|seena)(?: (?:mein|me))?(?: \\S+){0,3} (?:pressure|bhaaripan|bhaari|jakdan|dabav)',
      'pressure in the chest',
    ],
    ['pasine se bheeg (?:gaye|gaya|gayi)|paseene se tar', 'drenched in sweat'],
    ['aadhe ghante se', 'for 30 minutes'],
    ['jeene ka mann (?:nahi|nhi|nahin)(?: karta| karti)?', 'i do not want to live'],
    [
      '(?:pankhe|fan) se latak (?:jaunga|jaungi|jaaunga)|phansi (?:laga|lagaa) (?:lunga|lungi)|faansi',
      'i will hang myself tonight',
    ],
    // Session 58 (T109): a hanging threatened of another, in the third person or the plural of respect ("papa ne kaha wo
    // phansi laga lenge"), not in a film, a story or a court's sentence.
    [
      `(?:phaansi|phansi|fansi|phasi|fanda|phanda) (?:laga|lagaa|lga) (?:lega|legi|lenge|lengi|loonga|loongi)${toldNowhere('(?:film|movie|serial|drama|natak|kahani|story|hero|heroine|picture|saza|saja|court|adalat)')}`,
      'he will hang himself',
    ],
    ['chhat se (?:koodne|kudne)', 'tried to jump from the roof'],
    // Session 57 (T103): blood in a jet ("khoon ki dhaar"), and a bleed after a delivery that fills pads (NICE NG235,
    // postpartum haemorrhage).
    ['khoon ki (?:dhaar|dhar|pichkari|fuhaar)', 'blood spurting'],
    [
      '(?:delivery|dilivery|dileevari|prasav|janam dene) (?:ke|k) (?:baad|bad) (?:se )?(?:bahut|bohot|bahot|itna|zyada|jyada) (?:sara |saara )?khoon (?:ja|beh|nikal|aa|gir) (?:raha|rahi|rha|rhi)(?: hai| h)?',
      'heavy bleeding after delivery',
    ],
    [
      '(?:\\d+|do|teen|char|chaar|paanch) (?:pad|pads|kapde) (?:bhar|bheeg|geele|gile) (?:gaye|gye|gaya|chuke)',
      'pads soaked',
    ],
    // Session 57 (T103): a hanging tried or done, told with "koshish" or a finished verb; a hanging in a film or the
    // gallows of a court stay quiet ("phaansi ki saza").
    [
      '(?:phaansi|phansi|faansi|fansi|phasi|fasi|fanda|phanda) (?:lagane|lagaane|lagana|laga ke|lagake|lagaake) (?:ki )?(?:koshish|kosis|koshis|try)',
      'tried to hang himself',
    ],
    [
      '(?:phaansi|phansi|faansi|fansi|phasi|fasi|fanda|phanda) (?:laga li|lagaa li|laga liya|lagaa liya|lagali|laga lee|le li|lagayi|lagai)',
      'hanged himself',
    ],
    ['suicide kar (?:lunga|lungi|lena)', 'i will kill myself'],
    ['har baar|jab bhi', 'every time'],
    ['paseena (?:nahi|nhi|nahin)', 'no sweating'],
    [
      '(?:saa?ns|sans) (?:ki |mein )?(?:koi )?(?:dikkat|takleef|taklif|pareshani) (?:nahi|nhi|nahin)',
      'no difficulty breathing',
    ],
    ['(?:sharm|bhookh|bhook|dar|garmi|hans hans) (?:se|ke) (?:mar|mara|mari)', 'feel embarrassed'],
    ['kaise pata (?:kare|karein|chalega|karu)', 'how do i know if'],
    ['kabhi kabhi|kabhi-kabhi', 'sometimes'],
    ['thoda|thodi', 'a little'],
    ['hamesha', 'always'],
    ['agar (?:kisi ko )?', 'if someone '],
    ['(?:to )?kya (?:karein|karen|karu|karun|kare|karna chahiye)', ', what should i do'],
    ['(?:ke )?lakshan kya (?:hain|hai)', 'what are the symptoms'],
    ['(?:kya )?(?:ye |yeh )?normal (?:hai|h)', 'is it normal'],
    ['(?:\\d+|bees|das|aadhe) (?:minute|min|ghante) se', 'for # minutes'],
    ['(?:ek|do|\\d+) (?:hafte|hafta|week) se', 'for weeks'],
    ['(?:kai|\\d+|do|teen) (?:mahino|mahine|month) se', 'for months'],
    ['pichhle saal|pichle saal|last year', 'last year'],
    ['bachpan (?:mein|me)', 'as a child'],
    ['achanak', 'suddenly'],
    ['(?:khaanste|khanste|khansi (?:karte|aate)) (?:waqt|samay|time)', 'when i cough'],
    ['(?:seedhi|seedhiyan|sidhi) chadhte (?:waqt|samay|time)', 'when i climb stairs'],
    [
      '(?:saa?ns|sans) (?:nahi|nahin|nhi) (?:aa rahi|aa raha|le pa raha|le pa rahi|le paa raha|le paa rahi)',
      'cannot breathe',
    ],
    ['(?:saa?ns|sans) (?:lene (?:mein|me) )?(?:bahut )?(?:takleef|taklif|dikkat|pareshani)', 'difficulty breathing'],
    ['(?:saa?ns|sans) (?:phool|phoolti|phool rahi|ful)', 'short of breath'],
    ['(?:saa?ns|sans) (?:ruk gayi|band)', 'is not breathing'],
    ['(?:hont|honth|hoth) (?:neele|nile|baingani)', 'blue lips'],
    // A mild pain in the chest is read word by word, as its Devanagari twin (session 41).
    [
      '(?:seene|seeney|seeny|chhati|chati|seena)(?: (?:mein|me))?(?: (?!halka|halki|hlka|thoda|thodi|thora|thori)\\S+){0,3} dard',
      'chest pain',
    ],
    ['(?:baayein|baye|left) (?:haath|hath|arm) (?:tak|mein|me) (?:ja raha|fail)', 'spreading to the left arm and jaw'],
    ['thanda paseena', 'cold sweat'],
    ['paseena (?:aa raha|aa rahi|aa rahe)|paseene', 'sweating'],
    ['behosh|hosh (?:mein |me )?(?:nahi|nhi|nahin)', 'unconscious'],
    ['(?:nabz|nabj|pulse|dhadkan) (?:nahi|nhi|nahin)(?: \\S+){0,2}', 'no pulse'],
    ['(?:uth|jag) (?:nahi|nhi) (?:raha|rahi|rahe)', 'will not wake up'],
    ['(?:muh|munh|mooh|chehra) (?:tedha|terha|latak)', 'face drooping'],
    [
      'bol (?:nahi|nhi) (?:pa raha|pa rahi|paa raha|paa rahi|sakta|sakti)|zuban ladkhada',
      'cannot speak and slurred speech',
    ],
    ['lakwa|lakva', 'stroke'],
    ['(?:daura|daure|jhatke) (?:pad raha|pad rahe|pad rahi|aa rahe|aa raha)', 'he is having a seizure'],
    ['(?:daura|daure) (?:pada|pade) (?:tha|the)', 'had a seizure'],
    ['daura|daure|mirgi|jhatke', 'seizure'],
    [
      '(?:saari|sari|bahut saari|bahut) (?:goliyan|goliyaan|dawaiyan|dawai) (?:kha|nigal) (?:li|liya|gaya|gayi)',
      'took all the pills',
    ],
    ['khoon ki (?:ulti|ultee)', 'vomiting blood'],
    ['(?:bahut )?khoon (?:beh raha|nahi ruk|nhi ruk)', 'bleeding heavily and it will not stop'],
    ['gardan (?:akad|akadna|mein akdan)', 'stiff neck'],
    ['marna chaht(?:a|i) (?:hoon|hun|hu)|mar jana chaht(?:a|i)', 'i want to die'],
    ['aatmahatya|atmahatya|khudkushi|khud ko maar', 'i want to kill myself'],
    ['garbhvati|garbhwati', 'pregnant'],
    ['(?:\\d+|do|ek) (?:mahine|mahina) (?:ka|ki)', '# months old'],
    ['bukhar (?:nahi|nhi|nahin) (?:hai|h)', 'has no fever'],
    [
      '(?:ab|aaj)(?: \\S+){0,2} (?:theek|thik|thick|sahi|normal) (?:hai|hu|hun|hoon|h|hain|ho gaya|ho gayi|lag raha|lag rahi)|(?:theek|thik) ho (?:gaya|gayi|gaye)',
      'is fine now',
    ],
    ['halka bukhar', 'mild fever'],
    ['mere (?:bete|beta)', 'my son'],
    ['meri beti', 'my daughter'],
    ['meri (?:maa|mummy|mammi|mata)|mummy', 'my mother'],
    ['mere (?:papa|pita|pitaji)|papa', 'my father'],
    ['mere pati', 'my husband'],
    ['meri (?:patni|biwi)', 'my wife'],
    // Session 39: the face, hands and a mother read alone, after every phrase that holds them (a face that droops).
    ['(?:chehra|chehre|chehera)', 'face'],
    ['haath|hath|hathon|haathon', 'hands'],
    ['maa', 'my mother'],
    ...ROMANISED_HINDI_FINDINGS.phrases,
    ...ROMANISED_HINDI_MODIFIERS,
    ...ROMANISED_HINDI_EVERYDAY.phrases,
  ],
  negationAfter:
    '(?:nahi|nahin|nhi|nai)(?: bhi)?(?: (?:hai|h|hain|hua|hui|hue|tha|thi|the|hua tha|hui thi|ki|kiya|kia|ki thi|kiya tha))?(?= ?(?:[,.!?;]|$|(?:par|pr|lekin|aur|bas|magar|ab|sirf)(?!\\p{L})))',
  words: {
    ...ROMANISED_HINDI_EVERYDAY.words,
    ...ROMANISED_HINDI_INTENT_AND_CRISIS.words,
    ...ROMANISED_HINDI_SELF_HARM_AND_POISONING.words,
    // Issue 11 breadth: the persons and parts read one by one.
    bhai: 'brother',
    behen: 'sister',
    dadi: 'grandmother',
    nani: 'grandmother',
    dada: 'grandfather',
    padosi: 'neighbour',
    beta: 'son',
    bete: 'son',
    goliyan: 'pills',
    hont: 'lips',
    honth: 'lips',
    jeebh: 'tongue',
    sooj: 'swollen',
    halka: 'mild',
    halki: 'mild',
    nahi: 'not',
    nahin: 'not',
    nhi: 'not',
    aur: 'and',
    lekin: 'but',
    par: 'but',
    bahut: 'very',
    bukhar: 'fever',
    khansi: 'cough',
    khoon: 'blood',
    dard: 'pain',
    baccha: 'child',
    bachcha: 'child',
    hai: 'is',
    hain: 'are',
    abhi: 'now',
    aaj: 'today',
    bas: 'only',
    madad: 'help',
    ulti: 'vomiting',
    kamzori: 'weakness',
    saal: 'years old',
    ki: '',
    ke: '',
    ka: '',
    ko: '',
    mein: 'in',
    raha: '',
    rahi: '',
    rahe: '',
    ho: '',
  },
};
