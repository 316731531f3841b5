import { PATIENT_ID_PATTERN } from '../../common/patient-id.js';
import { parseClinicalDate } from './clinical-date.js';
import { FhirBundleError } from './fhir-bundle-error.js';
import type { Patient } from './fhir-types.js';
import { textOf } from './fhir-values.js';
import { usableNameOf } from './patient-name.js';

/** The account an imported bundle belongs to. */
export interface PatientIdentity {
  patient_id: string;
  display_name: string;
  birth_date?: string;
  gender?: string;
}

const ADMINISTRATIVE_GENDERS = ['male', 'female', 'other', 'unknown'];

/**
 * Builds the account identity from the bundle's Patient. The id joins the first given name, the
 * family name and the resource id exactly as they appear, so it equals the Synthea file name.
 */
export function patientIdentityOf(patient: Patient): PatientIdentity {
  const name = usableNameOf(patient);
  const resourceId = textOf(patient.id);
  if (name === undefined || resourceId === undefined) {
    throw new FhirBundleError('The bundle has no Patient resource with an id and a name.');
  }
  const patientId = `${name.given}_${name.family}_${resourceId}`;
  if (!PATIENT_ID_PATTERN.test(patientId)) {
    throw new FhirBundleError(
      `The patient id "${patientId}" built from the bundle's Patient does not match the ` +
        'required format Given###_Family###_<lower-case uuid>.',
    );
  }
  const identity: PatientIdentity = {
    patient_id: patientId,
    display_name: `${withoutDigits(name.given)} ${withoutDigits(name.family)}`,
  };
  const birthDate = parseClinicalDate(patient.birthDate);
  // Kept at the precision given: padding a birth year to 1 January would invent a birthday.
  if (birthDate !== undefined) identity.birth_date = birthDate.asWritten;
  if (typeof patient.gender === 'string' && ADMINISTRATIVE_GENDERS.includes(patient.gender)) {
    identity.gender = patient.gender;
  }
  return identity;
}

// Synthea appends digits to names to keep them unique; people do not have them.
function withoutDigits(name: string): string {
  return name.replace(/\d+/g, '');
}
