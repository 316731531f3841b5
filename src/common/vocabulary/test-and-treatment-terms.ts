import { eachPossessive } from './possessive-terms.js';

/** What people call a treatment after what it treats: "meds", "pills", "regimen"... */
const TREATMENT_WORDS = [
  'meds',
  'medicine',
  'medicines',
  'medication',
  'medications',
  'drugs',
  'treatment',
  'regimen',
  'therapy',
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
  [
    'urine test',
    'urine sample',
    'urinalysis',
    'urine dipstick',
    'pee sample',
    'pee test',
    'pee in a cup',
    'wee sample',
  ],
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
  ['sputum test', 'sputum sample', 'sputum smear', 'afb', 'acid-fast bacilli', 'sputums for afb'],
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
  ['azt', 'retrovir', 'zidovudine'],
  ['3tc', 'epivir', 'lamivudine'],
  ['truvada', 'emtricitabine'],
  ['kaletra', 'lopinavir'],
  ['sustiva', 'stocrin', 'efavirenz'],
  ['viramune', 'nevirapine'],
  ['ziagen', 'abacavir'],
  ['viread', 'tenofovir'],
  ['zerit', 'stavudine'],
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
