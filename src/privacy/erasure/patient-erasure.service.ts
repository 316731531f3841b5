import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail, type AuditActor } from '../../audit/index.js';
import { AccountClosureService } from '../../auth/index.js';
import { PatientChatData } from '../../chat/index.js';
import { PatientRecordData } from '../../patients/index.js';
import { PatientUploads } from '../../upload/index.js';
import type { StoredPrivacyErasure } from '../schemas/privacy-erasure.schema.js';
import { ErasureMarkers } from './erasure-markers.js';

/** What an erasure removed, by kind: counts only, never content. */
export type ErasureCounts = Record<string, number>;

/** A marker left pending this long is taken as abandoned by a crashed run. */
export const ERASURE_RESUME_AFTER_MS = 5 * 60 * 1000;
const RESUME_BATCH = 20;

/**
 * Erases everything stored about a patient. Crash-safe: the marker is written first, every step
 * is an idempotent delete by patient id, and the marker is closed last, so a run that stops
 * part-way is finished by the scheduler (resumeUnfinished) and a repeated request removes
 * nothing more. Sessions and the account go first: no token of the patient works, and no
 * sign-in can start a new session, while the rest is being removed.
 */
@Injectable()
export class PatientErasureService {
  private readonly logger = new Logger(PatientErasureService.name);

  constructor(
    private readonly markers: ErasureMarkers,
    private readonly account: AccountClosureService,
    private readonly chat: PatientChatData,
    private readonly uploads: PatientUploads,
    private readonly records: PatientRecordData,
    private readonly audit: AuditTrail,
  ) {}

  async erase(patientId: string, actor: AuditActor): Promise<ErasureCounts> {
    const marker = await this.markers.open(patientId, actor.role);
    return this.complete(marker, patientId, actor);
  }

  /** Finishes erasures a crash left pending; returns how many it finished. */
  async resumeUnfinished(now: Date = new Date()): Promise<number> {
    let finished = 0;
    for (const marker of await this.markers.findUnfinished(
      new Date(now.getTime() - ERASURE_RESUME_AFTER_MS),
      RESUME_BATCH,
    )) {
      if (marker.patient_id === null) continue;
      await this.complete(marker, marker.patient_id, { role: 'system', via: 'erasure-resume' });
      finished += 1;
    }
    return finished;
  }

  private async complete(marker: StoredPrivacyErasure, patientId: string, actor: AuditActor): Promise<ErasureCounts> {
    const steps: Array<() => Promise<ErasureCounts>> = [
      async () => ({ ...(await this.account.deleteByPatient(patientId)) }),
      async () => ({ ...(await this.chat.eraseByPatient(patientId)) }),
      async () => ({ ...(await this.uploads.deleteByPatient(patientId)) }),
      async () => ({ patient_records: await this.records.eraseByPatient(patientId) }),
    ];
    const counts: ErasureCounts = { ...marker.counts };
    for (const step of steps) {
      const removed = await step();
      await this.markers.count(marker, removed);
      for (const [name, value] of Object.entries(removed)) counts[name] = (counts[name] ?? 0) + value;
    }
    const closed = await this.markers.close(marker);
    // Only the run that closed the marker records the event: one erasure, one audit event.
    if (closed) {
      await this.audit.record({
        action: 'privacy.erased',
        outcome: 'success',
        actor,
        patient_id: patientId,
        targets: { erasure_id: marker.erasure_id },
        details: closed.counts,
      });
      this.logger.log({
        msg: 'Patient data erased',
        erasure_id: marker.erasure_id,
        resumed: Object.keys(marker.counts).length > 0,
      });
      return closed.counts;
    }
    return counts;
  }
}
