import { HttpStatus, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { APP_VERSION } from '../common/app-version.js';
import type { HealthReportDto, ReadinessDto } from './dto/health-report.dto.js';
import { MongoHealthIndicator } from './mongo.health-indicator.js';
import { OllamaHealthIndicator, type OllamaStatus } from './ollama.health-indicator.js';
import { CircuitBreakerBoard } from '../llm/index.js';
import { HealthDetailsRegistry } from './health-details.registry.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly config: AppConfig,
    private readonly mongo: MongoHealthIndicator,
    private readonly ollama: OllamaHealthIndicator,
    private readonly breakers: CircuitBreakerBoard,
    private readonly extraDetails: HealthDetailsRegistry,
  ) {}

  async report(): Promise<HealthReportDto> {
    const [database, { ollama }] = await Promise.all([this.mongo.check(), this.ollama.check()]);
    const databaseUp = database.mongodb.status === 'up';
    const llmReady = ollama.status === 'up';
    return {
      status: !databaseUp ? 'unhealthy' : llmReady ? 'healthy' : 'degraded',
      version: APP_VERSION,
      timestamp: new Date().toISOString(),
      orchestrator_status: orchestratorStatus(ollama.ollama_status),
      database_status: databaseUp ? 'healthy' : 'unhealthy',
      ollama_status: ollama.ollama_status,
      details: {
        database: database.mongodb,
        ollama,
        circuit_breakers: this.breakers.snapshot(),
        ...this.extraDetails.collect(),
      },
    };
  }

  async readiness(): Promise<ReadinessDto> {
    const database = await this.mongo.check();
    if (database.mongodb.status !== 'up') {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'Not ready: MongoDB is not answering.', {
        extensions: { details: database },
        headers: { 'retry-after': '5' },
      });
    }
    return { status: 'ok', details: database };
  }
}

function orchestratorStatus(ollama: OllamaStatus): string {
  if (ollama === 'not_configured') return 'llm_not_configured';
  return ollama === 'healthy' ? 'ready' : 'llm_unavailable';
}
