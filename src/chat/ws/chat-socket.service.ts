import { Injectable, Logger } from '@nestjs/common';
import type { WebSocket } from 'ws';
import { JwtAuthenticator, SessionService, type AuthenticatedPrincipal } from '../../auth/index.js';
import { AppConfig } from '../../config/app-config.js';
import { MetricsRecorder } from '../../metrics/index.js';
import { ChatTurnService } from '../chat-turn.service.js';
import type { SendMessageDto } from '../dto/send-message.dto.js';
import { ChatSocketConnection, type ChatSocketPorts, type SocketTurnHooks } from './chat-socket-connection.js';
import { ChatSocketRateLimit } from './chat-socket-rate-limit.js';
import { ChatSocketRegistry } from './chat-socket-registry.js';

/**
 * Wires each chat socket to what the REST routes use: the JWT strategy and live-session check
 * of the global guard, the REST rate limits, and ChatTurnService's turn (triage, capacity queue,
 * guardrails, storage) exactly as POST /chat/message/stream runs it.
 */
@Injectable()
export class ChatSocketService implements ChatSocketPorts {
  readonly logger = new Logger('ChatSocket');
  readonly authTimeoutMs: number;
  readonly pingIntervalMs: number;

  constructor(
    private readonly jwt: JwtAuthenticator,
    private readonly sessions: SessionService,
    private readonly turns: ChatTurnService,
    private readonly registry: ChatSocketRegistry,
    private readonly rateLimit: ChatSocketRateLimit,
    config: AppConfig,
    private readonly metrics: MetricsRecorder,
  ) {
    this.authTimeoutMs = config.env.WS_AUTH_TIMEOUT_MS;
    this.pingIntervalMs = config.env.WS_PING_INTERVAL_MS;
  }

  open(socket: WebSocket): ChatSocketConnection {
    return new ChatSocketConnection(socket, this);
  }

  authenticate(token: string): Promise<AuthenticatedPrincipal> {
    return this.jwt.authenticate(token);
  }

  async isSessionLive(sessionId: string): Promise<boolean> {
    return (await this.sessions.findLive(sessionId)) !== null;
  }

  admit(owner: string, connection: ChatSocketConnection): boolean {
    return this.registry.admit(owner, connection);
  }

  release(owner: string, connection: ChatSocketConnection): void {
    this.registry.release(owner, connection);
  }

  countMessage(principal: AuthenticatedPrincipal): Promise<void> {
    return this.rateLimit.count(principal);
  }

  async startTurn(principal: AuthenticatedPrincipal, message: SendMessageDto) {
    const turn = await this.turns.startTurn(principal, message);
    return { messageId: turn.messageId, answer: (hooks: SocketTurnHooks) => this.turns.answerTurn(turn, hooks) };
  }

  onTurnOpened(): () => void {
    return this.metrics.streamOpened();
  }

  onToken(): void {
    this.metrics.tokenStreamed();
  }
}
