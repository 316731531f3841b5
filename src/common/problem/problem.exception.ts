import { HttpException } from '@nestjs/common';
import type { ProblemFieldError } from './problem-details.js';

/**
 * An HTTP error whose `detail` is written for the person using the SPA. Services throw this
 * (or Nest's built-in exceptions) and the ProblemDetailsFilter renders it.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly problem: {
      errors?: ProblemFieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(detail, status);
  }
}
