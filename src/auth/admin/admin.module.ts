import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { PatientsModule } from '../../patients/index.js';
import { AuthModule } from '../auth.module.js';
import { AdminPatientsController } from './admin-patients.controller.js';
import { AdminPatientsService } from './admin-patients.service.js';
import { importRouteOptionsHookProvider } from './import-route-options.js';

/**
 * The operators' side. Without ADMIN_API_KEY there is no way to authenticate as admin, so the
 * routes are not registered at all (404) rather than present and always refused.
 * AdminPatientsService is always available, for the CLI.
 */
@Module({})
export class AdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    const httpApi = config.env.ADMIN_API_KEY !== undefined;
    return {
      module: AdminModule,
      imports: [AuthModule, PatientsModule],
      controllers: httpApi ? [AdminPatientsController] : [],
      providers: [AdminPatientsService, ...(httpApi ? [importRouteOptionsHookProvider] : [])],
      exports: [AdminPatientsService],
    };
  }
}
