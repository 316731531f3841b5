// The upload feature's public entry (see .dependency-cruiser.cjs).
export { UploadModule } from './upload.module.js';
export { UploadCleanupService, type ExpiredUploadsRemoved } from './upload-cleanup.service.js';
export { PatientUploads, type PatientUploadsErased, type UploadRecord } from './patient-uploads.service.js';
export { ChatAttachmentResolver, type AttachmentReferences } from './chat/chat-attachment.resolver.js';
// For the operator statistics: the count of stored files.
export { UploadStatistics } from './upload-statistics.js';
export { ChatUploadReceiver, type ChatFileKind, type ReceivedChatFile } from './chat/chat-upload.receiver.js';
