import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators/public.decorator.js';
import { SkipRateLimits } from '../common/throttling/skip-rate-limits.decorator.js';
import { HealthReportDto, LivenessDto, ReadinessDto } from './dto/health-report.dto.js';
import { HealthService } from './health.service.js';

const LIVE: LivenessDto = Object.freeze({ status: 'ok' }) as LivenessDto;

@ApiTags('health')
@Public()
@SkipRateLimits()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Overall status of the service and its dependencies' })
  @ApiOkResponse({ type: HealthReportDto })
  report(): Promise<HealthReportDto> {
    return this.health.report();
  }

  @Get('live')
  @ApiOperation({ summary: 'Kubernetes liveness: 200 while the process serves requests' })
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return LIVE;
  }

  @Get('ready')
  @ApiOperation({ summary: 'Kubernetes readiness: 200 when MongoDB answers, else 503' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ description: 'MongoDB is not answering (problem+json)' })
  ready(): Promise<ReadinessDto> {
    return this.health.readiness();
  }
}
