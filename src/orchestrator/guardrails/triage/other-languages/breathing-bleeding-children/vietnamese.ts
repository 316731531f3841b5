import type { FindingsReading } from './findings-reading.js';

/**
 * Vietnamese: someone found lying unconscious on the floor ("phát hiện ông nằm bất tỉnh dưới sàn"): "nằm" (lying) is
 * read only beside the floor or unconsciousness, since typed without its marks it is "năm" (a year, five) as well.
 */
export const VIETNAMESE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['phat hien', 'found'],
    ['nam (?:bat tinh|im|bat dong|guc) (?:duoi|tren|o) san(?: nha)?', 'lying unconscious on the floor'],
    ['nam (?:duoi|tren) san(?: nha)?', 'lying on the floor'],
  ],
  words: {},
};
