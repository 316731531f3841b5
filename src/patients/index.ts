// The patients feature's public entry (see .dependency-cruiser.cjs): the module, its importer and
// the FHIR bundle mapping the admin import and the CLI feed it with, the record retriever, and what
// the privacy feature (PatientRecordData) and the operator statistics (PatientRecordStatistics) ask of
// the records; the repository stays the feature's own.
export { PatientsModule } from './patients.module.js';
export { PatientRecordImporter } from './import/patient-record-importer.js';
export { PatientRecordData } from './patient-record-data.js';
export { PatientRecordStatistics } from './patient-record-statistics.js';
export type { StoredPatientRecord } from './schemas/patient-record.schema.js';
export { EmbeddingClient, EmbeddingUnavailableError } from './embeddings/embedding-client.js';
export {
  FhirBundleError,
  mapFhirBundle,
  type MappedFhirBundle,
  type PatientIdentity,
  type SkippedEntries,
} from './fhir/index.js';
export {
  FOLLOW_UP_CHAIN_LIMIT,
  PatientRecordRetriever,
  type RecordQuery,
  type RecordSource,
} from './retrieval/patient-record-retriever.js';
