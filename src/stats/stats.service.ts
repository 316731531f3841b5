import { Injectable } from '@nestjs/common';
import { PatientAccountService, SessionService } from '../auth/index.js';
import { ChatStatistics } from '../chat/index.js';
import { PatientRecordStatistics } from '../patients/index.js';
import { UploadStatistics } from '../upload/index.js';
import type { AdminStatsDto } from './dto/admin-stats.dto.js';

/**
 * Operator counts, each asked of the module that owns the collection, so what is counted (an
 * active session, an emergency) is decided where the data is kept. A collection nothing has
 * been written to yet counts 0.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly accounts: PatientAccountService,
    private readonly sessions: SessionService,
    private readonly chat: ChatStatistics,
    private readonly uploads: UploadStatistics,
    private readonly records: PatientRecordStatistics,
  ) {}

  async collect(): Promise<AdminStatsDto> {
    const now = new Date();
    const [patients, sessions, turns, uploads, byType, ratings] = await Promise.all([
      this.accounts.count(),
      this.sessions.countSessions(now),
      this.chat.countTurns(),
      this.uploads.countStored(),
      this.records.countByType(),
      this.chat.countFeedbackByRating(),
    ]);
    return {
      patients,
      sessions: sessions.total,
      active_sessions: sessions.active,
      messages: turns.total,
      emergencies: turns.emergencies,
      uploads,
      patient_records: { total: Object.values(byType).reduce((sum, count) => sum + count, 0), by_type: byType },
      feedback: { total: ratings.helpful + ratings.not_helpful, ...ratings },
      generated_at: now.toISOString(),
    };
  }
}
