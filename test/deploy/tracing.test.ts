import { newPatientId } from '../chat/chat-client.js';
import { assertBuilt, freePort, startService, type ServiceProcess } from '../support/service-process.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { OtlpJsonReceiver, type ReceivedSpan } from '../support/otlp-receiver.js';

/**
 * OpenTelemetry as an operator turns it on: the built service as a real process (the SDK must
 * start before http and mongodb load, which only a real start-up shows) with the standard
 * OTEL_* variables pointing at a small OTLP/HTTP receiver speaking http/json. One chat turn is
 * one trace: the HTTP server span, a span per graph node under it, the LLM call under `reason`,
 * MongoDB operations; every log line of the request carries the trace id.
 */
const SERVER = 2;
const CLIENT = 3;
const REQUEST_ID = 'trace-test-turn-1';

async function until<T>(read: () => T | undefined, what: string, attempts = 150): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`never saw ${what}`);
}

describe('OpenTelemetry traces of a chat turn', () => {
  const receiver = new OtlpJsonReceiver();
  const ollama = new FakeOllama();
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    assertBuilt();
    await Promise.all([receiver.start(), ollama.start()]);
    service = await startService(
      {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
        AUTH_PATIENT_ID_ONLY: 'true',
        OLLAMA_BASE_URL: ollama.url,
        EMBEDDED_MONGODB: process.env.EMBEDDED_MONGODB ?? 'auto',
        EMBEDDED_MONGOD_TIMEOUT_MS: '3000',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'medchat-under-test',
        // Export within a fraction of a second instead of the default 5 s batches.
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      await freePort(),
      { readyTimeoutMs: 60_000 },
    );
  }, 90_000);
  afterAll(async () => {
    service?.kill();
    await Promise.all([receiver.stop(), ollama.stop()]);
  });

  it('exports one trace per turn: server span → node spans → LLM client span, with MongoDB spans, and the trace id in the logs', async () => {
    const login = await fetch(`${service!.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ patient_id: newPatientId() }),
    });
    expect(login.status).toBe(200);
    const { access_token } = (await login.json()) as { access_token: string };
    const turn = await fetch(`${service!.url}/api/chat/message`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${access_token}`,
        'x-request-id': REQUEST_ID,
      },
      body: JSON.stringify({ message: 'Is a daily walk good for my heart?' }),
    });
    expect(turn.status).toBe(200);

    const server = await until(
      () =>
        receiver.spans.find(
          (span) =>
            span.kind === SERVER &&
            String(span.attributes['url.path'] ?? span.attributes['http.target'] ?? '').endsWith('/api/chat/message'),
        ),
      'the server span of POST /api/chat/message',
    );
    expect(server.serviceName).toBe('medchat-under-test');
    const inTrace = (): ReceivedSpan[] => receiver.spans.filter((span) => span.traceId === server.traceId);
    const byId = (id: string | undefined) => inTrace().find((span) => span.spanId === id);
    const descendsFrom = (span: ReceivedSpan, ancestor: ReceivedSpan): boolean => {
      for (let parent = byId(span.parentSpanId); parent; parent = byId(parent.parentSpanId))
        if (parent.spanId === ancestor.spanId) return true;
      return false;
    };

    const nodeNames = ['triage', 'retrieve_context', 'reason', 'safety_check'];
    const nodes = await until(
      () => {
        const found = nodeNames.map((name) => inTrace().find((span) => span.name === name));
        return found.every(Boolean) ? (found as ReceivedSpan[]) : undefined;
      },
      `the node spans ${nodeNames.join(', ')}`,
    );
    for (const node of nodes) expect(descendsFrom(node, server)).toBe(true);
    expect(inTrace().some((span) => span.name === 'emergency_response')).toBe(false);

    const reason = nodes[2]!;
    const llmCall = await until(
      () =>
        inTrace().find(
          (span) =>
            span.kind === CLIENT && String(span.attributes['url.full'] ?? '').startsWith(`${ollama.url}/api/chat`),
        ),
      'the LLM client span',
    );
    expect(descendsFrom(llmCall, reason)).toBe(true);

    const mongoSpans = await until(() => {
      const found = inTrace().filter(
        (span) => span.attributes['db.system'] === 'mongodb' || span.attributes['db.system.name'] === 'mongodb',
      );
      return found.length > 0 ? found : undefined;
    }, 'MongoDB spans in the turn');
    for (const span of mongoSpans) expect(descendsFrom(span, server)).toBe(true);
    // Statements stay out of the spans: they carry patient ids and message text.
    for (const span of mongoSpans) expect(JSON.stringify(span.attributes)).not.toContain('daily walk');

    const lines = service!
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.request_id === REQUEST_ID);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatchObject({ trace_id: server.traceId, span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(receiver.refused).toEqual([]);
  });

  it('traces no probe or scrape request', async () => {
    expect((await fetch(`${service!.url}/api/health/live`)).status).toBe(200);
    expect((await fetch(`${service!.url}/api/health/ready`)).status).toBe(200);
    // A traced request sent afterwards: once its span is exported, the probes' would have been too.
    expect((await fetch(`${service!.url}/api/upload/limits`)).status).toBe(200);
    await until(
      () =>
        receiver.spans.find(
          (span) =>
            span.kind === SERVER &&
            String(span.attributes['url.path'] ?? span.attributes['http.target'] ?? '').endsWith('/api/upload/limits'),
        ),
      'the server span of GET /api/upload/limits',
    );
    expect(
      receiver.spans.some(
        (span) =>
          span.kind === SERVER &&
          String(span.attributes['url.path'] ?? span.attributes['http.target'] ?? '').includes('/health/'),
      ),
    ).toBe(false);
  });
});
