import { Controller, Get, Header, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators/public.decorator.js';
import { SkipRateLimits } from '../common/throttling/skip-rate-limits.decorator.js';
import { MetricsRecorder } from './metrics-recorder.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';

/**
 * GET /metrics (outside the /api prefix), for Prometheus. Public unless METRICS_TOKEN is set,
 * then only for `Authorization: Bearer <METRICS_TOKEN>`; never rate limited, since a scraper
 * polls on a fixed interval and its requests are not a patient's.
 */
@ApiTags('metrics')
@Public()
@SkipRateLimits()
@UseGuards(MetricsTokenGuard)
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRecorder) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Prometheus metrics (text exposition format); needs `Bearer <METRICS_TOKEN>` when that is set',
  })
  @ApiBearerAuth('bearer')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text format 0.0.4',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({
    description: 'METRICS_TOKEN is set and the request does not carry it (application/problem+json)',
  })
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
