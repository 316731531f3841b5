import { Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import { describeError } from '../common/problem/describe-error.js';
import { AppConfig } from '../config/app-config.js';
import { MetricsRecorder } from '../metrics/index.js';
import { ChatTurnService, type StartedTurn } from './chat-turn.service.js';
import { ClientDisconnectedError } from './client-disconnected.error.js';
import type { SendMessageDto } from './dto/send-message.dto.js';
import type { OpenEventStream } from './sse/event-stream.js';

/**
 * POST /chat/message/stream. Refusals (validation, session, attachments) happen before the
 * stream opens and are ordinary problem responses; once it is open, the outcome is an event.
 */
@Injectable()
export class ChatStreamService {
  private readonly logger = new Logger(ChatStreamService.name);

  constructor(
    private readonly turns: ChatTurnService,
    private readonly config: AppConfig,
    private readonly metrics: MetricsRecorder,
  ) {}

  async stream(principal: AuthenticatedPrincipal, request: SendMessageDto, openEvents: OpenEventStream): Promise<void> {
    return this.streamTurn(await this.turns.startTurn(principal, request), openEvents);
  }

  /** Answers a stored pending turn as events: a new message's, or a failed one asked again (retry/stream). */
  async streamTurn(turn: StartedTurn, openEvents: OpenEventStream): Promise<void> {
    const events = openEvents(this.config.env.CHAT_STREAM_HEARTBEAT_MS);
    const streamClosed = this.metrics.streamOpened();
    try {
      events.send('start', { message_id: turn.messageId });
      let tokenSent = false;
      const response = await this.turns.answerTurn(turn, {
        onToken: (delta) => {
          tokenSent = true;
          events.send('token', { delta });
          this.metrics.tokenStreamed();
        },
        // Where the turn stands while it waits for an LLM slot; once the answer flows, a later wait (none today) is not announced.
        onQueued: (update) => {
          if (!tokenSent) events.send('queued', update);
        },
        signal: events.signal,
      });
      events.send('done', response);
    } catch (error) {
      if (error instanceof ClientDisconnectedError || events.clientGone) return;
      const described = describeError(error);
      if (described.serverFault) this.logger.error(error instanceof Error ? error : new Error(String(error)));
      // A stream has sent its headers: the Retry-After of a 429 (daily budget) or 503 (capacity) travels in the event.
      const retryAfter = Number(described.headers?.['retry-after']);
      events.send('error', {
        status: described.status,
        detail: described.detail,
        ...(retryAfter > 0 ? { retry_after: retryAfter } : {}),
      });
    } finally {
      events.close();
      streamClosed?.();
    }
  }
}
