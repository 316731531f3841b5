import { firstClinicalDate, periodStart } from '../clinical-date.js';
import { codesOf } from '../codeable-concept.js';
import type { Observation } from '../fhir-types.js';
import { isObject, listOf } from '../fhir-values.js';
import { describeObservation } from './observation-value.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/** "2019-05-02 — Observation: Body Weight 72.4 kg". */
export const mapObservation: RecordMapper<Observation> = (observation): RecordFacts => ({
  label: 'Observation',
  // `issued` is when the result was released, a fallback for when it was taken.
  date: firstClinicalDate(
    observation.effectiveDateTime,
    periodStart(observation.effectivePeriod),
    observation.effectiveInstant,
    observation.issued,
  ),
  summary: describeObservation(observation),
  codes: codesOf([
    observation.code,
    ...listOf(observation.component).map((component) => (isObject(component) ? component.code : undefined)),
  ]),
});
