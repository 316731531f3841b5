import type { Logger } from '@nestjs/common';
import type { WebSocket } from 'ws';
import type { AuthenticatedPrincipal } from '../../auth/index.js';
import { describeError } from '../../common/problem/describe-error.js';
import { ClientDisconnectedError } from '../client-disconnected.error.js';
import type { ChatResponseDto } from '../dto/chat-response.dto.js';
import type { SendMessageDto } from '../dto/send-message.dto.js';
import { parseClientFrame, SOCKET_CLOSE, type RefusedFrame } from './chat-socket-protocol.js';

/** The hooks a socket turn gives the answer: the same ones the SSE route gives. */
export interface SocketTurnHooks {
  onToken: (delta: string) => void;
  onQueued: (update: { position: number; estimated_wait_seconds: number }) => void;
  signal: AbortSignal;
}

/** What a connection needs from the rest of the app; ChatSocketService provides it. */
export interface ChatSocketPorts {
  /** The principal of a live session, or a 401 problem (bad or expired token, ended session). */
  authenticate(token: string): Promise<AuthenticatedPrincipal>;
  isSessionLive(sessionId: string): Promise<boolean>;
  admit(owner: string, connection: ChatSocketConnection): boolean;
  release(owner: string, connection: ChatSocketConnection): void;
  /** Counts one message against the REST rate limits; a 429 problem when over. */
  countMessage(principal: AuthenticatedPrincipal): Promise<void>;
  startTurn(
    principal: AuthenticatedPrincipal,
    message: SendMessageDto,
  ): Promise<{ messageId: string; answer(hooks: SocketTurnHooks): Promise<ChatResponseDto> }>;
  onTurnOpened(): () => void;
  onToken(): void;
  logger: Logger;
  authTimeoutMs: number;
  pingIntervalMs: number;
}

interface TurnInFlight {
  messageId: string | null;
  cancel: AbortController;
}

/** A close reason is at most 123 bytes (RFC 6455 §5.5); details longer than that are cut. */
function closeReason(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return bytes.length <= 123
    ? text
    : bytes
        .subarray(0, 120)
        .toString('utf8')
        .replace(/\uFFFD+$/, '') + '...';
}

/**
 * One chat WebSocket: the auth handshake (first frame, within WS_AUTH_TIMEOUT_MS), then message
 * and cancel frames, one turn at a time, answered with the frames the SSE route sends as events.
 * Frames are handled in arrival order; an answer in progress does not hold up a later cancel.
 */
