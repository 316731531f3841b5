import { DRUG_COMBINATION_NAMES } from './drug-combination-names.js';
import { EVERYDAY_CONDITION_NAMES } from './everyday-condition-names.js';
import { LAY_CONDITION_NAMES } from './lay-condition-names.js';
import { MEDICINE_DESCRIPTIONS } from './medicine-descriptions.js';
import { MEDICINE_NAME_ENDINGS } from './medicine-name-endings.js';
import { RECORD_FINDING_IDIOMS } from './record-finding-idioms.js';
import { eachPossessive } from './possessive-terms.js';

/**
 * Lay words for a group of complaints, each with the clinical terms under it: one way only, so
 * "upset stomach" finds nausea or diarrhea, but "nausea" does not find diarrhea.
 */
export const LAY_UMBRELLA_TERMS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  ...RECORD_FINDING_IDIOMS,
  ...DRUG_COMBINATION_NAMES,
  ...LAY_CONDITION_NAMES,
  ...EVERYDAY_CONDITION_NAMES,
  ...MEDICINE_DESCRIPTIONS,
  ...MEDICINE_NAME_ENDINGS,
  {
    lay: [
      'upset stomach',
      'stomach upset',
      'upset tummy',
      'tummy upset',
      'stomach bug',
      'tummy bug',
      'tummy trouble',
      'stomach problems',
      'stomach issues',
      'tummy issues',
      'tummy problems',
      'gastro',
      'stomach flu',
      'tummy flu',
    ],
    clinical: ['nausea', 'vomiting', 'diarrhea', 'dyspepsia', 'abdominal pain'],
  },
  {
    lay: [
      'aches and pains',
      'achy',
      'aching all over',
      'ached all over',
      'ache all over',
      'achy all over',
      'ached everywhere',
      'aching everywhere',
      'hurt everywhere',
      'everything hurt',
      'everything ached',
      'muscles and joints',
      'joints and muscles',
      'aches all over',
      'hurt all over',
      'hurts all over',
      'sore all over',
      'body aches',
    ],
    clinical: ['muscle pain', 'myalgia', 'joint pain', 'arthralgia'],
  },
  {
    lay: ['flu symptoms', 'flu-like symptoms', 'cold symptoms'],
    clinical: ['cough', 'fever', 'sore throat', 'runny nose', 'muscle pain', 'fatigue', 'headache'],
  },
  {
    // An infection of the lungs as people name it: pneumonia, bronchitis or TB.
    lay: eachPossessive(
      'lung infection',
      'infection in {whose} lungs',
      'infection in the lungs',
      'infection on the lungs',
    ),
    clinical: ['pneumonia', 'bronchitis', 'tuberculosis'],
  },
  {
    // The face mask by what it does: "something to cover her mouth and nose", "the covering for his mouth".
    lay: eachPossessive(
      'cover {whose} mouth',
      'cover {whose} nose',
      'cover {whose} face',
      'covering for {whose} mouth',
      'covering for {whose} face',
      'over {whose} nose and mouth',
      'over {whose} mouth and nose',
      'mouth covering',
      'face covering',
    ),
    clinical: ['face mask'],
  },
  {
    lay: ['breathing problem', 'breathing problems', 'breathing issues', 'breathing trouble', 'chest problems'],
    clinical: ['dyspnea', 'wheezing', 'cough'],
  },
  {
    lay: ['blood count', 'blood counts', 'full blood count', 'complete blood count', 'cbc', 'fbc'],
    clinical: ['hemoglobin', 'hematocrit', 'platelets', 'white blood cells'],
  },
  {
    lay: eachPossessive(
      'how much virus',
      'amount of virus',
      'virus in {whose} blood',
      'virus in the blood',
      'virus level',
      'virus count',
      'viral count',
      'hiv level',
      'hiv count',
      'hiv numbers',
      'hiv number',
      'virus numbers',
      'virus number',
      'viral numbers',
    ),
    clinical: ['viral load'],
  },
  {
    lay: ['sugar test', 'blood sugar test', 'diabetes test', 'three month sugar', '3 month sugar', 'average sugar'],
    clinical: ['a1c', 'hemoglobin a1c', 'glucose'],
  },
  {
    // Imaging of the head as people describe it: "pictures of my brain".
    lay: eachPossessive(
      'pictures of {whose} brain',
      'picture of {whose} brain',
      'images of {whose} brain',
      'brain pictures',
      'brain images',
      'brain imaging',
    ),
    clinical: ['head ct', 'computed tomography scan, head'],
  },
  {
    // A blood pressure reading by its two numbers, as people are told them.
    lay: ['top number', 'bottom number', 'top and bottom number', 'top and bottom numbers', 'top and bottom reading'],
    clinical: ['blood pressure', 'systolic', 'diastolic'],
  },
  {
    // A mask described by what it covered ("they made him wear something over his nose and mouth").
    lay: eachPossessive('over {whose} nose and mouth', 'cover {whose} face', 'covering {whose} face'),
    clinical: ['face mask'],
  },
  {
    // The protective equipment of the infectious disease care plan, by what the staff wore.
    lay: [
      'gown up',
      'gowned up',
      'gowns',
      'gown',
      'suit up',
      'suited up',
      'hazmat',
      'protective stuff',
      'protective clothing',
      'protective suit',
      'protective kit',
      'gloves and masks',
    ],
    clinical: ['personal protective equipment'],
  },
  {
    lay: ['vitals', 'vital signs'],
    clinical: ['temperature', 'heart rate', 'respiratory rate', 'blood pressure', 'oxygen saturation', 'weight'],
  },
];
