import { eachPossessive } from './possessive-terms.js';

/**
 * Conditions and signs as people name them in a letter to a health library, beside the name the
 * NIH answers use (MedQuAD's focus names and the words of its symptom passages): "bed sores" for
 * pressure sores, "C. diff" for Clostridium difficile, "ringing in both ears" for tinnitus, "brittle
 * bone disease" for osteogenesis imperfecta, "coffee coloured spots" for café-au-lait spots. One way,
 * as LAY_CONDITION_NAMES: the clinical name never adds the everyday words. Part of LAY_UMBRELLA_TERMS.
 */
export const EVERYDAY_CONDITION_NAMES: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  {
    lay: [
      ...eachPossessive('ringing in both {whose} ears', 'buzzing in {whose} ears', 'buzzing in the ears'),
      'ringing in both ears',
      'ringing ears',
      'ears ringing',
      'ears ring',
      'ears are ringing',
      'ears keep ringing',
    ],
    clinical: ['tinnitus'],
  },
  {
    lay: ['bed sores', 'bedsores', 'bed sore', 'bedsore', 'pressure ulcer'],
    clinical: ['pressure sores', 'pressure ulcers'],
  },
  { lay: ['pink eye'], clinical: ['pinkeye'] },
  {
    lay: ['c diff', 'c. diff', 'cdiff', 'c difficile', 'c. difficile', 'clostridioides difficile'],
    clinical: ['clostridium difficile'],
  },
  {
    lay: [
      'yellow eyes',
      ...eachPossessive('whites of {whose} eyes', '{whose} eyes are yellow', '{whose} eyes look yellow'),
      'turned yellow',
      'looks yellow',
      'look yellow',
      'yellow baby',
      'yellow newborn',
      'bili lights',
      'bili blanket',
      'blue lights',
    ],
    clinical: ['jaundice'],
  },
  {
    lay: [
      'cafe au lait',
      'café au lait',
      'coffee colored spots',
      'coffee coloured spots',
      'coffee stains',
      'coffee stain',
    ],
    clinical: ['cafe au lait spots', 'neurofibromatosis'],
  },
  {
    lay: ['cobwebs', 'cobweb', 'floating spots', 'floating specks', 'spots floating', 'dots floating'],
    clinical: ['floaters'],
  },
  {
    lay: [
      ...eachPossessive(
        'pain shoots down {whose} leg',
        'pain shoots down the back of {whose} leg',
        'shooting pain down {whose} leg',
        'pain down the back of {whose} leg',
        'pain from {whose} buttock down',
      ),
      'pain shoots down the back of my leg',
      'pain shoots from my butt',
      'shoots down the leg',
    ],
    clinical: ['sciatica'],
  },
  { lay: ['brittle bone disease', 'brittle bones disease'], clinical: ['osteogenesis imperfecta'] },
  { lay: ['cot death', 'crib death'], clinical: ['sudden infant death syndrome'] },
  {
    // Told as what fails ("trouble keeping erection"); the stems part ("erect", "erectil"), so the
    // words alone do not find the name. An erection that will not end (priapism) is no entry.
    lay: [
      'keeping erection',
      'keeping an erection',
      'keep erection',
      'keep an erection',
      'getting erection',
      'getting an erection',
      'get erection',
      'get an erection',
      'erection problems',
      'erection problem',
      'problems with erections',
      'problem with erections',
      'weak erections',
    ],
    clinical: ['erectile dysfunction'],
  },
];
