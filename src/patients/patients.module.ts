import { Logger, Module, type Provider } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../config/app-config.js';
import { LlmCallRunner } from '../llm/index.js';
import { LlmCapacityModule } from '../llm/index.js';
import { PatientRecordRetriever } from './retrieval/patient-record-retriever.js';
import { EmbeddingClient } from './embeddings/embedding-client.js';
import { OllamaEmbeddingClient } from './embeddings/ollama-embedding.client.js';
import { PatientRecordImporter } from './import/patient-record-importer.js';
import { PatientRecordData } from './patient-record-data.js';
import { PatientRecordRepository } from './patient-record.repository.js';
import { PatientRecordStatistics } from './patient-record-statistics.js';
import {
  PATIENT_RECORDS_SETTINGS,
  patientRecordsSettingsFrom,
  type PatientRecordsSettings,
} from './patient-records-settings.js';
import { Bm25PatientRecordRetriever, RETRIEVAL_CLOCK } from './retrieval/bm25-patient-record-retriever.js';
import { PatientBirthDates } from './retrieval/patient-birth-dates.js';
import { PATIENT_RECORD_MODEL, PatientRecordSchema } from './schemas/patient-record.schema.js';
import { AuditModule } from '../audit/index.js';
import { EncryptionModule } from '../common/encryption/encryption.module.js';
import { decodeDataKey } from '../config/data-encryption-keys.js';
import { MetricsModule } from '../metrics/index.js';
import { PatientRecordSealer } from './patient-record-sealer.js';
import { PATIENT_RECORD_GROUP_MODEL, PatientRecordGroupSchema } from './schemas/patient-record-group.schema.js';
import { PATIENT_RECORD_STATS_MODEL, PatientRecordStatsSchema } from './schemas/patient-record-stats.schema.js';
import { PatientRecordStatsRepository } from './search-index/patient-record-stats.repository.js';
import { RecordGroupRepository } from './search-index/record-group.repository.js';
import { RankedRecordRepository } from './search-index/ranked-record.repository.js';
import { RecordSearchIndex } from './search-index/record-search-index.js';
import { RecordTermHasher } from './search-index/record-term-hasher.js';

/**
 * Binds the embedding client to undefined unless embeddings are configured: the importer and
 * the retriever then store and rank lexically.
 */
const embeddingClientProvider: Provider = {
  provide: EmbeddingClient,
  inject: [AppConfig, PATIENT_RECORDS_SETTINGS, LlmCallRunner],
  useFactory: (config: AppConfig, settings: PatientRecordsSettings, calls: LlmCallRunner) => {
    if (settings.embedding !== null) return new OllamaEmbeddingClient(settings, calls);
    if (config.env.EMBEDDING_MODEL !== undefined) {
      new Logger('PatientsModule').warn(
        'EMBEDDING_MODEL is set but OLLAMA_BASE_URL is not (or LLM_PROVIDER is not ollama): patient record retrieval is lexical only',
      );
    }
    return undefined;
  },
};

/**
 * Patient records: the repository, the FHIR bundle importer (used by the admin import and the
 * import:fhir CLI), the records' search index (hashed terms and corpus statistics kept at
 * import) and the retriever the orchestrator's `retrieve_context` node uses; the privacy module
 * calls PatientRecordData, the operator statistics PatientRecordStatistics.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PATIENT_RECORD_MODEL, schema: PatientRecordSchema },
      { name: PATIENT_RECORD_STATS_MODEL, schema: PatientRecordStatsSchema },
      { name: PATIENT_RECORD_GROUP_MODEL, schema: PatientRecordGroupSchema },
    ]),
    LlmCapacityModule,
    AuditModule,
    EncryptionModule,
    MetricsModule,
  ],
  providers: [
    { provide: PATIENT_RECORDS_SETTINGS, useFactory: patientRecordsSettingsFrom, inject: [AppConfig] },
    { provide: RETRIEVAL_CLOCK, useValue: () => new Date() },
    embeddingClientProvider,
    {
      provide: RecordTermHasher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new RecordTermHasher(
          config.env.DATA_ENCRYPTION_KEY === undefined ? undefined : decodeDataKey(config.env.DATA_ENCRYPTION_KEY),
        ),
    },
    PatientRecordSealer,
    PatientRecordStatsRepository,
    RecordGroupRepository,
    RankedRecordRepository,
    RecordSearchIndex,
    PatientRecordRepository,
    PatientRecordData,
    PatientRecordStatistics,
    PatientRecordImporter,
    PatientBirthDates,
    Bm25PatientRecordRetriever,
    { provide: PatientRecordRetriever, useExisting: Bm25PatientRecordRetriever },
  ],
  // Services, never the repository: what other modules may do with the records is written here.
  exports: [PatientRecordRetriever, PatientRecordImporter, PatientRecordData, PatientRecordStatistics, EmbeddingClient],
})
export class PatientsModule {}
