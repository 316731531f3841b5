import { parseClinicalDate } from '../clinical-date.js';
import { codesOf } from '../codeable-concept.js';
import type { MedicationRequest } from '../fhir-types.js';
import { dosageTextOf, medicationConceptOf } from './medication-concept.js';
import { reasonDetail, reasonsOf } from './reasons.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

// Statuses worth telling the patient; `active` and `completed` are the unremarkable default.
const STATUS_WORDS = new Map([
  ['on-hold', 'on hold'],
  ['cancelled', 'cancelled'],
  ['stopped', 'stopped'],
  ['draft', 'not yet issued'],
]);

/** "2019-01-04 — Prescription: Amoxicillin 250 MG Oral Capsule, reason Sinusitis, stopped". */
export const mapMedicationRequest: RecordMapper<MedicationRequest> = (request, context): RecordFacts => {
  const medication = medicationConceptOf(request, context);
  return {
    label: 'Prescription',
    date: parseClinicalDate(request.authoredOn),
    summary: medication.display,
    details: [
      dosageTextOf(request.dosageInstruction),
      reasonDetail(reasonsOf(request.reasonCode, request.reasonReference, request, context)),
      STATUS_WORDS.get(request.status ?? ''),
    ],
    codes: codesOf([medication.concept]),
  };
};
