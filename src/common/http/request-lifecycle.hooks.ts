import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { RequestContext } from '../request-context/request-context.js';

const startTimes = new WeakMap<object, bigint>();
const patientIds = new WeakMap<object, string | null>();

/** The auth guard records who made a request so the access log can name them. */
export function recordRequestPatient(request: object, patientId: string | null): void {
  patientIds.set(request, patientId);
  RequestContext.setPatientId(patientId);
}

/**
 * Fastify hooks that every request passes: its id becomes the async context of everything that
 * runs for it, X-Request-ID and X-Process-Time go on every response, and one access-log line
 * (with the route template, never the raw URL) is written when it ends.
 */
export function registerRequestLifecycleHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    startTimes.set(request, process.hrtime.bigint());
    RequestContext.run({ requestId: String(request.id) }, done);
  });

  fastify.addHook('onSend', (request, reply, payload, done) => {
    const started = startTimes.get(request);
    const seconds = started === undefined ? 0 : Number(process.hrtime.bigint() - started) / 1e9;
    reply.header('x-request-id', String(request.id));
    reply.header('x-process-time', seconds.toFixed(3));
    done(null, payload);
  });

  fastify.addHook('onResponse', (request, reply, done) => {
    const started = startTimes.get(request);
    const durationMs = started === undefined ? 0 : Number(process.hrtime.bigint() - started) / 1e6;
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    // At LOG_LEVEL=warn (production) a 2xx writes nothing: skip building its line.
    if (!logger.isLevelEnabled(level)) return done();
    // The response may finish outside the request's async context, so the ids are explicit.
    logger[level](
      {
        request_id: String(request.id),
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status,
        duration_ms: Math.round(durationMs * 100) / 100,
        patient_id: patientIds.get(request) ?? undefined,
      },
      'request completed',
    );
    done();
  });
}
