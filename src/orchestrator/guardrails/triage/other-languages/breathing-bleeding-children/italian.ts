import type { FindingsReading } from './findings-reading.js';

/**
 * Italian: noisy breathing told as a noise on the breath in (stridor: Manchester Triage "inappropriate history" of
 * croup with noise at rest, NHS 111 croup red flags), the air that will not go in, and the head injury told by its red
 * flags.
 */
export const ITALIAN_FINDINGS: FindingsReading = {
  ownWords: ['inspira', 'rumore'],
  phrases: [
    [
      'fa (?:un )?(?:rumore|verso|fischio|sibilo) (?:forte |strano )?(?:quando|mentre) (?:respira|inspira|prende aria)',
      'makes a loud noise when he breathes in',
    ],
    ['anche (?:da fermo|da ferma|a riposo)', 'even at rest'],
    ['(?:sembra che )?non gli entr[ai] (?:l )?aria|non (?:gli |le )?entra (?:l )?aria', 'cannot get air in'],
  ],
  words: { inspira: 'breathes in' },
};
