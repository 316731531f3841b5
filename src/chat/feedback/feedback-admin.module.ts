import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { ChatModule } from '../chat.module.js';
import { AdminFeedbackController } from './admin-feedback.controller.js';

/** The feedback review route; like the other admin routes, it exists only when ADMIN_API_KEY is set. */
@Module({})
export class FeedbackAdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: FeedbackAdminModule,
      imports: [ChatModule],
      controllers: config.env.ADMIN_API_KEY !== undefined ? [AdminFeedbackController] : [],
    };
  }
}
