/**
 * Puts free text into the one shape the guardrail patterns are written against: lower case,
 * straight apostrophes, contractions spelled out ("can't" → "cannot", "isn't" → "is not"),
 * common chat spellings and a few frequent misspellings of the words that matter fixed, and
 * punctuation reduced to what marks sentences and clauses.
 *
 * Spelling contractions out lets one pattern ("cannot breathe", "is not responding") cover
 * every way a frightened person types it, and lets negation cues be single words.
 */

type Rewrite = readonly [pattern: RegExp, replacement: string];

const CONTRACTIONS: readonly Rewrite[] = [
  [/\bcan'?t\b/g, 'cannot'],
  [/\bcan not\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n'?t\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  // "im" without the apostrophe is "I'm" in chat, except in "IM injection" (intramuscular).
  [/\bim\b(?! (?:injection|shot|route|dose))/g, 'i am'],
  [/\b(you|we|they|who|what)'re\b/g, '$1 are'],
  [/\b(i|you|we|they|would|could|should|might|must|who)'ve\b/g, '$1 have'],
  [/\b(i|you|he|she|we|they|it|that|there)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they)'d\b/g, '$1 would'],
  [/\b(he|she|it|that|there|what|who|where|here|everything|something)'s\b/g, '$1 is'],
  [/\bive\b/g, 'i have'],
  // Apostrophe-less contractions of the pronouns that open most reports: "hes not breathing".
  [/\b(he|she|that|there|what|who)s\b/g, '$1 is'],
  [/\bits\b(?!\s+(?:own|way|leg|legs|head|eyes?|mouth|face|body|paw|tail)\b)/g, 'it is'],
  // "were" is a word of its own, not "we're".
  [/\b(you|they)re\b/g, '$1 are'],
];

/** Chat spellings and slang that carry meaning the patterns need. */
const CHAT_SPELLINGS: readonly Rewrite[] = [
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bu\b/g, 'you'],
  [/\bpls\b|\bplz\b/g, 'please'],
  // Self-harm slang: missing it would miss the message that matters most.
  [/\bkms\b/g, 'kill myself'],
  [/\bunalive\b/g, 'kill'],
  [/\bod(?:'d|'ed|ed)\b/g, 'overdosed'],
  // "took an od", "done an OD": the abbreviation after a verb of taking and an article, not "an od feeling" (odd).
  [
    /\b((?:took|taken|take|taking|had|has\s+had|done|did|do|doing|tried|attempted|attempt)\s+(?:an|another|a\s+big|a\s+massive))\s+ods?\b/g,
    '$1 overdose',
  ],
];

/** Misspellings seen in real patient messages for the words the triage patterns hinge on. */
const MISSPELLINGS: readonly Rewrite[] = [
  [/\b(?:siezure|seizue|sezure|seisure|seizre)(s?)\b/g, 'seizure$1'],
  [/\b(?:unconcious|unconsious|unconscius|unconcsious|unconsciuos)\b/g, 'unconscious'],
  [/\b(?:unresponsve|unresponcive|unresposive|unrepsonsive)\b/g, 'unresponsive'],
  [/\b(?:pregant|pregnent|pregnat|preggo|preggers|pragnant)\b/g, 'pregnant'],
  [/\b(?:bleeing|bleding|bledding|bleading|bleedin)\b/g, 'bleeding'],
  [/\b(?:cheast|chesst|chset)\b/g, 'chest'],
  [/\b(?:colapsed|collasped|collapesd|colapsd|collaped)\b/g, 'collapsed'],
  [/\b(?:sucidal|suicidle|suicidial|sucicidal|suacidal)\b/g, 'suicidal'],
  [/\b(?:suicde|sucide|suiside|suicied)\b/g, 'suicide'],
  [/\b(?:vomitting|vomitin|vommiting|vomitting)\b/g, 'vomiting'],
  [/\b(?:brathing|breating|breatheing|brething|breathin)\b/g, 'breathing'],
  [/\b(?:brethe|breth|breate)\b/g, 'breathe'],
  [/\b(?:dificulty|difficuly|difficutly|difficulity)\b/g, 'difficulty'],
  [/\b(?:anaphalaxis|anafylaxis|anaphylaxsis|anaphylaxia|anaphylaxsis)\b/g, 'anaphylaxis'],
  [/\b(?:overdoes|overdos)\b(?= on\b)/g, 'overdose'],
  [/\b(?:chst|chets|ches)\b/g, 'chest'],
  [/\balot\b/g, 'a lot'],
  [/\b(?:concious|consious|concsious)\b/g, 'conscious'],
  [/\b(?:responsive|responsve|resposive)\b/g, 'responsive'],
  [/\b(?:stomache|stomch|stomac)\b/g, 'stomach'],
  [/\b(?:diabetis|diabeties|diabetic's)\b/g, 'diabetes'],
  [/\b(?:faintd|fainteed)\b/g, 'fainted'],
  [/\b(?:breathign|breahting|breathng)\b/g, 'breathing'],
  [/\b(?:headach|hedache|headace)\b/g, 'headache'],
  [/\b(?:temprature|tempreture|temperture)\b/g, 'temperature'],
  [/\b(?:testical|testicel|testicals|testicles)\b/g, 'testicle'],
];

const REWRITES: readonly Rewrite[] = [...CONTRACTIONS, ...CHAT_SPELLINGS, ...MISSPELLINGS];

/**
 * Whether any rewrite can apply: every rewrite's pattern as one alternative (their flags are `g`
 * alone, none refers back to a group). A text none of them matches is left as it is by every
 * rewrite in turn, so the ~55 passes over it are skipped; most messages, and most answers the
 * safety check reads, hold none of these words. A text one of them matches is rewritten by each
 * in order, as before.
 */
const ANY_REWRITE = (() => {
  for (const [pattern] of REWRITES) {
    // Another flag (i, u) would read the alternative differently; a back-reference would point at another group.
    if (pattern.flags !== 'g' || /\\[1-9]|\\k</.test(pattern.source))
      throw new Error(`A text rewrite the shared test cannot hold: ${String(pattern)}`);
  }
  return new RegExp(REWRITES.map(([pattern]) => `(?:${pattern.source})`).join('|'));
})();

/**
 * Lower-cases and rewrites the text. Newlines become sentence breaks; characters that are
 * neither words nor sentence or clause punctuation become spaces.
 */
export function normalizeText(text: string): string {
  let normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/°/g, ' degrees ')
    .replace(/&/g, ' and ')
    .replace(/\r?\n+/g, ' . ');
  if (ANY_REWRITE.test(normalized)) {
    for (const [pattern, replacement] of REWRITES) normalized = normalized.replace(pattern, replacement);
  }
  return normalized
    .replace(/[^\p{L}\p{N}'.,!?;:%\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
