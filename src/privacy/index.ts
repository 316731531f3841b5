// The privacy feature's public entry (see .dependency-cruiser.cjs): the module and what the
// scheduler runs (the completion of erasures a crash left part-way, conversation retention).
export { PrivacyModule } from './privacy.module.js';
export {
  PatientErasureService,
  ERASURE_RESUME_AFTER_MS,
  type ErasureCounts,
} from './erasure/patient-erasure.service.js';
export { ConversationRetention, type RetentionPurge } from './retention/conversation-retention.service.js';
