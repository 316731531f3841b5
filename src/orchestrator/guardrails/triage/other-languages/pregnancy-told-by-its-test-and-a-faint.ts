import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T127): an ectopic pregnancy told in everyday French (RCOG Green-top 21; NICE NG126: a positive test with
 * pain low on one side, a pain felt at the shoulder tip or a faint is an emergency, with or without bleeding).
 * - "test positif" is a pregnancy's only beside a bleed, a late period or a pain low in the belly, and never beside
 *   another test (a COVID, flu or strep test, a screening).
 * - "j'ai failli tomber dans les pommes" is a near faint, the idiom told with "failli" (nearly).
 * - "mal en bas à droite", "ça tire jusqu'à l'épaule": the side and the shoulder tip, as the English rules read them.
 */

const ANOTHER_TEST = toldNowhere(
  '(?:covid|corona|antigeni|pcr|grippe|angine|strepto|vih|hiv|depistage|tuberculin|tuberculose|allergi|drogue|paternite)',
);
const BESIDE_A_PREGNANCY_SIGN = toldAnywhere(
  '(?:sang|saign|regles|retard|en bas (?:a|du) (?:droite|gauche|ventre)|bas[ -]ventre|mal au ventre|tomber dans les pommes|evanoui)',
);

export const FRENCH_PREGNANCY_TEST_AND_A_FAINT: LexiconPhrases = [
  [
    `(?:(?:test de grossesse|test|beta ?hcg|bhcg) (?:est |etait |a ete |sorti |revenu )?positif)${ANOTHER_TEST}${BESIDE_A_PREGNANCY_SIGN}`,
    'positive pregnancy test',
  ],
  [
    "(?:j'?ai|il a|elle a|on a|a) (?:presque |failli |manque de )(?:tomber dans les pommes|m'?evanouir|s'?evanouir|tourner de l'?oeil)",
    'nearly fainted',
  ],
  ["(?:j'?ai |il a |elle a )?mal en bas (?:a|du cote) (?:droite|droit)", 'pain low on the right'],
  ["(?:j'?ai |il a |elle a )?mal en bas (?:a|du cote) (?:gauche)", 'pain low on the left'],
  [
    "(?:ca|cela|la douleur) (?:tire|monte|remonte|irradie) (?:jusqu'?a|dans|vers) (?:l'?)?epaule",
    'pain going to the shoulder',
  ],
];
