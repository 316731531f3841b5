import type { LexiconPhrases } from '../language-lexicon.js';

/** Somali's focus words ("ayaa", "wuu", "baa"), which may stand between a finding's noun and its verb. */
const FOCUS = '(?:(?:ayaa|ayuu|ayay|ayaan|wuu|way|waan|waa|baa|buu|bay|baan|bey) )?';

/**
 * Session 63 (T141): Somali's everyday words for the 13 categories' red flags where the reader's phrases stopped short
 * (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG225, BE-FAST): a pain told of the chest or the heart with a
 * manner between ("si xun u": badly), breath that cannot be drawn ("neef ma qaadan karo", "neefsan maayo"), speech
 * tangled told with its owner ("hadalkiisa"), tablets in their plural ("kiniinno"), a fuel or a poison drunk, a neck
 * that will not bend, light that cannot be looked at, a rash that stays under a glass, an infant's months told bare.
 */
export const SOMALI_EVERYDAY_PHRASES: LexiconPhrases = [
  [
    `(?:xabad|xabadka|laab|laabta|wadnaha|wadnahayga|wadnihiisa|wadnaheeda)(?: \\p{L}+){0,4} (?:i |ka |ku )?(?:xanuunaya|xanuunaysa|xanuunayaa|xanuun daran|i cadaadinaya|cadaadinaya|i ciriirinaya)`,
    'chest pain',
  ],
  [
    `neef(?:ta)? ma (?:qaadan|qaadi) (?:karo|karto|karaan)|neefsan (?:maayo|mayso|maysid|waayay|waysay|kari waayay)|(?:neeftu|neefta) ${FOCUS}(?:ku |ka )?(?:dhegtay|xirantay|ciriiri)|hiinraag\\p{L}*`,
    'cannot breathe',
  ],
  [
    `hadal(?:ka|kiisa|keeda|kii|kiis)? ${FOCUS}(?:ku |ka )?(?:adkaaday|xirmay|isku dhex yaacay|qaldamay|cuslaaday|lumay)`,
    'slurred speech',
  ],
  [
    `(?:kiniin|kaniin|kiniinn|kaniinn|daawo|daawooyin)\\p{L}* (?:badan|dhammaan|oo dhan|kuwo badan)(?: \\p{L}+){0,2} ${FOCUS}(?:liqay|liqday|liqtay|qaatay|qaadatay|cunay|cuntay|cabbay|cabtay)`,
    'took an overdose of pills',
  ],
  [
    `(?:cabbay|cabtay|liqay|liqday|liqtay) (?:sun|batrool|baatrool|shidaal|gaas|kalooriin|bleach|daawada cayayaanka|saabuun dareere ah)`,
    'drank poison',
  ],
  ['lawska|lawis|looska|loos', 'peanuts'],
  [`qoor(?:ta|tiisa|teeda)? ma (?:laabi|laaban|leexin|qalloocin) (?:karo|karto)`, 'stiff neck'],
  [
    `iftiin(?:ka)? ${FOCUS}(?:ma (?:eegi|fiirin) (?:karo|karto)|(?:indhaha )?(?:dhibaya|xanuujinaya|u xanuunaya))`,
    'light hurts his eyes',
  ],
  [
    `finan(?: \\p{L}+)? (?:aan (?:ka )?(?:bixin|baaba'?in|lumin|dhaqaaqin|is beddelin))(?:[^.!?]{0,40}galaas\\p{L}*)?`,
    'non-blanching rash',
  ],
  ['\\d+ (?:bil|bilood)(?! (?:ka hor|kahor|jir))(?= |$|[,.!?])', '# months old'],
  [`${FOCUS}daciif(?:san|ay|tay)(?: yahay| tahay)?`, 'floppy'],
  ['madax xanuun (?:daran|xoog leh|aad u daran)', 'severe headache'],
];
