import { Injectable } from '@nestjs/common';
import { UploadRepository } from './upload.repository.js';

/** The uploads feature's counts for the operator statistics. */
@Injectable()
export class UploadStatistics {
  constructor(private readonly uploads: UploadRepository) {}

  /** Every stored file, whoever owns it. */
  countStored(): Promise<number> {
    return this.uploads.count();
  }
}
