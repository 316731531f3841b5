import WebSocket from 'ws';
import type { TestApp } from '../support/test-app.js';

export interface SocketClose {
  code: number;
  reason: string;
}

/** A real `ws` client on the app's port that collects server frames in order. */
export class ChatSocketClient {
  readonly closed: Promise<SocketClose>;
  readonly opened: Promise<void>;
  pings = 0;
  private readonly frames: any[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)));
      this.wake();
    });
    socket.on('ping', () => {
      this.pings += 1;
      this.wake();
    });
    socket.on('close', () => this.wake());
  }

  static async open(app: TestApp, path = '/api/chat/ws'): Promise<ChatSocketClient> {
    const client = new ChatSocketClient(new WebSocket(`${app.url.replace(/^http/, 'ws')}${path}`));
    await client.opened;
    return client;
  }

  /** Opens, authenticates and waits for `ready`. */
  static async signedIn(app: TestApp, token: string, path?: string): Promise<ChatSocketClient> {
    const client = await ChatSocketClient.open(app, path);
    client.send({ type: 'auth', token });
    const ready = await client.next();
    if (ready.type !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(ready)}`);
    return client;
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The next server frame; fails if the socket closes first. */
  async next(): Promise<any> {
    await this.until(() => this.frames.length > 0 || this.socket.readyState === WebSocket.CLOSED);
    if (this.frames.length === 0)
      throw new Error(`the socket closed before the next frame (${JSON.stringify(await this.closed)})`);
    return this.frames.shift();
  }

  /** Frames up to and including the first whose type is one of `types`. */
  async collectUntil(...types: string[]): Promise<any[]> {
    const collected: any[] = [];
    for (;;) {
      const frame = await this.next();
      collected.push(frame);
      if (types.includes(frame.type)) return collected;
    }
  }

  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const resolve of waiting) resolve();
  }
}
