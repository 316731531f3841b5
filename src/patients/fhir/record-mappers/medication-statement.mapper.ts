import { firstClinicalDate, periodStart } from '../clinical-date.js';
import { codesOf } from '../codeable-concept.js';
import type { MedicationStatement } from '../fhir-types.js';
import { dosageTextOf, medicationConceptOf } from './medication-concept.js';
import { reasonDetail, reasonsOf } from './reasons.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

// What the patient reported about taking it; `active` and `completed` need no words.
const STATUS_WORDS = new Map([
  ['intended', 'intended'],
  ['stopped', 'stopped'],
  ['on-hold', 'on hold'],
  ['not-taken', 'not taken'],
]);

/** "2018-06-01 — Medication: Ibuprofen 200 MG Oral Tablet, as needed for pain, stopped". */
export const mapMedicationStatement: RecordMapper<MedicationStatement> = (statement, context): RecordFacts => {
  const medication = medicationConceptOf(statement, context);
  return {
    label: 'Medication',
    // `dateAsserted` is when the patient said so: a fallback for when it was taken.
    date: firstClinicalDate(
      statement.effectiveDateTime,
      periodStart(statement.effectivePeriod),
      statement.dateAsserted,
    ),
    summary: medication.display,
    details: [
      dosageTextOf(statement.dosage),
      reasonDetail(reasonsOf(statement.reasonCode, statement.reasonReference, statement, context)),
      STATUS_WORDS.get(statement.status ?? ''),
    ],
    codes: codesOf([medication.concept]),
  };
};
