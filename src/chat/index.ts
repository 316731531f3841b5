// The chat feature's public entry (see .dependency-cruiser.cjs): the module and the start-up
// sweep the scheduler runs.
export { ChatModule } from './chat.module.js';
export { FeedbackAdminModule } from './feedback/feedback-admin.module.js';
export { InterruptedTurnRecovery } from './interrupted-turn-recovery.js';
// For the privacy module's export, erasure and retention, and the operator statistics: the stored turns,
// consultations and feedback, read and removed outside the chat routes.
export { ConsultationRepository } from './consultations/consultation.repository.js';
export { FeedbackRepository } from './feedback/feedback.repository.js';
export { ConversationRepository } from './conversation.repository.js';
export type { StoredTurn, StoredAttachment } from './schemas/conversation.schema.js';
export { DailyTokenQuotaModule } from './quota/daily-token-quota.module.js';
export { DailyTokenQuota } from './quota/daily-token-quota.service.js';
