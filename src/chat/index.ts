// The chat feature's public entry (see .dependency-cruiser.cjs): the module, the start-up sweep
// the scheduler runs, and the services through which others read and remove the stored chat data
// (the privacy module's export, erasure and retention; the operator statistics).
export { ChatModule } from './chat.module.js';
export { FeedbackAdminModule } from './feedback/feedback-admin.module.js';
export { InterruptedTurnRecovery } from './interrupted-turn-recovery.js';
export { PatientChatData, type PatientChatDataErased, type TurnWithFeedback } from './patient-chat-data.js';
export { ChatStatistics } from './chat-statistics.js';
export type { StoredTurn, StoredAttachment } from './schemas/conversation.schema.js';
export type { StoredConsultation } from './schemas/consultation.schema.js';
export type { StoredFeedback } from './feedback/feedback.schema.js';
