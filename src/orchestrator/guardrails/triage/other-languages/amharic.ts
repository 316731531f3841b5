import { AMHARIC_BLOOD_POURED } from './blood-poured-or-spat-told-in-its-own-verbs.js';
import { AMHARIC_NO_ANSWER_AFTER_A_FALL } from './no-answer-after-a-fall-told-in-dialect.js';
import { AMHARIC_EVERYDAY_PHRASES } from './everyday-words/amharic.js';
import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 54 (T89): Amharic, in the Ge'ez script and in the Latin letters people type it in on a phone ("derete
 * yamegnal"). The verb closes the clause and carries the person ("ያመኛል": it hurts me, "ያመዋል": it hurts him, "ያማታል":
 * her); the negative wraps the verb ("አልቻለም": he could not, itself the emergency with "መተንፈስ": breathe, read as a
 * phrase first), and "የለም" / "የለበትም" (there is none, he has none) after a finding deny it.
 */
const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:ደረቴን|ደረቱን|ደረቷን|ደረቴ|ደረቱ|ደረቷ)(?: ላይ)? (?:በጣም )?(?:ያመኛል|ያመዋል|ያማታል|ያመኝ|ይጫነኛል|ይጫነዋል|ወጋኝ|ወጋው|ይወጋኛል|ይወጋዋል)|(?:ከባድ )?(?:የደረት|ደረት ላይ) (?:ህመም|ሕመም|ውጋት)',
    'chest pain',
  ],
  [
    '(?:መተንፈስ|መተንፈሻ) (?:አልቻለም|አልቻለችም|አልቻልኩም|አቃተው|አቃታት|አቃተኝ|ከበደው|ከበዳት|ከበደኝ)|(?:አይተነፍስም|አትተነፍስም)|ትንፋሽ (?:አጠረው|አጠራት|አጠረኝ|አጣ|የለውም)',
    'cannot breathe',
  ],
  ['(?:ከንፈሩ|ከንፈሯ|ከንፈር|ፊቱ|ፊቷ) (?:ሰማያዊ|ጥቁር) (?:ሆነ|ሆኗል|ሆነች|እየሆነ)', 'blue lips'],
  [
    '(?:ራሱን|ራሷን) (?:ሳተ|ሳተች|አያውቅም|አታውቅም|ስቷል|ስታለች)|(?:አይነቃም|አትነቃም|አልነቃም|አልነቃችም)|መልስ (?:አይሰጥም|አትሰጥም|አልሰጠም)',
    'unconscious and is not responding',
  ],
  [
    '(?:ብዙ|በጣም ብዙ) ደም (?:እየፈሰሰኝ|እየፈሰሰው|እየፈሰሳት|እየፈሰሰ|ፈሰሰ|እየወጣ)|ደሙ (?:አልቆም አለ|አልቆመም|አይቆምም|መቆም አልቻለም)',
    'bleeding heavily and it will not stop',
  ],
  ['ደም (?:እየፈሰሰ|ይፈሳል|እየወጣ)|ደም መፍሰስ', 'bleeding'],
  ['(?:ፊቱ|ፊቷ|አፉ|አፏ) (?:ተጣመመ|ተጣመመች|ተጣሟል|ወደ አንድ ጎን (?:ወደቀ|ዞረ))', 'face drooping'],
  ['መናገር (?:አልቻለም|አልቻለችም|አቃተው|አቃታት)|(?:ንግግሩ|ንግግሯ|አነጋገሩ) (?:ተኮላተፈ|ተሳሰረ|ተቀየረ)', 'cannot speak and slurred speech'],
  [
    '(?:እጁ|እጇ|ክንዱ|ክንዷ) (?:ደነዘዘ|ደነዘዘች|ዛለ|አልንቀሳቀስ አለ)|(?:እጁን|እጇን) (?:ማንሳት|ማንቀሳቀስ) (?:አልቻለም|አልቻለችም|አቃተው)',
    'suddenly weak arm',
  ],
  ['(?:ጉሮሮው|ጉሮሮዋ|ጉሮሮ|ምላሱ|ምላሷ|ከንፈሩ|ከንፈሯ|ፊቱ|ፊቷ) (?:አበጠ|አበጠች|አብጧል|እያበጠ|ተነፋ)', 'throat swelling'],
  ['(?:ኦቾሎኒ|ለውዝ|አሳ|እንቁላል|ሽሪምፕ) (?:ከበላ|ከበላች|ከበላሁ|በልቶ|በልታ)', 'ate peanuts'],
  ['ንብ (?:ነደፈው|ነደፈችው|ነደፈኝ|ነደፋት)', 'stung by bees'],
  ['(?:የ)?\\d+ (?:ሳምንት|ሳምንቱ)', '# weeks old'],
  ['\\d+ (?:ቀን|ቀኑ) (?:የሆነው|የሆናት|ሕፃን|ህፃን)', '# days old'],
  ['ጡት (?:አይጠባም|አትጠባም|አልጠባም|መጥባት አቆመ)', 'not feeding'],
  ['ልፍስፍስ|ዝልፍልፍ', 'floppy'],
  ['ከፍተኛ (?:ትኩሳት|ሙቀት)|በጣም ያቃጥላል', 'high fever'],
  ['ትኩሳት', 'fever'],
  ['ሕፃን|ህፃን|ጨቅላ|አራስ', 'baby'],
  ['(?:የሚጥል|ሚጥል)(?: በሽታ)?|(?:እየተንቀጠቀጠ|እየተንቀጠቀጠች|ያንቀጠቅጠዋል|ያንቀጠቅጣታል|ሰውነቱ ተንቀጠቀጠ)', 'he is having a seizure'],
  [
    '(?:ብዙ|ሁሉንም|አንድ ፍሬ ሙሉ)(?: \\p{L}+)? (?:ኪኒን|ክኒን|መድሃኒት|መድኃኒት)(?: \\p{L}+)? (?:ዋጠ|ዋጠች|ዋጥኩ|ወሰደ|ወሰደች|ጠጣ|ጠጣች)',
    'took an overdose of pills',
  ],
  ['(?:መርዝ|በረኪና|ቢሊች|ፀረ ተባይ|ነጭ ጋዝ|ባትሪ) (?:ጠጣ|ጠጣች|ጠጣሁ|ዋጠ|ዋጠች|በላ|በላች)', 'drank bleach'],
  // Session 55 (T93): a whole or half bottle of a medicine or a syrup drunk, the bottle named after its medicine.
  [
    '(?:ሙሉ|አንድ ሙሉ|ግማሽ) (?:\\p{L}+ )?(?:የ)?(?:መድሃኒት|መድኃኒት|ሽሮፕ|ሲሮፕ)(?: \\p{L}+)? (?:ጠርሙስ|ጠርሙሱን|ብልቃጥ)(?: \\p{L}+)? (?:ጠጣ|ጠጣች|ዋጠ|ዋጠች|ጨረሰ|ጨረሰች)',
    'drank a whole bottle of medicine',
  ],
  ['(?:ጭንቅላቱን|ጭንቅላቷን|ራሱን|ራሷን) (?:ተመታ|ተመታች|መታ|መታች|ተጋጨ)|(?:ጭንቅላቱ|ጭንቅላቷ) (?:ላይ )?(?:ጉዳት|ተመታ|ተፈነከተ)', 'head injury'],
  ['(?:ያስመልሰዋል|ያስመልሳታል|እያስመለሰ|እያስመለሰች|አስመለሰ|አስመለሰች|ማስመለስ)', 'vomiting'],
  ['ግራ (?:ተጋብቷል|ተጋብታለች|ተጋባ)|ሰው አያውቅም', 'confused'],
  ['ነፍሰ ጡር|እርጉዝ|ነፍሰጡር', 'pregnant'],
  ['(?:አንገቱ|አንገቷ|አንገት) (?:ደረቀ|ደርቋል|ደረቀች|አይታጠፍም|ግትር)', 'stiff neck'],
  ['ሽፍታ', 'rash'],
  ['መሞት እፈልጋለሁ|ራሴን (?:አጠፋለሁ|ማጥፋት እፈልጋለሁ|ልገድል ነው|እገድላለሁ)|መኖር አልፈልግም', 'i want to kill myself'],
  ['(?:ራሱን|ራሷን) (?:ሊያጠፋ|ልታጠፋ|ሊገድል|ልትገድል) (?:ነው|ትፈልጋለች|ይፈልጋል)', 'he says he will kill himself tonight'],
  ['ዛሬ ማታ', 'tonight'],
  // Denied, past and hypothetical.
  ['ምን (?:ላድርግ|ማድረግ አለብኝ|እናድርግ)|ከሆነ|ቢከሰት|ቢያጋጥመው|ቢያጋጥማት|ቢሆን', 'what do i do if'],
  ['ባለፈው (?:ዓመት|አመት)|ከ(?:\\d+|ብዙ) (?:ዓመት|አመት) በፊት|ድሮ|ልጅ እያለሁ|ልጅ እያለ', 'last year'],
  ['አሁን (?:ደህና|ጤነኛ|ተሻለው|ተሻላት) ነው|አሁን ደህና|ቆሟል|ቆመ', 'is fine now'],
  ['ልጄ|ወንድ ልጄ|ሴት ልጄ', 'my child'],
  ['እናቴ', 'my mother'],
  ['አባቴ', 'my father'],
  ['ባለቤቴ|ሚስቴ', 'my wife'],
  ['ባሌ', 'my husband'],
  ['አያቴ', 'my grandmother'],
];

