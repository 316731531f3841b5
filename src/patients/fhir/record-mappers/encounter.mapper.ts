import { parseClinicalDate, periodEnd, periodStart, untilDetail } from '../clinical-date.js';
import { codesOf, displayOfCoding, displaysOf } from '../codeable-concept.js';
import type { Encounter } from '../fhir-types.js';
import { isObject, listOf } from '../fhir-values.js';
import { reasonDetail, reasonsOf } from './reasons.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

// HL7 v3 ActEncounterCode values in patient words, for encounters that carry no type.
const CLASS_WORDS = new Map([
  ['AMB', 'Outpatient visit'],
  ['EMER', 'Emergency visit'],
  ['IMP', 'Hospital stay'],
  ['ACUTE', 'Hospital stay'],
  ['NONAC', 'Hospital stay'],
  ['OBSENC', 'Observation stay'],
  ['PRENC', 'Pre-admission visit'],
  ['SS', 'Short stay'],
  ['VR', 'Virtual visit'],
  ['HH', 'Home visit'],
  ['FLD', 'Field visit'],
]);

/**
 * "2020-03-06 — Encounter: Emergency room admission (procedure), reason Fever, until 2020-03-20,
 * emergency visit"; "2016-03-12 — Encounter: Encounter, until 2016-03-13, hospital stay".
 */
export const mapEncounter: RecordMapper<Encounter> = (encounter, context): RecordFacts => {
  const types = listOf(encounter.type);
  const date = parseClinicalDate(periodStart(encounter.period));
  const type = displaysOf(types)[0];
  return {
    label: 'Encounter',
    date,
    summary: type ?? classWords(encounter) ?? 'Visit',
    details: [
      reasonDetail(reasonsOf(encounter.reasonCode, encounter.reasonReference, encounter, context)),
      untilDetail(date, periodEnd(encounter.period)),
      type === undefined ? undefined : classDetail(encounter),
    ],
    codes: codesOf([...types, ...listOf(encounter.reasonCode)]),
  };
};

function classWords(encounter: Encounter): string | undefined {
  if (!isObject(encounter.class)) return undefined;
  return CLASS_WORDS.get(encounter.class.code ?? '') ?? displayOfCoding(encounter.class);
}

/**
 * The class beside a type, last so the narrative before it reads as it did: a type may say
 * nothing of where the patient was (Synthea names its inpatient stays "Encounter"), and the class
 * is the only record that a visit was a stay or an emergency. An ambulatory class is left out:
 * it is what any visit is when nothing else is said, and every checkup would carry it.
 */
function classDetail(encounter: Encounter): string | undefined {
  if (!isObject(encounter.class) || encounter.class.code === 'AMB') return undefined;
  return classWords(encounter)?.toLowerCase();
}
