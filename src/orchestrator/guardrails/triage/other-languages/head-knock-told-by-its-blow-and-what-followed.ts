import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 61 (T127): a head knock told by the blow that landed and by what followed it, in words the lexicons did not
 * hold (NICE NG232 1.4.11-1.4.12: a head injury with vomiting more than once, drowsiness or unequal pupils needs a CT
 * within the hour).
 * - The blow told by how the body landed ("सिर के बल गिरा": fell head first) or by what struck the head ("a luat un
 *   leagăn în cap": took a swing to the head), read as "fell and hit his head" / "hit his head" (a fall told head first, as such, reads as a major trauma however low the fall).
 * - What followed: a drowsiness that comes over someone ("बहुत नींद आ रही है"), one pupil larger than the other.
 * A sleepy night after a late shift or an idea "in one's head" is not a blow, and stays as it is: drowsiness and
 * pupils weigh only beside a head struck, as in the English rules.
 */

export const HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED: LexiconPhrases = [
  ['(?:सिर|सर) के बल (?:गिरा|गिरी|गिरे|गिर गया|गिर गई|गिर गयी|गिर गए|गिर पड़ा|गिर पड़ी|गिर पड़े)', 'fell and hit his head'],
  ['(?:बहुत|बड़ी|बहुत ज़्यादा|बहुत ज्यादा|ज़्यादा|ज्यादा) (?:नींद|सुस्ती) (?:आ रही|आ रहा|आने लगी|छा रही)', 'very drowsy'],
  [
    '(?:एक|दोनों) (?:आँख|आंख|आँखों|आंखों) (?:की|के) (?:पुतली|पुतलियाँ|पुतलियां) (?:बड़ी|छोटी|अलग|बराबर नहीं)',
    'one pupil bigger than the other',
  ],
];

export const ROMANISED_HINDI_HEAD_KNOCK_AND_WHAT_FOLLOWED: LexiconPhrases = [
  [
    '(?:sir|sar|sirr) ke (?:bal|bhal) (?:gira|giri|gire|gir gaya|gir gayi|gir gya|gir gyi|gir gaye|gir pada|gir padi|gir pade)',
    'fell and hit his head',
  ],
  ['(?:bahut|bohot|bahot|bht|bohat) (?:neend|nind|susti) (?:aa|a) (?:rahi|rhi|raha|rha)', 'very drowsy'],
  ['(?:aankh|ankh) ki (?:putli|putliyan) (?:badi|choti|chhoti|alag)', 'one pupil bigger than the other'],
];

export const ROMANIAN_HEAD_KNOCK_AND_WHAT_FOLLOWED: LexiconPhrases = [
  [
    '(?:a|am|ai|au) (?:luat|primit|incasat|mancat)(?: (?:un|o) \\p{L}+)?(?: \\p{L}+)? (?:in|peste|la) (?:cap|capul|frunte|tampla|ceafa)\\b',
    'hit his head',
  ],
  [
    '(?:l-a|m-a|te-a|a|au|i-a) (?:lovit|izbit|nimerit)(?: \\p{L}+){0,3} (?:in|peste|la) (?:cap|capul|frunte|tampla|ceafa)\\b',
    'hit his head',
  ],
  ['(?:a )?(?:vomitat|varsat|vomita|varsa) de (?:\\d+|doua|trei|patru|cinci|mai multe) ori', 'vomited repeatedly'],
  [
    '(?:pupilele|pupile) (?:nu sunt|nu-s) (?:la fel|egale)|(?:o|una) (?:pupila|pupile) (?:e |este )?mai (?:mare|mica)',
    'one pupil bigger than the other',
  ],
];
