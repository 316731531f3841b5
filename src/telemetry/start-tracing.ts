import type { IncomingMessage } from 'node:http';
import { tracingRequested } from './tracing-requested.js';

export interface Tracing {
  /** Flushes the spans still buffered and stops the SDK. */
  shutdown(): Promise<void>;
}

/** Probe and scrape traffic: one span every few seconds per pod, telling nothing about patients' turns. */
const UNTRACED_PATHS = new Set([
  '/metrics',
  '/api/health/live',
  '/api/health/ready',
  '/api/v1/health/live',
  '/api/v1/health/ready',
]);

/**
 * Starts the OpenTelemetry SDK when tracingRequested(); otherwise loads none of it. Must run
 * before Fastify, Mongoose and the MongoDB driver are loaded: the http and mongodb
 * instrumentations patch those CommonJS modules as they are first required (Fastify's
 * `require('node:http')`, Mongoose's `require('mongodb')`), which is why main.ts imports the
 * app only after this resolves. fetch (the LLM and STT clients) is traced through undici's
 * diagnostics channels, which need no load order.
 *
 * The exporter is the SDK's choice from the standard variables (OTEL_EXPORTER_OTLP_PROTOCOL
 * `http/protobuf` by default, `http/json`, `grpc`; endpoints, headers, timeouts; sampling by
 * OTEL_TRACES_SAMPLER). Only two defaults differ from the SDK's: the service is named `medchat`
 * unless OTEL_SERVICE_NAME says otherwise, and OTLP metrics and logs stay off unless
 * OTEL_METRICS_EXPORTER / OTEL_LOGS_EXPORTER ask for them (metrics are Prometheus at /metrics,
 * logs are JSON lines on stdout carrying trace_id).
 */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  if (!tracingRequested(env)) return undefined;
  env.OTEL_SERVICE_NAME ||= 'medchat';
  env.OTEL_METRICS_EXPORTER ||= 'none';
  env.OTEL_LOGS_EXPORTER ||= 'none';

  const [{ NodeSDK }, { HttpInstrumentation }, { UndiciInstrumentation }, { MongoDBInstrumentation }] =
    await Promise.all([
      import('@opentelemetry/sdk-node'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-undici'),
      import('@opentelemetry/instrumentation-mongodb'),
    ]);
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]!),
      }),
      new UndiciInstrumentation(),
      // Statements stay out of spans (the default): queries carry patient ids and message text.
      new MongoDBInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
