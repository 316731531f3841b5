import { randomUUID } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { HANG_GUARD_MS } from '../support/fakes/http-fake.js';
import type { TestApp } from '../support/test-app.js';

/** What the chat tests need from the running app: sign-ins, JSON calls, the SSE stream, the store. */

let sequence = 0;

/** A fresh, well-formed patient id (`Given###_Family###_<uuid>`). */
export function newPatientId(): string {
  sequence += 1;
  return `Adam${100 + sequence}_Cronin${200 + sequence}_${randomUUID()}`;
}

export interface Caller {
  token: string;
  sessionId: string;
  patientId: string | null;
}

export interface JsonAnswer<T = any> {
  status: number;
  type: string;
  headers: Headers;
  body: T;
}

export class ChatClient {
  /** The running app, or how to reach it once a `beforeAll` has started it (see `useChatApp`). */
  constructor(private readonly appOrLater: TestApp | (() => TestApp)) {}

  get app(): TestApp {
    return typeof this.appOrLater === 'function' ? this.appOrLater() : this.appOrLater;
  }

  async login(patientId: string = newPatientId()): Promise<Caller> {
    const answer = await this.call('POST', '/api/auth/login', undefined, { patient_id: patientId });
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return { token: answer.body.access_token, sessionId: answer.body.session_id, patientId: answer.body.patient_id };
  }

  async guest(): Promise<Caller> {
    const answer = await this.call('POST', '/api/auth/guest');
    if (answer.status !== 200) throw new Error(`guest sign-in failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return { token: answer.body.access_token, sessionId: answer.body.session_id, patientId: null };
  }

  send(caller: Caller, body: unknown): Promise<JsonAnswer> {
    return this.call('POST', '/api/chat/message', caller, body);
  }

  history(caller: Caller, query = ''): Promise<JsonAnswer> {
    return this.call('GET', `/api/chat/history${query ? `?${query}` : ''}`, caller);
  }

  clear(caller: Caller, query = ''): Promise<JsonAnswer> {
    return this.call('DELETE', `/api/chat/history${query ? `?${query}` : ''}`, caller);
  }

  async call(
    method: string,
    path: string,
    caller?: Caller,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonAnswer> {
    const response = await fetch(`${this.app.url}${path}`, {
      method,
      headers: {
        ...(caller ? { authorization: `Bearer ${caller.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: the test sees the raw text.
    }
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      headers: response.headers,
      body: parsed,
    };
  }

  /** Opens the event stream; the caller reads it with readEvents(). */
  openStream(
    caller: Caller,
    body: unknown,
    init: { signal?: AbortSignal; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    return fetch(`${this.app.url}/api/chat/message/stream`, {
      method: 'POST',
      headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify(body),
      signal: init.signal,
    });
  }

  /** The `conversations` collection, straight from the app's Mongoose model. */
  get conversations(): Model<any> {
    return this.app.medchat.app.get<Model<any>>(getModelToken('Conversation'), { strict: false });
  }
}

export interface ServerSentEvent {
  event: string;
  data: any;
}

/**
 * Parses a text/event-stream body as it arrives. `onEvent` sees each event the moment it is
 * complete (so a test can abort after the first token); comment lines are collected apart.
 */
export async function readEvents(
  response: Response,
  onEvent: (event: ServerSentEvent) => void = () => undefined,
): Promise<{ events: ServerSentEvent[]; comments: string[]; endedBy: 'server' | 'abort' }> {
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else if (line.startsWith('event:')) event = line.slice('event:'.length).trim();
          else if (line.startsWith('data:')) data.push(line.slice('data:'.length).trimStart());
        }
        if (data.length === 0) continue;
        const parsed: ServerSentEvent = { event, data: JSON.parse(data.join('\n')) };
        events.push(parsed);
        onEvent(parsed);
      }
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return { events, comments, endedBy: 'abort' };
    throw error;
  }
  return { events, comments, endedBy: 'server' };
}

/** Polls until `condition` holds; tests never sleep for a fixed time. `timeoutMs` is a hang guard (HANG_GUARD_MS). */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = HANG_GUARD_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Base env for chat tests: patient-id sign-in and fast, small resilience settings. The model-call
 * timeout is a hang guard: a test about timeouts sets its own (chat-failures: 200 ms); every other
 * call must never run out of it because the host stalled mid-turn.
 */
export function chatEnv(
  ollamaUrl: string | undefined,
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    AUTH_PATIENT_ID_ONLY: 'true',
    OLLAMA_BASE_URL: ollamaUrl,
    OLLAMA_TIMEOUT_MS: '10000',
    OLLAMA_MAX_RETRIES: '1',
    OLLAMA_RETRY_BASE_DELAY_MS: '0',
    OLLAMA_BREAKER_RESET_MS: '60000',
    ...extra,
  };
}

/** An http URL on 127.0.0.1 where nothing listens: Ollama "down". */
export async function closedPortUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
