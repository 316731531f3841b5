import type { LexiconPhrases } from '../language-lexicon.js';

/**
 * Session 63 (T141): Amharic's everyday words for the 13 categories' red flags beyond the reader's first forms (NHS 111
 * / Pathways, Manchester Triage, NICE NG143 / NG225 / NG232, BE-FAST): breath stopped ("ትንፋሹ ቆመ"), passing out told
 * in the first person ("ራሴን ሳትኩ"), one side gone lame ("አንድ ጎኑ ሽባ"), a stroke by its loanword, a body convulsing
 * and foam at the mouth ("ተንዘፈዘፈ", "አረፋ"), a rope made ready, vomiting told with its person ("እያስመለሰው"), and an
 * infant's or a pregnancy's months ("የ2 ወር").
 */
export const AMHARIC_EVERYDAY_PHRASES: LexiconPhrases = [
  ['(?:ትንፋሹ|ትንፋሿ|ትንፋሼ|ትንፋሽ) (?:ቆመ|ቆሟል|ቆመች|ቆሞአል|ጠፋ|ጠፍቷል)|መተንፈስ (?:አቆመ|አቆመች|አቁሟል)', 'is not breathing'],
  ['ራሴን (?:ሳትኩ|ስቼ|ስቻለሁ)', 'i passed out'],
  [
    '(?:አንድ ጎኑ|አንድ ጎኗ|ግማሽ አካሉ|ግማሽ አካሏ|ቀኝ ጎኑ|ግራ ጎኑ|ቀኝ ጎኗ|ግራ ጎኗ) (?:ሽባ|ደነዘዘ|ደነዘዘች|አልንቀሳቀስ አለ)',
    'suddenly weak arm and numb on one side',
  ],
  ['ስትሮክ (?:ያዘው|ያዛት|መታው|መታት|ገጠመው|ገጠማት)', 'he is having a stroke'],
  ['ስትሮክ', 'stroke'],
  ['ተንዘፈዘፈ\\p{L}*|ይንዘፈዘፋል|እየተንዘፈዘፈ\\p{L}*|አረፋ (?:ደፈቀ|ደፈቀች|እየደፈቀ\\p{L}*|ወጣው|ወጣት|እየወጣ\\p{L}*)', 'he is having a seizure'],
  ['(?:ራሱን|ራሷን|ራሴን) (?:ለመስቀል|ሊሰቅል|ልትሰቅል|ሰቀለ|ሰቀለች)|ገመድ (?:አዘጋጀ|አዘጋጀች|አዘጋጀሁ)', 'he says he will hang himself tonight'],
  ['(?:እያስመለሰው|እያስመለሳት|እያስመለሰኝ|ያስመልሰኛል)', 'vomiting'],
  ['የ\\d+ (?:ወር|ወሩ) (?:ነፍሰ ጡር|ነፍሰጡር|እርጉዝ)', '# months pregnant'],
  ['(?<!ከ)የ\\d+ (?:ወር|ወሩ)(?= (?:ህፃን|ሕፃን|ልጅ|ጨቅላ|ልጄ))', '# months old'],
];
