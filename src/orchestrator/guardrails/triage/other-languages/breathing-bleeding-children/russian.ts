import type { FindingsReading } from './findings-reading.js';

/** Russian: a knock to the back of the head ("ударился затылком"), then falling asleep and nausea (NICE NG232). */
export const RUSSIAN_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['ударил(?:ся|ась|ись) затылком', 'hit the back of his head'],
    ['(?:все время |всё время |постоянно )?засыпает', 'keeps falling asleep'],
  ],
  words: {},
};
