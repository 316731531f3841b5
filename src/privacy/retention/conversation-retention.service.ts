import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../../audit/index.js';
import { PatientChatData } from '../../chat/index.js';
import { AppConfig } from '../../config/app-config.js';

const DAY_MS = 86_400_000;

export interface RetentionPurge {
  exchanges_purged: number;
  /** Patients whose exchanges were purged (guests' count as one). */
  owners: number;
}

/**
 * CONVERSATION_RETENTION_DAYS: answered and failed exchanges older than that are purged (unset:
 * kept). Each patient's purge is one audit event with its count, so a patient's trail says
 * where their older history went; guests' exchanges are audited together, with no patient.
 */
@Injectable()
export class ConversationRetention {
  constructor(
    private readonly chat: PatientChatData,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
  ) {}

  async purge(now: Date = new Date()): Promise<RetentionPurge> {
    const days = this.config.env.CONVERSATION_RETENTION_DAYS;
    if (days === undefined) return { exchanges_purged: 0, owners: 0 };
    const removed = await this.chat.deleteFinishedBefore(new Date(now.getTime() - days * DAY_MS));
    let total = 0;
    for (const [patientId, count] of removed) {
      total += count;
      await this.audit.record({
        action: 'chat.retention.purged',
        outcome: 'success',
        actor: { role: 'system', via: 'conversation-retention' },
        patient_id: patientId,
        details: { exchanges: count, retention_days: days },
      });
    }
    return { exchanges_purged: total, owners: removed.size };
  }
}
