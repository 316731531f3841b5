import { Histogram, Registry } from 'prom-client';
import { RequestDurationHistogram } from './request-duration-histogram.js';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const NAME = 'medchat_http_request_duration_seconds';
const HELP = 'HTTP requests by method, route template and status code';

/** Observations on and between the bounds, below the first and above the last, over several series. */
const OBSERVATIONS: ReadonlyArray<readonly [string, string, number, number]> = [
  ['GET', '/api/health/live', 200, 0.0004],
  ['GET', '/api/health/live', 200, 0.001],
  ['GET', '/api/health/live', 200, 0.0010001],
  ['POST', '/api/chat/message', 200, 0.73],
  ['GET', '/api/health/live', 503, 2.5],
  ['POST', '/api/chat/message', 200, 121],
  ['GET', 'unmatched', 404, 0.02],
  ['POST', '/api/chat/message', 429, 0],
  ['GET', '/api/health/live', 200, 60],
];

function both(): { ours: Registry; library: Registry; observe: (index: number) => void } {
  const ours = new Registry();
  const library = new Registry();
  const fast = new RequestDurationHistogram(NAME, HELP, BUCKETS, ours);
  const reference = new Histogram({
    name: NAME,
    help: HELP,
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: BUCKETS,
    registers: [library],
  });
  return {
    ours,
    library,
    observe: (index) => {
      const [method, route, status, seconds] = OBSERVATIONS[index] as (typeof OBSERVATIONS)[number];
      fast.observe(method, route, status, seconds);
      reference.labels(method, route, String(status)).observe(seconds);
    },
  };
}

describe('RequestDurationHistogram', () => {
  it("exposes exactly what prom-client's histogram exposes for the same observations", async () => {
    const { ours, library, observe } = both();
    expect(await ours.metrics()).toBe(await library.metrics());
    OBSERVATIONS.forEach((_, index) => observe(index));
    const text = await ours.metrics();
    expect(text).toBe(await library.metrics());
    expect(text).toContain(`${NAME}_bucket{le="0.001",method="GET",route="/api/health/live",status_code="200"} 2`);
    expect(text).toContain(`${NAME}_bucket{le="+Inf",method="GET",route="/api/health/live",status_code="200"} 4`);
    expect(text).toContain(`${NAME}_count{method="POST",route="/api/chat/message",status_code="200"} 2`);
  });

  it('gives the registry the same samples as JSON, and starts over on reset', async () => {
    const { ours, library, observe } = both();
    OBSERVATIONS.forEach((_, index) => observe(index));
    expect(await ours.getMetricsAsJSON()).toEqual(await library.getMetricsAsJSON());
    ours.resetMetrics();
    library.resetMetrics();
    observe(3);
    expect(await ours.metrics()).toBe(await library.metrics());
  });
});
