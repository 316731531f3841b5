import type { SelfHarmAndPoisoningReading } from './self-harm-and-poisoning-reading.js';

/**
 * Urdu in its own script (NICE NG225; the poisons Pakistani poison centres see most: "گندم کی گولی" (aluminium
 * phosphide wheat tablets), rat poison, farm poisons, acid): a wish to vanish or never to wake, life without meaning;
 * a whole strip of sleeping pills swallowed.
 */
export const URDU_SELF_HARM_AND_POISONING: SelfHarmAndPoisoningReading = {
  ownWords: [],
  phrases: [
    // The poison is told before its verb (the language puts the verb last): read together, in the English order.
    [
      '(?:(?:گندم|گیہوں) (?:کی|والی) (?:گولی|گولیاں)|کیڑے ?مار (?:دوا|دوائی|سپرے)|چوہے ?مار (?:دوا|دوائی|گولی|گولیاں)|زرعی زہر|تیزاب|زہر)(?: [\\p{L}\\p{M}]+)? (?:کھا|پی|نگل) (?:لی|لیا|لیں|گیا|گئی|گئے)',
      'drank poison',
    ],
    // Vanishing for a while (a few days away, a holiday) is a break, not a wish to die.
    [
      '(?<!(?:کچھ دن|کے لیے|چھٹی|سیر|ہفتے)[^.!?،]{0,40})غائب (?:ہو جانا|ہونا) (?:چاہتا|چاہتی|چاہتے)(?![^.!?،]{0,50}(?:کچھ دن|کے لیے|چھٹی|سیر|ہفتے))',
      'wants to disappear forever',
    ],
    [
      '(?:دوبارہ |کبھی )?(?:نہ اٹھوں|نہیں اٹھنا چاہتا|نہیں اٹھنا چاہتی|جاگنا نہیں چاہتا|جاگنا نہیں چاہتی)',
      'i do not want to wake up',
    ],
    ['(?:زندگی|جینے) (?:کا|کی) کوئی (?:مطلب|مقصد|وجہ) نہیں', 'no reason to live'],
    ['(?:گندم|گیہوں) (?:کی|والی) (?:گولی|گولیاں)|کیڑے ?مار (?:دوا|دوائی|سپرے)|زرعی زہر', 'pesticide'],
    ['چوہے ?مار (?:دوا|دوائی|گولی|گولیاں)', 'rat poison'],
    ['نیند کی (?:گولیوں|گولیاں)', 'sleeping pills'],
    ['تیزاب', 'drain cleaner'],
  ],
  words: {},
};
