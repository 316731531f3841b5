import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDLE_CONNECTION_MS, nodeHttpFetchBoundTo, nodeHttpWholeAnswerBoundTo } from './node-http-fetch.js';

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

describe('nodeHttpFetchBoundTo and nodeHttpWholeAnswerBoundTo', () => {
  let server: http.Server;
  let url: string;
  let handle: Handler;

  beforeAll(async () => {
    server = http.createServer((request, response) => handle(request, response));
    // Longer than the client's idle time: a connection that closes was closed by the client.
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const readAll = async (response: Response): Promise<string> => {
    let text = '';
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  };

  it('sends the method, headers and body, and answers the status, headers and streamed body', async () => {
    let received: { method?: string; type?: string; body: string } = { body: '' };
    handle = (request, response) => {
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (received.body += chunk));
      request.on('end', () => {
        received = { ...received, method: request.method, type: request.headers['content-type'] };
        response.writeHead(201, { 'content-type': 'application/x-ndjson', 'x-extra': 'yes' });
        response.write('{"a":1}\n');
        setTimeout(() => response.end('{"done":true}\n'), 5);
      });
    };
    const fetch = nodeHttpFetchBoundTo(new AbortController().signal);
    const response = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"model":"m"}',
      signal: new AbortController().signal,
    });
    expect(received).toEqual({ method: 'POST', type: 'application/json', body: '{"model":"m"}' });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    expect(response.headers.get('x-extra')).toBe('yes');
    expect(await readAll(response)).toBe('{"a":1}\n{"done":true}\n');
  });

  it('reads an error answer as fetch does', async () => {
    handle = (_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"model not found"}');
    };
    const response = await nodeHttpFetchBoundTo(new AbortController().signal)(`${url}/api/chat`, { method: 'POST' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'model not found' });
  });

  it('answers a bodiless status with no body', async () => {
    handle = (_request, response) => void response.writeHead(204).end();
    const response = await nodeHttpFetchBoundTo(new AbortController().signal)(`${url}/x`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("fails as fetch fails when the host cannot be reached: TypeError('fetch failed') with the socket error as cause", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await nodeHttpFetchBoundTo(new AbortController().signal)(`http://127.0.0.1:${port}/api/chat`, {
      method: 'POST',
      body: '{}',
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).message).toBe('fetch failed');
    expect(((failure as Error).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('rejects at once with the AbortError when either signal has already aborted', async () => {
    handle = () => undefined;
    const bound = new AbortController();
    bound.abort();
    await expect(nodeHttpFetchBoundTo(bound.signal)(`${url}/x`)).rejects.toMatchObject({ name: 'AbortError' });
    const own = new AbortController();
    own.abort();
    await expect(
      nodeHttpFetchBoundTo(new AbortController().signal)(`${url}/x`, { signal: own.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('ends a request waiting for its answer when the bound signal aborts, and closes its connection', async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    handle = (request) => request.socket.once('close', closed);
    const bound = new AbortController();
    const pending = nodeHttpFetchBoundTo(bound.signal)(`${url}/hang`, { method: 'POST', body: '{}' });
    setTimeout(() => bound.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await connectionClosed;
  });

  it("errors the body's reader with the AbortError when the client's own signal aborts mid-answer", async () => {
    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      response.write('{"a":1}\n');
    };
    const own = new AbortController();
    const response = await nodeHttpFetchBoundTo(new AbortController().signal)(`${url}/stream`, {
      method: 'POST',
      body: '{}',
      signal: own.signal,
    });
    const reader = response.body!.getReader();
    await reader.read();
    own.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps a connection for the next request, lets an answer outlast the idle time, and closes the connection once idle', async () => {
    const sockets = new Set<object>();
    let closed = false;
    let connectionClosed: Promise<void> | undefined;
    handle = (request, response) => {
      if (!sockets.has(request.socket)) {
        sockets.add(request.socket);
        connectionClosed = new Promise((resolve) =>
          request.socket.once('close', () => {
            closed = true;
            resolve();
          }),
        );
      }
      // The second answer takes longer than the idle time, in two parts.
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      response.write('{"a":1}\n');
      setTimeout(() => response.end('{"done":true}\n'), request.url === '/slow' ? IDLE_CONNECTION_MS + 500 : 0);
    };
    const fetch = nodeHttpFetchBoundTo(new AbortController().signal);
    await readAll(await fetch(`${url}/fast`, { method: 'POST', body: '{}' }));
    expect(await readAll(await fetch(`${url}/slow`, { method: 'POST', body: '{}' }))).toBe('{"a":1}\n{"done":true}\n');
    expect(sockets.size).toBe(1);
    expect(closed).toBe(false);
    // The server keeps idle connections for a minute: only the client's idle timeout closes this one.
    await connectionClosed;
  }, 20_000);

  it("errors the body's reader with ECONNRESET when the host cuts the answer short", async () => {
    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      response.write('{"a":1}\n');
      setTimeout(() => response.socket?.destroy(), 10);
    };
    const response = await nodeHttpFetchBoundTo(new AbortController().signal)(`${url}/cut`, { method: 'POST' });
    await expect(readAll(response)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
  const post = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"model":"m"}' };

  it('reads a whole answer as text: the status, its content type and the body, after sending the method, headers and body', async () => {
    let received: { method?: string; type?: string; body: string } = { body: '' };
    handle = (request, response) => {
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (received.body += chunk));
      request.on('end', () => {
        received = { ...received, method: request.method, type: request.headers['content-type'] };
        response.writeHead(404, 'Not Here', { 'content-type': 'application/json' });
        response.write('{"error":');
        setTimeout(() => response.end('"model not found"}'), 5);
      });
    };
    const answer = await nodeHttpWholeAnswerBoundTo(new AbortController().signal)(new URL(`${url}/api/chat`), post);
    expect(received).toEqual({ method: 'POST', type: 'application/json', body: '{"model":"m"}' });
    expect(answer).toEqual({
      status: 404,
      statusText: 'Not Here',
      contentType: 'application/json',
      text: '{"error":"model not found"}',
    });
  });

  it('answers undefined for a redirect, which it does not follow', async () => {
    handle = (_request, response) => void response.writeHead(308, { location: '/elsewhere' }).end();
    await expect(
      nodeHttpWholeAnswerBoundTo(new AbortController().signal)(new URL(`${url}/api/chat`), post),
    ).resolves.toBeUndefined();
  });

  it("fails a whole answer as fetch fails: TypeError('fetch failed') with ECONNREFUSED, the AbortError, ECONNRESET mid-answer", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await nodeHttpWholeAnswerBoundTo(new AbortController().signal)(
      new URL(`http://127.0.0.1:${port}/api/chat`),
      post,
    ).catch((error: unknown) => error);
    expect(unreachable).toBeInstanceOf(TypeError);
    expect((unreachable as Error).message).toBe('fetch failed');
    expect(((unreachable as Error).cause as { code?: string }).code).toBe('ECONNREFUSED');

    const already = new AbortController();
    already.abort();
    await expect(nodeHttpWholeAnswerBoundTo(already.signal)(new URL(`${url}/x`), post)).rejects.toMatchObject({
      name: 'AbortError',
    });

    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"a":');
    };
    const midAnswer = new AbortController();
    const pending = nodeHttpWholeAnswerBoundTo(midAnswer.signal)(new URL(`${url}/slow`), post);
    setTimeout(() => midAnswer.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });

    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"a":');
      setTimeout(() => response.socket?.destroy(), 10);
    };
    await expect(
      nodeHttpWholeAnswerBoundTo(new AbortController().signal)(new URL(`${url}/cut`), post),
    ).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
