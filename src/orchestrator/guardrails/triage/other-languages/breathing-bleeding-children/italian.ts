import type { FindingsReading } from './findings-reading.js';

/**
 * Italian: noisy breathing told as a noise on the breath in (stridor: Manchester Triage "inappropriate history" of
 * croup with noise at rest, NHS 111 croup red flags), the air that will not go in, and the head injury told by its red
 * flags.
 */
export const ITALIAN_FINDINGS: FindingsReading = {
  // "respira" is Spanish and Portuguese too: counted for Italian, a short Italian message with one word of its own
  // ("è svenuto e non respira") is no longer read as Spanish, which holds it as a word of its own as well.
  ownWords: ['inspira', 'rumore', 'respira'],
  phrases: [
    [
      'fa (?:un )?(?:rumore|verso|fischio|sibilo) (?:forte |strano )?(?:quando|mentre) (?:respira|inspira|prende aria)',
      'makes a noise when he breathes in',
    ],
    ['(?:il )?naso (?:chiuso|tappato|bloccato|otturato)', 'blocked nose'],
    ['sta (?:per )?svenendo', 'is passing out'],
    ['anche (?:da fermo|da ferma|a riposo)', 'even at rest'],
    // Bleeding for an hour on an anticoagulant, gauzes soaked (NHS 111: bleeding on a blood thinner that will not stop).
    ["da (?:un|una) ?'? ?ora|da piu di (?:un|una) ?'? ?ora", 'for an hour'],
    [
      '(?:garze|bende|asciugamani|fazzoletti) (?:\\p{L}+ )?(?:zuppe|zuppi|inzuppat[ei]|imbevut[ei]|fradic[ei]|piene di sangue)',
      'soaked gauzes',
    ],
    ['(?:sembra che )?non gli entr[ai] (?:l )?aria|non (?:gli |le )?entra (?:l )?aria', 'cannot get air in'],
  ],
  words: { inspira: 'breathes in' },
};
