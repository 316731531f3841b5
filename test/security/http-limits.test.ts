import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { chatEnv, ChatClient, readEvents } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { rawHttp, statusOf } from './support/raw-http.js';

/**
 * Limits that keep one client from tying up the server: header and body sizes, request and
 * keep-alive timeouts, and CORS for origins that are not allowed. Timeouts are configured small;
 * the assertions are only that the server closes the connection, with generous hang guards.
 */
const REQUEST_TIMEOUT_MS = 2000;
const KEEP_ALIVE_TIMEOUT_MS = 1000;
const BODY_LIMIT_BYTES = 8192;
/** Several times the configured timeouts: a connection still open then is held "forever". */
const HANG_GUARD_MS = 15_000;
/** The server answers a few hundred requests before its writes stall; on a loaded machine that takes seconds. */
const SLOW_READER_GUARD_MS = 40_000;
const ALLOWED_ORIGIN = 'https://spa.medchat.example';
const DISALLOWED_ORIGIN = 'https://evil.example';

describe('HTTP limits', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(
      chatEnv(ollama.url, {
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
        BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES),
        CORS_ORIGINS: ALLOWED_ORIGIN,
        OLLAMA_TIMEOUT_MS: '20000',
      }),
    );
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  describe('sizes', () => {
    it('answers 431 to headers larger than 16 KB', async () => {
      const outcome = await rawHttp(
        app.url,
        { initial: `GET /api/health/live HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20 * 1024)}\r\n\r\n` },
        HANG_GUARD_MS,
      );
      expect(statusOf(outcome.received)).toBe(431);
    });

    it('answers 431 to many headers that add up to more than 16 KB', async () => {
      const headers = Array.from({ length: 400 }, (_, i) => `X-Filler-${i}: ${'b'.repeat(50)}\r\n`).join('');
      const outcome = await rawHttp(
        app.url,
        { initial: `GET /api/health/live HTTP/1.1\r\nHost: x\r\n${headers}\r\n` },
        HANG_GUARD_MS,
      );
      expect(statusOf(outcome.received)).toBe(431);
    });

    it('refuses a request line longer than the header limit', async () => {
      const outcome = await rawHttp(
        app.url,
        { initial: `GET /api/health/live?q=${'c'.repeat(20 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n` },
        HANG_GUARD_MS,
      );
      expect([414, 431]).toContain(statusOf(outcome.received));
    });

    it('answers 413 problem+json to a JSON body over BODY_LIMIT_BYTES', async () => {
      const answer = await client.call('POST', '/api/auth/login', undefined, {
        patient_id: 'x'.repeat(BODY_LIMIT_BYTES),
      });
      expect(answer.status).toBe(413);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(answer.body.detail).toEqual(expect.any(String));
    });

    it('answers 400 problem+json to JSON nested thousands of levels deep, public route or not', async () => {
      const patient = await client.login();
      const deep = (levels: number) => `{"message":${'['.repeat(levels)}${']'.repeat(levels)}}`;
      for (const [path, caller] of [
        ['/api/auth/login', undefined],
        ['/api/chat/message', patient],
      ] as const) {
        const refused = await client.call('POST', path, caller, deep(3000));
        expect(refused.status).toBe(400);
        expect(refused.type).toMatch(/^application\/problem\+json/);
        expect(refused.body.detail).toMatch(/nested too deeply/);
        // Within the limit the body reaches validation, which names the field.
        const shallow = await client.call('POST', path, caller, deep(40));
        expect(shallow.status).toBe(422);
      }
    });

    it('answers 413 to a chunked body (no Content-Length) once it passes the limit', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          `${app.url}/api/auth/login`,
          { method: 'POST', headers: { 'content-type': 'application/json' } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.write('{"patient_id":"');
        for (let i = 0; i < 8; i += 1) request.write('d'.repeat(BODY_LIMIT_BYTES / 4));
        request.end('"}');
      });
      expect(status).toBe(413);
    });
  });

  describe('slow and idle clients', () => {
    it('closes a connection whose headers arrive too slowly', async () => {
      const outcome = await rawHttp(
        app.url,
        { initial: 'GET /api/health/live HTTP/1.1\r\nHost: x\r\n', drip: { chunk: 'X', intervalMs: 200 } },
        HANG_GUARD_MS,
      );
      expect(outcome.closedByServer).toBe(true);
    });

    it('closes a connection that sends part of the headers and then nothing', async () => {
      const outcome = await rawHttp(
        app.url,
        { initial: 'POST /api/auth/login HTTP/1.1\r\nHost: x\r\n' },
        HANG_GUARD_MS,
      );
      expect(outcome.closedByServer).toBe(true);
    });

    it('closes a connection that connects and never sends anything', async () => {
      const outcome = await rawHttp(app.url, {}, HANG_GUARD_MS);
      expect(outcome.closedByServer).toBe(true);
    });

    it('closes a connection that never finishes its body', async () => {
      const outcome = await rawHttp(
        app.url,
        {
          initial:
            'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"patient_',
        },
        HANG_GUARD_MS,
      );
      expect(outcome.closedByServer).toBe(true);
    });

    it('closes a connection that dribbles its body a byte at a time', async () => {
      const outcome = await rawHttp(
        app.url,
        {
          initial:
            'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{"patient_id":"',
          drip: { chunk: 'e', intervalMs: 200 },
        },
        HANG_GUARD_MS,
      );
      expect(outcome.closedByServer).toBe(true);
    });

    it('closes an idle keep-alive connection after a complete exchange', async () => {
      const outcome = await rawHttp(
        app.url,
        { initial: 'GET /api/health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n' },
        HANG_GUARD_MS,
      );
      expect(statusOf(outcome.received)).toBe(200);
      expect(outcome.closedByServer).toBe(true);
    });

    // What the idle-socket timeout (Fastify's connectionTimeout, REQUEST_TIMEOUT_MS) does that the request and
    // keep-alive deadlines do not: a client that asks and then never reads holds the connection and the answers
    // queued for it until the server gives up on a write that moves no byte.
    it('closes a connection whose client stops reading its answers', async () => {
      const document = await fetch(`${app.url}/docs-json`);
      const size = (await document.arrayBuffer()).byteLength;
      // Far more than both ends' socket buffers hold, so the server's writes stall.
      const answers = Math.ceil((32 * 1024 * 1024) / size);
      const server = app.medchat.app.getHttpServer();
      const serverSide = new Promise<Socket>((resolve) => server.once('connection', resolve));
      const { hostname, port } = new URL(app.url);
      const client = connect(Number(port), hostname);
      client.pause();
      client.on('error', () => undefined);
      try {
        client.write('GET /docs-json HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(answers));
        const socket = await serverSide;
        const closed = await new Promise<boolean>((resolve) => {
          const guard = setTimeout(() => resolve(false), SLOW_READER_GUARD_MS);
          socket.once('close', () => {
            clearTimeout(guard);
            resolve(true);
          });
        });
        expect(closed).toBe(true);
      } finally {
        client.destroy();
      }
    });

    it('does not cut an answer stream that lasts longer than the request timeout', async () => {
      const patient = await client.login();
      ollama.tokenDelayMs = 100;
      try {
        // About 40 tokens at 100 ms: twice REQUEST_TIMEOUT_MS.
        ollama.reply(Array.from({ length: 40 }, (_, i) => `part${i}`).join(' '));
        const response = await client.openStream(patient, { message: 'Tell me about stretching before a run.' });
        expect(response.status).toBe(200);
        const { events, endedBy } = await readEvents(response);
        expect(endedBy).toBe('server');
        expect(events[events.length - 1]?.event).toBe('done');
      } finally {
        ollama.tokenDelayMs = 0;
      }
    });
  });

  describe('CORS', () => {
    it('gives a disallowed origin no Access-Control-Allow-Origin on answers, errors, preflights or streams', async () => {
      const patient = await client.login();
      const origin = { origin: DISALLOWED_ORIGIN };
      const answers = [
        await client.call('GET', '/api/health', undefined, undefined, origin),
        await client.call('GET', '/api/chat/history', patient, undefined, origin),
        await client.call('GET', '/api/chat/history', undefined, undefined, origin),
        await client.call('GET', '/api/no-such-route', undefined, undefined, origin),
        await client.call('POST', '/api/auth/login', undefined, { patient_id: 42 }, origin),
        await client.call('OPTIONS', '/api/chat/message', undefined, undefined, {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 401, 404, 422, expect.any(Number)]);
      for (const answer of answers) {
        expect(answer.headers.get('access-control-allow-origin')).toBeNull();
        expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      }
      const stream = await client.openStream(patient, { message: 'Hello?' }, { headers: origin });
      expect(stream.status).toBe(200);
      expect(stream.headers.get('access-control-allow-origin')).toBeNull();
      await readEvents(stream);
    });

    it('gives the allowed origin its Access-Control-Allow-Origin, on streams too', async () => {
      const patient = await client.login();
      const origin = { origin: ALLOWED_ORIGIN };
      const answer = await client.call('GET', '/api/chat/history', patient, undefined, origin);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      const stream = await client.openStream(patient, { message: 'Hello?' }, { headers: origin });
      expect(stream.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      await readEvents(stream);
    });
  });
});
