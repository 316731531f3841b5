import { Logger, Module, type Provider } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../config/app-config.js';
import { LlmCallRunner } from '../llm/index.js';
import { LlmCapacityModule } from '../llm/index.js';
import { PatientRecordRetriever } from './retrieval/patient-record-retriever.js';
import { EmbeddingClient } from './embeddings/embedding-client.js';
import { OllamaEmbeddingClient } from './embeddings/ollama-embedding.client.js';
import { PatientRecordImporter } from './import/patient-record-importer.js';
import { PatientRecordRepository } from './patient-record.repository.js';
import {
  PATIENT_RECORDS_SETTINGS,
  patientRecordsSettingsFrom,
  type PatientRecordsSettings,
} from './patient-records-settings.js';
import { Bm25PatientRecordRetriever, RETRIEVAL_CLOCK } from './retrieval/bm25-patient-record-retriever.js';
import { PATIENT_RECORD_MODEL, PatientRecordSchema } from './schemas/patient-record.schema.js';
import { AuditModule } from '../audit/index.js';
import { EncryptionModule } from '../common/encryption/encryption.module.js';

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
 * import:fhir CLI) and the retriever the orchestrator's `retrieve_context` node uses.
 */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: PATIENT_RECORD_MODEL, schema: PatientRecordSchema }]),
    LlmCapacityModule,
    AuditModule,
    EncryptionModule,
  ],
  providers: [
    { provide: PATIENT_RECORDS_SETTINGS, useFactory: patientRecordsSettingsFrom, inject: [AppConfig] },
    { provide: RETRIEVAL_CLOCK, useValue: () => new Date() },
    embeddingClientProvider,
    PatientRecordRepository,
    PatientRecordImporter,
    Bm25PatientRecordRetriever,
    { provide: PatientRecordRetriever, useExisting: Bm25PatientRecordRetriever },
  ],
  exports: [PatientRecordRetriever, PatientRecordImporter, PatientRecordRepository, EmbeddingClient],
})
export class PatientsModule {}
