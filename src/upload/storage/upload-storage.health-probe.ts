import { Injectable } from '@nestjs/common';
import { ComponentHealthRegistry } from '../../health/index.js';
import { UploadStorage } from './upload-storage.js';

/** Publishes the upload backend's probe as `/api/health/storage`. */
@Injectable()
export class UploadStorageHealthProbe {
  constructor(registry: ComponentHealthRegistry, storage: UploadStorage) {
    registry.register('storage', async () => {
      const probe = await storage.probe();
      return probe.ok ? { status: 'up', ...probe.facts } : { status: 'down', reason: probe.reason, ...probe.facts };
    });
  }
}
