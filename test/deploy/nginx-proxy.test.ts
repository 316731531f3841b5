import { performance } from 'node:perf_hooks';
import { ChatClient, chatEnv, readEvents } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { png } from '../support/media-samples.js';
import { startNginxProxy, type NginxProxy } from '../support/nginx-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { rawRequest, type RawAnswer } from './http-client.js';

const TOKEN_DELAY_MS = 120;
const RATE_LIMIT_PER_MINUTE = 30;
const WORDS = 'Rest well, drink water, and call your doctor if the fever lasts beyond three days.';

/** The app on a real port with TRUST_PROXY=true, Debian's nginx with deploy/nginx/medchat.conf in front. */
describe('deploy/nginx/medchat.conf in front of the app', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  let proxy: NginxProxy;
  let viaProxy: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(
      chatEnv(ollama.url, {
        TRUST_PROXY: 'true',
        RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE),
        CHAT_STREAM_HEARTBEAT_MS: '5000',
        OLLAMA_TIMEOUT_MS: '30000',
      }),
    );
    // The test itself plays the load balancer (127.0.0.1) that nginx trusts for X-Forwarded-For.
    proxy = await startNginxProxy({ upstreamPort: Number(new URL(app.url).port), trustedProxy: '127.0.0.1' });
    viaProxy = new ChatClient({ ...app, url: proxy.url });
  });
  afterAll(async () => {
    await proxy?.stop();
    await app?.close();
    await ollama.stop();
  });

  it.each(['/api/chat/message/stream', '/api/v1/chat/message/stream'])(
    'streams %s token by token, as the model produces them',
    async (path) => {
      const patient = await viaProxy.login();
      ollama.tokenDelayMs = TOKEN_DELAY_MS;
      ollama.reply(WORDS);
      const arrivals: number[] = [];

      const response = await fetch(`${proxy.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${patient.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'I have had a fever since yesterday.' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const { events } = await readEvents(response, (event) => {
        if (event.event === 'token') arrivals.push(performance.now());
      });

      expect(events.at(-1)!.event).toBe('done');
      const tokens = events.filter((event) => event.event === 'token');
      expect(tokens.map((event) => event.data.delta).join('')).toBe(WORDS);
      expect(arrivals.length).toBeGreaterThanOrEqual(8);
      // The fake waits TOKEN_DELAY_MS before each token. Buffered by the proxy they would arrive
      // together at the end (a spread near 0); streamed, the spread is about (n - 1) delays. Half of
      // that is a margin a slow machine cannot eat, since delays only ever add up.
      const spread = arrivals.at(-1)! - arrivals[0];
      expect(spread).toBeGreaterThanOrEqual((arrivals.length - 1) * TOKEN_DELAY_MS * 0.5);
    },
  );

  it('passes the client X-Request-ID to the app, or gives the app its own', async () => {
    const given = await rawRequest(proxy.url, {
      path: '/api/health/live',
      headers: { 'x-request-id': 'through-nginx-1' },
    });
    expect(given.status).toBe(200);
    expect(given.headers['x-request-id']).toBe('through-nginx-1');

    const generated = await rawRequest(proxy.url, { path: '/api/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(proxy.accessLog()).toContain(`request_id=${generated.headers['x-request-id']}`);

    const insane = await rawRequest(proxy.url, {
      path: '/api/health/live',
      headers: { 'x-request-id': 'not sane; <script>' },
    });
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  describe('client addresses reach the rate limiter', () => {
    const remaining = async (localAddress: string, forwardedFor?: string): Promise<number> => {
      const answer = await rawRequest(proxy.url, {
        path: '/api/upload/limits',
        localAddress,
        headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      });
      expect(answer.status).toBe(200);
      return Number(answer.headers['x-ratelimit-remaining-minute']);
    };

    it('through a trusted load balancer, each forwarded client has its own limit', async () => {
      expect(await remaining('127.0.0.1', '203.0.113.10')).toBe(RATE_LIMIT_PER_MINUTE - 1);
      expect(await remaining('127.0.0.1', '203.0.113.10')).toBe(RATE_LIMIT_PER_MINUTE - 2);
      expect(await remaining('127.0.0.1', '203.0.113.11')).toBe(RATE_LIMIT_PER_MINUTE - 1);
      expect(await remaining('127.0.0.1', '10.1.2.3, 203.0.113.12')).toBe(RATE_LIMIT_PER_MINUTE - 1);
    });

    it('a client that is not the load balancer cannot choose its address with X-Forwarded-For', async () => {
      expect(await remaining('127.0.0.2', '198.51.100.1')).toBe(RATE_LIMIT_PER_MINUTE - 1);
      expect(await remaining('127.0.0.2', '198.51.100.2')).toBe(RATE_LIMIT_PER_MINUTE - 2);
      expect(await remaining('127.0.0.2')).toBe(RATE_LIMIT_PER_MINUTE - 3);
      expect(await remaining('127.0.0.3')).toBe(RATE_LIMIT_PER_MINUTE - 1);
    });
  });

  describe('body limits', () => {
    const postJson = (path: string, bytes: number) =>
      rawRequest(proxy.url, {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'x'.repeat(bytes) }),
      });

    it('a JSON body over BODY_LIMIT_BYTES is a 413 problem from nginx, never a 502', async () => {
      const within = await postJson('/api/chat/message', 1_000_000);
      expect(within.status).toBe(401);

      for (const path of ['/api/chat/message', '/api/v1/chat/message']) {
        const over = await postJson(path, 1_100_000);
        expect(over.status).toBe(413);
        expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(over.body);
        expect(problem).toMatchObject({
          status: 413,
          title: 'Payload Too Large',
          instance: path,
          detail: expect.any(String),
        });
        expect(problem.request_id).toBe(over.headers['x-request-id']);
      }
    });

    /** A real PNG followed by padding: its content passes, only its size can be refused. */
    const upload = async (path: string, bytes: number): Promise<RawAnswer> => {
      const patient = await viaProxy.login();
      const boundary = 'medchat-boundary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\ncontent-type: image/png\r\n\r\n`,
        ),
        png(),
        Buffer.alloc(bytes, 0x41),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return rawRequest(proxy.url, {
        method: 'POST',
        path,
        headers: {
          authorization: `Bearer ${patient.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
      });
    };

    it('an upload larger than a JSON body reaches the app and is stored', async () => {
      const answer = await upload('/api/upload/image', 3 * 1024 * 1024);
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.body)).toMatchObject({ file_type: 'image', mime_type: 'image/png' });
    });

    it("an image over UPLOAD_MAX_IMAGE_MB is the app's 413 problem, streamed through nginx", async () => {
      const answer = await upload('/api/v1/upload/image', 11 * 1024 * 1024);
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  it('does not serve /metrics on the public side', async () => {
    expect((await rawRequest(proxy.url, { path: '/metrics' })).status).toBe(404);
    expect((await rawRequest(app.url, { path: '/metrics' })).status).toBe(200);
  });
});
