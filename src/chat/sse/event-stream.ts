/** An answer's events on their way to the client, whatever carries them (see ServerSentEvents). */
export interface EventStream {
  send(event: string, data: unknown): void;
  close(): void;
  /** Aborted when the client goes away before the stream is closed by the server. */
  readonly signal: AbortSignal;
  readonly clientGone: boolean;
}

/**
 * Opens the response as an event stream. A controller hands it to the service, which opens it
 * only once the turn is accepted: refusals before then are ordinary problem responses.
 */
export type OpenEventStream = (heartbeatMs: number) => EventStream;
