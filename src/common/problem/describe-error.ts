import { HttpException, HttpStatus } from '@nestjs/common';
import type { ProblemFieldError } from './problem-details.js';
import { ProblemException } from './problem.exception.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './retry-after.js';

export interface DescribedError {
  status: number;
  detail: string;
  errors?: ProblemFieldError[];
  headers?: Record<string, string>;
  extensions?: Record<string, unknown>;
  /** Whether the server should log it as its own failure (5xx) rather than the client's. */
  serverFault: boolean;
}

const DATABASE_UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

const UNSUPPORTED_MEDIA_TYPE_DETAIL =
  'This endpoint does not accept that Content-Type: send JSON (application/json), or multipart/form-data where it takes a file.';

/** Fastify's own errors (raised before Nest sees the request) carry a code and status. */
function describeFastifyError(error: {
  code?: string;
  statusCode?: number;
  message: string;
}): DescribedError | undefined {
  const status = error.statusCode;
  if (!status || status < 400 || status >= 500) return undefined;
  const known = describeFastifyCode(error.code);
  if (known) return known;
  if (error instanceof SyntaxError || /JSON/i.test(error.message)) {
    return { status: 400, detail: 'The request body is not valid JSON.', serverFault: false };
  }
  return { status, detail: 'The request could not be processed.', serverFault: false };
}

/** The Fastify error codes a client can cause, each in a sentence the SPA can show. */
function describeFastifyCode(code: string | undefined): DescribedError | undefined {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, detail: 'The request body is not valid JSON.', serverFault: false };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, detail: 'The request body is larger than this endpoint accepts.', serverFault: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, detail: UNSUPPORTED_MEDIA_TYPE_DETAIL, serverFault: false };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, detail: 'The Content-Length header does not match the body.', serverFault: false };
    case 'FST_ERR_BAD_URL':
      return {
        status: 400,
        detail: 'The URL is not valid: a part of its path is not correctly percent-encoded.',
        serverFault: false,
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        status: 414,
        detail: 'A value in the URL path is longer than this endpoint accepts.',
        serverFault: false,
      };
  }
  return undefined;
}

function detailFromHttpException(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/** Maps anything thrown while serving a request to what the client may be told about it. */
export function describeError(exception: unknown): DescribedError {
  if (exception instanceof ProblemException) {
    return {
      status: exception.getStatus(),
      detail: exception.detail,
      errors: exception.problem.errors,
      headers: exception.problem.headers,
      extensions: exception.problem.extensions,
      serverFault: exception.getStatus() >= 500,
    };
  }
  if (exception instanceof HttpException) {
    // Nest hands on a 4xx Fastify raised while reading the body (no parser for its type, too large,
    // not JSON) as an HttpException carrying Fastify's terse message, with Fastify's error as its
    // cause: a code named above is described in its sentence, any other keeps Fastify's message.
    const fromFastify = describeFastifyCode((exception.cause as { code?: string } | undefined)?.code);
    if (fromFastify) return fromFastify;
    const status = exception.getStatus();
    if (status === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ /.test(exception.message)) {
      return { status, detail: `No route matches ${exception.message.slice('Cannot '.length)}.`, serverFault: false };
    }
    return {
      status,
      detail: status >= 500 ? 'The service could not complete the request.' : detailFromHttpException(exception),
      serverFault: status >= 500,
    };
  }
  if (exception instanceof Error && DATABASE_UNAVAILABLE.has(exception.name)) {
    return {
      status: 503,
      detail: 'The database is temporarily unavailable; please try again shortly.',
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      serverFault: true,
    };
  }
  if (exception instanceof Error) {
    const fastify = describeFastifyError(exception as Error & { code?: string; statusCode?: number });
    if (fastify) return fastify;
  }
  return {
    status: 500,
    detail: 'An unexpected error occurred; the request id identifies it in the server logs.',
    serverFault: true,
  };
}
