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
    // The glass test of a rash (NICE NG143): spots that do not fade under a pressed glass.
    [
      '(?:die |welche )?(?:beim|bei dem|unter dem|unterm|mit dem) (?:glastest|glas|wasserglas|trinkglas)(?:test)? nicht (?:verschwinden|verschwindet|verblassen|verblasst|weggehen|weggeht|wegdruckbar sind|blasser werden)',
      'that do not fade when pressed with a glass',
    ],
    ['(?:die |welche )?nicht wegdruckbar(?:e|en)?(?: sind| ist)?', 'that do not fade when pressed with a glass'],
    ['rote (?:punkte|flecken|pünktchen|punktchen)', 'red spots'],
    [
      '(?:re\\.?|rechte|rechts|li\\.?|linke|links) pupille (?:ist )?(?:weit|erweitert|gross|groesser)',
      'one pupil dilated',
    ],
  ],
  words: {},
};
