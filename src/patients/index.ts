// The patients feature's public entry (see .dependency-cruiser.cjs): the module, its record
// repository and importer, and the FHIR bundle mapping the admin import and the CLI feed them with.
export { PatientsModule } from './patients.module.js';
export { PatientRecordImporter } from './import/patient-record-importer.js';
export { PatientRecordRepository } from './patient-record.repository.js';
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
