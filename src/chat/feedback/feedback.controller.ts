import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../../auth/index.js';
import { Roles } from '../../common/decorators/roles.decorator.js';
import { FeedbackDto, GiveFeedbackDto } from '../dto/feedback.dto.js';
import { MessageIdParamDto } from '../dto/message-id-param.dto.js';
import { ChatFeedbackService } from './chat-feedback.service.js';

const PROBLEM = ' (application/problem+json)';

@ApiTags('chat')
@ApiBearerAuth('bearer')
@Roles('patient', 'guest')
@ApiUnauthorizedResponse({ description: `Missing, invalid or expired access token, or a dead session${PROBLEM}` })
@ApiForbiddenResponse({ description: `The admin key has no answers to rate${PROBLEM}` })
@Controller('chat/messages')
export class FeedbackController {
  constructor(private readonly feedback: ChatFeedbackService) {}

  @Put(':message_id/feedback')
  @ApiOperation({
    summary: 'Rate an answer (a second rating replaces the first)',
    description: 'Shown on the answer in GET /chat/history as `metadata.feedback` (the same object as this answer).',
  })
  @ApiOkResponse({ type: FeedbackDto })
  @ApiNotFoundResponse({ description: `No message of the caller's has this id${PROBLEM}` })
  @ApiConflictResponse({ description: `The exchange has no answer (pending or failed)${PROBLEM}` })
  @ApiUnprocessableEntityResponse({
    description: `Bad id, rating, reasons or a comment over 1000 characters; nothing is stored${PROBLEM}`,
  })
  give(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: MessageIdParamDto,
    @Body() body: GiveFeedbackDto,
  ): Promise<FeedbackDto> {
    return this.feedback.give(principal, params.message_id, body);
  }
}
