import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators/public.decorator.js';
import { SkipRateLimits } from '../common/throttling/skip-rate-limits.decorator.js';
import { ComponentHealthService } from './components/component-health.service.js';
import type { ComponentHealth } from './components/component-health.js';
import { ComponentHealthDto } from './dto/component-health.dto.js';
import { HealthReportDto, ReadinessDto } from './dto/health-report.dto.js';
import { HealthService } from './health.service.js';

/** GET /health/live is a plain Fastify route, outside this pipeline: see liveness-route.ts. */
@ApiTags('health')
@Public()
@SkipRateLimits()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly components: ComponentHealthService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Overall status of the service and its dependencies' })
  @ApiOkResponse({ type: HealthReportDto })
  report(): Promise<HealthReportDto> {
    return this.health.report();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Kubernetes readiness: 200 when MongoDB answers, else 503' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ description: 'MongoDB is not answering (problem+json)' })
  ready(): Promise<ReadinessDto> {
    return this.health.readiness();
  }

  @Get('database')
  @ApiOperation({ summary: 'MongoDB: 200 `{ status: "up", ping_ms }` when it answers a ping, else 503' })
  @ApiOkResponse({ type: ComponentHealthDto })
  @ApiServiceUnavailableResponse({ description: 'MongoDB is not answering (problem+json, the report under `details`)' })
  database(): Promise<ComponentHealth> {
    return this.components.require('database');
  }

  @Get('llm')
  @ApiOperation({
    summary: 'LLM hosts: 200 when at least one host serves the model, else 503',
    description:
      'Lists every host with its status, models, slots in use and chat breaker (`hosts`), plus `provider`, `model` and `llm_status`.',
  })
  @ApiOkResponse({ type: ComponentHealthDto })
  @ApiServiceUnavailableResponse({
    description: 'No host serves the model, or none is configured (problem+json, the report under `details`)',
  })
  llm(): Promise<ComponentHealth> {
    return this.components.require('llm');
  }

  @Get('stt')
  @ApiOperation({
    summary: 'Speech-to-text: 200 when the STT server answers HTTP and its breaker is not open, else 503',
    description:
      'Reports `base_url`, `breaker` and the probe latency. Unconfigured (no STT_BASE_URL) is down: voice messages would answer 503.',
  })
  @ApiOkResponse({ type: ComponentHealthDto })
  @ApiServiceUnavailableResponse({
    description: 'Unreachable, failing, unconfigured or breaker open (problem+json, the report under `details`)',
  })
  stt(): Promise<ComponentHealth> {
    return this.components.require('stt');
  }

  @Get('storage')
  @ApiOperation({
    summary:
      'Upload storage: 200 when the backend accepts writes (disk: UPLOAD_DIR is writable; gridfs: the bucket answers), else 503',
  })
  @ApiOkResponse({ type: ComponentHealthDto })
  @ApiServiceUnavailableResponse({
    description:
      'The directory is not writable or the bucket does not answer (problem+json, the report under `details`)',
  })
  storage(): Promise<ComponentHealth> {
    return this.components.require('storage');
  }
}
