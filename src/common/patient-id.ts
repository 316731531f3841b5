import { PATIENT_ID_PATTERN } from '../patients/fhir/patient-identity.js';

/** The API's patient id format (Synthea's `Given###_Family###_<uuid>`), shared with the FHIR import. */
export { PATIENT_ID_PATTERN };

export const PATIENT_ID_EXAMPLE = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
export const PATIENT_ID_MAX_LENGTH = 200;

export function isPatientId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= PATIENT_ID_MAX_LENGTH && PATIENT_ID_PATTERN.test(value);
}

/** "Adam631_Cronin387_<uuid>" → "Adam Cronin": Synthea's digits are not part of anyone's name. */
export function displayNameFromPatientId(patientId: string): string {
  const [given = '', family = ''] = patientId.split('_');
  return `${given.replace(/\d+/g, '')} ${family.replace(/\d+/g, '')}`.trim();
}
