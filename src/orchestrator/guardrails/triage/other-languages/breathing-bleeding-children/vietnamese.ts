import type { FindingsReading } from './findings-reading.js';

/**
 * Vietnamese: someone found lying unconscious on the floor ("phát hiện ông nằm bất tỉnh dưới sàn"): "nằm" (lying) is
 * read only beside the floor or unconsciousness, since typed without its marks it is "năm" (a year, five) as well.
 */
export const VIETNAMESE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['phat hien', 'found'],
    // A cold's blocked nose: breathing through the nose is no airway trouble.
    ['(?:bi )?nghet mui|tac mui', 'blocked nose'],
    ['bang mui', 'through my nose'],
    // A fontanelle bulging (NICE NG143): "phồng" read here, before it is read as a burn's blister.
    [
      'thop (?:cua (?:be|con|em be|chau) )?(?:bi )?(?:phong|cang|gong|nho|u|lo)(?: len| cao)?',
      "the baby's fontanelle is bulging",
    ],
    ['nam (?:bat tinh|im|bat dong|guc) (?:duoi|tren|o) san(?: nha)?', 'lying unconscious on the floor'],
    ['nam (?:duoi|tren) san(?: nha)?', 'lying on the floor'],
  ],
  words: {},
};
