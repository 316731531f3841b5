import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStream, OpenEventStream } from './event-stream.js';

/** Headers Fastify's own reply must not pass on to an event stream. */
const NOT_FOR_A_STREAM = new Set(['content-length', 'content-type', 'transfer-encoding', 'etag']);

/**
 * A `text/event-stream` response written straight to the socket. The reply is hijacked, so
 * Fastify's onSend hooks (X-Request-ID, X-Process-Time) do not run: those are set here, and
 * the headers earlier hooks already put on the reply (security headers, CORS, rate limits) are
 * carried over. `signal` aborts when the client goes away before close().
 */
export class ServerSentEvents implements EventStream {
  private readonly controller = new AbortController();
  private readonly heartbeat: NodeJS.Timeout;
  private finished = false;

  private constructor(
    private readonly reply: FastifyReply,
    heartbeatMs: number,
  ) {
    reply.raw.on('close', () => {
      if (!this.finished) this.controller.abort();
      this.stopHeartbeat();
    });
    // A write racing a disconnect surfaces as an error event; the close handler covers it.
    reply.raw.on('error', () => undefined);
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** What a controller passes to the service: the response, opened as events when the service is ready to answer. */
  static opener(request: FastifyRequest, reply: FastifyReply): OpenEventStream {
    return (heartbeatMs) => ServerSentEvents.open(request, reply, heartbeatMs);
  }

  static open(request: FastifyRequest, reply: FastifyReply, heartbeatMs: number): ServerSentEvents {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !NOT_FOR_A_STREAM.has(name.toLowerCase())) headers[name] = value;
    }
    Object.assign(headers, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
      'x-process-time': (reply.elapsedTime / 1000).toFixed(3),
    });
    reply.hijack();
    // Not flushed on their own: the caller's first event (every stream starts with one at once)
    // carries them, one write to the socket instead of two.
    reply.raw.writeHead(200, headers);
    const events = new ServerSentEvents(reply, heartbeatMs);
    // The client may have left while the turn was being prepared, before 'close' was listened to.
    if (reply.raw.destroyed || request.raw.socket.destroyed) events.controller.abort();
    return events;
  }

  /** Aborted when the client disconnects before the stream is closed by the server. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get clientGone(): boolean {
    return this.controller.signal.aborted;
  }

  send(event: string, data: unknown): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    if (this.finished) return;
    this.finished = true;
    this.stopHeartbeat();
    if (!this.reply.raw.writableEnded) this.reply.raw.end();
  }

  private write(chunk: string): void {
    if (this.finished || this.clientGone || this.reply.raw.writableEnded || this.reply.raw.destroyed) return;
    this.reply.raw.write(chunk);
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
  }
}
