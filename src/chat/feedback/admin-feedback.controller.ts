import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AdminOnly } from '../../common/decorators/admin-only.decorator.js';
import { AdminFeedbackPageDto, AdminFeedbackQueryDto } from '../dto/feedback.dto.js';
import { ChatFeedbackService } from './chat-feedback.service.js';

@AdminOnly()
@Controller('admin/feedback')
export class AdminFeedbackController {
  constructor(private readonly feedback: ChatFeedbackService) {}

  @Get()
  @ApiOperation({
    summary: 'Feedback on answers for review, most recent first',
    description:
      "Filter by rating, reason and `since`; page with `before` = the previous page's `next_cursor`. Comments are decrypted for the reviewer.",
  })
  @ApiOkResponse({ type: AdminFeedbackPageDto })
  @ApiUnprocessableEntityResponse({
    description: 'A filter is malformed (unknown rating or reason, bad date, a cursor this endpoint did not issue)',
  })
  list(@Query() query: AdminFeedbackQueryDto): Promise<AdminFeedbackPageDto> {
    return this.feedback.page(query);
  }
}
