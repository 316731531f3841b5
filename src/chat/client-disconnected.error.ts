/**
 * The turn's client went away or cancelled before the answer was whole: the turn is stored `failed`
 * (`client_disconnected`). Thrown only then, so a caller that still has its client (a WebSocket
 * after a cancel) can say exactly what was stored.
 */
export class ClientDisconnectedError extends Error {
  constructor() {
    super('The client left or cancelled before the answer was whole');
    this.name = 'ClientDisconnectedError';
  }
}
