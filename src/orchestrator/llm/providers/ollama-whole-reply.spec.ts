import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { nodeHttpFetchBoundTo, nodeHttpWholeAnswerBoundTo } from './node-http-fetch.js';
import { WholeReplyChatOllama } from './whole-reply-chat-ollama.js';

interface Received {
  method?: string;
  url?: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Ollama's reply to a chat without a stream, as /api/chat sends it. */
const WHOLE_REPLY = {
  model: 'medgemma1.5',
  created_at: '2026-12-04T00:00:00Z',
  message: { role: 'assistant', content: 'Rest and fluids.' },
  done: true,
  done_reason: 'stop',
  prompt_eval_count: 12,
  eval_count: 4,
};

/**
 * The REST turn's whole reply read as text (wholeAnswer) against the same call through the ollama
 * client and its fetch: the host sees the same request, and the caller the same answer or failure.
 */
describe('WholeReplyChatOllama with wholeAnswer (ollama-whole-reply)', () => {
  let server: http.Server;
  let url: string;
  let answer: (response: http.ServerResponse) => void;
  const received: Received[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const { 'content-type': type, accept, 'user-agent': agent, 'x-team': team } = request.headers;
        received.push({
          method: request.method,
          url: request.url,
          headers: { 'content-type': type, accept, 'user-agent': agent, 'x-team': team as string | undefined },
          body,
        });
        answer(response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
    answer = (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(WHOLE_REPLY));
  });

  const messages = [new SystemMessage('Be brief.'), new HumanMessage('Cold?')];
  const model = (wholeAnswer: boolean, baseUrl = url) => {
    const signal = new AbortController().signal;
    return new WholeReplyChatOllama({
      baseUrl,
      model: 'medgemma1.5',
      temperature: 0.3,
      headers: { 'X-Team': 'triage', 'content-type': 'text/plain' },
      fetch: nodeHttpFetchBoundTo(signal),
      ...(wholeAnswer && { wholeAnswer: nodeHttpWholeAnswerBoundTo(signal) }),
    });
  };
  /** What a call sends and answers (or the failure's name, message and status) through one path. */
  const callThrough = async (wholeAnswer: boolean, baseUrl?: string) => {
    received.length = 0;
    const outcome = await model(wholeAnswer, baseUrl)
      .invoke(messages)
      .then(
        (reply) => ({ content: reply.content, usage: reply.usage_metadata, metadata: reply.response_metadata }),
        (error: { name?: string; message?: string; status_code?: number }) => ({
          failed: { name: error.name, message: error.message, status_code: error.status_code },
        }),
      );
    return { sent: [...received], outcome };
  };

  it('sends the request the ollama client sends, and answers the same message, counts and metadata', async () => {
    const viaClient = await callThrough(false);
    const viaText = await callThrough(true);

    expect(viaText).toEqual(viaClient);
    expect(viaText.sent).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/chat',
        headers: expect.objectContaining({ 'content-type': 'application/json', 'x-team': 'triage' }),
      }),
    ]);
    expect(JSON.parse(viaText.sent[0]!.body)).toMatchObject({ model: 'medgemma1.5', stream: false });
    expect(viaText.outcome).toMatchObject({ content: 'Rest and fluids.', usage: { total_tokens: 16 } });
  });

  it("keeps the base URL's path, as the client does", async () => {
    const viaClient = await callThrough(false, `${url}/ollama/`);
    const viaText = await callThrough(true, `${url}/ollama/`);

    expect(viaText).toEqual(viaClient);
    expect(viaText.sent[0]?.url).toBe('/ollama/api/chat');
  });

  it.each([
    ['a JSON error', 404, 'application/json', '{"error":"model \\"medgemma1.5\\" not found"}'],
    ['a text error', 500, 'text/plain', 'runner crashed'],
    ['an empty error', 503, 'text/plain', ''],
    ['a JSON error that is not JSON', 502, 'application/json', '<html>bad gateway</html>'],
  ])('fails as the client fails on %s (name, message, status_code)', async (_kind, status, type, body) => {
    answer = (response) => response.writeHead(status, { 'content-type': type }).end(body);

    const viaClient = await callThrough(false);
    const viaText = await callThrough(true);

    expect(viaText.outcome).toEqual(viaClient.outcome);
    expect(viaText.outcome).toMatchObject({ failed: { name: 'ResponseError', status_code: status } });
  });

  it('asks through the client when the host redirects, which follows it', async () => {
    answer = (response) => {
      if (received.at(-1)?.url === '/api/chat') response.writeHead(307, { location: `${url}/moved/api/chat` }).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(WHOLE_REPLY));
    };

    const viaText = await callThrough(true);

    expect(viaText.outcome).toMatchObject({ content: 'Rest and fluids.' });
    // Read as text, then through the client: its fetch asks fetch itself, which follows the redirect.
    expect(viaText.sent[0]?.url).toBe('/api/chat');
    expect(viaText.sent.at(-1)?.url).toBe('/moved/api/chat');
  });
});
