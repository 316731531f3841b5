import type { FindingsReading } from './findings-reading.js';

/**
 * Polish: a blow to the head told by what hit it and where ("dostał kijem w skroń"), speech slurring after it and
 * falling asleep (NICE NG232), someone found unconscious told with the finder as the subject, and a fit that stopped
 * and started again ("znowu zaczął się trząść": NICE NG217, a second seizure without recovery).
 */
export const POLISH_FINDINGS: FindingsReading = {
  ownWords: [
    'nieprzytomny',
    'nieprzytomna',
    'nieprzytomnego',
    'nieprzytomnej',
    'znalezlismy',
    'znalazlem',
    'znalazlam',
  ],
  phrases: [
    [
      'dostal(?:a)? (?:\\p{L}+ )?(?:kijem|pilka|kamieniem|cegla|butelka|piescia|kopniakiem)(?: \\p{L}+)? (?:w|po) (?:skron|glowe|glowie|czolo|tyl glowy)',
      'was hit on the head',
    ],
    ['(?:uderzyl|uderzyla) sie w glowe', 'hit his head'],
    ['zaczal(?:a)? belkotac|belkocze', 'started slurring his words'],
    ['(?:ciagle |caly czas )?zasypia', 'keeps falling asleep'],
    ['bol glowy', 'headache'],
    ['po godzinie', 'after an hour'],
    ['po chwili', 'after a moment'],
    [
      '(?:znalezlismy|znalazlem|znalazlam|znalezli|znaleziono) (?:go |ja |mame |tate |babcie |dziadka )?(?:nieprzytomn\\p{L}*|bez przytomnosci)',
      'found him unconscious',
    ],
    ['(?:znowu|znow|ponownie) zaczal(?:a|o)? sie (?:trzasc|rzucac)', 'started shaking again'],
    ['(?:na|w) (?:podlodze|ziemi)', 'on the floor'],
  ],
  words: { nieprzytomny: 'unconscious', nieprzytomna: 'unconscious', nieprzytomnego: 'unconscious' },
};
