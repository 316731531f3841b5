/**
 * One language's health words and phrases, as the record questions read them in English. The
 * language files (spanish-words.ts, portuguese-and-polish-words.ts, german-and-french-words.ts,
 * hindi-and-tagalog-words.ts) hold only what differs between languages: their lists and how
 * their letters are typed plainly; the reading itself is the same for all and is written here once.
 */
export interface WordForWordVocabulary {
  /** Phrases, each a regular-expression source matched between word boundaries, read first and in order. */
  readonly phrases: ReadonlyArray<readonly [string, string]>;
  /** Single words as typed without marks, lower-case, with their English. */
  readonly words: Readonly<Record<string, string>>;
  /** How a text holding letters beyond ASCII is typed plainly ("presión" → "presion"); none: read as written. */
  readonly plainLetters?: (text: string) => string;
  /** A step after the plain letters and before the phrases (French elisions: "l'hôpital" → "l hopital"). */
  readonly beforePhrases?: (text: string) => string;
}

/**
 * A reader that puts the vocabulary's phrases, then its words, in English in a lower-cased text
 * and leaves every other word as it is.
 */
export function wordForWordEnglish(vocabulary: WordForWordVocabulary): (text: string) => string {
  // A map, so that a word such as "constructor" is never read from an object's prototype.
  const words: ReadonlyMap<string, string> = new Map(Object.entries(vocabulary.words));
  const phrasePatterns = vocabulary.phrases.map(
    ([phrase, english]) => [new RegExp(`\\b${phrase}\\b`, 'g'), english] as const,
  );
  const { plainLetters, beforePhrases } = vocabulary;
  return (text) => {
    let english = plainLetters && /[^\x00-\x7f]/.test(text) ? plainLetters(text) : text;
    if (beforePhrases) english = beforePhrases(english);
    for (const [pattern, replacement] of phrasePatterns) english = english.replace(pattern, replacement);
    return english.replace(/[a-z]+/g, (word) => words.get(word) ?? word);
  };
}

/**
 * How a language's letters are typed plainly: its own letters that are no letter with a mark are
 * replaced by hand ("ß" → "ss", "ł" → "l", "đ" → "d"), then every mark is dropped ("presión" →
 * "presion", "tête" → "tete", "nhịp" → "nhip").
 */
export function lettersTypedPlainly(ownLetters: Readonly<Record<string, string>> = {}): (text: string) => string {
  const own = Object.keys(ownLetters);
  const ownLetter = own.length > 0 ? new RegExp(`[${own.join('')}]`, 'g') : null;
  return (text) =>
    (ownLetter ? text.replace(ownLetter, (letter) => ownLetters[letter]!) : text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
}
