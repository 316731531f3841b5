import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { PatientRecordRepository } from '../patients/index.js';
import type { AdminStatsDto } from './dto/admin-stats.dto.js';

/**
 * Operator counts across the modules' collections. They are read by collection name through
 * the shared connection rather than through each module's model, so the statistics need none
 * of those modules (uploads, for one, may not be deployed: a missing collection counts 0).
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly records: PatientRecordRepository,
  ) {}

  async collect(): Promise<AdminStatsDto> {
    const now = new Date();
    const [patients, sessions, activeSessions, messages, emergencies, uploads, byType, helpful, notHelpful] =
      await Promise.all([
        this.count('patients'),
        this.count('sessions'),
        this.count('sessions', { active: true, expires_at: { $gt: now } }),
        this.count('conversations'),
        this.count('conversations', { 'metadata.emergency_detected': true }),
        this.count('uploads'),
        this.records.countByType(),
        this.count('feedback', { rating: 'helpful' }),
        this.count('feedback', { rating: 'not_helpful' }),
      ]);
    return {
      patients,
      sessions,
      active_sessions: activeSessions,
      messages,
      emergencies,
      uploads,
      patient_records: { total: Object.values(byType).reduce((sum, count) => sum + count, 0), by_type: byType },
      feedback: { total: helpful + notHelpful, helpful, not_helpful: notHelpful },
      generated_at: now.toISOString(),
    };
  }

  private count(collection: string, filter: Record<string, unknown> = {}): Promise<number> {
    return this.connection.collection(collection).countDocuments(filter);
  }
}
