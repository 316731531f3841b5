import { eachPossessive } from './possessive-terms.js';

/**
 * Conditions people name by the organ and what was found in it, by how a scan report put it or by
 * what happens, where the NIH answers use one word or the clinical name: "stones in my
 * gallbladder" for gallstones, "fatty liver" for nonalcoholic fatty liver disease, "I leak urine"
 * for urinary incontinence. One way only, as LAY_UMBRELLA_TERMS: a question that already says
 * "gallstones" gains nothing from "stones in the gallbladder" (with it, "pancreatitis from
 * gallstones" put the gallstone passages before the pancreatitis one asked about).
 */
export const LAY_CONDITION_NAMES: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  {
    lay: eachPossessive('gallbladder stones', 'stones in the gallbladder', 'stones in {whose} gallbladder'),
    clinical: ['gallstones'],
  },
  {
    lay: ['fatty liver', 'fatty liver disease'],
    clinical: ['nonalcoholic fatty liver disease', 'nonalcoholic steatohepatitis', 'hepatic steatosis'],
  },
  {
    lay: ['leak urine', 'leaks urine', 'leaked urine', 'leak pee', 'leaks pee', 'bladder leaks', 'bladder leakage'],
    clinical: ['urinary incontinence'],
  },
];
