import { connect, type Socket } from 'node:net';

/**
 * A TCP client that speaks HTTP/1.1 by hand, for what fetch cannot do: send a request slowly,
 * never finish it, exceed header limits, or hold an idle connection.
 */
export interface RawOutcome {
  /** Everything the server sent. */
  received: string;
  /** Whether the server closed the connection (false: the hang guard gave up first). */
  closedByServer: boolean;
}

export interface RawScript {
  /** Written as soon as the connection is up. */
  initial?: string | Buffer;
  /** Then one of these every `intervalMs`, forever (a slow client). */
  drip?: { chunk: string; intervalMs: number };
}

/** Connects, plays the script, and resolves when the server closes the socket or `hangGuardMs` passes. */
export function rawHttp(url: string, script: RawScript, hangGuardMs: number): Promise<RawOutcome> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    let drip: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(drip);
      socket.destroy();
      resolve({ received: Buffer.concat(chunks).toString('latin1'), closedByServer });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      if (script.initial !== undefined) socket.write(script.initial);
      if (script.drip) {
        const { chunk, intervalMs } = script.drip;
        drip = setInterval(() => {
          if (!socket.destroyed) socket.write(chunk);
        }, intervalMs);
      }
    });
    timer = setTimeout(() => finish(false), hangGuardMs);
  });
}

/** The status code of the first response in `received`, or undefined when there is none. */
export function statusOf(received: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
  return match ? Number(match[1]) : undefined;
}
