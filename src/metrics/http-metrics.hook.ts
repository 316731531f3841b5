import type { Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MetricsRecorder } from './metrics-recorder.js';

/** The route label of a request that matched no route (a 404): one series, whatever was asked. */
export const UNMATCHED_ROUTE = 'unmatched';

export const HTTP_METRICS_HOOK = Symbol('HTTP_METRICS_HOOK');

/**
 * Times every request in a Fastify onResponse hook, labelled with the route template Fastify
 * matched (`request.routeOptions.url`), never the requested URL, so no id reaches a label.
 * Fastify's own `elapsedTime` is used: no per-request state of ours. Streams (hijacked
 * replies) are timed to their end. Installed before Nest registers the routes.
 */
export const httpMetricsHookProvider: Provider = {
  provide: HTTP_METRICS_HOOK,
  inject: [HttpAdapterHost, MetricsRecorder],
  useFactory: (host: HttpAdapterHost, metrics: MetricsRecorder) => {
    // An application context (the CLI) has no HTTP server.
    const fastify = host.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return false;
    fastify.addHook('onResponse', (request, reply, done) => {
      metrics.observeHttpRequest(
        request.method,
        request.routeOptions.url ?? UNMATCHED_ROUTE,
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
      done();
    });
    return true;
  },
};
