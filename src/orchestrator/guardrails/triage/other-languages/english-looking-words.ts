import { ENGLISH_WORDS } from './english-words.js';

/**
 * Whether a word the lexicons left unread may be read as English by the wording model: a word of the
 * English messages it learned from (`ENGLISH_WORDS`) that is not a word of a language the message is
 * read from (`languageWords`, one set for each). Any other word the model would read only as letter pieces, which it learned from English
 * spellings: "semanas", "pero" and "y" once added an emergency to a Spanish message by the pieces they
 * share with English words, not by anything they say.
 */
export function looksEnglish(word: string, languageWords: readonly ReadonlySet<string>[]): boolean {
  return ENGLISH_WORDS.has(word) && !languageWords.some((words) => words.has(word));
}

/**
 * Whether a message is mostly English: the words no lexicon read that look English are at least half of its
 * words. The wording model reads such a message as written (an English message with a Spanish place name, or a
 * few words of Spanish in an English message), as it read every English message it learned from.
 */
export function isMostlyEnglish(
  words: readonly string[],
  unread: readonly string[],
  languageWords: readonly ReadonlySet<string>[],
): boolean {
  const english = unread.filter((word) => looksEnglish(word, languageWords)).length;
  return english * 2 >= words.length;
}
