import { firstClinicalDate, parseClinicalDate, periodEnd, periodStart } from '../clinical-date.js';
import { codesOf, displayOf, firstCodeOf } from '../codeable-concept.js';
import type { Condition } from '../fhir-types.js';
import { textOf } from '../fhir-values.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

// clinicalStatus codes in patient words; `resolved` is handled apart because it carries a date.
// (Maps, not object literals, so a hostile code such as `constructor` finds nothing.)
const CLINICAL_STATUS_WORDS = new Map([
  ['active', 'active'],
  ['recurrence', 'recurred'],
  ['relapse', 'relapsed'],
  ['inactive', 'inactive'],
  ['remission', 'in remission'],
]);

const VERIFICATION_STATUS_WORDS = new Map([
  ['provisional', 'suspected'],
  ['differential', 'suspected'],
  ['refuted', 'ruled out'],
]);

/** "2020-03-06 — Condition: Cough (finding), onset 2020-03-06, resolved 2020-03-20". */
export const mapCondition: RecordMapper<Condition> = (condition): RecordFacts => {
  const onset = firstClinicalDate(condition.onsetDateTime, periodStart(condition.onsetPeriod));
  return {
    label: 'Condition',
    date: onset ?? parseClinicalDate(condition.recordedDate),
    summary: displayOf(condition.code),
    details: [
      onset === undefined ? textOf(condition.onsetString) : `onset ${onset.asWritten}`,
      verificationWords(condition),
      statusWords(condition),
    ],
    codes: codesOf([condition.code]),
  };
};

function statusWords(condition: Condition): string | undefined {
  const abatement = firstClinicalDate(
    condition.abatementDateTime,
    periodEnd(condition.abatementPeriod),
    periodStart(condition.abatementPeriod),
  );
  // An abatement date means the condition is over, whatever clinicalStatus says.
  if (abatement !== undefined) return `resolved ${abatement.asWritten}`;
  const status = firstCodeOf(condition.clinicalStatus);
  if (status === 'resolved') return textOf(condition.abatementString) ?? 'resolved';
  return status === undefined ? undefined : CLINICAL_STATUS_WORDS.get(status);
}

function verificationWords(condition: Condition): string | undefined {
  const status = firstCodeOf(condition.verificationStatus);
  return status === undefined ? undefined : VERIFICATION_STATUS_WORDS.get(status);
}
