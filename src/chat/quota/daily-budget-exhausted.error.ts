import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem.exception.js';

/**
 * A turn that needs the model, from a patient (a guest: a session) who has used today's token
 * budget: 429 with Retry-After until midnight UTC. It is thrown at the model gate, after triage,
 * so an emergency is answered whatever the budget; the turn is then stored `failed` with reason
 * `quota` (the message is kept and can be asked again tomorrow).
 */
export class DailyBudgetExhaustedError extends ProblemException {
  constructor(
    readonly budget: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      `You have used today's allowance of ${budget} tokens. It starts afresh at midnight UTC, in ${aboutHowLong(retryAfterSeconds)}.`,
      { headers: { 'retry-after': String(retryAfterSeconds) } },
    );
    this.name = 'DailyBudgetExhaustedError';
  }
}

function aboutHowLong(seconds: number): string {
  if (seconds >= 3600) {
    const hours = Math.round(seconds / 3600);
    return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
