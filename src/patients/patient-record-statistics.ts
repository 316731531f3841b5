import { Injectable } from '@nestjs/common';
import { PatientRecordRepository } from './patient-record.repository.js';

/** The patients feature's counts for the operator statistics, decided where the records are kept. */
@Injectable()
export class PatientRecordStatistics {
  constructor(private readonly records: PatientRecordRepository) {}

  /** Stored records of every patient, per FHIR resource type. */
  countByType(): Promise<Record<string, number>> {
    return this.records.countByType();
  }
}
