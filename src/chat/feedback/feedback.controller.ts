import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../../auth/index.js';
import { SessionCallerRoutes } from '../../common/decorators/session-caller-routes.decorator.js';
import { FeedbackDto, GiveFeedbackDto } from '../dto/feedback.dto.js';
import { MessageIdParamDto } from '../dto/message-id-param.dto.js';
import { ChatFeedbackService } from './chat-feedback.service.js';
import { PROBLEM_BODY_NOTE } from '../../common/problem/problem-details.js';

@SessionCallerRoutes({ tag: 'chat', forbidden: 'The admin key has no answers to rate' })
@Controller('chat/messages')
export class FeedbackController {
  constructor(private readonly feedback: ChatFeedbackService) {}

  @Put(':message_id/feedback')
  @ApiOperation({
    summary: 'Rate an answer (a second rating replaces the first)',
    description: 'Shown on the answer in GET /chat/history as `metadata.feedback` (the same object as this answer).',
  })
  @ApiOkResponse({ type: FeedbackDto })
  @ApiNotFoundResponse({ description: `No message of the caller's has this id${PROBLEM_BODY_NOTE}` })
  @ApiConflictResponse({ description: `The exchange has no answer (pending or failed)${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({
    description: `Bad id, rating, reasons or a comment over 1000 characters; nothing is stored${PROBLEM_BODY_NOTE}`,
  })
  give(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: MessageIdParamDto,
    @Body() body: GiveFeedbackDto,
  ): Promise<FeedbackDto> {
    return this.feedback.give(principal, params.message_id, body);
  }
}
