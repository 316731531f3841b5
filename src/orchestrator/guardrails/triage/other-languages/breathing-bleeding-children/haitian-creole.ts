import type { FindingsReading } from './findings-reading.js';

/**
 * Haitian Creole: lips turned blue told with "ki" (that) between ("bouch li ki vin ble") and the ribs pulling in told
 * without "zo" ("kòt li ap rantre"): blue lips and indrawing are red flags of a child's breathing (NICE NG143).
 */
export const HAITIAN_CREOLE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:po )?(?:bouch|lev) (?:li |m |mwen )?ki (?:vin|tounen) (?:ble|vyolet|mov|nwa)', 'lips turned blue'],
    ['kot (?:li |m )?(?:ap )?(?:rantre|fonse|kreze)', 'ribs pulling in with each breath'],
    ['(?:nou|m|mwen|yo) (?:jwenn|jwen) (?:li|l) (?:ate|atè)', 'we found him on the floor'],
  ],
  words: {},
};
