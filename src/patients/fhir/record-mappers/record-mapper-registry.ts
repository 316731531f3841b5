import type { FhirResource } from '../fhir-types.js';
import { mapAllergyIntolerance } from './allergy-intolerance.mapper.js';
import { mapCarePlan } from './care-plan.mapper.js';
import { mapCondition } from './condition.mapper.js';
import { mapDiagnosticReport } from './diagnostic-report.mapper.js';
import { mapDocumentReference } from './document-reference.mapper.js';
import { mapEncounter } from './encounter.mapper.js';
import { mapImmunization } from './immunization.mapper.js';
import { mapMedicationRequest } from './medication-request.mapper.js';
import { mapMedicationStatement } from './medication-statement.mapper.js';
import { mapObservation } from './observation.mapper.js';
import { mapProcedure } from './procedure.mapper.js';
import type { RecordMapper } from './record-mapper.js';

/**
 * The clinical resource types that become patient records. Everything else is skipped and
 * counted: billing (Claim, ExplanationOfBenefit) says nothing about health the clinical
 * resources do not, and directory or audit resources (Organization, Practitioner, Provenance,
 * ...) are not facts about the patient.
 */
export const RECORD_MAPPERS: ReadonlyMap<string, RecordMapper> = new Map([
  registered('AllergyIntolerance', mapAllergyIntolerance),
  registered('CarePlan', mapCarePlan),
  registered('Condition', mapCondition),
  registered('DiagnosticReport', mapDiagnosticReport),
  registered('DocumentReference', mapDocumentReference),
  registered('Encounter', mapEncounter),
  registered('Immunization', mapImmunization),
  registered('MedicationRequest', mapMedicationRequest),
  registered('MedicationStatement', mapMedicationStatement),
  registered('Observation', mapObservation),
  registered('Procedure', mapProcedure),
]);

// The registry dispatches on resourceType, so each mapper is only ever given its own type.
function registered<T extends FhirResource>(type: T['resourceType'], mapper: RecordMapper<T>): [string, RecordMapper] {
  return [type, mapper as unknown as RecordMapper];
}
