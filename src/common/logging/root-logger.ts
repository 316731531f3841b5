import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { RequestContext } from '../request-context/request-context.js';
import { REDACTED_LOG_PATHS } from './redaction.js';
import { traceLogFields } from './trace-log-fields.js';

export interface RootLoggerOptions {
  level: string;
  pretty: boolean;
  /** Tests pass a stream to read back what was logged; otherwise stdout. */
  destination?: DestinationStream;
}

function prettyTransport(): LoggerOptions['transport'] | undefined {
  // pino-pretty is a development convenience; a production image without it still logs JSON.
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } };
  } catch {
    return undefined;
  }
}

/** The one pino logger of the process: Fastify's request logs and Nest's logs both go through it. */
export function createRootLogger(options: RootLoggerOptions): Logger {
  const pinoOptions: LoggerOptions = {
    level: options.level,
    base: { service: 'medchat' },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    // Every line written while a request is in flight names it, whoever logs it.
    mixin(mergeObject) {
      const traced = traceLogFields();
      const context = RequestContext.current();
      if (!context || 'request_id' in mergeObject) return traced ?? {};
      return { request_id: context.requestId, patient_id: context.patientId ?? undefined, ...traced };
    },
    formatters: { level: (label) => ({ level: label }) },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  const transport = options.pretty ? prettyTransport() : undefined;
  return transport ? pino({ ...pinoOptions, transport }) : pino(pinoOptions);
}
