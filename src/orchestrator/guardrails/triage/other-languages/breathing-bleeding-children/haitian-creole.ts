import type { FindingsReading } from './findings-reading.js';

/**
 * Haitian Creole: lips turned blue told with "ki" (that) between ("bouch li ki vin ble") and the ribs pulling in told
 * without "zo" ("kòt li ap rantre"): blue lips and indrawing are red flags of a child's breathing (NICE NG143).
 */
export const HAITIAN_CREOLE_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    ['(?:po )?(?:bouch|lev) (?:li |m |mwen )?ki (?:vin|tounen) (?:ble|vyolet|mov|nwa)', 'lips turned blue'],
    // The glass test of a rash (NICE NG143): spots that do not go when pressed with a glass.
    [
      '(?:ki )?pa (?:disparet|disparèt|ale|efase|pase) (?:le|lè|menm le|menm lè) (?:m|mwen|ou|nou) (?:peze|prese|peze sou) (?:l|li|yo)? ?(?:ak|avek|avèk) (?:yon )?(?:ve|vè)',
      'that do not fade when pressed with a glass',
    ],
    ['(?:ti )?bouton wouj', 'red spots'],
    // Session 53 (T84): a baby's fontanelle bulging (NICE NG143), and spots that do not go when pressed, told without the glass.
    [
      '(?:fontanel|fontanèl|tet mou|tèt mou|mol tet|mòl tèt) (?:li |l |pitit la )?(?:bonbe|gonfle|anfle|leve|monte)',
      'bulging fontanelle',
    ],
    [
      '(?:tach|tache|ti tach|bouton) (?:\\p{L}+ ){0,6}?(?:ki )?pa (?:disparet|disparèt|efase|ale) (?:le|lè|menm le|menm lè) (?:m|mwen|ou|nou) (?:peze|prese)',
      'spots that do not fade when pressed',
    ],
    ['kot (?:li |m )?(?:ap )?(?:rantre|fonse|kreze)', 'ribs pulling in with each breath'],
    ['(?:nou|m|mwen|yo) (?:jwenn|jwen) (?:li|l) (?:ate|atè)', 'we found him on the floor'],
  ],
  words: {},
};
