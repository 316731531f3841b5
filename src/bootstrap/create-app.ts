import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from '../app.module.js';
import { sendProblem } from '../common/filters/send-problem.js';
import { acceptJsonAndMultipartBodiesOnly } from '../common/http/json-and-multipart-bodies-only.js';
import { registerJsonDepthLimit } from '../common/http/json-depth-limit.js';
import { serializeReply } from '../common/http/json-text.js';
import { registerPrototypeQueryKeyGuard } from '../common/http/prototype-query-keys.js';
import { registerRequestLifecycleHooks } from '../common/http/request-lifecycle.hooks.js';
import { validationExceptionFactory } from '../common/problem/validation-exception.factory.js';
import { resolveRequestId, REQUEST_ID_HEADER } from '../common/request-context/request-id.js';
import { MemoizedQueryValidationPipe } from '../common/validation/memoized-query-validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import type { DatabaseTarget } from '../database/index.js';
import { registerLivenessRoute } from '../health/index.js';
import { API_PREFIX, unversionedUrl } from './api-version.js';
import { createModules, prepareBootstrap, type CreateAppOptions } from './bootstrap-foundation.js';
import { HookChainingFastifyAdapter } from './hook-chaining-fastify-adapter.js';
import { applySecurity } from './security.js';
import { registerStreamingMultipart } from './streaming-multipart.js';
import { setUpSwagger } from './swagger.js';
import { MedChatWebSocketAdapter } from './web-socket-adapter.js';

export interface MedChatApp {
  app: NestFastifyApplication;
  config: AppConfig;
  logger: PinoLogger;
  database: DatabaseTarget;
  /** Closes the app (in-flight requests finish), then any embedded database. */
  close(): Promise<void>;
}

/**
 * Builds the whole application: validated config, database target, Fastify with the request
 * pipeline (request id, security headers, rate limits, auth, validation, problem+json errors,
 * structured logs), Nest modules, Swagger. main.ts and the integration tests share it,
 * so the tests exercise exactly what production runs.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<MedChatApp> {
  const { config, logger, nestLogger, database } = await prepareBootstrap(options, { prettyInDevelopment: true });
  const variables = config.env;
  // Every root request hook (Nest's and the app's) runs as a link of one hook per phase.
  const adapter = new HookChainingFastifyAdapter({
    loggerInstance: logger,
    // No Nest middleware in this app (guards and Fastify hooks do that work), so no
    // @fastify/middie and its hook on every request. A module that adds middleware must
    // register @fastify/middie first.
    skipMiddie: true,
    // Fastify writes no "incoming request" / "request completed" lines of its own: the access log
    // (request-lifecycle.hooks.ts) writes one line per request, with the route template. Through
    // a log controller, as Fastify 5.12 asks (its top-level `disableRequestLogging` is deprecated
    // and printed FSTDEP023 at every start).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers[REQUEST_ID_HEADER]),
    bodyLimit: variables.BODY_LIMIT_BYTES,
    requestTimeout: variables.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: variables.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: variables.REQUEST_TIMEOUT_MS,
    // Node enforces request and header deadlines only when it sweeps its connections (every 30 s
    // by default) and derives headersTimeout (60 s) from its own defaults at construction, so a
    // client sending its headers or body a byte at a time kept the socket 30–60 s past
    // REQUEST_TIMEOUT_MS. Deadlines from the config, swept at a quarter of the timeout.
    http: {
      requestTimeout: variables.REQUEST_TIMEOUT_MS,
      headersTimeout: Math.min(variables.REQUEST_TIMEOUT_MS, 60_000),
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(variables.REQUEST_TIMEOUT_MS / 4))),
    },
    trustProxy: variables.TRUST_PROXY,
    // /api/v1/… is the same route as /api/… (see api-version.ts).
    rewriteUrl: (request: IncomingMessage) => unversionedUrl(request.url ?? '/'),
    // The router refuses a malformed URL (400) or an over-long path parameter (414) before any
    // hook or Nest filter runs; those are problems too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      void reply.header('x-request-id', String(request.id));
      sendProblem(error, request, reply, new Logger('Http'));
    },
    allowErrorHandlerOverride: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  // Fastify's `request.log` is its logger itself, not a pino child made per request (with the
  // redaction set up again each time, 10% of the CPU of a liveness probe): the root logger's mixin
  // already names the request from its async context. Its `child` answers itself, so Fastify's
  // own child-logger factory returns it; a factory of ours did the same, but Fastify then checked
  // every request's logger for its seven methods (an array, a closure, seven lookups per request).
  const fastifyLogger: FastifyBaseLogger = adapter.getInstance().log;
  Object.defineProperty(fastifyLogger, 'child', { value: () => fastifyLogger, configurable: true, writable: true });

  const app = await createModules(database, () =>
    NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
      logger: nestLogger,
      bufferLogs: false,
      abortOnError: false,
      // Nest's body parsers would add application/x-www-form-urlencoded beside JSON: a sign-in or a
      // chat message posted as a form was read and answered 200 where API.md promises 415. Fastify's
      // own JSON parser reads JSON (see json-and-multipart-bodies-only.ts).
      bodyParser: false,
    }),
  );

  const fastify = app.getHttpAdapter().getInstance();
  // Before any route: each route keeps the serializer set when it is added (a body that writes its own JSON, see json-text.ts).
  fastify.setReplySerializer(serializeReply);
  registerRequestLifecycleHooks(fastify, logger);
  acceptJsonAndMultipartBodiesOnly(fastify);
  registerJsonDepthLimit(fastify);
  registerPrototypeQueryKeyGuard(fastify);
  // Errors Fastify raises before Nest routes the request (malformed JSON, oversized bodies) reach
  // the error handler Nest installs at init, which hands them to ProblemDetailsFilter: one path
  // to problem+json for every error. A handler set here was silently replaced by Nest's (Fastify
  // printed FSTWRN004 at every start); `allowErrorHandlerOverride: false` makes such a second
  // handler fail loudly instead.

  await applySecurity(app, config);
  // Multipart bodies are not parsed up front: the upload routes stream them with per-route size limits.
  await registerStreamingMultipart(app, { limits: { files: 1, fields: 20, parts: 25 } });
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  // After every Fastify hook above, so the probe passes each of them like the Nest routes.
  registerLivenessRoute(fastify, API_PREFIX);
  app.useGlobalPipes(
    new MemoizedQueryValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  setUpSwagger(app);
  // The chat WebSocket shares Fastify's HTTP server and port (see web-socket-adapter.ts).
  app.useWebSocketAdapter(
    new MedChatWebSocketAdapter(app, { maxPayloadBytes: variables.WS_MAX_FRAME_BYTES, rewriteUrl: unversionedUrl }),
  );

  return {
    app,
    config,
    logger,
    database,
    async close() {
      await app.close();
      await database.embedded?.dispose();
    },
  };
}
