import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { RequestContext } from '../request-context/request-context.js';

/**
 * Who made the request, for its access-log line: a property of the request itself rather than
 * an entry in a WeakMap keyed by it. A WeakMap entry per request is an ephemeron every young
 * collection has to trace, and requests are the objects a busy server collects most often.
 */
const PATIENT_ID = Symbol('medchat.patientId');

interface PatientTagged {
  [PATIENT_ID]?: string | null;
}

/** The auth guard records who made a request so the access log can name them. */
export function recordRequestPatient(request: object, patientId: string | null): void {
  (request as PatientTagged)[PATIENT_ID] = patientId;
  RequestContext.setPatientId(patientId);
}

/**
 * Fastify hooks that every request passes: its id becomes the async context of everything that
 * runs for it, X-Request-ID and X-Process-Time go on every response, and one access-log line
 * (with the route template, never the raw URL) is written when it ends.
 *
 * The time is Fastify's own `reply.elapsedTime` (started when the route begins, before the
 * first onRequest hook), as the metrics hook and the streamed replies read it: no clock read
 * or per-request state of ours.
 */
export function registerRequestLifecycleHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    RequestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', String(request.id));
    reply.header('x-process-time', (reply.elapsedTime / 1000).toFixed(3));
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
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
        duration_ms: Math.round(reply.elapsedTime * 100) / 100,
        patient_id: (request as PatientTagged)[PATIENT_ID] ?? undefined,
      },
      'request completed',
    );
    done();
  });
}
