import { firstClinicalDate, periodStart } from '../clinical-date.js';
import { codesOf, displayOf, displaysOf, firstCodeOf } from '../codeable-concept.js';
import type { AllergyIntolerance } from '../fhir-types.js';
import { distinctTexts, isObject, listOf } from '../fhir-values.js';
import { listInWords } from './narrative.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/** "2015-02-11 — Allergy: Peanut (substance), reaction Anaphylaxis, high risk". */
export const mapAllergyIntolerance: RecordMapper<AllergyIntolerance> = (allergy): RecordFacts => {
  const reactions = listOf(allergy.reaction).filter(isObject);
  const manifestations = distinctTexts(reactions.flatMap((reaction) => displaysOf(listOf(reaction.manifestation))));
  return {
    label: 'Allergy',
    date: firstClinicalDate(
      allergy.onsetDateTime,
      periodStart(allergy.onsetPeriod),
      allergy.recordedDate,
      allergy.lastOccurrence,
    ),
    // Without a coded allergen, the substance named on a reaction still says what to avoid.
    summary: displayOf(allergy.code) ?? reactions.map((reaction) => displayOf(reaction.substance)).find(Boolean),
    details: [
      manifestations.length === 0 ? undefined : `reaction ${listInWords(manifestations)}`,
      allergy.criticality === 'high' ? 'high risk' : undefined,
      statusWords(allergy),
    ],
    codes: codesOf([allergy.code]),
  };
};

function statusWords(allergy: AllergyIntolerance): string | undefined {
  if (firstCodeOf(allergy.verificationStatus) === 'refuted') return 'ruled out';
  const status = firstCodeOf(allergy.clinicalStatus);
  return status === 'inactive' || status === 'resolved' ? status : undefined;
}
