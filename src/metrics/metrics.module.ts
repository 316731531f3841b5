import { Module } from '@nestjs/common';
import { RateLimitObserver } from '../common/throttling/rate-limit-observer.js';
import { AppConfig } from '../config/app-config.js';
import { httpMetricsHookProvider } from './http-metrics.hook.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRecorder } from './metrics-recorder.js';
import { MetricsToken } from './metrics-token.js';
import { MetricsTokenGuard } from './metrics-token.guard.js';

/** Prometheus metrics at /metrics; modules that report through MetricsRecorder import this one. */
@Module({
  controllers: [MetricsController],
  providers: [
    MetricsRecorder,
    { provide: RateLimitObserver, useExisting: MetricsRecorder },
    httpMetricsHookProvider,
    MetricsTokenGuard,
    {
      provide: MetricsToken,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new MetricsToken(config.env.METRICS_TOKEN),
    },
  ],
  exports: [MetricsRecorder, RateLimitObserver],
})
export class MetricsModule {}
