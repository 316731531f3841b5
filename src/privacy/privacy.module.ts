import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditModule } from '../audit/index.js';
import { AuthModule } from '../auth/index.js';
import { ChatModule } from '../chat/index.js';
import type { AppConfig } from '../config/app-config.js';
import { PatientsModule } from '../patients/index.js';
import { UploadModule } from '../upload/index.js';
import { AdminErasureController } from './admin-erasure.controller.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';
import { ErasureMarkers } from './erasure/erasure-markers.js';
import { PatientErasureService } from './erasure/patient-erasure.service.js';
import { PatientDataSources } from './export/patient-data-sources.js';
import { PatientExportService } from './export/patient-export.service.js';
import { MeController } from './me.controller.js';
import { ConversationRetention } from './retention/conversation-retention.service.js';
import { PRIVACY_ERASURE_MODEL, PrivacyErasureSchema } from './schemas/privacy-erasure.schema.js';

const imports = [
  MongooseModule.forFeature([{ name: PRIVACY_ERASURE_MODEL, schema: PrivacyErasureSchema }]),
  AuditModule,
  AuthModule,
  ChatModule,
  PatientsModule,
  UploadModule,
];
const providers = [
  ErasureMarkers,
  PatientErasureService,
  AccountErasureService,
  ConversationRetention,
  PatientDataSources,
  PatientExportService,
];

/**
 * A patient's rights over their data: export (GET /api/me/export), erasure (DELETE /api/me, and the admin route when
 * ADMIN_API_KEY is set), its completion after a crash and conversation retention, which the
 * scheduler runs. Every
 * module that stores patient data is reached through its public index.
 */
@Module({ imports, providers, exports: [PatientErasureService, ConversationRetention] })
export class PrivacyModule {
  /** The app's instance: with the HTTP routes. The scheduler imports the bare module for its jobs. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PrivacyModule,
      imports,
      providers,
      controllers: [MeController, ...(config.env.ADMIN_API_KEY !== undefined ? [AdminErasureController] : [])],
      exports: [PatientErasureService, ConversationRetention],
    };
  }
}
