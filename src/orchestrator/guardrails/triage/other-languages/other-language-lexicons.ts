import { ARABIC } from './arabic.js';
import { AMHARIC, LATIN_AMHARIC } from './amharic.js';
import { ARABIZI } from './arabizi.js';
import { BANGLISH, BENGALI } from './bengali.js';
import { CHINESE } from './chinese.js';
import { DUTCH } from './dutch.js';
import { FRENCH } from './french.js';
import { GERMAN } from './german.js';
import { GREEK } from './greek.js';
import { HEBREW } from './hebrew.js';
import { HAITIAN_CREOLE } from './haitian-creole.js';
import { HINDI, ROMANISED_HINDI } from './hindi.js';
import { INDONESIAN } from './indonesian.js';
import { ITALIAN } from './italian.js';
import { JAPANESE } from './japanese.js';
import { KOREAN } from './korean.js';
import { NEPALI } from './nepali.js';
import { PUNJABI } from './punjabi.js';
import type { LanguageLexicon } from './language-lexicon.js';
import { PERSIAN } from './persian.js';
import { PINYIN } from './pinyin.js';
import { POLISH } from './polish.js';
import { PORTUGUESE } from './portuguese.js';
import { ROMANIAN } from './romanian.js';
import { ROMANISED_NEPALI } from './romanised-nepali.js';
import { ROMANISED_PERSIAN } from './romanised-persian.js';
import { ROMANISED_UKRAINIAN } from './romanised-ukrainian.js';
import { ROMANISED_RUSSIAN, RUSSIAN } from './russian.js';
import { SOMALI } from './somali.js';
import { SPANISH } from './spanish.js';
import { SWAHILI } from './swahili.js';
import { TAGALOG } from './tagalog.js';
import { THAI } from './thai.js';
import { TURKISH } from './turkish.js';
import { URDU } from './urdu.js';
import { VIETNAMESE } from './vietnamese.js';
import { YORUBA } from './yoruba.js';
import { GREEKLISH } from './greeklish.js';

/**
 * Every language the triage reads besides English, one file each. Of the Latin-script ones only the
 * one with most markers in a message is read; on a tie, the one listed first.
 */
export const OTHER_LANGUAGE_LEXICONS: readonly LanguageLexicon[] = [
  SPANISH,
  PORTUGUESE,
  FRENCH,
  ITALIAN,
  GERMAN,
  TAGALOG,
  VIETNAMESE,
  ROMANISED_HINDI,
  HAITIAN_CREOLE,
  SWAHILI,
  ARABIZI,
  ROMANISED_PERSIAN,
  PINYIN,
  HINDI,
  // Japanese before Chinese, Persian and Urdu before Arabic: their phrases hold characters and words the other reads alone.
  JAPANESE,
  CHINESE,
  PERSIAN,
  URDU,
  ARABIC,
  RUSSIAN,
  ROMANISED_RUSSIAN,
  POLISH,
  TURKISH,
  KOREAN,
  // Session 54 (T89): listed last, so a tie of markers with a language read before stays with it.
  ROMANIAN,
  BENGALI,
  BANGLISH,
  SOMALI,
  AMHARIC,
  LATIN_AMHARIC,
  // Session 56 (T97): listed last, as the languages added before them.
  INDONESIAN,
  DUTCH,
  // Session 58 (T110): scripts no other lexicon read, and Nepali, read after Hindi in their shared script.
  GREEK,
  THAI,
  NEPALI,
  // Session 59: the Gurmukhi and Hebrew scripts, which no other lexicon reads.
  PUNJABI,
  HEBREW,
  // Session 62 (T132): Nepali and Ukrainian typed in Latin letters, listed last so a tie of markers stays with a language
  // read before.
  ROMANISED_NEPALI,
  ROMANISED_UKRAINIAN,
  // Session 63 (T141): Yoruba, listed last so a tie of markers stays with a language read before.
  YORUBA,
  // Session 63 (T141): Greek typed in Latin letters, which the Greek-script lexicon cannot read.
  GREEKLISH,
];
