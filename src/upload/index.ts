// The upload feature's public entry (see .dependency-cruiser.cjs).
export { UploadModule } from './upload.module.js';
export { UploadCleanupService, type ExpiredUploadsRemoved } from './upload-cleanup.service.js';
export { PatientUploads, type PatientUploadsErased, type UploadRecord } from './patient-uploads.service.js';
