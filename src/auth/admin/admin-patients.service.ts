import { HttpStatus, Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem.exception.js';
import {
  FhirBundleError,
  mapFhirBundle,
  PatientRecordImporter,
  type MappedFhirBundle,
  type SkippedEntries,
} from '../../patients/index.js';
import type { AuthAuditActor } from '../audit/auth-audit-event.js';
import { AuthAuditLog } from '../audit/auth-audit-log.js';
import { PatientAccountService } from '../patient-account.service.js';

export interface PatientImportResult {
  patient_id: string;
  records_imported: number;
  skipped: SkippedEntries;
}

/** What operators do to patient accounts, over the admin API or the CLI. */
@Injectable()
export class AdminPatientsService {
  constructor(
    private readonly accounts: PatientAccountService,
    private readonly audit: AuthAuditLog,
    private readonly records: PatientRecordImporter,
  ) {}

  /**
   * Stores the bundle's records (the patients module's importer) and creates (or renames) the
   * account of its Patient as the importer's last step: should the account fail, the records
   * are undone, and the account appears only once its records are in.
   */
  async importBundle(bundle: unknown, actor: AuthAuditActor = 'admin-api-key'): Promise<PatientImportResult> {
    const mapped = mapBundle(bundle);
    const { patient_id, display_name, birth_date } = mapped.patient;
    let created = false;
    const stored = await this.records.importBundle(mapped, async () => {
      ({ created } = await this.accounts.upsertIdentity({ patient_id, display_name, birth_date }));
    });
    await this.audit.record({
      event: 'admin.patient.imported',
      outcome: 'success',
      patient_id,
      reason: created ? 'account_created' : 'account_updated',
      actor,
    });
    return { patient_id, records_imported: stored.records_imported, skipped: mapped.skipped };
  }

  /** Sets the password and signs the patient out everywhere. 404 when there is no such account. */
  async setPassword(patientId: string, password: string, actor: AuthAuditActor = 'admin-api-key'): Promise<void> {
    const updated = await this.accounts.setPassword(patientId, password);
    await this.audit.record({
      event: 'admin.patient.password_set',
      outcome: updated ? 'success' : 'failure',
      patient_id: patientId,
      reason: updated ? undefined : 'unknown_patient',
      actor,
    });
    if (!updated)
      throw new ProblemException(HttpStatus.NOT_FOUND, 'No patient account has that id; import the patient first.');
  }
}

function mapBundle(bundle: unknown): MappedFhirBundle {
  try {
    return mapFhirBundle(bundle);
  } catch (error) {
    if (error instanceof FhirBundleError)
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, error.message, {
        errors: [{ field: error.field, message: error.message }],
      });
    throw error;
  }
}
