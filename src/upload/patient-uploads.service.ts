import { Injectable } from '@nestjs/common';
import { UploadStorage } from './storage/upload-storage.js';
import { UploadRepository, type UploadRecord } from './upload.repository.js';

const BATCH = 200;

/** What erasing a patient's uploads removed. */
export interface PatientUploadsErased {
  /** Metadata rows deleted. */
  uploads: number;
  /** Stored objects (disk files or GridFS files) deleted with them. */
  stored_files: number;
}

/**
 * A patient's uploads as a whole, for the privacy feature: the list an export describes, and
 * their erasure. Bytes go before their metadata, so a crash part-way leaves rows that still name
 * what is left to delete (the next erasure run finds them), never bytes nobody can trace.
 */
@Injectable()
export class PatientUploads {
  constructor(
    private readonly uploads: UploadRepository,
    private readonly storage: UploadStorage,
  ) {}

  /** The patient's upload metadata, oldest first. */
  list(patientId: string): AsyncGenerator<UploadRecord> {
    return this.uploads.streamByPatient(patientId);
  }

  async deleteByPatient(patientId: string): Promise<PatientUploadsErased> {
    const erased: PatientUploadsErased = { uploads: 0, stored_files: 0 };
    for (;;) {
      const batch = await this.uploads.findByPatient(patientId, BATCH);
      for (const upload of batch) {
        if (await this.storage.delete(upload.storage_key)) erased.stored_files += 1;
        if (await this.uploads.deleteByFileId(upload.file_id)) erased.uploads += 1;
      }
      if (batch.length < BATCH) return erased;
    }
  }
}

export type { UploadRecord };
