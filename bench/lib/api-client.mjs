// What the bench asks of the running app, over node:http with keep-alive connections (the
// client's own overhead stays small and the same for the app and its floor).
import http from 'node:http';

/**
 * The app closes a kept-alive connection KEEP_ALIVE_TIMEOUT_MS (5 s) after its last answer (Node's
 * server a second later). A request written on such a connection just as it closes never reaches
 * the app, and the client reads ECONNRESET: a process too busy to read the close in time (a loaded
 * host, autocannon's own work in the same process) reuses the socket a moment after the app let it
 * go. The pool drops a connection idle for 3 s, before the app can; see `isStaleConnectionReset`
 * for the race that is still left.
 */
const IDLE_SOCKET_MS = 3000;
export const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, timeout: IDLE_SOCKET_MS });
/**
 * Streams get a connection each, as browsers open one per EventSource: a pooled keep-alive
 * socket left idle past the server's KEEP_ALIVE_TIMEOUT_MS can be closed just as it is reused,
 * which would count as a failed stream that the server never saw.
 */
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/**
 * One request; resolves with status, parsed body (text when not JSON) and the milliseconds to
 * the last byte. `via`: another http.Agent than the shared keep-alive pool.
 */
export function request(baseUrl, method, path, { token, body, headers = {}, via = agent } = {}) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method,
        agent: via,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode, body: parsed, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

/**
 * True when `request` failed because the pooled connection it was written on had been closed by the
 * server: the app never read the request, so it may be sent again (Node's documented recipe).
 */
export function isStaleConnectionReset(error) {
  return error?.reusedSocket === true && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
}

/** A guest sign-in: guests can chat without an account, which production mode allows. */
export async function signInGuest(baseUrl) {
  const answer = await request(baseUrl, 'POST', '/api/auth/guest');
  if (answer.status !== 200) throw new Error(`guest sign-in answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return { token: answer.body.access_token, sessionId: answer.body.session_id };
}

export async function sendMessage(baseUrl, caller, message) {
  const answer = await request(baseUrl, 'POST', '/api/chat/message', { token: caller.token, body: { message } });
  if (answer.status !== 200) throw new Error(`chat turn answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

/**
 * One streamed turn: resolves with the milliseconds to the first `token` event and to the end,
 * and how it ended (`done`, `error` event, or `failed` for a refused or broken stream).
 */
export function streamMessage(baseUrl, caller, message) {
  const payload = Buffer.from(JSON.stringify({ message }));
  const started = performance.now();
  return new Promise((resolve) => {
    let firstTokenMs = Number.NaN;
    let tokens = 0;
    let outcome = 'failed';
    let detail = '';
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve({ firstTokenMs, totalMs: performance.now() - started, tokens, outcome, detail });
    };
    const req = http.request(
      `${baseUrl}/api/chat/message/stream`,
      {
        method: 'POST',
        agent: streamAgent,
        headers: {
          authorization: `Bearer ${caller.token}`,
          'content-type': 'application/json',
          'content-length': payload.length,
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          detail = `HTTP ${res.statusCode}`;
          res.resume();
          res.on('end', finish);
          return;
        }
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          buffer += chunk;
          let boundary;
          while ((boundary = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, boundary);
            buffer = buffer.slice(boundary + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            if (event === 'token') {
              tokens += 1;
              if (tokens === 1) firstTokenMs = performance.now() - started;
            } else if (event === 'done') {
              outcome = 'done';
            } else if (event === 'error') {
              outcome = 'error';
              detail = /^data: (.+)$/m.exec(block)?.[1] ?? '';
            }
          }
        });
        res.on('end', finish);
        res.on('error', (error) => {
          detail = error.message;
          finish();
        });
        res.on('close', finish);
      },
    );
    req.on('error', (error) => {
      detail = error.message;
      finish();
    });
    req.end(payload);
  });
}
