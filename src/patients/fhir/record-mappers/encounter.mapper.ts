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

/** "2020-03-06 — Encounter: Emergency room admission (procedure), reason Fever, until 2020-03-20". */
export const mapEncounter: RecordMapper<Encounter> = (encounter, context): RecordFacts => {
  const types = listOf(encounter.type);
  const date = parseClinicalDate(periodStart(encounter.period));
  return {
    label: 'Encounter',
    date,
    summary: displaysOf(types)[0] ?? classWords(encounter) ?? 'Visit',
    details: [
      reasonDetail(reasonsOf(encounter.reasonCode, encounter.reasonReference, encounter, context)),
      untilDetail(date, periodEnd(encounter.period)),
    ],
    codes: codesOf([...types, ...listOf(encounter.reasonCode)]),
  };
};

function classWords(encounter: Encounter): string | undefined {
  if (!isObject(encounter.class)) return undefined;
  return CLASS_WORDS.get(encounter.class.code ?? '') ?? displayOfCoding(encounter.class);
}
