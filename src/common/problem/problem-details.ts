import { STATUS_CODES } from 'node:http';

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, with the fields the SPA reads (`detail`, `request_id`, `errors`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  request_id: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Appended to a refusal's Swagger description, so a client reading the docs knows the body it will get. */
export const PROBLEM_BODY_NOTE = ' (application/problem+json)';

export function buildProblem(input: {
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: ProblemFieldError[];
  extensions?: Record<string, unknown>;
}): ProblemDetails {
  const problem: ProblemDetails = {
    ...input.extensions,
    type: 'about:blank',
    title: STATUS_CODES[input.status] ?? 'Error',
    status: input.status,
    detail: input.detail,
    instance: input.instance,
    request_id: input.requestId,
  };
  if (input.errors && input.errors.length > 0) problem.errors = input.errors;
  return problem;
}
