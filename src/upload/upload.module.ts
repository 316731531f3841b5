import { Logger, Module, type Provider } from '@nestjs/common';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ChatAttachmentResolver } from './chat/chat-attachment.resolver.js';
import { ChatUploadReceiver } from './chat/chat-upload.receiver.js';
import { AuditModule } from '../audit/index.js';
import { AppConfig } from '../config/app-config.js';
import { HealthModule } from '../health/index.js';
import { UploadChatAttachmentResolver } from './chat/upload-chat-attachment.resolver.js';
import { UploadChatReceiver } from './chat/upload-chat-receiver.js';
import { FileIntake } from './intake/file-intake.js';
import { MultipartUploadReader } from './intake/multipart-upload.reader.js';
import { UPLOAD_MODEL, UploadSchema } from './schemas/upload.schema.js';
import { DiskUploadStorage } from './storage/disk-upload-storage.js';
import { GridFsUploadStorage } from './storage/gridfs-upload-storage.js';
import { UploadStorage } from './storage/upload-storage.js';
import { UploadStorageHealthProbe } from './storage/upload-storage.health-probe.js';
import { PatientUploads } from './patient-uploads.service.js';
import { UploadCleanupService } from './upload-cleanup.service.js';
import { UploadController } from './upload.controller.js';
import { UploadRepository } from './upload.repository.js';
import { UploadStatistics } from './upload-statistics.js';
import { UPLOAD_RULES, uploadRulesFrom } from './upload-rules.js';
import { UploadService } from './upload.service.js';

/** UPLOAD_STORAGE picks the backend: the directory UPLOAD_DIR, or GridFS in the app's own database. */
const storageProvider: Provider = {
  provide: UploadStorage,
  inject: [AppConfig, getConnectionToken()],
  useFactory: (config: AppConfig, connection: Connection): UploadStorage => {
    const storage =
      config.env.UPLOAD_STORAGE === 'gridfs'
        ? new GridFsUploadStorage(connection)
        : new DiskUploadStorage(config.env.UPLOAD_DIR);
    new Logger('UploadModule').log(
      storage instanceof DiskUploadStorage
        ? `Upload storage: directory ${storage.root}`
        : 'Upload storage: MongoDB GridFS (bucket upload_files)',
    );
    return storage;
  },
};

/**
 * File intake, validation, storage and metadata (`uploads`). Binds the chat module's ports so
 * a chat message can name an uploaded file or carry one; exports the clean-up the scheduler runs,
 * a patient's uploads for the privacy module and the count for the operator statistics.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: UPLOAD_MODEL, schema: UploadSchema }]), AuditModule, HealthModule],
  controllers: [UploadController],
  providers: [
    { provide: UPLOAD_RULES, useFactory: uploadRulesFrom, inject: [AppConfig] },
    storageProvider,
    UploadRepository,
    FileIntake,
    MultipartUploadReader,
    UploadService,
    UploadCleanupService,
    PatientUploads,
    UploadStatistics,
    UploadStorageHealthProbe,
    { provide: ChatAttachmentResolver, useClass: UploadChatAttachmentResolver },
    { provide: ChatUploadReceiver, useClass: UploadChatReceiver },
  ],
  // Services and ports, never the repository: what other modules may do with uploads is written here.
  exports: [ChatAttachmentResolver, ChatUploadReceiver, UploadCleanupService, PatientUploads, UploadStatistics],
})
export class UploadModule {}
