// The chat feature's public entry (see .dependency-cruiser.cjs).
export { ChatModule } from './chat.module.js';
export { InterruptedTurnRecovery } from './interrupted-turn-recovery.js';
export { ConversationRepository } from './conversation.repository.js';
export type { StoredTurn } from './schemas/conversation.schema.js';
export { DailyTokenQuotaModule } from './quota/daily-token-quota.module.js';
export { DailyTokenQuota } from './quota/daily-token-quota.service.js';
