import { EMERGENCY_CALL_SENTENCES, type EmergencyCallLanguage } from './emergency-call-translations.js';
import { otherLanguageReading } from './triage/other-languages/other-language-reading.js';

/**
 * Letters of a script the triage reads as one language but that only another language writes: kana and
 * hangul beside Chinese characters (Japanese, Korean), the Persian and Urdu letters of the Arabic
 * script, and the Cyrillic letters of Ukrainian, Belarusian, Serbian and Kazakh. Such a message is read
 * (the triage is the better for it) but its writer is not answered in a language they did not write.
 */
const WRITTEN_BY_ANOTHER_LANGUAGE: Partial<Readonly<Record<EmergencyCallLanguage, RegExp>>> = {
  Chinese: /[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/,
  // Not پ چ گ: Gulf and Iraqi Arabic write them in chat too. Persian and Urdu are told by their kāf and yā.
  Arabic: /[\u06a9\u06cc\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c1\u0698]/,
  Russian: /[іїєґўђјљњћџәғқңөұүһ]/i,
  // Nepali's own everyday words, which Hindi does not write: "my" (मेरो), "is / is not" (छ, छैन, छन्), "happened" (भयो),
  // "can't" (सक्दैन), "what to do" (गर्ने).
  Hindi: /(?<![\u0900-\u097f])(?:मेरो|हाम्रो|छ|छैन|छन्|भयो|सक्दैन|सकेन|गर्ने|गर्नु|हुन्छ|भने)(?![\u0900-\u097f])/,
};

/**
 * The triage reads Persian and Urdu by the Arabic script, so a message in it names all three: it is one
 * writer's Arabic unless it holds the letters only Persian or Urdu write (WRITTEN_BY_ANOTHER_LANGUAGE).
 * Nepali is read by the Devanagari script Hindi is written in, so a message in it names both: it is one
 * writer's Hindi unless it holds Nepali's own words.
 */
const READ_BY_ANOTHER_LANGUAGES_SCRIPT: ReadonlyMap<string, string> = new Map([
  ['Persian', 'Arabic'],
  ['Urdu', 'Arabic'],
  ['Nepali', 'Hindi'],
]);

function hasSentences(language: string): language is EmergencyCallLanguage {
  return Object.hasOwn(EMERGENCY_CALL_SENTENCES, language);
}

/**
 * The language to open the emergency guidance in, read from the message through the triage's own
 * detection (`otherLanguageReading`): the one other language a message is written in, alone or mixed
 * with English. Null, for English alone and for several other languages at once: whichever one were
 * chosen might not be the writer's, and the English guidance follows anyway. Hindi in Devanagari and in
 * Latin letters in one message is one writer's Hindi, answered in Devanagari.
 */
export function emergencyGuidanceLanguage(message: string): EmergencyCallLanguage | null {
  const reading = otherLanguageReading(message);
  if (reading === null) return null;
  const languages = new Set(
    reading.languages.map((language) => READ_BY_ANOTHER_LANGUAGES_SCRIPT.get(language) ?? language),
  );
  if (languages.has('Hindi')) languages.delete('romanised Hindi');
  if (languages.size !== 1) return null;
  const [language] = languages;
  if (language === undefined || !hasSentences(language)) return null;
  return WRITTEN_BY_ANOTHER_LANGUAGE[language]?.test(message) ? null : language;
}