export const AMHARIC: LanguageLexicon = {
  language: 'Amharic',
  script: 'ethiopic',
  phrases: [...AMHARIC_BLOOD_POURED, ...AMHARIC_NO_ANSWER_AFTER_A_FALL, ...AMHARIC_EVERYDAY_PHRASES, ...RED_FLAGS],
  negationAfter: '(?:የለም|የለበትም|የላትም|የለብኝም|የለውም)(?=\\s*(?:[,.;!?]|$))',
  words: {
    እና: 'and',
    ግን: 'but',
    አሁን: 'now',
    ዛሬ: 'today',
    ትናንት: 'yesterday',
    ትላንት: 'yesterday',
    ድንገት: 'suddenly',
    በድንገት: 'suddenly',
    በጣም: 'very',
  },
};

/** Amharic typed in Latin letters, spelled as it sounds ("yamegnal", "yamenyal"). */
const LATIN_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:derete|deretu|deretwa|deret)(?:n|in)?(?: lay)? (?:betam )?(?:yamegnal|yamenyal|yamewal|yamatal|yichenegnal|yiwegagnal)|(?:ye)?deret (?:himem|hmem|wgat)',
    'chest pain',
  ],
  [
    'metenfes (?:alchalem|alchalechim|alchalkum|akatew|akatat|akategn|kebedew)|tinfash (?:aterew|aterat|atergn)',
    'cannot breathe',
  ],
  [
    'rasun (?:sate|saten|ayawkim)|raswan (?:satech|atawkim)|(?:ayinekam|atnekam|alnekam)|mels (?:ayisetim|atsetim)',
    'unconscious and is not responding',
  ],
  [
    '(?:bizu|betam bizu) dem (?:eyefesese|eyefese|fesese|eyeweta)|demu (?:alkome|alkomem|ayikomim)',
    'bleeding heavily and it will not stop',
  ],
  ['(?:fitu|fitwa|afu) (?:tetamame|tetamamech)', 'face drooping'],
  ['menager (?:alchalem|alchalechim|akatew)', 'cannot speak and slurred speech'],
  ['(?:guroro|gurorow|milasu|kenferu) (?:abete|abtual|eyabete)', 'throat swelling'],
  ['(?:yemiteli|yemitil|mitil)(?: beshita)?|eyetenkete?kete', 'he is having a seizure'],
  [
    '(?:bizu|hulunim)(?: \\p{L}+)? (?:kinin|kiniin|medhanit|medhanit) (?:wate|watech|wesede|wesedech|teta)',
    'took an overdose of pills',
  ],
  ['(?:merz|berekina|bleach) (?:teta|tetach|wate|watech)', 'drank bleach'],
  ['(?:chinkilatun|rasun) (?:temeta|temetach)', 'head injury'],
  ['(?:yasmelsewal|eyasmelese|asmelese)', 'vomiting'],
  ['nefse tur|nefsetur|irguz', 'pregnant'],
  ['(?:angetu|angetwa) (?:dereke|derkual)', 'stiff neck'],
  ['mequt efelgalehu|memot efelgalehu|rasen (?:atefalehu|matfat efelgalehu)|menor alfelgim', 'i want to kill myself'],
  ['min ladrg|min madreg alebign|kehone', 'what do i do if'],
  ['balefew amet|dro', 'last year'],
  ['lije', 'my child'],
  ['enate', 'my mother'],
  ['abate', 'my father'],
];

export const LATIN_AMHARIC: LanguageLexicon = {
  language: 'Amharic',
  script: 'latin',
  markers: ['ebakih', 'ebakish', 'ebakachu', 'betam', 'ahun', 'zare', 'lije', 'ena', 'yelem', 'nw'],
  ownWords: [
    'yamegnal',
    'yamewal',
    'metenfes',
    'alchalem',
    'rasun',
    'berekina',
    'nefsetur',
    'kinin',
    'medhanit',
    'demu',
  ],
  phrases: LATIN_RED_FLAGS,
  negationAfter: '(?:yelem|yelebetim|yelebignim)(?=\\s*(?:[,.;!?]|$))',
  words: { ena: 'and', ahun: 'now', zare: 'today', betam: 'very' },
};
