import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LlmCapacityModule } from '../orchestrator/llm/capacity/llm-capacity.module.js';
import { HealthController } from './health.controller.js';
import { HealthDetailsRegistry } from './health-details.registry.js';
import { HealthService } from './health.service.js';
import { MongoHealthIndicator } from './mongo.health-indicator.js';
import { OllamaHealthIndicator } from './ollama.health-indicator.js';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), LlmCapacityModule],
  controllers: [HealthController],
  providers: [HealthService, MongoHealthIndicator, OllamaHealthIndicator, HealthDetailsRegistry],
  exports: [HealthDetailsRegistry],
})
export class HealthModule {}
