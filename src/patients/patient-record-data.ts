import { Injectable } from '@nestjs/common';
import { PatientRecordRepository } from './patient-record.repository.js';
import type { StoredPatientRecord } from './schemas/patient-record.schema.js';

/**
 * What the patients feature stores about a patient, as the privacy feature needs it: the records
 * for an export, decrypted, and their erasure. The repository stays the patients module's own.
 */
@Injectable()
export class PatientRecordData {
  constructor(private readonly records: PatientRecordRepository) {}

  /** Export: the patient's records by date, decrypted one at a time (no embeddings, nothing derived for retrieval). */
  recordsOf(patientId: string): AsyncGenerator<StoredPatientRecord> {
    return this.records.streamByPatient(patientId);
  }

  /** Erasure: every record of the patient and what retrieval derived from them; returns how many records; idempotent. */
  eraseByPatient(patientId: string): Promise<number> {
    return this.records.deleteByPatient(patientId);
  }
}
