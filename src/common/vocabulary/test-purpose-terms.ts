import { eachPossessive } from './possessive-terms.js';

/**
 * A test as people ask for it when they do not know its name: by what it measures ("the
 * inflammation blood test", "my blood salts", "the immune cells they count for HIV"), by the
 * sample they gave ("a phlegm sample", "they made me pee in a pot") or by the illness it looks for
 * ("the mosquito disease", "an STD screen"). One way, to the names the HIV/TB bundles' orders use
 * (LOINC display names): a question naming the test itself is not widened with the lay words,
 * which would match other records. Record questions only (testPurposeExpansions).
 */
export const TEST_PURPOSE_TERMS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  {
    // The erythrocyte sedimentation rate, the inflammation marker people are told about.
    lay: eachPossessive(
      'inflammation test',
      'inflammation blood test',
      'inflammation marker',
      'inflammation markers',
      'inflammatory marker',
      'inflammatory markers',
      'inflammation level',
      'inflammation levels',
      'test for inflammation',
      'tested for inflammation',
      'checked for inflammation',
      'check for inflammation',
      'inflammation in {whose} blood',
    ),
    clinical: ['erythrocyte sedimentation rate'],
  },
  {
    lay: eachPossessive(
      'blood salts',
      'body salts',
      'salts in {whose} blood',
      'salt level',
      'salt levels',
      'salt balance',
      'sodium and potassium',
      'potassium and sodium',
      'sodium level',
      'potassium level',
      '{whose} sodium',
      '{whose} potassium',
    ),
    clinical: ['serum electrolytes'],
  },
  {
    lay: eachPossessive(
      'clotting cells',
      'clotting cell',
      'clotting test',
      'clotting count',
      'clotting level',
      'clotting levels',
      'blood clotting',
      'how {whose} blood clots',
      'how well {whose} blood clots',
    ),
    clinical: ['platelets', 'platelet count'],
  },
  {
    // The CD4 count by what it counts.
    lay: eachPossessive(
      'immune cells',
      'immune cell count',
      'immune count',
      'immune system count',
      'immune system test',
      'immune system numbers',
      'immune numbers',
      'immunity count',
      'immune level',
      'immune levels',
      'fighter cells',
    ),
    clinical: ['cd4', 'cd4 count', 'cd4 panel'],
  },
  {
    // A urine test by what was done or the system it looks at ("a wee sample" and "urine test" are
    // equivalents already).
    lay: eachPossessive(
      'pee',
      'peed',
      'wee in a pot',
      'wee in a cup',
      'wee in a bottle',
      'wee was tested',
      'wee tested',
      'tested {whose} wee',
      'checked {whose} wee',
      'test {whose} wee',
      'check {whose} wee',
      'water sample',
      'waterworks',
      'water works',
    ),
    clinical: ['urine test', 'urinalysis', 'urine dipstick', 'urinary'],
  },
  {
    // Sputum by the sample given ("phlegm" alone is the symptom, sputum finding).
    lay: eachPossessive(
      'phlegm sample',
      'phlegm samples',
      'phlegm test',
      'spit sample',
      'spit samples',
      'spit test',
      'spit into a pot',
      'spit in a pot',
      'spit into a cup',
      'spit in a cup',
      'cough up into a pot',
      // The sample told as what was coughed up: "three samples of what I coughed up".
      'what i coughed up',
      'what he coughed up',
      'what she coughed up',
      'what they coughed up',
      'what i cough up',
      'what he coughs up',
      'what she coughs up',
      'what they cough up',
      'test of {whose} spit',
      'tested {whose} spit',
      'checked {whose} spit',
      'mucus sample',
    ),
    clinical: ['sputum test', 'sputums for afb'],
  },
  {
    // A stool test by the sample or by what it looks for ("a poo sample" is an equivalent already).
    lay: eachPossessive(
      'tested {whose} poo',
      'tested {whose} poop',
      'test {whose} poo',
      'test {whose} poop',
      'checked {whose} poo',
      'checked {whose} poop',
      'check {whose} poo',
      'check {whose} poop',
      'poo in a pot',
      'poop in a pot',
      'parasites',
      'worms',
    ),
    clinical: ['stool test', 'stool for ova'],
  },
  {
    lay: ['mosquito', 'mosquito fever', 'mosquito disease', 'mosquito illness', 'mosquito bite fever'],
    clinical: ['malaria'],
  },
  {
    // Brucellosis by its old lay names.
    lay: ['malta fever', 'undulant fever', 'goat fever', 'unpasteurised milk', 'unpasteurized milk'],
    clinical: ['brucella'],
  },
  {
    // A screen for sexually transmitted infections: the syphilis tests (and HIV's, named already).
    lay: [
      'std',
      'sti',
      'std test',
      'sti test',
      'std screen',
      'sti screen',
      'sexual health',
      'sexually transmitted',
      'sexually transmitted infection',
      'sexually transmitted disease',
      'venereal',
    ],
    clinical: ['syphilis', 'vdrl', 'treponema pallidum', 'rapid plasma reagin'],
  },
  {
    // Expecting told without "a baby" ("to check if i was expecting"): after whether, if or when,
    // where it is a pregnancy and not the results someone was expecting; and the colloquial names.
    lay: eachPossessive(
      'pregnant',
      'expecting a baby',
      'if i was expecting',
      'if she was expecting',
      'if i am expecting',
      'if im expecting',
      'whether i was expecting',
      'whether she was expecting',
      'when i was expecting',
      'when she was expecting',
      'while i was expecting',
      'while she was expecting',
      'was i expecting',
      'preggers',
      'preggo',
      'up the duff',
      'with child',
      'bun in the oven',
      'in the family way',
    ),
    clinical: ['pregnancy test'],
  },
];
