// The patient id is the key every feature shares (accounts, records, audit, uploads): its format
// lives in the shared kernel so none of them has to import another to check one.

/** The API's patient id format: Synthea's `Given###_Family###_<uuid>` file names, as the FHIR import builds them. */
export const PATIENT_ID_PATTERN =
  /^[A-Z][A-Za-z'-]*\d+_[A-Z][A-Za-z'-]*\d+_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
