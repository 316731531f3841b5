import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AuthModule } from '../auth/index.js';
import { ChatModule } from '../chat/index.js';
import { PatientsModule } from '../patients/index.js';
import { UploadModule } from '../upload/index.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

/**
 * `GET /api/admin/stats`. Like the other admin routes it exists only when ADMIN_API_KEY is set,
 * since nobody could authenticate to call it otherwise.
 */
@Module({})
export class StatsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StatsModule,
      // The modules that own the counted collections; each counts its own.
      imports: [AuthModule, ChatModule, UploadModule, PatientsModule],
      controllers: config.env.ADMIN_API_KEY !== undefined ? [StatsController] : [],
      providers: [StatsService],
    };
  }
}
