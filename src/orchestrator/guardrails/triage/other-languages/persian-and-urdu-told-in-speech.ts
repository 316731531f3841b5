/**
 * Session 63 (T139): red flags as Persian and Urdu speakers type them (NICE NG232 a bleeding head and nothing
 * remembered, a fall onto the head; NG240 spots a glass does not fade; RCOG bleeding in pregnancy; NHS 111 blood that
 * spurts or runs). Spoken Persian puts the progressive "داره" before the verb ("خون داره فواره می‌زنه") and joins the
 * copula to the word ("بارداره": she is pregnant), which the older phrases did not allow.
 */

const COMES = '(?:میاد|می‌آد|میآد|می‌اد|اومده|آمده|میره|می‌ره|رفته|می‌رود)';

export const PERSIAN_TOLD_IN_SPEECH: ReadonlyArray<readonly [string, string]> = [
  ['خون(?:ش)? (?:داره )?(?:فواره|فوران) (?:می‌زنه|میزنه|می زنه|می‌کنه|میکنه|می کنه|زده|کرده)', 'blood spurting'],
  [`خون (?:زیادی|خیلی|زیاد|کلی)(?: داره)?(?: (?:ازش|ازم|از من|از اون))? ${COMES}`, 'heavy bleeding'],
  [
    `(?:از )?(?:سرش|سرم|سر) (?:داره )?خون ${COMES}|سرش (?:شکسته|خونی شده|خونریزی داره)`,
    'head injury, his head is bleeding',
  ],
  [
    '(?:هیچی|هیچ چیزی|هیچ چی|چیزی) (?:یادش|یادم) (?:نیست|نمیاد|نمی‌آد|نمیآد|نمی‌اد)|حافظه‌ش(?:و)? (?:از دست داده|پریده)',
    'does not remember anything',
  ],
  [
    '(?:لیوان|شیشه|استکان)(?: [\\p{L}\\p{M}\\u200c]+){0,3} (?:از بین نمیره|از بین نمی‌ره|از بین نمیرن|محو نمیشه|محو نمی‌شه|نمیره|نمی‌ره|پاک نمیشه|کمرنگ نمیشه|رنگش نمیره|رنگشون نمیره)',
    'rash does not fade under a glass',
  ],
  ['باردار(?:ه|م|ست|است)|حامله(?:ه|ست|است)', 'pregnant'],
];

export const URDU_TOLD_IN_SPEECH: ReadonlyArray<readonly [string, string]> = [
  ['(?:سر|سِر) کے بل (?:گرا|گری|گرے|گر گیا|گر گئی|گر گئے|گر پڑا|گر پڑی)', 'fell and hit his head'],
  ['غنودگی|اونگھ رہا|اونگھ رہی', 'drowsy'],
  ['(?:سر|سِر) (?:سے|میں سے) خون', 'head injury, his head is bleeding'],
  ['کچھ(?: بھی)? یاد (?:نہیں|نہی)', 'does not remember anything'],
];

/** Roman Urdu and Hinglish: pregnancy in the Urdu word, rat poison, a body gone numb on one side, a baby gone limp. */
export const ROMAN_URDU_TOLD_IN_SPEECH: ReadonlyArray<readonly [string, string]> = [
  // "hamla" is also an attack: a heart or an asthma attack ("dil ka hamla") is never read as a pregnancy.
  [
    '(?<!(?:dil|dil ka|dil ki|dama|dama ka|asthma|asthma ka|panic|dushman|dushman ka|kutte ka|kutay ka) )(?:hamla|haamla|hamila|haamila|hamla se) (?:hai|hoon|hun|hu|hain|hy|thi|hon)',
    'pregnant',
  ],
  [
    '(?:\\d+ )?(?:mahine|mahinay|maheene|mahina|mahiney) (?:ki|kii) (?:hamla|haamla|hamila|haamila|pregnant)',
    'pregnant',
  ],
  [
    '(?:chooha|chuha|choohe|chuhe|chuhay|choohay|chuhon|choohon) (?:maar|maarne|mar|marne|maarnay|marnay)(?: (?:ki|wali|wala|waali))? (?:dawai|dawa|dawaai|goli|goliyan|zeher|zehar|poison|medicine) (?:kha|pee|pi|nigal) (?:li|liya|lee|gaya|gayi|gya|gyi|lia)',
    'swallowed rat poison',
  ],
  [
    '(?:ek|aik) (?:taraf|side|hissa|hissay|hisse)(?: (?:ka|ki|ke|ko|se|say))?(?: \\p{L}+){0,2} (?:sunn|sun|be ?hiss|behis|kamzor|kamzoor|bejan|be jaan|mafloj) (?:ho|pad|par|hogaya) ?(?:gaya|gayi|gaye|gya|gyi|gae)?',
    'sudden weakness on one side',
  ],
  [
    '(?:dheela|dheeli|dheelay|dhila|dhili|dheele|dhela) (?:pad|par|ho|pada|para) (?:gaya|gayi|gaye|gya|gyi)?|bilkul dheela',
    'floppy',
  ],
];
