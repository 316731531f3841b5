import { Body, Controller, Delete, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../../auth/index.js';
import { SessionCallerRoutes } from '../../common/decorators/session-caller-routes.decorator.js';
import {
  ConsultationDto,
  ConsultationPageDto,
  ConsultationQueryDto,
  DeleteConsultationResponseDto,
  RenameConsultationDto,
  SessionIdParamDto,
} from '../dto/consultation.dto.js';
import { ChatSessionsService } from './chat-sessions.service.js';
import { PROBLEM_BODY_NOTE } from '../../common/problem/problem-details.js';

// A guest's session ends with its sign-in: there is nothing earlier to list.
@SessionCallerRoutes({
  tag: 'chat',
  roles: ['patient'],
  forbidden: 'Guests and the admin key have no consultations',
  rateLimited: true,
})
@Controller('chat/sessions')
export class ChatSessionsController {
  constructor(private readonly consultations: ChatSessionsService) {}

  @Get()
  @ApiOperation({
    summary: "The caller's consultations (one per sign-in session), newest first",
    description: 'Read one with `GET /chat/history?session_id=`.',
  })
  @ApiOkResponse({ type: ConsultationPageDto })
  @ApiUnprocessableEntityResponse({ description: `Bad limit or cursor${PROBLEM_BODY_NOTE}` })
  list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ConsultationQueryDto,
  ): Promise<ConsultationPageDto> {
    return this.consultations.list(principal, query);
  }

  @Patch(':session_id')
  @ApiOperation({ summary: 'Rename a consultation' })
  @ApiOkResponse({ type: ConsultationDto })
  @ApiNotFoundResponse({ description: `Not a consultation of the caller's${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({
    description: `The title is missing, blank or longer than 120 characters${PROBLEM_BODY_NOTE}`,
  })
  rename(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: SessionIdParamDto,
    @Body() body: RenameConsultationDto,
  ): Promise<ConsultationDto> {
    return this.consultations.rename(principal, params.session_id, body.title);
  }

  @Delete(':session_id')
  @ApiOperation({
    summary: 'Delete a consultation and every exchange in it',
    description: 'A live sign-in stays signed in; its next message starts a new consultation.',
  })
  @ApiOkResponse({ type: DeleteConsultationResponseDto })
  @ApiNotFoundResponse({ description: `Not a consultation of the caller's${PROBLEM_BODY_NOTE}` })
  delete(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param() params: SessionIdParamDto,
  ): Promise<DeleteConsultationResponseDto> {
    return this.consultations.delete(principal, params.session_id);
  }
}
