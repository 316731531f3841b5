import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MetricsModule } from '../metrics/index.js';
import { CircuitBreakerBoard } from './circuit-breaker-board.js';
import { LlmCallRunner } from './llm-call-runner.js';
import { LLM_CAPACITY_SETTINGS, llmCapacitySettingsFrom } from './llm-capacity-settings.js';
import { LlmHostPool } from './llm-host-pool.js';
import { LlmHostProber } from './llm-host-prober.js';
import { LlmHostWatch } from './llm-host-watch.js';
import { LlmSlotScheduler } from './llm-slot-scheduler.js';

/**
 * The inference capacity every model call goes through: the hosts and their slots, the fair
 * queue in front of them, the call runner (retries, breakers, busy waits), the host probes and,
 * with several hosts, the periodic probe that takes a down host out of routing.
 * Its own module because the orchestrator (chat and vision), the patients module (embeddings)
 * and the health module (probes) must all share one set of slots per host.
 */
@Module({
  imports: [MetricsModule],
  providers: [
    { provide: LLM_CAPACITY_SETTINGS, useFactory: llmCapacitySettingsFrom, inject: [AppConfig] },
    CircuitBreakerBoard,
    LlmHostPool,
    LlmSlotScheduler,
    LlmCallRunner,
    LlmHostProber,
    LlmHostWatch,
  ],
  exports: [LLM_CAPACITY_SETTINGS, CircuitBreakerBoard, LlmHostPool, LlmCallRunner, LlmHostProber],
})
export class LlmCapacityModule {}
