import type { IncomingMessage, Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';

export interface WebSocketAdapterOptions {
  /** Largest client frame, in bytes; ws closes the connection (1009) on a bigger one. */
  maxPayloadBytes: number;
  /** The same URL rewrite Fastify applies to HTTP requests (`/api/v1/…` → `/api/…`). */
  rewriteUrl: (url: string) => string;
}

/**
 * WsAdapter on the HTTP server Fastify listens with. Gateways declared without a port share
 * that server: the adapter listens to its `upgrade` event and hands each upgrade to the gateway
 * whose path equals the request's pathname exactly. An upgrade never enters Fastify's router,
 * so its `rewriteUrl` does not run; the same rewrite is applied here, before the adapter looks
 * at the path, so `/api/v1/chat/ws` reaches the gateway of `/api/chat/ws` like HTTP routes do.
 */
export class MedChatWebSocketAdapter extends WsAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly options: WebSocketAdapterOptions,
  ) {
    super(app);
    const server = (app as INestApplicationContext & { getHttpServer(): Server }).getHttpServer();
    // Prepended so that it runs before the adapter's own listener, whenever that is added.
    server.prependListener('upgrade', (request: IncomingMessage) => {
      request.url = options.rewriteUrl(request.url ?? '/');
    });
  }

  override create(
    port: number,
    options: Record<string, unknown> & { path?: string } = {},
  ): ReturnType<WsAdapter['create']> {
    return super.create(port, { ...options, maxPayload: this.options.maxPayloadBytes });
  }
}
