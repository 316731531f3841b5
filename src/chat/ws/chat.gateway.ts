import { WebSocketGateway, type OnGatewayConnection } from '@nestjs/websockets';
import type { WebSocket } from 'ws';
import { CHAT_SOCKET_PATH } from './chat-socket-protocol.js';
import { ChatSocketService } from './chat-socket.service.js';

/**
 * The chat WebSocket at /api/chat/ws (protocol in README, "WebSocket chat"). Frames are read by
 * each connection itself rather than by @SubscribeMessage handlers: those would run the global
 * HTTP guards, which expect request headers a frame does not have, and the protocol's frames are
 * `{ type, … }`, not Nest's `{ event, data }`.
 */
@WebSocketGateway({ path: CHAT_SOCKET_PATH })
export class ChatGateway implements OnGatewayConnection<WebSocket> {
  constructor(private readonly sockets: ChatSocketService) {}

  handleConnection(client: WebSocket): void {
    this.sockets.open(client);
  }
}
