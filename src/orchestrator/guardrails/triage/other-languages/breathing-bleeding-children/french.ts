import type { FindingsReading } from './findings-reading.js';

/**
 * French: someone found unconscious, told with "on" as the finder and no other marker of the language ("on l'a trouvé
 * par terre inconscient"): a collapse seen by a bystander (Resuscitation Council UK).
 */
export const FRENCH_FINDINGS: FindingsReading = {
  ownWords: ['inconscient', 'inconsciente'],
  phrases: [
    ["(?:on|nous|je|ils) (?:l'?a|l'?avons|l'?ai|l'?ont|les? a|la a) (?:retrouve|trouve)e?s?", 'found him'],
    ['(?:par terre|au sol|sur le sol)', 'on the floor'],
  ],
  words: {},
};
