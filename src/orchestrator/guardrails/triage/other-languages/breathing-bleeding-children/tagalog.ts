import type { FindingsReading } from './findings-reading.js';

/**
 * Tagalog: a blow to the head told with its verb alone ("nauntog siya"), which names the head (NICE NG232), and what a
 * baby did after it.
 */
export const TAGALOG_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:nauntog|nabagok|naumpog)(?= (?:siya|sya|ako|ang|yung|si)\\b)', 'hit his head'],
    // A baby who cried at once after the knock and went back to feeding is low risk (NICE NG232): read so, the English
    // rules hold a baby's head knock back (well_after_knock).
    ['umiyak (?:agad|kaagad|saglit|sandali)', 'cried at once'],
    ['(?:dumede|dumedede|kumain|naglaro) (?:na )?(?:ulit|uli|ulet)', 'went back to feeding'],
    ['normal (?:naman|na)(?: siya| sya)?', 'behaving normally'],
    // The glass test of a rash (NICE NG143): pressed with a glass.
    [
      '(?:kapag|pag|kahit|nung) (?:diniinan|dinidiinan|diniin|idiniin|pinindot|pinipindot)(?: (?:ng|ko ng|namin ng|ko ito ng|ko sa))? (?:baso|basong? \\p{L}+)',
      'when pressed with a glass',
    ],
  ],
  words: {},
};
