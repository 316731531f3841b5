import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/index.js';
import { AuthModule } from '../auth/index.js';
import { EncryptionModule } from '../common/encryption/encryption.module.js';
import { MetricsModule } from '../metrics/index.js';
import { OrchestratorModule } from '../orchestrator/index.js';
import { UploadModule } from '../upload/index.js';
import { ChatCallers } from './chat-caller.js';
import { ChatStatistics } from './chat-statistics.js';
import { ChatHistoryService } from './chat-history.service.js';
import { ChatStreamService } from './chat-stream.service.js';
import { ChatTurnService } from './chat-turn.service.js';
import { ChatController } from './chat.controller.js';
import { ConversationRepository } from './conversation.repository.js';
import { InterruptedTurnRecovery } from './interrupted-turn-recovery.js';
import { PatientChatData } from './patient-chat-data.js';
import { DailyTokenQuotaModule } from './quota/daily-token-quota.module.js';
import { RateLimitStorageModule } from '../common/throttling/storage/rate-limit-storage.module.js';
import { ChatSocketRateLimit } from './ws/chat-socket-rate-limit.js';
import { ChatSocketRegistry } from './ws/chat-socket-registry.js';
import { ChatSocketService } from './ws/chat-socket.service.js';
import { ChatGateway } from './ws/chat.gateway.js';
import { CONVERSATION_MODEL, ConversationSchema } from './schemas/conversation.schema.js';
import { CONSULTATION_MODEL, ConsultationSchema } from './schemas/consultation.schema.js';
import { ChatSessionsController } from './consultations/chat-sessions.controller.js';
import { ChatSessionsService } from './consultations/chat-sessions.service.js';
import { ConsultationRepository } from './consultations/consultation.repository.js';
import { ChatRetryController } from './retry/chat-retry.controller.js';
import { FailedTurnRetry } from './retry/failed-turn-retry.js';
import { ChatFeedbackService } from './feedback/chat-feedback.service.js';
import { FeedbackController } from './feedback/feedback.controller.js';
import { FeedbackRepository } from './feedback/feedback.repository.js';
import { FEEDBACK_MODEL, FeedbackSchema } from './feedback/feedback.schema.js';

/**
 * Chat endpoints and the `conversations` collection. The uploads module binds the
 * ChatAttachmentResolver (file ids) and the ChatUploadReceiver (files sent with a message);
 * the scheduler calls InterruptedTurnRecovery, the privacy module PatientChatData and the
 * operator statistics ChatStatistics. ChatGateway serves the same turns over WebSocket.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CONVERSATION_MODEL, schema: ConversationSchema },
      { name: CONSULTATION_MODEL, schema: ConsultationSchema },
      { name: FEEDBACK_MODEL, schema: FeedbackSchema },
    ]),
    AuthModule,
    AuditModule,
    MetricsModule,
    EncryptionModule,
    OrchestratorModule,
    UploadModule,
    DailyTokenQuotaModule,
    RateLimitStorageModule,
  ],
  controllers: [ChatController, ChatSessionsController, ChatRetryController, FeedbackController],
  providers: [
    ChatTurnService,
    ChatSessionsService,
    ConsultationRepository,
    FailedTurnRetry,
    FeedbackRepository,
    ChatFeedbackService,
    ChatHistoryService,
    ChatCallers,
    ChatStreamService,
    ConversationRepository,
    InterruptedTurnRecovery,
    PatientChatData,
    ChatStatistics,
    ChatGateway,
    ChatSocketService,
    ChatSocketRegistry,
    ChatSocketRateLimit,
  ],
  // Services, never repositories: what other modules may do with the chat's data is written here.
  exports: [ChatFeedbackService, InterruptedTurnRecovery, PatientChatData, ChatStatistics],
})
export class ChatModule {}
