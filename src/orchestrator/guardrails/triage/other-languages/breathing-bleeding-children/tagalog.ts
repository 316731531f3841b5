import type { FindingsReading } from './findings-reading.js';

/** Tagalog: a blow to the head told with its verb alone ("nauntog siya"), which names the head (NICE NG232). */
export const TAGALOG_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [['(?:nauntog|nabagok|naumpog)(?= (?:siya|sya|ako|ang|yung|si)\\b)', 'hit his head']],
  words: {},
};
