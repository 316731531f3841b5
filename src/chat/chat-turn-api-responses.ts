import { applyDecorators } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { PROBLEM_BODY_NOTE } from '../common/problem/problem-details.js';

/** The header a client reads to know when to ask again; the SPA shows it instead of retrying at once. */
const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before asking again',
    schema: { type: 'integer', minimum: 1, example: 30 },
  },
};

/**
 * What refuses a turn that reached the model, on the JSON chat routes: 503 when the model is
 * unreachable or every LLM slot stayed taken (capacity), 429 when the patient's daily token
 * allowance is used up. Both carry Retry-After and keep the message, stored `failed`. The
 * stream route says the same in its `error` event, since its headers are already sent.
 */
export function ApiChatTurnRefusals(unreachable: string): MethodDecorator {
  return applyDecorators(
    ApiServiceUnavailableResponse({
      description:
        `${unreachable}; or every LLM slot is taken and the wait queue is full or was waited out (stored \`failed\`, reason \`capacity\`, ` +
        `Retry-After worked out from the queue). The message is kept in the history${PROBLEM_BODY_NOTE}`,
      headers: RETRY_AFTER,
    }),
    ApiTooManyRequestsResponse({
      description:
        "Rate limited; or the question needed the model and today's token allowance (CHAT_DAILY_TOKEN_BUDGET) is used up: Retry-After " +
        `until midnight UTC, the message kept (stored \`failed\`, reason \`quota\`). An emergency is answered whatever the allowance${PROBLEM_BODY_NOTE}`,
      headers: RETRY_AFTER,
    }),
  );
}
