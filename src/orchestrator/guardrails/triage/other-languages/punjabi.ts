import type { LanguageLexicon } from './language-lexicon.js';

/** Number words one to nine, as a baby's age is told: "ਦੋ ਮਹੀਨੇ ਦੀ" (two months old). */
const NUMBER_WORDS = ['ਇੱਕ', 'ਦੋ', 'ਤਿੰਨ', 'ਚਾਰ', 'ਪੰਜ', 'ਛੇ', 'ਸੱਤ', 'ਅੱਠ', 'ਨੌਂ'];
const AGE_NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${NUMBER_WORDS.join('|')})(?= (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ|ਮਹੀਨਾ|ਦਿਨ|ਦਿਨਾਂ)(?![\\p{L}\\p{M}]))`,
  'gu',
);

/** The respectful "ji" after a relative's name ("ਦਾਦੀ ਜੀ", "ਪਿਤਾ ਜੀ") and the possessive before it. */
const RELATIVE = (names: string) => `(?:ਮੇਰ(?:ੇ|ੀ|ਾ) )?(?:${names})(?: ਜੀ)?`;

/**
 * Session 59: Punjabi in the Gurmukhi script, which no other lexicon reads. The 13 categories' commonest discriminators
 * (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG232 / NG225), in the everyday words people type on a phone.
 * Its verb phrase carries the tense: "ਡਿੱਗ ਪਏ" (fell), "ਹੋ ਗਿਆ" (became), "ਰਿਹਾ" (-ing), so the phrases name the verb
 * with it. "ਨਹੀਂ" (not) comes before its verb, so a phrase reads the negated verb ("ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ": is not
 * breathing); "ਨਹੀਂ" or "ਨਹੀਂ ਹੈ" closing a clause denies the finding before it ("ਬੁਖਾਰ ਨਹੀਂ": no fever:
 * `negationAfter`); "ਜੇ" / "ਜੇਕਰ" (if) and "ਕੀ ਕਰੀਏ" (what to do) are read as English reads a question.
 */
const PUNJABI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  ['ਛਾਤੀ (?:ਵਿੱਚ |ਵਿਚ |ਚ |ਦੇ ਵਿੱਚ )?(?:ਬਹੁਤ |ਤੇਜ਼ |ਤੇਜ )?(?:ਦਰਦ|ਪੀੜ|ਭਾਰ|ਦਬਾਅ)|ਛਾਤੀ (?:ਦੁਖ|ਘੁੱਟ)(?:ਦੀ|ਦਾ|ੀ|ਣ)', 'chest pain'],
  ['ਦਿਲ ਦਾ ਦੌਰਾ|ਹਾਰਟ ਅਟੈਕ', 'heart attack'],
  [
    'ਸਾਹ (?:ਬਿਲਕੁਲ )?ਨਹੀਂ (?:ਆ ਰਿਹਾ|ਆ ਰਹੀ|ਆਉਂਦਾ|ਲੈ ਸਕਦ(?:ਾ|ੀ|ੇ)|ਲੈ ਰਿਹਾ|ਲੈ ਰਹੀ|ਲੈ ਰਹੇ)|ਸਾਹ (?:ਰੁਕ|ਬੰਦ ਹੋ) (?:ਗਿਆ|ਗਈ|ਰਿਹਾ)',
    'is not breathing',
  ],
  [
    'ਸਾਹ (?:ਲੈਣ ਵਿੱਚ|ਲੈਣ ਚ|ਲੈਣ ਵਿਚ) (?:ਬਹੁਤ )?(?:ਤਕਲੀਫ਼|ਤਕਲੀਫ|ਔਖ|ਮੁਸ਼ਕਲ|ਮੁਸ਼ਕਿਲ)|ਸਾਹ (?:ਚੜ੍ਹ|ਫੁੱਲ)(?:ਿਆ|ਦਾ|ਗਿਆ| ਗਿਆ| ਰਿਹਾ)',
    'shortness of breath',
  ],
  ['ਬੁੱਲ੍ਹ (?:ਨੀਲੇ|ਨੀਲੇ ਹੋ ਗਏ)|ਬੁੱਲ (?:ਨੀਲੇ)', 'blue lips'],
  [
    'ਬੇਹੋਸ਼(?: ਹੋ (?:ਗਿਆ|ਗਈ|ਗਏ))?|ਹੋਸ਼ (?:ਨਹੀਂ|ਗੁਆ|ਖੋ)|ਜਾਗ ਨਹੀਂ (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|(?:ਜਵਾਬ|ਹੁੰਗਾਰਾ) ਨਹੀਂ (?:ਦੇ ਰਿਹਾ|ਦੇ ਰਹੀ|ਦੇ ਰਹੇ|ਦਿੰਦ(?:ਾ|ੀ|ੇ))',
    'unconscious and is not responding',
  ],
  // "ਡਿੱਗ ਪਏ" is a fall, not a collapse; "ਉੱਠ ਨਹੀਂ" (does not get up) is a person who cannot rise, as English reads it.
  ['ਡਿੱਗ (?:ਪਏ|ਪਿਆ|ਪਈ)|ਡਿੱਗ ਗ(?:ਏ|ਿਆ|ਈ)', 'fell'],
  ['(?:ਉੱਠ|ਉਠ) ਨਹੀਂ (?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ|ਸਕਦ(?:ਾ|ੀ|ੇ)|ਹੋ ਰਿਹਾ|ਹੋ ਰਹੇ)', 'cannot get up'],
  ['(?:ਅਚਾਨਕ )?(?:ਢਹਿ|ਲੁੜਕ) (?:ਪਏ|ਪਿਆ|ਪਈ)', 'collapsed'],
  [
    '(?:ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ) (?:ਨਹੀਂ ਰੁਕ (?:ਰਿਹਾ|ਰਹੀ)|ਬੰਦ ਨਹੀਂ (?:ਹੋ ਰਿਹਾ|ਹੁੰਦਾ)|ਰੁਕ ਨਹੀਂ ਰਿਹਾ)|ਬਹੁਤ (?:ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ) (?:ਵਗ|ਨਿਕਲ|ਆ) (?:ਰਿਹਾ|ਗਿਆ)',
    'bleeding heavily and it will not stop',
  ],
  // A little blood, or spots of it, is the spotting of early pregnancy the protocols leave to the GP (RCOG), not a bleed.
  [
    '(?:ਥੋੜ੍ਹਾ|ਥੋੜਾ|ਹਲਕਾ)(?: ਜਿਹਾ| ਜੇਹਾ)? (?:ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ)(?: (?:ਆ|ਆਇਆ|ਨਿਕਲ|ਨਿਕਲਿਆ|ਵਗ)(?: ਰਿਹਾ| ਗਿਆ)?)?|(?:ਹਲਕੇ |ਖੂਨ ਦੇ )?ਧੱਬੇ',
    'a little spotting',
  ],
  ['(?:ਖੂਨ|ਖ਼ੂਨ|ਲਹੂ) (?:ਵਗ|ਨਿਕਲ|ਆ) (?:ਰਿਹਾ|ਗਿਆ)', 'bleeding'],
  ['(?:ਮੂੰਹ|ਚਿਹਰਾ) (?:ਟੇਢਾ|ਵਿੰਗਾ|ਡਿੰਗਾ) (?:ਹੋ ਗਿਆ)?', 'face drooping'],
  ['ਬੋਲ ਨਹੀਂ (?:ਸਕਦ(?:ਾ|ੀ|ੇ)|ਪਾ ਰਿਹਾ|ਪਾ ਰਹੀ|ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|ਜ਼ੁਬਾਨ (?:ਥਿੜਕ|ਲੜਖੜਾ)', 'cannot speak and slurred speech'],
  [
    '(?:ਬਾਂਹ|ਲੱਤ|ਹੱਥ) (?:ਕਮਜ਼ੋਰ|ਕਮਜੋਰ|ਸੁੰਨ) (?:ਹੋ (?:ਗਈ|ਗਿਆ))?|(?:ਬਾਂਹ|ਲੱਤ) ਨਹੀਂ (?:ਚੁੱਕ|ਹਿਲਾ) (?:ਸਕਦ(?:ਾ|ੀ|ੇ)|ਰਿਹਾ|ਰਹੀ)',
    'suddenly weak arm',
  ],
  ['ਅਧਰੰਗ', 'stroke'],
  ['(?:ਦੌਰਾ|ਦੌਰੇ) (?:ਪਿਆ|ਪੈ ਰਿਹਾ|ਪੈ ਰਹੇ|ਪਏ)|ਮਿਰਗੀ ਦਾ ਦੌਰਾ|ਝਟਕੇ (?:ਲੱਗ|ਆ) (?:ਰਹੇ|ਗਏ)', 'he is having a seizure'],
  [
    'ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮ ?ਹੱਤਿਆ|ਮਰਨਾ ਚਾਹੁੰਦ(?:ਾ|ੀ|ੇ)|ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ(?:ਾ|ੀ|ੇ)|ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ (?:ਦੇਣਾ|ਲੈਣਾ|ਦਿਆਂਗਾ|ਦਿਆਂਗੀ)',
    'i want to kill myself',
  ],
  ['(?:ਜ਼ਹਿਰ|ਜਹਿਰ|ਕੀੜੇਮਾਰ ਦਵਾਈ|ਸਪਰੇਅ) (?:ਖਾ|ਪੀ) (?:ਲਿਆ|ਲਈ|ਲਏ|ਗਿਆ|ਗਈ)', 'drank bleach'],
  ['(?:ਸਾਰੀਆਂ|ਬਹੁਤ ਸਾਰੀਆਂ|ਬਹੁਤ) (?:ਗੋਲੀਆਂ|ਦਵਾਈਆਂ) (?:ਖਾ|ਨਿਗਲ) (?:ਲਈਆਂ|ਲਈਆ|ਲਿਆ|ਲਈ)', 'took an overdose of pills'],
  ['(?:ਗਲਾ|ਜੀਭ|ਬੁੱਲ੍ਹ|ਚਿਹਰਾ|ਮੂੰਹ) (?:ਸੁੱਜ|ਸੁਜ) (?:ਗਿਆ|ਗਈ|ਗਏ|ਰਿਹਾ|ਰਹੀ)', 'throat swelling'],
  [
    '(?:ਮਧੂ ?ਮੱਖੀ|ਮੱਖੀ|ਭਰਿੰਡ|ਭੂੰਡ) (?:ਨੇ )?(?:ਲੜ|ਡੰਗ) (?:ਗਈ|ਗਿਆ|ਮਾਰਿਆ)|(?:ਮਧੂ ?ਮੱਖੀ|ਮੱਖੀ|ਭਰਿੰਡ|ਭੂੰਡ) (?:ਲੜੀ|ਲੜਿਆ)',
    'was stung by a bee',
  ],
  ['(?:ਮੂੰਗਫਲੀ|ਅਖਰੋਟ|ਦਵਾਈ) (?:ਤੋਂ|ਨਾਲ) (?:ਐਲਰਜੀ|ਅਲਰਜੀ)', 'allergic reaction'],
  ['ਸਿਰ (?:ਵਿੱਚ|ਵਿਚ|ਤੇ|ਉੱਤੇ|ਚ) (?:ਸੱਟ|ਚੋਟ)|ਸਿਰ (?:ਵੱਜਿਆ|ਵੱਜ ਗਿਆ|ਪਾਟ ਗਿਆ)', 'hit his head'],
  ['ਉਲਟੀ(?:ਆਂ)?', 'vomiting'],
  ['(?:ਤੇਜ਼|ਤੇਜ|ਬਹੁਤ) (?:ਬੁਖਾਰ|ਬੁਖ਼ਾਰ)', 'high fever'],
  ['ਬੁਖਾਰ|ਬੁਖ਼ਾਰ|ਤਾਪ', 'fever'],
  ['(?:ਗਰਦਨ|ਧੌਣ) (?:ਆਕੜ|ਅਕੜ|ਅਕੜੀ|ਆਕੜੀ)(?: ਗਈ)?', 'stiff neck'],
  ['\\d+ (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ) (?:ਦੀ|ਦਾ) (?:ਗਰਭਵਤੀ|ਪ੍ਰੈਗਨੈਂਟ)', 'pregnant # weeks'],
  ['\\d+ (?:ਮਹੀਨੇ|ਮਹੀਨਿਆਂ) (?:ਦੀ|ਦਾ) (?:ਗਰਭਵਤੀ|ਪ੍ਰੈਗਨੈਂਟ)', 'pregnant # months'],
  ['\\d+ (?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ) (?:ਦਾ|ਦੀ)', '# weeks old'],
  ['\\d+ (?:ਦਿਨਾਂ|ਦਿਨ) (?:ਦਾ|ਦੀ)', '# days old'],
  ['\\d+ (?:ਮਹੀਨੇ|ਮਹੀਨਿਆਂ|ਮਹੀਨਾ) (?:ਦਾ|ਦੀ)', '# months old'],
  ['ਦੁੱਧ ਨਹੀਂ (?:ਪੀ ਰਿਹਾ|ਪੀ ਰਹੀ|ਪੀਂਦਾ|ਪੀਂਦੀ|ਚੁੰਘ ਰਿਹਾ|ਚੁੰਘ ਰਹੀ)', 'not feeding'],
  ['ਨਵਜੰਮ(?:ਿਆ|ੀ)(?: ਬੱਚਾ| ਬੱਚੀ)?|ਬੱਚਾ|ਬੱਚੀ|ਕਾਕਾ|ਕਾਕੀ', 'baby'],
  ['ਗਰਭਵਤੀ|ਪੇਟ ਤੋਂ', 'pregnant'],
  ['ਪੇਟ (?:ਵਿੱਚ|ਵਿਚ|ਚ) (?:ਬਹੁਤ |ਤੇਜ਼ |ਤੇਜ )?(?:ਦਰਦ|ਪੀੜ)', 'abdominal pain'],
];

/** Persons, and what keeps a finding hypothetical, past or settled. */
const PUNJABI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['ਕੀ ਕਰੀਏ|ਕੀ ਕਰਾਂ|ਕੀ ਕਰਨਾ ਚਾਹੀਦਾ', 'what do i do'],
  ['ਜੇਕਰ|ਜੇ', 'what do i do if'],
  ['ਪਿਛਲੇ ਸਾਲ|(?:ਕਈ|ਕੁਝ|\\d+) ਸਾਲ ਪਹਿਲਾਂ|ਬਚਪਨ ਵਿੱਚ', 'last year'],
  ['ਹੁਣ (?:ਠੀਕ|ਬਿਲਕੁਲ ਠੀਕ) (?:ਹੈ|ਹਨ|ਹੋ ਗਿਆ|ਹੋ ਗਈ)', 'is fine now'],
  [RELATIVE('ਪਿਤਾ|ਡੈਡੀ|ਪਾਪਾ|ਬਾਪੂ'), 'my father'],
  [RELATIVE('ਮਾਂ|ਮਾਤਾ|ਮੰਮੀ|ਬੀਜੀ'), 'my mother'],
  [RELATIVE('ਪੁੱਤ|ਪੁੱਤਰ|ਮੁੰਡਾ'), 'my son'],
  [RELATIVE('ਧੀ|ਕੁੜੀ'), 'my daughter'],
  [RELATIVE('ਪਤੀ|ਘਰਵਾਲਾ'), 'my husband'],
  [RELATIVE('ਪਤਨੀ|ਘਰਵਾਲੀ'), 'my wife'],
  [RELATIVE('ਭਰਾ|ਵੀਰ'), 'my brother'],
  [RELATIVE('ਭੈਣ'), 'my sister'],
  [RELATIVE('ਦਾਦਾ|ਨਾਨਾ'), 'my grandfather'],
  [RELATIVE('ਦਾਦੀ|ਨਾਨੀ|ਬੇਬੇ'), 'my grandmother'],
];

export const PUNJABI: LanguageLexicon = {
  language: 'Punjabi',
  script: 'gurmukhi',
  phrases: [...PUNJABI_RED_FLAGS, ...PUNJABI_MODIFIERS],
  negationAfter: '(?:ਨਹੀਂ|ਨਹੀਂ ਹੈ|ਨਹੀਂ ਸੀ)(?=\\s*(?:[,.;!?।]|$))',
  // Gurmukhi digits, and a number word before days, weeks or months, read as the digits the English rules read
  // ("੨ ਹਫ਼ਤੇ ਦਾ", "ਦੋ ਮਹੀਨੇ ਦੀ": 2 weeks old, 2 months old; "ਡੇਢ ਮਹੀਨੇ": a month and a half, 6 weeks).
  respelled: (folded) =>
    folded
      .replace(/[\u0a66-\u0a6f]/g, (digit) => String((digit.codePointAt(0) ?? 0) - 0xa66))
      .replace(/ਡੇਢ (?:ਮਹੀਨੇ|ਮਹੀਨਾ)/g, '6 ਹਫ਼ਤੇ')
      .replace(AGE_NUMBER_WORD, (word) => String(NUMBER_WORDS.indexOf(word) + 1)),
  words: {
    ਤੇ: 'and',
    ਅਤੇ: 'and',
    ਪਰ: 'but',
    ਹੁਣ: 'now',
    ਅੱਜ: 'today',
    ਅਚਾਨਕ: 'suddenly',
    ਬਹੁਤ: 'very',
    ਤੇਜ਼: 'severe',
    ਹਲਕਾ: 'mild',
    ਹਲਕੀ: 'mild',
    ਹਲਕੇ: 'mild',
    ਥੋੜ੍ਹਾ: 'a little',
    ਦਰਦ: 'pain',
  },
};
