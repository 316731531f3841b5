import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** "Umieram z głodu / ze śmiechu": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = '(?! (?:z|ze|od) )';

/**
 * Suicidal intent and self-harm in Polish typed without diacritics (NICE NG225; NHS 111 mental health; the Polish
 * helpline 116 123): the wish in two words with no other marker ("chcę umrzeć", "nie chcę żyć"), hanging, a burden,
 * cutting oneself told with the pronoun first ("córka się tnie").
 */
export const POLISH_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'samobojstwie',
    'samobojcze',
    'umrzec',
    'zyc',
    'tnie',
    'powiesic',
    'samobojstwo',
    'samobojstwa',
    'ciezarem',
  ],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    ['grozi,? ze (?:nas|mnie|ja|go|ich|wszystkich|matke|ojca) zabije', 'says he will kill us'],
    ['(?:ma|trzyma|z) (?:noz|nozem|siekiere|siekiera)', 'holding a knife'],
    // Not wanting to live in a place or with someone is a move ("nie chcę żyć w tym mieście").
    ['nie chce (?:juz |dluzej |wiecej )*zyc (?:w|we|z|ze|u|tutaj|tam|sam|sama)(?![\\p{L}])', 'would rather move house'],
    ['mysle o samobojstwie|mysli samobojcze|mysli o samobojstwie', 'thinking about suicide'],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    ['ile (?:tabletek|pigulek|lekow)', 'how many pills'],
    ['(?<=(?:ile)[^.?;!]{0,80})zeby (?:umrzec|sie nie obudzic|juz sie nie obudzic)', 'to die'],
    [`(?:chce|chcialbym|chcialabym|chce mi sie) umrzec${NOT_OF_A_DEGREE}`, 'i want to die'],
    ['(?:juz )?nie chce (?:juz |dluzej |wiecej )*zyc(?! (?:w|we|z|ze|sam|sama|tutaj|tam|u) )', 'i do not want to live'],
    ['(?:chce|chcialbym|chcialabym|zaraz) sie powiesic|powiesze sie', 'i want to hang myself'],
    [
      '(?:chce|chcial|chciala|mowi ze chce|napisal ze chce|napisala ze chce) (?:umrzec|sie zabic|sie powiesic|popelnic samobojstwo)',
      'he says he wants to die',
    ],
    [
      'sie (?:tnie|okalecza|pocial\\p{L}*|okaleczyl\\p{L}*)(?! (?:przy|nozem do|podczas|papierem|o |w palec|golac))',
      'she is cutting herself',
    ],
    ['mam (?:juz )?(?:tabletki|leki|pigulki|prochy)(?: (?:przygotowane|odlozone|schowane))?', 'i have the pills here'],
    [
      '(?:jestem|czuje sie|jest) (?:tylko )?ciezarem dla (?:wszystkich|rodziny|moich bliskich|was|bliskich)',
      'i am a burden',
    ],
    [
      '(?:byloby )?lepiej(?:,)? (?:gdybym|zebym) (?:umarl\\p{L}*|nie zyl\\p{L}*|nie istnial\\p{L}*)|(?:wszystkim|wam) bedzie lepiej beze mnie',
      'it would be better if i died',
    ],
  ],
  words: {
    zyletka: 'blade',
  },
};
