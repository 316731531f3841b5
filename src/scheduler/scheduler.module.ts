import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ScheduleModule } from '@nestjs/schedule';
import { AuthModule } from '../auth/index.js';
import { ChatModule } from '../chat/index.js';
import { PrivacyModule } from '../privacy/index.js';
import { UploadModule } from '../upload/index.js';
import { ConversationRetentionJob } from './jobs/conversation-retention.job.js';
import { DatabaseCleanupJob } from './jobs/database-cleanup.job.js';
import { ErasureCompletionJob } from './jobs/erasure-completion.job.js';
import { SessionCleanupJob } from './jobs/session-cleanup.job.js';
import { UploadCleanupJob } from './jobs/upload-cleanup.job.js';
import { PeriodicJobRunner } from './periodic-job.runner.js';
import { SchedulerLeases } from './scheduler-leases.js';
import { SCHEDULER_LEASE_MODEL, SchedulerLeaseSchema } from './schemas/scheduler-lease.schema.js';

/** Periodic clean-ups (sessions, uploads, database), each run by one instance at a time. */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    MongooseModule.forFeature([{ name: SCHEDULER_LEASE_MODEL, schema: SchedulerLeaseSchema }]),
    AuthModule,
    ChatModule,
    UploadModule,
    PrivacyModule,
  ],
  providers: [
    SchedulerLeases,
    SessionCleanupJob,
    UploadCleanupJob,
    DatabaseCleanupJob,
    ErasureCompletionJob,
    ConversationRetentionJob,
    PeriodicJobRunner,
  ],
  exports: [
    SessionCleanupJob,
    UploadCleanupJob,
    DatabaseCleanupJob,
    ErasureCompletionJob,
    ConversationRetentionJob,
    PeriodicJobRunner,
  ],
})
export class SchedulerModule {}