export class ChatSocketConnection {
  private principal: AuthenticatedPrincipal | null = null;
  private token = '';
  private owner: string | null = null;
  private turn: TurnInFlight | null = null;
  private closed = false;
  /** Pings sent since the last sign of life (a pong or any frame) from the client. */
  private unanswered = 0;
  private readonly authTimer: NodeJS.Timeout;
  private pingTimer: NodeJS.Timeout | null = null;
  /** Frame handling is chained so a slow check (token, rate limit) never lets a later frame overtake. */
  private handling: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: WebSocket,
    private readonly ports: ChatSocketPorts,
  ) {
    this.authTimer = setTimeout(
      () =>
        this.close(
          SOCKET_CLOSE.unauthorized,
          'No auth frame in time: send {"type":"auth","token":"<access token>"} first.',
        ),
      ports.authTimeoutMs,
    );
    socket.on('message', (data, isBinary) => {
      this.unanswered = 0;
      this.handling = this.handling.then(() => this.handle(data, isBinary)).catch((error: unknown) => this.fail(error));
    });
    socket.on('pong', () => (this.unanswered = 0));
    socket.on('close', () => this.dispose());
    socket.on('error', (error) => ports.logger.warn({ msg: 'Chat socket error', err: error }));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.dispose();
    this.socket.close(code, closeReason(reason));
  }

  private async handle(data: unknown, isBinary: boolean): Promise<void> {
    if (this.closed) return;
    const frame = await parseClientFrame(data, isBinary);
    if (!this.principal) {
      if (frame.type !== 'auth')
        return this.close(
          SOCKET_CLOSE.unauthorized,
          'The first frame must be {"type":"auth","token":"<access token>"}.',
        );
      return this.signIn(frame.token);
    }
    switch (frame.type) {
      case 'invalid':
        return this.refuse(frame);
      case 'auth':
        return this.reauthenticate(frame.token);
      case 'cancel':
        return this.cancel();
      case 'message':
        return this.startTurn(frame.message);
    }
  }

  private async signIn(token: string): Promise<void> {
    clearTimeout(this.authTimer);
    const principal = await this.verify(token);
    if (!principal || this.closed) return;
    const owner = principal.sub ?? principal.sid;
    if (principal.role === 'admin' || principal.sid === null || owner === null) {
      return this.close(SOCKET_CLOSE.unauthorized, 'Chat is for signed-in patients and guests.');
    }
    if (!this.ports.admit(owner, this)) {
      return this.close(
        SOCKET_CLOSE.tooManyConnections,
        'Too many chat connections are open for this patient; close one first.',
      );
    }
    this.principal = principal;
    this.token = token;
    this.owner = owner;
    this.pingTimer = setInterval(() => void this.ping(), this.ports.pingIntervalMs);
    this.send({ type: 'ready', session_id: principal.sid, patient_id: principal.sub });
  }

  /** A refreshed access token for the same session owner keeps the connection going past the old one's expiry. */
  private async reauthenticate(token: string): Promise<void> {
    const principal = await this.verify(token);
    if (!principal || this.closed) return;
    if ((principal.sub ?? principal.sid) !== this.owner || principal.role !== this.principal?.role) {
      return this.close(SOCKET_CLOSE.unauthorized, 'The new token belongs to someone else; open a new connection.');
    }
    this.principal = principal;
    this.token = token;
    this.send({ type: 'ready', session_id: principal.sid, patient_id: principal.sub });
  }

  private async verify(token: string): Promise<AuthenticatedPrincipal | null> {
    try {
      return await this.ports.authenticate(token);
    } catch (error) {
      const described = describeError(error);
      if (described.status !== 401) throw error;
      this.close(SOCKET_CLOSE.unauthorized, described.detail);
      return null;
    }
  }

  private async startTurn(message: SendMessageDto): Promise<void> {
    if (this.turn) {
      return this.send({
        type: 'error',
        status: 409,
        detail: 'One message at a time: wait for "done" or "error", or send {"type":"cancel"}.',
      });
    }
    // The token and its session are checked again: either may have ended since the last frame.
    const principal = await this.verify(this.token);
    if (!principal || this.closed) return;
    const turn: TurnInFlight = { messageId: null, cancel: new AbortController() };
    this.turn = turn;
    try {
      await this.ports.countMessage(principal);
      const started = await this.ports.startTurn(principal, message);
      turn.messageId = started.messageId;
      // Not awaited: the next frame (a cancel) must be read while the answer is produced.
      void this.answer(turn, started.answer);
    } catch (error) {
      this.turn = null;
      this.sendError(error, null);
    }
  }

  private async answer(
    turn: TurnInFlight,
    answer: (hooks: SocketTurnHooks) => Promise<ChatResponseDto>,
  ): Promise<void> {
    const turnClosed = this.ports.onTurnOpened();
    const messageId = turn.messageId;
    try {
      this.send({ type: 'start', message_id: messageId });
      let tokenSent = false;
      const response = await answer({
        onToken: (delta) => {
          tokenSent = true;
          this.send({ type: 'token', delta });
          this.ports.onToken();
        },
        onQueued: (update) => {
          if (!tokenSent) this.send({ type: 'queued', ...update });
        },
        signal: turn.cancel.signal,
      });
      this.send({ type: 'done', ...response });
    } catch (error) {
      // The frame says what was stored: `cancelled` only when the cancel stopped the answer before it
      // was whole (a cancel that came later finds the turn completed, and `done` above was sent).
      if (error instanceof ClientDisconnectedError) this.send({ type: 'cancelled', message_id: messageId });
      else if (!this.closed) this.sendError(error, messageId);
    } finally {
      if (this.turn === turn) this.turn = null;
      turnClosed();
    }
  }

  private cancel(): void {
    if (!this.turn)
      return this.send({ type: 'error', status: 409, detail: 'There is no answer in progress to cancel.' });
    this.turn.cancel.abort();
  }

  /** Protocol pings keep proxies from closing an idle socket and find clients that vanished; the session is checked at the same pace. */
  private async ping(): Promise<void> {
    if (this.closed) return;
    // Two pings without an answer, not one: a pong already on the wire may be read after a busy event loop fires this timer.
    if (this.unanswered >= 2) {
      this.dispose();
      this.socket.terminate();
      return;
    }
    this.unanswered += 1;
    this.socket.ping();
    try {
      if (this.principal?.sid && !(await this.ports.isSessionLive(this.principal.sid))) {
        this.close(SOCKET_CLOSE.unauthorized, 'Your session has ended; sign in again.');
      }
    } catch (error) {
      // A database hiccup is not a reason to drop a patient's connection; the next message checks again.
      this.ports.logger.warn({ msg: 'Could not check a chat socket session', err: error });
    }
  }

  private refuse(frame: RefusedFrame): void {
    this.send({
      type: 'error',
      status: frame.status,
      detail: frame.detail,
      ...(frame.errors ? { errors: frame.errors } : {}),
    });
  }

  private sendError(error: unknown, messageId: string | null): void {
    const described = describeError(error);
    if (described.serverFault) this.ports.logger.error(error instanceof Error ? error : new Error(String(error)));
    const retryAfter = described.headers?.['retry-after'];
    this.send({
      type: 'error',
      status: described.status,
      detail: described.detail,
      ...(messageId ? { message_id: messageId } : {}),
      ...(described.errors ? { errors: described.errors } : {}),
      ...(retryAfter ? { retry_after: Number(retryAfter) } : {}),
    });
  }

  /** An unexpected failure while handling a frame: reported as a 500 frame, the connection stays. */
  private fail(error: unknown): void {
    if (!this.closed) this.sendError(error, null);
  }

  private send(frame: Record<string, unknown>): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(JSON.stringify(frame));
  }

  /** The client went away or the server closed: an answer still in progress is stopped and stored as not delivered. */
  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.authTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.turn?.cancel.abort();
    if (this.owner) this.ports.release(this.owner, this);
  }
}
