import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../../audit/index.js';
import { PatientAccountService, type PatientAccount } from '../../auth/index.js';
import { PatientChatData, type StoredConsultation, type TurnWithFeedback } from '../../chat/index.js';
import { PatientRecordData, type StoredPatientRecord } from '../../patients/index.js';
import { PatientUploads, type UploadRecord } from '../../upload/index.js';

/** The account as an export shows it: never the password hash, only whether there is one. */
export type ExportAccount = PatientAccount;
export type ExportAuditEvent = Awaited<ReturnType<AuditTrail['search']>>[number];
export type ExportRecord = StoredPatientRecord;
export type ExportConsultation = StoredConsultation;
/** An exchange with the feedback given on its answer, if any. */
export type ExportTurn = TurnWithFeedback;

/** Everything stored about one patient, each kind as a cursor-backed stream, decrypted by its owner. */
export interface PatientData {
  account: ExportAccount;
  conversations: () => AsyncIterable<ExportTurn>;
  consultations: () => AsyncIterable<ExportConsultation>;
  uploads: () => AsyncIterable<UploadRecord>;
  records: () => AsyncIterable<ExportRecord>;
  auditEvents: () => AsyncIterable<ExportAuditEvent>;
}

const PAGE = 200;

/** Opens the patient's data in every module that stores some, through their public indexes. */
@Injectable()
export class PatientDataSources {
  constructor(
    private readonly accounts: PatientAccountService,
    private readonly chat: PatientChatData,
    private readonly uploads: PatientUploads,
    private readonly records: PatientRecordData,
    private readonly audit: AuditTrail,
  ) {}

  /** Null when the patient has no account (nothing to export). */
  async open(patientId: string): Promise<PatientData | null> {
    const account = await this.accounts.find(patientId);
    if (!account) return null;
    return {
      account,
      conversations: () => this.chat.turnsWithFeedback(patientId),
      consultations: () => this.chat.consultationsOf(patientId),
      uploads: () => this.uploads.list(patientId),
      records: () => this.records.recordsOf(patientId),
      auditEvents: () => this.auditEventsOf(patientId),
    };
  }

  /** The trail about the patient, newest first, page by page. */
  private async *auditEventsOf(patientId: string): AsyncGenerator<ExportAuditEvent> {
    let before: { at: Date; id: ExportAuditEvent['_id'] } | undefined;
    for (;;) {
      const page = await this.audit.search({ patientId, limit: PAGE, before });
      yield* page.slice(0, PAGE);
      if (page.length <= PAGE) return;
      const last = page[PAGE - 1]!;
      before = { at: last.at, id: last._id };
    }
  }
}
