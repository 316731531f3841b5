import { randomUUID } from 'node:crypto';
import { chatEnv, ChatClient, readEvents } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EMERGENCY = 'I have crushing chest pain spreading to my left arm and I cannot breathe.';
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** One sample line of the exposition: name, labels, value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

function sum(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter(
      (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((total, sample) => total + sample.value, 0);
}

async function scrape(
  app: TestApp,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(`${app.url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

describe('GET /metrics', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  let client: ChatClient;
  let exposition: string;
  let samples: Sample[];

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(chatEnv(ollama.url, { RATE_LIMIT_PER_MINUTE: '40', OLLAMA_MAX_RETRIES: '0' }));
    client = new ChatClient(app);

    const patient = await client.login();
    expect((await client.send(patient, { message: 'I have had a headache for two days.' })).status).toBe(200);
    expect((await client.send(patient, { message: EMERGENCY })).status).toBe(200);
    ollama.failWith(500, 1);
    expect((await client.send(patient, { message: 'Is a mild fever normal after a flu shot?' })).status).toBe(503);

    // A stream: the active-streams gauge counts it while it is open. Its answer is held at the fake
    // until the gauge has been read, so the stream is still open however slowly the scrape is served.
    ollama.holdAnswers();
    const stream = await client.openStream(patient, { message: 'How much water should I drink a day?' });
    let activeDuringStream = Number.NaN;
    let scraped: Promise<void> | undefined;
    const { events } = await readEvents(stream, (event) => {
      if (event.event === 'start' && !scraped) {
        scraped = scrape(app)
          .then(({ text }) => {
            activeDuringStream = sum(parseExposition(text), 'medchat_chat_active_streams');
          })
          .finally(() => ollama.releaseAnswers());
      }
    });
    await scraped;
    expect(activeDuringStream).toBe(1);
    expect(events.at(-1)!.event).toBe('done');

    // Requests whose URLs carry ids: the labels must show route templates only.
    await client.history(patient, `limit=5&scope=session`);
    await fetch(`${app.url}/api/chat/history/${patient.patientId}`, {
      headers: { authorization: `Bearer ${patient.token}` },
    });
    await fetch(`${app.url}/api/nothing-here/${randomUUID()}`);
    // Until the minute window refuses.
    let status = 0;
    for (let attempt = 0; attempt < 60 && status !== 429; attempt += 1) status = (await client.history(patient)).status;
    expect(status).toBe(429);

    const answer = await scrape(app);
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/plain/);
    exposition = answer.text;
    samples = parseExposition(exposition);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('is served outside the /api prefix, public and never rate limited', async () => {
    expect((await fetch(`${app.url}/api/metrics`)).status).toBe(404);
    // The caller's minute window is used up, and the scraper is not limited anyway.
    for (let i = 0; i < 3; i += 1) expect((await scrape(app)).status).toBe(200);
  });

  it('times requests by method, route template and status', () => {
    expect(
      sum(samples, 'medchat_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/chat/message',
        status_code: '200',
      }),
    ).toBe(2);
    expect(
      sum(samples, 'medchat_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/chat/message',
        status_code: '503',
      }),
    ).toBe(1);
    expect(
      sum(samples, 'medchat_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/chat/message/stream',
        status_code: '200',
      }),
    ).toBe(1);
    expect(
      sum(samples, 'medchat_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/chat/history',
        status_code: '429',
      }),
    ).toBe(1);
    expect(
      sum(samples, 'medchat_http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' }),
    ).toBe(2);
    expect(sum(samples, 'medchat_http_request_duration_seconds_bucket', { route: '/api/auth/login', le: '+Inf' })).toBe(
      1,
    );
  });

  it('counts chat turns by outcome, emergencies by category and streamed tokens', () => {
    expect(sum(samples, 'medchat_chat_turns_total', { outcome: 'completed' })).toBe(3);
    expect(sum(samples, 'medchat_chat_turns_total', { outcome: 'dependency_unavailable' })).toBe(1);
    expect(sum(samples, 'medchat_emergencies_detected_total', { category: 'cardiac_chest_pain' })).toBe(1);
    expect(sum(samples, 'medchat_chat_tokens_streamed_total')).toBeGreaterThan(3);
    expect(sum(samples, 'medchat_chat_active_streams')).toBe(0);
  });

  it('times LLM calls and counts their errors by kind; speech-to-text has its series too', () => {
    // Two answered turns reached the model (the emergency did not), one failed.
    expect(sum(samples, 'medchat_llm_call_duration_seconds_count', { operation: 'chat', outcome: 'success' })).toBe(2);
    expect(sum(samples, 'medchat_llm_call_duration_seconds_count', { operation: 'chat', outcome: 'error' })).toBe(1);
    expect(sum(samples, 'medchat_llm_call_errors_total', { operation: 'chat', kind: 'server_error' })).toBe(1);
    expect(exposition).toContain('# TYPE medchat_stt_call_duration_seconds histogram');
    expect(exposition).toContain('# TYPE medchat_stt_call_errors_total counter');
  });

  it('reports rate-limited requests, circuit-breaker state and the default process metrics', () => {
    expect(sum(samples, 'medchat_rate_limited_requests_total', { route: '/api/chat/history', window: 'minute' })).toBe(
      1,
    );
    const breakers = samples.filter((sample) => sample.name === 'medchat_circuit_breaker_state');
    expect(breakers).toHaveLength(3);
    expect(breakers).toEqual(
      expect.arrayContaining(
        ['ollama', 'ollama_vision', 'speech_to_text'].map((breaker) => ({
          name: 'medchat_circuit_breaker_state',
          labels: { breaker },
          value: 0,
        })),
      ),
    );
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(samples.some((sample) => sample.name === name)).toBe(true);
    }
  });

  it('puts no id, URL or query string in any label', () => {
    const ids = [
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
      /\b[0-9a-f]{24}\b/i,
      /[A-Z][a-z]+\d+_[A-Z][a-z]+\d+/,
      /[?&=]/,
    ];
    const values = samples.flatMap((sample) => Object.values(sample.labels));
    expect(values.length).toBeGreaterThan(50);
    for (const value of values) for (const pattern of ids) expect(value).not.toMatch(pattern);
    const routes = new Set(samples.map((sample) => sample.labels.route).filter((route) => route !== undefined));
    for (const route of routes) expect(route === 'unmatched' || route.startsWith('/')).toBe(true);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN, RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => app?.close());

  it('answers 401 problem+json without the token or with another one', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer not-the-metrics-token-at-all' },
      { authorization: METRICS_TOKEN },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${app.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(((await response.json()) as { detail: string }).detail).toMatch(/METRICS_TOKEN/);
    }
  });

  it('serves the metrics with the token, as often as the scraper asks', async () => {
    for (let i = 0; i < 4; i += 1) {
      const answer = await scrape(app, { authorization: `Bearer ${METRICS_TOKEN}` });
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('# TYPE medchat_http_request_duration_seconds histogram');
    }
  });

  it('times each request once, under the template of the route that answered it', async () => {
    const other = await startTestApp();
    try {
      // Fastify answers HEAD through a route of its own made from the GET route's options.
      await fetch(`${other.url}/api/health/live`, { method: 'HEAD' });
      await fetch(`${other.url}/api/v1/health/live`);
      // A preflight from no allowed origin is handed on to the not-found handler by the route it matched.
      await fetch(`${other.url}/api/chat/message`, { method: 'OPTIONS' });
      const theirs = parseExposition((await scrape(other)).text);
      const count = 'medchat_http_request_duration_seconds_count';
      expect(sum(theirs, count, { method: 'HEAD', route: '/api/health/live', status_code: '200' })).toBe(1);
      expect(sum(theirs, count, { method: 'GET', route: '/api/health/live', status_code: '200' })).toBe(1);
      expect(sum(theirs, count, { method: 'OPTIONS', route: 'unmatched', status_code: '404' })).toBe(1);
      expect(sum(theirs, count, { method: 'OPTIONS' })).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('keeps its series apart from every other app in the process', async () => {
    const other = await startTestApp();
    try {
      await fetch(`${other.url}/api/health/live`);
      await fetch(`${other.url}/api/health/live`);
      const mine = parseExposition((await scrape(app, { authorization: `Bearer ${METRICS_TOKEN}` })).text);
      const theirs = parseExposition((await scrape(other)).text);
      expect(sum(theirs, 'medchat_http_request_duration_seconds_count', { route: '/api/health/live' })).toBe(2);
      expect(sum(mine, 'medchat_http_request_duration_seconds_count', { route: '/api/health/live' })).toBe(0);
    } finally {
      await other.close();
    }
  });
});
