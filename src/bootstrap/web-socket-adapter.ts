import type { IncomingMessage, Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** RFC 6455 "going away": the server is stopping; a client may reconnect (to another instance). */
const GOING_AWAY = 1001;
/** How long a stopping server waits for each client to answer its close frame before it drops the connection. */
const CLOSE_HANDSHAKE_MS = 1000;

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

  /**
   * At shutdown each open socket is closed with 1001 before the adapter drops what remains (ws's
   * `terminate`, which a client sees as 1006, an abnormal closure it cannot tell from a crash). This
   * runs after the `beforeApplicationShutdown` hooks, so the chat turns still in progress have
   * already sent the frame that says how they were stored.
   */
  override async close(server: WebSocketServer): Promise<void> {
    await Promise.all([...(server.clients ?? [])].map((client) => closeGoingAway(client)));
    await super.close(server);
  }

  override create(
    port: number,
    options: Record<string, unknown> & { path?: string } = {},
  ): ReturnType<WsAdapter['create']> {
    return super.create(port, { ...options, maxPayload: this.options.maxPayloadBytes });
  }
}

function closeGoingAway(client: WebSocket): Promise<void> {
  if (client.readyState === client.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CLOSE_HANDSHAKE_MS);
    client.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    client.close(GOING_AWAY, 'The server is stopping.');
  });
}
