import type { FindingsReading } from './findings-reading.js';

/**
 * Polish: a blow to the head told by where it struck ("dostał kijem w skroń", whatever hit him), speech slurring after it and
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
    ['dostal(?:a)? (?:\\p{L}+ ){1,2}(?:w|po) (?:skron|glowe|glowie|czolo|tyl glowy)', 'was hit on the head'],
    ['(?:uderzyl|uderzyla) sie w glowe', 'hit his head'],
    ['po uderzeniu (?:sie )?(?:w|o) (?:glowe|glowa)', 'after hitting his head'],
    ['zaczal(?:a)? belkotac|belkocze', 'started slurring his words'],
    ['(?:ciagle |caly czas )?zasypia', 'keeps falling asleep'],
    ['bol glowy', 'headache'],
    ['po godzinie', 'after an hour'],
    [
      'krew przesiaka przez (?:\\p{L}+ )?(?:bandaz|bandaze|opatrunek|opatrunki|gaze|gazy)',
      'blood soaking through the bandages',
    ],
    ['po chwili', 'after a moment'],
    [
      '(?:znalezlismy|znalazlem|znalazlam|znalezli|znaleziono) (?:\\p{L}+ )?(?:nieprzytomn\\p{L}*|bez przytomnosci)',
      'found him unconscious',
    ],
    ['(?:znowu|znow|ponownie) zaczal(?:a|o)? sie (?:trzasc|rzucac)', 'started shaking again'],
    [
      '(?<=(?:drgaw|padaczk|napad|atak)\\p{L}*[^.!?]{0,30})(?:przestal|przestala|przestalo|przestaly|ustal|ustaly|minal|minely)',
      'the seizure stopped',
    ],
    [
      '(?:a )?(?:teraz |potem |po chwili )?(?:znowu|znow|ponownie) (?:sie )?zacz(?:al|ela|elo|ely)(?: sie)?',
      'and then it started again',
    ],
    ['nie (?:odzyskal|odzyskala|odzyskuje) przytomnosci', 'has not regained consciousness'],
    ['(?:zatkany|zapchany|zablokowany) nos|nos (?:zatkany|zapchany)', 'blocked nose'],
    ['przez nos', 'through my nose'],
    ['(?:na|w) (?:podlodze|ziemi)', 'on the floor'],
    // The glass test of a rash (NICE NG143).
    [
      '(?:ktora |ktore )?nie (?:znika|znikaja|blednie|bledna|zanika|zanikaja)(?: pod (?:naciskiem )?(?:szklanki|szklanka|szklanke|szklanki)| po (?:docisnieciu|ucisnieciu|nacisnieciu)(?: szklanka| szklanki)?)',
      'that does not fade when pressed with a glass',
    ],
    ['wysypk(?:a|e|i|ę)', 'a rash'],
  ],
  words: { bardzo: 'very', nieprzytomny: 'unconscious', nieprzytomna: 'unconscious', nieprzytomnego: 'unconscious' },
};
