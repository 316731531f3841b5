// HTTP load from autocannon: a fixed number of keep-alive connections for a fixed time.
import autocannon from 'autocannon';

export async function load({ url, headers = {}, connections, durationS }) {
  const result = await autocannon({ url, headers, connections, duration: durationS, pipelining: 1 });
  const failures = result.errors + result.timeouts + result.non2xx;
  return {
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    failures,
  };
}
