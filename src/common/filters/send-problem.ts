import type { LoggerService } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeError } from '../problem/describe-error.js';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../problem/problem-details.js';

/**
 * The single place an error becomes a response, shared by the Nest filter and Fastify's own
 * error handler (which sees malformed bodies before Nest does).
 */
export function sendProblem(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: LoggerService,
): void {
  const described = describeError(exception);
  if (described.serverFault) {
    logger.error(exception instanceof Error ? exception : new Error(String(exception)));
  }
  if (reply.sent || reply.raw.headersSent) return;
  const problem = buildProblem({
    status: described.status,
    detail: described.detail,
    // originalUrl: the path the client asked for, before /api/v1 was rewritten to /api.
    instance: request.originalUrl.split('?')[0] ?? request.originalUrl,
    requestId: String(request.id),
    errors: described.errors,
    extensions: described.extensions,
  });
  if (described.headers) reply.headers(described.headers);
  void reply.status(described.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}
