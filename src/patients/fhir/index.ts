// The FHIR bundle mapping as the patients module's import service uses it.
export { FhirBundleError } from './fhir-bundle-error.js';
export { mapFhirBundle, type MappedFhirBundle, type SkippedEntries } from './fhir-bundle-mapper.js';
export type { PatientIdentity } from './patient-identity.js';
export type { PatientRecordDraft, RecordCode } from './patient-record-draft.js';
