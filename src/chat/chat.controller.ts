import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import { CurrentPrincipal } from '../auth/index.js';
import { MultipartForm } from '../common/decorators/multipart-form.decorator.js';
import { MultipartRoute } from '../common/decorators/multipart-route.decorator.js';
import type { MultipartBody } from '../common/multipart/multipart-body.js';
import { SessionCallerRoutes } from '../common/decorators/session-caller-routes.decorator.js';
import { ChatHistoryService } from './chat-history.service.js';
import { ChatStreamService } from './chat-stream.service.js';
import { ChatTurnService } from './chat-turn.service.js';
import { ApiChatTurnRefusals } from './chat-turn-api-responses.js';
import {
  ChatStreamErrorEventDto,
  ChatStreamQueuedEventDto,
  ChatStreamStartEventDto,
  ChatStreamTokenEventDto,
} from './dto/chat-stream-events.dto.js';
import { ChatResponseDto } from './dto/chat-response.dto.js';
import { ClearHistoryQueryDto, ClearHistoryResponseDto } from './dto/clear-history.dto.js';
import { HistoryQueryDto } from './dto/history-query.dto.js';
import { messageWithFileForm } from './dto/message-with-file.dto.js';
import { ChatHistoryDto } from './dto/history-response.dto.js';
import { SendMessageDto } from './dto/send-message.dto.js';
import { ServerSentEvents } from './sse/server-sent-events.js';
import { PROBLEM_BODY_NOTE } from '../common/problem/problem-details.js';

// Chat happens in a session; the admin API key has none.
@SessionCallerRoutes({ tag: 'chat', forbidden: "The caller's role cannot use this route", rateLimited: true })
@Controller('chat')
export class ChatController {
  constructor(
    private readonly turns: ChatTurnService,
    private readonly histories: ChatHistoryService,
    private readonly streams: ChatStreamService,
  ) {}

  @Post('message')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Ask a question and get the whole answer' })
  @ApiOkResponse({ type: ChatResponseDto })
  @ApiNotFoundResponse({
    description: `session_id is not the caller's session, or a file id names no file of the caller's${PROBLEM_BODY_NOTE}`,
  })
  @ApiUnprocessableEntityResponse({
    description: `The body is invalid; \`errors\` lists the fields${PROBLEM_BODY_NOTE}`,
  })
  @ApiChatTurnRefusals('The language model is unreachable or not configured')
  sendMessage(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: SendMessageDto,
  ): Promise<ChatResponseDto> {
    return this.turns.sendMessage(principal, body);
  }

