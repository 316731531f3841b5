// HTTP load from autocannon: a fixed number of keep-alive connections for a fixed time.
import autocannon from 'autocannon';

/** A connection the server reset or closed under a write: autocannon reconnects and goes on, one request lost. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);

/**
 * `failures`: the requests that got no 2xx answer. autocannon's result has one count, `errors`, for
 * every connection error and every timeout (a timeout is in `timeouts` as well, so adding the two
 * counted it twice); only its 'reqError' events say which error each was, and `resets` is how many
 * of the failures were connections reset (a caller may count those rather than stop on them).
 */
export async function load({ url, headers = {}, connections, durationS }) {
  const run = autocannon({ url, headers, connections, duration: durationS, pipelining: 1 });
  let resets = 0;
  run.on('reqError', (error) => {
    if (RESET_CODES.has(error.code)) resets += 1;
  });
  const result = await run;
  return {
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    failures: result.errors + result.non2xx,
    resets,
  };
}
