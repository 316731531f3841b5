import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail, callerActor } from '../audit/index.js';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import type { MultipartBody } from '../common/multipart/multipart-body.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import type { UploadKindLimitsDto, UploadLimitsDto } from './dto/upload-limits.dto.js';
import type { UploadResponseDto } from './dto/upload-response.dto.js';
import { MultipartUploadReader, type UploadForm } from './intake/multipart-upload.reader.js';
import { UploadStorage } from './storage/upload-storage.js';
import type { UploadKind } from './upload-kind.js';
import { uploadOwnerOf, type UploadOwner } from './upload-owner.js';
import { UploadRepository, type UploadRecord } from './upload.repository.js';
import { extensionsOf, mimeTypesOf, UPLOAD_RULES, type UploadKindRules, type UploadRules } from './upload-rules.js';

const MIB = 1024 * 1024;

export interface ReceivedUpload {
  upload: UploadRecord;
  fields: Record<string, string>;
}

/** Upload intake, metadata and deletion; every read and delete is the owner's only. */
@Injectable()
export class UploadService {
  private readonly logger = new Logger(UploadService.name);

  constructor(
    private readonly reader: MultipartUploadReader,
    private readonly uploads: UploadRepository,
    private readonly storage: UploadStorage,
    @Inject(UPLOAD_RULES) private readonly rules: UploadRules,
    private readonly audit: AuditTrail,
  ) {}

  limits(): UploadLimitsDto {
    return { image: describeLimits(this.rules.image), audio: describeLimits(this.rules.audio) };
  }

  /**
   * Streams the form's file into storage, then records it as the caller's. The metadata row is
   * written last, so a refused or failed upload leaves neither bytes nor a row.
   */
  async receive(principal: AuthenticatedPrincipal, form: UploadForm, body: MultipartBody): Promise<ReceivedUpload> {
    const owner = requireOwner(principal);
    const { file, fields } = await this.reader.read(body, form, this.rules[form.kind].maxBytes);
    let upload: UploadRecord;
    try {
      upload = await this.uploads.insert({
        file_id: randomUUID(),
        owner_patient_id: owner.patientId,
        owner_session_id: owner.sessionId,
        kind: file.kind,
        filename: file.filename,
        mime_type: file.mimeType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        storage_key: file.key,
        storage_backend: this.storage.backend,
        created_at: new Date(),
      });
    } catch (error) {
      await this.storage.delete(file.key).catch((deleteError: unknown) =>
        this.logger.error({
          msg: 'Could not remove the file of an upload whose metadata failed',
          storage_key: file.key,
          err: deleteError,
        }),
      );
      throw error;
    }
    this.logger.log({
      msg: 'Upload stored',
      file_id: upload.file_id,
      kind: upload.kind,
      size_bytes: upload.size_bytes,
      backend: upload.storage_backend,
    });
    // Ids, kind and size only: a file name can itself be health data.
    await this.audit.record({
      action: 'upload.created',
      outcome: 'success',
      actor: callerActor(principal),
      patient_id: owner.patientId,
      targets: { file_id: upload.file_id },
      details: { kind: upload.kind, size_bytes: upload.size_bytes },
    });
    return { upload, fields };
  }

  /** POST /upload/<kind>: the form's one file, in the field `file`, stored as the caller's. */
  async store(principal: AuthenticatedPrincipal, kind: UploadKind, body: MultipartBody): Promise<UploadResponseDto> {
    const { upload } = await this.receive(principal, { kind, fileField: 'file', textFields: [] }, body);
    return toResponse(upload);
  }

  /** GET /upload/:file_id: the caller's upload as the API shows it; 404 for any other id. */
  async describe(principal: AuthenticatedPrincipal, fileId: string): Promise<UploadResponseDto> {
    return toResponse(await this.get(principal, fileId));
  }

  /** The caller's upload; 404 for any other id, whoever owns it. */
  async get(principal: AuthenticatedPrincipal, fileId: string, kind?: UploadKind): Promise<UploadRecord> {
    const owner = requireOwner(principal);
    const upload = await this.uploads.findOwned(owner, fileId);
    if (!upload || (kind !== undefined && upload.kind !== kind)) throw notFound(fileId, kind);
    return upload;
  }

  async remove(principal: AuthenticatedPrincipal, fileId: string): Promise<void> {
    const owner = requireOwner(principal);
    const removed = await this.uploads.deleteOwned(owner, fileId);
    if (!removed) throw notFound(fileId);
    await this.audit.record({
      action: 'upload.deleted',
      outcome: 'success',
      actor: callerActor(principal),
      patient_id: owner.patientId,
      targets: { file_id: removed.file_id },
      details: { kind: removed.kind },
    });
    // The row goes first: the file is gone for the API even if the bytes outlive a storage error
    // (the upload clean-up removes stored objects no row names).
    await this.storage.delete(removed.storage_key);
    this.logger.log({ msg: 'Upload deleted', file_id: removed.file_id, kind: removed.kind });
  }

  read(upload: UploadRecord): Promise<Buffer> {
    return this.storage.read(upload.storage_key);
  }
}

function toResponse(upload: UploadRecord): UploadResponseDto {
  return {
    file_id: upload.file_id,
    filename: upload.filename,
    file_type: upload.kind,
    mime_type: upload.mime_type,
    size_bytes: upload.size_bytes,
    sha256: upload.sha256,
    uploaded_at: upload.created_at.toISOString(),
  };
}

function describeLimits(rules: UploadKindRules): UploadKindLimitsDto {
  return { max_size_mb: rules.maxBytes / MIB, allowed_extensions: extensionsOf(rules), mime_types: mimeTypesOf(rules) };
}

function requireOwner(principal: AuthenticatedPrincipal): UploadOwner {
  const owner = uploadOwnerOf(principal);
  if (!owner) throw new ProblemException(HttpStatus.FORBIDDEN, 'Uploads belong to signed-in patients and guests.');
  return owner;
}

function notFound(fileId: string, kind?: UploadKind): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, `No ${kind ?? 'file'} of yours has the id ${fileId}.`);
}