  @Post('message-with-image')
  @MultipartRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Ask about a photo: multipart `image` (the file) and an optional `message`',
    description:
      "The photo is stored as an upload of the caller's and analysed by the vision model; `metadata.image_analysis` holds the findings.",
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(messageWithFileForm('image', '.jpg, .jpeg, .png, .webp, .bmp'))
  @ApiOkResponse({ type: ChatResponseDto })
  @ApiNotFoundResponse({ description: `session_id is not the caller's session${PROBLEM_BODY_NOTE}` })
  @ApiPayloadTooLargeResponse({
    description: `The image is larger than the limit; nothing is kept${PROBLEM_BODY_NOTE}`,
  })
  @ApiUnsupportedMediaTypeResponse({ description: `Not multipart, or not an accepted image type${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({
    description: `No image, invalid fields, or name, declared type and content disagree${PROBLEM_BODY_NOTE}`,
  })
  @ApiChatTurnRefusals('The vision or language model is unreachable')
  sendMessageWithImage(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @MultipartForm() form: MultipartBody,
  ): Promise<ChatResponseDto> {
    return this.turns.sendMessageWithFile(principal, 'image', form);
  }

  @Post('message-with-audio')
  @MultipartRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send a voice message: multipart `audio` (the recording) and an optional `message`',
    description:
      "The recording is stored as an upload of the caller's and transcribed; `metadata.transcription` holds the text, and triage judges it.",
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(messageWithFileForm('audio', '.wav, .mp3, .m4a, .ogg, .webm'))
  @ApiOkResponse({ type: ChatResponseDto })
  @ApiNotFoundResponse({ description: `session_id is not the caller's session${PROBLEM_BODY_NOTE}` })
  @ApiPayloadTooLargeResponse({
    description: `The recording is larger than the limit; nothing is kept${PROBLEM_BODY_NOTE}`,
  })
  @ApiUnsupportedMediaTypeResponse({ description: `Not multipart, or not an accepted audio type${PROBLEM_BODY_NOTE}` })
  @ApiUnprocessableEntityResponse({
    description: `No recording, invalid fields, or name, declared type and content disagree${PROBLEM_BODY_NOTE}`,
  })
  @ApiChatTurnRefusals('Speech-to-text or the language model is unreachable')
  sendMessageWithAudio(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @MultipartForm() form: MultipartBody,
  ): Promise<ChatResponseDto> {
    return this.turns.sendMessageWithFile(principal, 'audio', form);
  }

  @Post('message/stream')
  @ApiOperation({
    summary: 'Ask a question and receive the answer as server-sent events',
    description:
      'Events: `start` `{ message_id }`, then `queued` `{ position, estimated_wait_seconds }` while every LLM slot is taken (again when the place changes, ' +
      'at most once a second, never after the first token; an emergency never waits), then `token` `{ delta }` (many), then `done` (a ChatResponse) ' +
      'or `error` `{ status, detail, retry_after? }`: 503 when the model is unreachable or the wait for a slot hit its limits (capacity), 429 when ' +
      "the question needed the model and today's token allowance is used up; `retry_after` is what Retry-After would say. " +
      'Lines starting with `:` are heartbeats. Errors found before the stream starts are ordinary problem+json responses.',
  })
  @ApiProduces('text/event-stream')
  @ApiExtraModels(
    ChatStreamStartEventDto,
    ChatStreamQueuedEventDto,
    ChatStreamTokenEventDto,
    ChatResponseDto,
    ChatStreamErrorEventDto,
  )
  @ApiOkResponse({
    description: 'An event stream; each `data:` line is one JSON object',
    content: {
      'text/event-stream': {
        schema: {
          description: 'The JSON `data` of each event: start, queued, token, done (a ChatResponse) or error',
          oneOf: [
            { $ref: getSchemaPath(ChatStreamStartEventDto) },
            { $ref: getSchemaPath(ChatStreamQueuedEventDto) },
            { $ref: getSchemaPath(ChatStreamTokenEventDto) },
            { $ref: getSchemaPath(ChatResponseDto) },
            { $ref: getSchemaPath(ChatStreamErrorEventDto) },
          ],
        },
        example:
          'event: start\ndata: {"message_id":"6788f2a4c1d2e3f4a5b6c7d8"}\n\nevent: queued\ndata: {"position":2,"estimated_wait_seconds":3}\n\n' +
          'event: queued\ndata: {"position":1,"estimated_wait_seconds":2}\n\nevent: token\ndata: {"delta":"A headache "}\n\n' +
          'event: done\ndata: {"response":"A headache ...","session_id":"6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c","message_id":"6788f2a4c1d2e3f4a5b6c7d8","timestamp":"2026-01-15T14:30:28.123Z","metadata":{}}\n\n',
      },
    },
  })
  @ApiNotFoundResponse({
    description: `session_id is not the caller's session, or a file id names no file of the caller's${PROBLEM_BODY_NOTE}`,
  })
  @ApiUnprocessableEntityResponse({
    description: `The body is invalid; \`errors\` lists the fields${PROBLEM_BODY_NOTE}`,
  })
  streamMessage(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: SendMessageDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.streams.stream(principal, body, ServerSentEvents.opener(request, reply));
  }

  @Get('history')
  @ApiOperation({ summary: 'Read the conversation history, oldest first, one page at a time going back' })
  @ApiOkResponse({ type: ChatHistoryDto })
  @ApiUnprocessableEntityResponse({ description: `Bad limit, scope or cursor${PROBLEM_BODY_NOTE}` })
  history(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: HistoryQueryDto,
  ): Promise<ChatHistoryDto> {
    return this.histories.history(principal, query);
  }

  @Delete('history')
  @ApiOperation({ summary: "Clear the model's view of this session's earlier exchanges; purge=true also deletes them" })
  @ApiOkResponse({ type: ClearHistoryResponseDto })
  clearHistory(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ClearHistoryQueryDto,
  ): Promise<ClearHistoryResponseDto> {
    return this.histories.clearHistory(principal, query.purge);
  }
}
