import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '../audit/index.js';
import { AppConfig } from '../config/app-config.js';
import { UploadStorage } from './storage/upload-storage.js';
import { UploadRepository } from './upload.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An object no row names is left alone this long: its upload may still be finishing. */
export const STRAY_OBJECT_GRACE_MS = 60 * 60 * 1000;
const BATCH = 200;

export interface ExpiredUploadsRemoved {
  /** Metadata rows deleted. */
  records: number;
  /** Stored objects deleted with them. */
  files: number;
}

/**
 * The upload housekeeping the scheduler runs: retention, stored objects without metadata (a
 * crash between storing and recording, a failed delete) and metadata without stored objects.
 * Each method is safe to run on several instances at once, and takes `now` so tests can move time.
 */
@Injectable()
export class UploadCleanupService {
  private readonly logger = new Logger(UploadCleanupService.name);

  constructor(
    private readonly uploads: UploadRepository,
    private readonly storage: UploadStorage,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditTrail,
  ) {}

  /** Files older than UPLOAD_RETENTION_DAYS, bytes first, then their metadata. */
  async removeExpired(now: Date = new Date()): Promise<ExpiredUploadsRemoved> {
    const cutoff = new Date(now.getTime() - this.config.env.UPLOAD_RETENTION_DAYS * DAY_MS);
    const removed: ExpiredUploadsRemoved = { records: 0, files: 0 };
    for (;;) {
      const batch = await this.uploads.findCreatedBefore(cutoff, BATCH);
      for (const upload of batch) {
        if (await this.storage.delete(upload.storage_key)) removed.files += 1;
        if (await this.uploads.deleteByFileId(upload.file_id)) {
          removed.records += 1;
          await this.audit.record({
            action: 'upload.purged',
            outcome: 'success',
            actor: { role: 'system', via: 'upload-retention' },
            patient_id: upload.owner_patient_id,
            targets: { file_id: upload.file_id },
            details: { kind: upload.kind, retention_days: this.config.env.UPLOAD_RETENTION_DAYS },
          });
        }
      }
      if (batch.length < BATCH) return removed;
    }
  }

  /** Stored objects that no metadata row names, once they are older than the grace period. */
  async removeStrayObjects(now: Date = new Date()): Promise<number> {
    const keys = await this.storage.keysWrittenBefore(new Date(now.getTime() - STRAY_OBJECT_GRACE_MS));
    let removed = 0;
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      const inUse = await this.uploads.keysInUse(batch);
      for (const key of batch) {
        if (!inUse.has(key) && (await this.storage.delete(key))) removed += 1;
      }
    }
    return removed;
  }

  /** Metadata rows whose stored object is gone (deleted by hand, lost volume): the file cannot be read any more. */
  async removeOrphanedRecords(): Promise<number> {
    let removed = 0;
    let after: { createdAt: Date; fileId: string } | undefined;
    for (;;) {
      const page = await this.uploads.findPage(after, BATCH);
      const present = await Promise.all(page.map((upload) => this.storage.exists(upload.storage_key)));
      for (const [index, upload] of page.entries()) {
        if (present[index]) continue;
        if (await this.uploads.deleteByFileId(upload.file_id)) {
          removed += 1;
          this.logger.warn({
            msg: 'Removed upload metadata whose stored file is missing',
            file_id: upload.file_id,
            backend: upload.storage_backend,
          });
        }
      }
      const last = page.at(-1);
      if (!last || page.length < BATCH) return removed;
      after = { createdAt: last.created_at, fileId: last.file_id };
    }
  }
}
