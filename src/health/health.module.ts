import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LlmCapacityModule } from '../llm/index.js';
import { ComponentHealthRegistry } from './components/component-health.registry.js';
import { ComponentHealthService } from './components/component-health.service.js';
import { CoreComponentProbes } from './components/core-component-probes.js';
import { HealthController } from './health.controller.js';
import { HealthDetailsRegistry } from './health-details.registry.js';
import { HealthService } from './health.service.js';
import { MongoHealthIndicator } from './mongo.health-indicator.js';
import { OllamaHealthIndicator } from './ollama.health-indicator.js';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), LlmCapacityModule],
  controllers: [HealthController],
  providers: [
    HealthService,
    MongoHealthIndicator,
    OllamaHealthIndicator,
    HealthDetailsRegistry,
    ComponentHealthRegistry,
    ComponentHealthService,
    CoreComponentProbes,
  ],
  exports: [HealthDetailsRegistry, ComponentHealthRegistry],
})
export class HealthModule {}
