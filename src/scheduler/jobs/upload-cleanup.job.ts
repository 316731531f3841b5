import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { UploadCleanupService } from '../../upload/index.js';
import type { JobReport, PeriodicJob } from '../periodic-job.js';

/**
 * Every SCHEDULER_UPLOAD_CLEANUP_INTERVAL_SECONDS (60 min): files older than
 * UPLOAD_RETENTION_DAYS with their metadata, and stored objects no metadata names.
 */
@Injectable()
export class UploadCleanupJob implements PeriodicJob {
  readonly name = 'upload-cleanup';
  readonly intervalMs: number;

  constructor(
    private readonly uploads: UploadCleanupService,
    config: AppConfig,
  ) {
    this.intervalMs = config.env.SCHEDULER_UPLOAD_CLEANUP_INTERVAL_SECONDS * 1000;
  }

  async run(now: Date): Promise<JobReport> {
    const expired = await this.uploads.removeExpired(now);
    return {
      expired_files_removed: expired.files,
      expired_records_removed: expired.records,
      stray_objects_removed: await this.uploads.removeStrayObjects(now),
    };
  }
}
