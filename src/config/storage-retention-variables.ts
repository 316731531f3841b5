import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { toBoolean } from './environment-transforms.js';
import { ModelServiceVariables } from './model-service-variables.js';

export const UPLOAD_STORAGE_BACKENDS = ['disk', 'gridfs'] as const;

/**
 * The variables of what MedChat keeps and for how long: where uploads are stored and how large
 * they may be, the retention of uploads, conversations and audit events, and the clean-up jobs
 * that enforce it. Kept apart from the rest of EnvironmentVariables, which extends this class
 * (this one extends ModelServiceVariables), so each file stays under the size limit and readable.
 */
export class StorageRetentionVariables extends ModelServiceVariables {
  /** How long audit events are kept (TTL on audit_events). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36500)
  AUDIT_RETENTION_DAYS = 365;

  /** Where uploaded files are kept: `disk` (UPLOAD_DIR, one instance) or `gridfs` (MongoDB, shared by every instance). */
  @IsIn(UPLOAD_STORAGE_BACKENDS)
  UPLOAD_STORAGE: (typeof UPLOAD_STORAGE_BACKENDS)[number] = 'disk';

  /** Directory of the disk storage backend, relative to the working directory unless absolute. */
  @IsString()
  @MinLength(1)
  UPLOAD_DIR = 'uploads';

  /** Largest image accepted (MiB), enforced while the upload streams. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_IMAGE_MB = 10;

  /** Largest audio recording accepted (MiB), enforced while the upload streams. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  UPLOAD_MAX_AUDIO_MB = 50;

  /** Uploaded files (and their metadata) older than this are deleted by the upload clean-up job. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  UPLOAD_RETENTION_DAYS = 7;

  /** Chat exchanges older than this are purged by the conversation-retention job. Unset = kept. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(36500)
  CONVERSATION_RETENTION_DAYS?: number;

  /** Runs the periodic clean-up jobs in this instance (each job still runs on one instance at a time). */
  @Transform(toBoolean)
  @IsBoolean()
  SCHEDULER_ENABLED = true;

  /** Interval of the session clean-up (signed-out sessions). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(604800)
  SCHEDULER_SESSION_CLEANUP_INTERVAL_SECONDS = 1800;

  /** Interval of the upload clean-up (files past UPLOAD_RETENTION_DAYS, stray stored objects). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(604800)
  SCHEDULER_UPLOAD_CLEANUP_INTERVAL_SECONDS = 3600;

  /** Interval of the database clean-up (stale pending turns, expired sessions, orphaned upload records). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(604800)
  SCHEDULER_DATABASE_CLEANUP_INTERVAL_SECONDS = 7200;
}
