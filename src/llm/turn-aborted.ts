/**
 * What a turn rejects with once the client's signal fired: the signal's own reason (an
 * `AbortError` DOMException unless the caller gave one), so the chat module can tell a
 * patient who left from a failure and skip answering a closed connection.
 */
export function turnAbortedError(signal: AbortSignal): Error {
  // Duck-typed: a DOMException or an Error from another realm is still the reason to report.
  const reason: unknown = signal.reason;
  return typeof reason === 'object' && reason !== null && 'name' in reason && 'message' in reason
    ? (reason as Error)
    : new DOMException('The chat turn was cancelled because the client went away.', 'AbortError');
}
