import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent in Finglish, Persian in Latin letters (NICE NG225; NHS 111 mental health): not wanting to be alive
 * ("dige nemikham zende basham") and wanting to die or kill oneself, with no other marker of the language.
 */
export const ROMANISED_PERSIAN_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['nemikham', 'nemikhad', 'bemiram', 'khodkoshi'],
  phrases: [
    // Dying of laughter, hunger or tiredness is an idiom of degree.
    [
      '(?:mikham |mikhad |daram |dasham )?(?:bemiram|mimiram|mordam|mimirim|mimire) az (?:khande|khandeh|gorosnegi|khastegi|garma|sarma|khejalat)',
      'laughing a lot',
    ],
    [
      '(?:dige )?(?:nemikham|nemikhad|nemikhaam) zende (?:basham|bashe|bemoonam|bemunam|bemonam)',
      'i do not want to live',
    ],
    [
      '(?:mikham|mikhad|mikhaam|delam mikhad) (?:bemiram|bemire|khodkoshi konam|khodkoshi kone|khodamo bokosham|khodesho bokoshe)(?! az )',
      'i want to die',
    ],
  ],
  words: {},
};
