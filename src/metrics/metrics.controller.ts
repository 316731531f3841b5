import { Controller, Get, Header, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators/public.decorator.js';
import { ProblemException } from '../common/problem/problem.exception.js';
import { SkipRateLimits } from '../common/throttling/skip-rate-limits.decorator.js';
import { MetricsRecorder } from './metrics-recorder.js';
import { MetricsToken } from './metrics-token.js';

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * GET /metrics (outside the /api prefix), for Prometheus. Public unless METRICS_TOKEN is set,
 * then only for `Authorization: Bearer <METRICS_TOKEN>`; never rate limited, since a scraper
 * polls on a fixed interval and its requests are not a patient's.
 */
@ApiTags('metrics')
@Public()
@SkipRateLimits()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRecorder,
    @Inject(MetricsToken) private readonly token: MetricsToken,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format); needs `Bearer <METRICS_TOKEN>` when that is set' })
  @ApiBearerAuth('bearer')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and the request does not carry it (application/problem+json)' })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (this.token.required) {
      const credential = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
      if (credential === undefined || !this.token.matches(credential)) {
        throw new ProblemException(HttpStatus.UNAUTHORIZED, 'Metrics require the METRICS_TOKEN: send Authorization: Bearer <token>.', {
          headers: { 'www-authenticate': 'Bearer realm="medchat-metrics"' },
        });
      }
    }
    void reply.type(this.metrics.contentType);
    return this.metrics.render();
  }
}
