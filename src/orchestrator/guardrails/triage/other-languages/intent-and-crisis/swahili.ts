import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent in Swahili (NICE NG225; NHS 111 mental health; Befrienders Kenya): the wish in two words with no
 * other marker ("nataka kufa"), someone else's ("anataka kufa"), a burden ("mzigo"). "Nakufa njaa" (dying of hunger)
 * is an idiom of degree.
 */
export const SWAHILI_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: ['nataka', 'kufa', 'kujinyonga'],
  phrases: [
    // Suicidal thoughts denied or long past (review V22: main read the noun as first-person intent and left the denial unread).
    ['(?:sina|hana|sikuwa na) (?:mawazo|nia|mpango|fikra) (?:ya|za) kujiua', 'no suicidal thoughts'],
    ['(?:nataka|ninataka|natamani|ningependa) kufa(?! (?:moyo|njaa|kwa (?:kicheko|njaa|baridi)))', 'i want to die'],
    [
      '(?:anataka|anatamani|amesema anataka) (?:kufa|kujiua|kujinyonga)(?! (?:njaa|kwa (?:kicheko|njaa)))',
      'he says he wants to die',
    ],
    ['(?:mimi )?ni mzigo (?:kwa|kwa kila mtu|kwa familia|kwa wote)', 'i am a burden'],
  ],
  words: {
    wembe: 'blade',
  },
};
