import { Controller, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../../auth/index.js';
import { SessionCallerRoutes } from '../../common/decorators/session-caller-routes.decorator.js';
import { ApiChatTurnRefusals } from '../chat-turn-api-responses.js';
import { ChatResponseDto } from '../dto/chat-response.dto.js';
import { MessageIdParamDto } from '../dto/message-id-param.dto.js';
import { ServerSentEvents } from '../sse/server-sent-events.js';
import { FailedTurnRetry } from './failed-turn-retry.js';
import { PROBLEM_BODY_NOTE } from '../../common/problem/problem-details.js';

@SessionCallerRoutes({ tag: 'chat', forbidden: 'The admin key has no session to chat in' })
@ApiNotFoundResponse({
  description: `No message of the caller's has this id (a guest: in its session), or its file is gone${PROBLEM_BODY_NOTE}`,
})
@ApiConflictResponse({
  description: `The exchange is answered or being answered: only a failed one can be asked again${PROBLEM_BODY_NOTE}`,
})
@ApiUnprocessableEntityResponse({ description: `message_id is not a message id${PROBLEM_BODY_NOTE}` })
@Controller('chat/messages')
export class ChatRetryController {
  constructor(private readonly retries: FailedTurnRetry) {}

  @Post(':message_id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Ask a failed exchange again, in place',
    description:
      'The stored message (and its files) goes through the same triage, model, guardrails, capacity queue and token allowance as a new one; the answer replaces the failure in history, under the same message_id.',
  })
  @ApiOkResponse({ type: ChatResponseDto })
  @ApiChatTurnRefusals('The language model is unreachable (the exchange stays failed)')
  retry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: MessageIdParamDto,
  ): Promise<ChatResponseDto> {
    return this.retries.retry(principal, params.message_id);
  }

  @Post(':message_id/retry/stream')
  @ApiOperation({
    summary: 'Ask a failed exchange again, answered as server-sent events',
    description:
      'The same events as POST /chat/message/stream (`start`, `queued`, `token`, `done` or `error`). Refusals before the stream opens (404, 409, 422) are problem+json responses.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream, as POST /chat/message/stream' })
  streamRetry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: MessageIdParamDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.retries.stream(principal, params.message_id, ServerSentEvents.opener(request, reply));
  }
}
