// HTTP load from autocannon: a fixed number of keep-alive connections for a fixed time.
import autocannon from 'autocannon';

/** A connection the server reset or closed under a write: autocannon reconnects and goes on, one request lost. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);

/**
 * What autocannon's result says of the requests that got no 2xx answer, each kind apart, because its own counts
 * mix them: `non2xx` is every answer outside 2xx; `errors` is every socket error (a reset, a refused connection)
 * and every timeout, `timeouts` the timeouts again; its `resets` is no connection's, it counts its request list
 * starting over. Only its 'reqError' events say which socket error each was. A connection the server closes
 * cleanly with a request on it is counted nowhere: autocannon reconnects and sends the next one, so it shows only
 * as a request sent that got neither an answer nor an error (each connection has one request in flight when the
 * run stops, sent and never answered).
 *
 * `failures` are the requests the server answered badly or not at all while the connection held: non-2xx,
 * timeouts and socket errors other than resets. `resets` (ECONNRESET, EPIPE) and `closed` (closed cleanly,
 * unanswered) are requests lost with their connection, apart: a keep-alive socket the server dropped as the
 * request was written is no request the app answered badly, and a caller may count those rather than stop on them.
 */
export async function load({ url, headers = {}, connections, durationS }) {
  const run = autocannon({ url, headers, connections, duration: durationS, pipelining: 1 });
  let resets = 0;
  run.on('reqError', (error) => {
    if (RESET_CODES.has(error.code)) resets += 1;
  });
  const result = await run;
  const answered = result.requests.total;
  return {
    rps: answered / result.duration,
    requests: answered,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    failures: result.non2xx + result.errors - resets,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    resets,
    closed: Math.max(0, result.requests.sent - answered - result.errors - connections),
  };
}
