import { HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { ProblemFieldError } from './problem-details.js';
import { ProblemException } from './problem.exception.js';

function flatten(errors: ValidationError[], parent = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The ValidationPipe's failures become 422 problems listing every offending field. */
export function validationExceptionFactory(errors: ValidationError[]): ProblemException {
  const fieldErrors = flatten(errors);
  const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
  return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, `The request is invalid: check ${fields}.`, {
    errors: fieldErrors,
  });
}
