import { firstClinicalDate, periodEnd, periodStart, untilDetail } from '../clinical-date.js';
import { codesOf, displayOf } from '../codeable-concept.js';
import type { Procedure } from '../fhir-types.js';
import { reasonDetail, reasonsOf } from './reasons.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/** "2020-03-06 — Procedure: Face mask (physical object), reason Suspected COVID-19". */
export const mapProcedure: RecordMapper<Procedure> = (procedure, context): RecordFacts => {
  const date = firstClinicalDate(procedure.performedDateTime, periodStart(procedure.performedPeriod));
  return {
    label: 'Procedure',
    date,
    summary: displayOf(procedure.code),
    details: [
      reasonDetail(reasonsOf(procedure.reasonCode, procedure.reasonReference, procedure, context)),
      untilDetail(date, periodEnd(procedure.performedPeriod)),
      procedure.status === 'not-done' ? 'not done' : undefined,
    ],
    codes: codesOf([procedure.code]),
  };
};
