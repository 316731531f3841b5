import { firstClinicalDate } from '../clinical-date.js';
import { codesOf, displayOf } from '../codeable-concept.js';
import type { Immunization } from '../fhir-types.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/** "2014-08-01 — Immunization: Influenza, seasonal, injectable, preservative free". */
export const mapImmunization: RecordMapper<Immunization> = (immunization): RecordFacts => ({
  label: 'Immunization',
  // `recorded` is when it was written down: a fallback for when the vaccine was given.
  date: firstClinicalDate(immunization.occurrenceDateTime, immunization.recorded),
  summary: displayOf(immunization.vaccineCode),
  details: [immunization.status === 'not-done' ? 'not given' : undefined],
  codes: codesOf([immunization.vaccineCode]),
});
