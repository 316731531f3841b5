import type { FindingsReading } from './findings-reading.js';

/**
 * German: a head injury told in a care home's note ("Sturz mit Kopfanprall, seither zunehmend schläfrig, Pupille
 * weit"): a blow to the head on an anticoagulant with drowsiness since, and a pupil grown wide (NICE NG232 red flags).
 */
export const GERMAN_FINDINGS: FindingsReading = {
  ownWords: ['kopfanprall'],
  phrases: [
    ['(?:mit )?kopfanprall', 'with a blow to the head'],
    ['seither|seitdem', 'since then'],
    ['zunehmend', 'increasingly'],
    [
      '(?:re\\.?|rechte|rechts|li\\.?|linke|links) pupille (?:ist )?(?:weit|erweitert|gross|groesser)',
      'one pupil dilated',
    ],
  ],
  words: {},
};
