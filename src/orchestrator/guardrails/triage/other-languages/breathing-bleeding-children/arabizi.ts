import type { FindingsReading } from './findings-reading.js';

/**
 * Arabizi: someone found unconscious and not answering, told by the finder ("la2eenah m8ma 3aleih 3al ard w ma byrud"):
 * a collapse seen by a bystander (Resuscitation Council UK). Its words hold digits, which split a word for the marker
 * count: the words of their own are those typed without one.
 */
export const ARABIZI_FINDINGS: FindingsReading = {
  ownWords: ['byrud', 'byrod', 'mughma', 'mghma'],
  phrases: [
    // Blue lips (NICE NG143, Manchester Triage: cyanosis), typed with the digit of the qaf or hamza.
    // The glass test named and its result told after it ("3melt ikhtibar el kase w ma ra7et"): spots that did not fade.
    [
      '(?:ikhtibar|ekhtibar|ikhtebar|ekhtebar|e5tibar|i5tibar|test|tajrobet|tajribet) (?:el |l|al )?(?:kase|kasse|kas|kass|kobaya|kobbaya|kubbaye|kub|koub)(?: [\\p{L}\\d]+){0,4}? (?:w )?(?:ma|mesh|msh|mu|mish) ?(?:ra7et|ra7it|ra7at|ra7u|ra7o|ra7|ikhtafet|e5tafet|5tafet|tro7|bitro7|betro7|zalet)',
      'did the glass test and the spots did not fade',
    ],
    ['(?:shafayfo|shfayfo|shafayefo|shafayf\\p{L}*|shfaf\\p{L}*) (?:zar2a|zar2aa|zor2|zar2in|azra2|zar2)', 'blue lips'],
    [
      '(?:la2eenah|la2enah|la2eenaha|la2enaha|la2ineh|la2inah|l2ineh|l2inah|la2ena|la2eena|la2eto|la2ito|la2etha|l2eto)',
      'we found him',
    ],
    [
      "(?:m8ma|mughma|mghma|mo8ma|ma8ma|m3'?ma) ?(?:3alei|3alaih|3aleih|3aleh|3alayh|3leh|3aleha|3alayha|3leha)",
      'unconscious',
    ],
    // Not answering is a collapse only beside a body told down or out, never beside a phone or a message (review V24).
    [
      '(?<=(?:m8ma|mughma|mghma|mo8ma|w2e3|wa2e3|wi2e3|wo2e3|3al ?ard|3al ?2ard|la2ee?n\\p{L}*|la2et\\p{L}*|ma byetnaffas|mish 3am yetnaffas)[^]*)(?![^]*(?:message|msg|phone|telephone|telefon|tilifon|call|whatsapp|wats|mobile))(?:ma|mish|msh|mesh) (?:byrud|byrod|biyrod|bi ?rud|birud|yrud)',
      'is not responding',
    ],
  ],
  words: {},
};
