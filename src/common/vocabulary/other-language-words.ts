import { englishForGermanAndFrenchWords } from './german-and-french-words.js';
import { englishForHindiAndTagalogWords } from './hindi-and-tagalog-words.js';
import { englishForItalianAndVietnameseWords } from './italian-and-vietnamese-words.js';
import { englishForPortugueseAndPolishWords } from './portuguese-and-polish-words.js';
import { englishForSpanishWords } from './spanish-words.js';

/**
 * The languages' readers in the order their lists assume: each later list leaves out the words an
 * earlier one already puts in English ("varicela", "grippe").
 */
const READERS: ReadonlyArray<(text: string) => string> = [
  englishForSpanishWords,
  englishForPortugueseAndPolishWords,
  englishForGermanAndFrenchWords,
  englishForHindiAndTagalogWords,
  englishForItalianAndVietnameseWords,
];

/**
 * The lower-cased text with the health words of every language the record questions read put in
 * English (Spanish, Portuguese, Polish, German, French, Hindi in Latin letters, Tagalog, Italian,
 * Vietnamese); other words as they are.
 */
export function englishForOtherLanguageWords(text: string): string {
  return READERS.reduce((english, read) => read(english), text);
}
