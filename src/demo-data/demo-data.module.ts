import { Module, type DynamicModule } from '@nestjs/common';
import { AdminModule } from '../auth/index.js';
import type { AppConfig } from '../config/app-config.js';
import { demoDataEnabled } from './demo-data-settings.js';
import { DemoDataLoader } from './demo-data.loader.js';

/** The demo patients of a newcomer's first `npm start`; without DEMO_DATA in effect, an empty module. */
@Module({})
export class DemoDataModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!demoDataEnabled(config)) return { module: DemoDataModule };
    return {
      module: DemoDataModule,
      imports: [AdminModule.forRoot(config)],
      providers: [DemoDataLoader],
      exports: [DemoDataLoader],
    };
  }
}
