import { eachPossessive } from './possessive-terms.js';

/**
 * What people call a treatment after what it treats: "meds", "pills", "regimen"... One of them
 * told by its form is as often singular ("the hiv pill", "that hiv drug"); a singular "tablet"
 * is already read as the plural phrase.
 */
const TREATMENT_WORDS = [
  'meds',
  'medicine',
  'medicines',
  'medication',
  'medications',
  'drug',
  'drugs',
  'treatment',
  'regimen',
  'therapy',
  'pill',
  'pills',
  'tablets',
];

/** Each treatment word after each name of the disease: "hiv meds", "aids medication", "tb pills". */
function treatmentsFor(...diseases: readonly string[]): string[] {
  return diseases.flatMap((disease) => TREATMENT_WORDS.map((word) => `${disease} ${word}`));
}

/**
 * Patients' words for the tests and treatments in the records, beside the names the records use
 * (LOINC and SNOMED display names of the HIV/TB bundles' orders, results and drugs): part of
 * LAY_CLINICAL_TERMS, kept apart only for the length of one file.
 */
export const TEST_AND_TREATMENT_TERMS: ReadonlyArray<readonly string[]> = [
  // Tests as LOINC and SNOMED name them (the HIV/TB bundles' orders and results).
  ['pcr', 'polymerase chain reaction'],
  ['x-ray', 'xray', 'x ray', 'radiograph'],
  eachPossessive(
    'chest x-ray',
    'chest xray',
    'chest x ray',
    'x-ray of {whose} chest',
    'lung x-ray',
    'lung scan',
    'chest scan',
    'chest film',
    'chest radiograph',
    'x-ray, chest',
    // The picture taken, described: "did they take a picture of her lungs".
    'picture of {whose} lungs',
    'pictures of {whose} lungs',
    'photo of {whose} lungs',
    'image of {whose} lungs',
    'picture of {whose} chest',
    'pictures of {whose} chest',
    'photo of {whose} chest',
    'image of {whose} chest',
  ),
  ['head ct', 'ct of the head', 'ct head', 'head scan', 'brain scan', 'computed tomography scan, head'],
  ['ct', 'ct scan', 'cat scan', 'computed tomography', 'donut machine', 'doughnut machine', 'donut scanner'],
  eachPossessive(
    'eeg',
    'brain wave test',
    'brainwave',
    'brainwaves',
    'brain waves',
    'wires on {whose} head',
    // The electrodes, described: "wires being glued to her head", "stuck wires to his head".
    'wires to {whose} head',
    'glued to {whose} head',
    'stuck to {whose} head',
    'taped to {whose} head',
    'electrodes on {whose} head',
    'electrodes to {whose} head',
    'electroencephalogram',
  ),
  ['syphilis', 'vdrl', 'rpr', 'rapid plasma reagin', 'treponema pallidum'],
  ['blood type', 'blood group', 'blood typing'],
  ['kidney function', 'renal function', 'creatinine', 'serum creatinine'],
  ['liver function', 'liver enzymes', 'liver tests', 'lfts', 'transaminase', 'sgot', 'sgpt'],
  ['cd4', 'cd4 count', 't cell count', 'cd4 panel', 't cells', 't cell', 'cd4 cells', 'helper t cells'],
  ['hemoglobin', 'haemoglobin', 'hgb'],
  ['hematocrit', 'haematocrit', 'hct', 'packed cell volume'],
  ['electrolytes', 'serum electrolytes'],
  ['sed rate', 'esr', 'erythrocyte sedimentation rate'],
  ['white count', 'white cell count', 'white blood cells', 'wbc'],
  ['platelet count', 'platelets'],
  eachPossessive(
    'urine test',
    'urine sample',
    'urinalysis',
    'pee sample',
    'pee test',
    'pee in a cup',
    'wee sample',
    'wee test',
  ),
  // The dipstick apart from the urinalysis: the records order both ("Urinalysis order", "Urine
  // dipstick"), so each named outright finds itself first ("did they do a ua": not the dipstick,
  // whose "urine" and "dipstick" would outweigh the one word "urinalysis"). A urine test told in
  // lay words is in both groups and is widened with both, as before.
  eachPossessive(
    'urine test',
    'urine sample',
    'pee sample',
    'pee test',
    'pee in a cup',
    'wee sample',
    'wee test',
    'urine dipstick',
    // The dipstick told by what is done with it: "did they dip my wee", "dipped his urine".
    'dipstick',
    'dipstick test',
    'dip test',
    'urine dip',
    'dip {whose} urine',
    'dip {whose} wee',
    'dip {whose} pee',
    'dipped {whose} urine',
    'dipped {whose} wee',
    'dipped {whose} pee',
    'dipstick {whose} urine',
    'dipsticked {whose} urine',
    // "they dipped a stick in my wee", "put a strip in his pee".
    'stick in {whose} urine',
    'stick in {whose} wee',
    'stick in {whose} pee',
    'strip in {whose} urine',
    'strip in {whose} wee',
    'strip in {whose} pee',
  ),
  eachPossessive(
    'protein in urine',
    'protein in {whose} urine',
    'urine protein',
    'proteinuria',
    'albumin in urine',
    'urinary albumin',
    'microalbumin',
  ),
  [
    'stool test',
    'stool sample',
    'ova and parasites',
    'ova and cysts',
    'stool for ova',
    'poop sample',
    'poo sample',
    'poop test',
    'poo test',
  ],
  [
    'tb skin test',
    'skin test for tb',
    'mantoux',
    'ppd',
    'tuberculin skin test',
    'tuberculin',
    'skin test',
    'tine test',
  ],
  ['malaria', 'malarial', 'malaria smear', 'malarial smear'],
  ['typhoid', 'typhoid fever', 'widal', 'widal test'],
  ['brucellosis', 'brucella'],
  ['hiv test', 'hiv rapid test', 'elisa', 'hiv enzyme immunoassay'],
  ['rapid hiv test', 'quick hiv test', 'finger prick test', 'finger prick hiv test', 'hiv rapid test'],
  // A rapid test told by its speed or by how it is taken, the record's own "rapid" ("HIV RAPID TEST",
  // "Rapid test for malaria"): "the quick test", "the finger prick one".
  ['rapid test', 'quick test', 'finger prick', 'fingerprick', 'finger stick', 'fingerstick', 'finger-prick'],
  // A result that was neither positive nor negative, as the record says it ("Indeterminate") and as
  // people tell it: "the test came back unclear", "an inconclusive hiv test", "equivocal".
  ['indeterminate', 'inconclusive', 'equivocal', 'unclear', 'undetermined', 'not conclusive'],
  [
    'sputum test',
    'sputum sample',
    'sputum smear',
    'afb',
    'acid-fast bacilli',
    'sputums for afb',
    // The sample told as people give it: "three early morning spit pots", "the phlegm samples".
    'sputum pot',
    'spit pot',
    'spit sample',
    'spit test',
    'spit jar',
    'spit cup',
    'phlegm sample',
    'phlegm pot',
    'phlegm test',
    'early morning sputum',
  ],
  // Treatments the HIV/TB bundles record as observations.
  [
    ...treatmentsFor('hiv', 'aids'),
    'arv',
    'arvs',
    'haart',
    'antiretroviral',
    'antiretrovirals',
    'hiv cocktail',
    'drug cocktail',
  ],
  // Generic and brand names of the HIV and TB drugs the bundles record, and their shorthand.
  // The shorthand is the drugs' standard abbreviations (AZT, 3TC, FTC, TDF, EFV, NVP, d4T, ddI, LPV/r).
  ['azt', 'zdv', 'retrovir', 'zidovudine'],
  ['3tc', 'epivir', 'lamivudine'],
  ['truvada', 'ftc', 'emtricitabine'],
  ['kaletra', 'lpv', 'lopinavir'],
  ['sustiva', 'stocrin', 'efv', 'efavirenz'],
  ['viramune', 'nvp', 'nevirapine'],
  ['ziagen', 'abacavir'],
  ['viread', 'tdf', 'tenofovir'],
  ['zerit', 'd4t', 'stavudine'],
  ['videx', 'ddi', 'didanosine'],
  ['inh', 'isoniazid'],
  ['rifampin', 'rifampicin', 'rifadin', 'rif'],
  ['pza', 'pyrazinamide'],
  ['emb', 'ethambutol'],
  [
    'preventive treatment',
    'preventative treatment',
    'preventive medicine',
    'preventative medicine',
    'preventive',
    'preventative',
    'prevention',
    'prophylaxis',
  ],
  [...treatmentsFor('tb'), 'tuberculosis treatment'],
];
