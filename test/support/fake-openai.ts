import { AnswerHold } from './fakes/answer-hold.js';
import { CapacityGate, type CapacityOptions } from './fakes/capacity-gate.js';
import { type Exchange, HttpFake, randomBetween, readBody, ScriptQueue } from './fakes/http-fake.js';
import { schemaDefault, tokenize } from './fakes/model-output.js';

/**
 * Scripted stand-in for an OpenAI-compatible inference server (vLLM, llama.cpp's server, TGI,
 * LocalAI): `GET /v1/models` and `POST /v1/chat/completions`, streamed as server-sent events
 * (with the usage chunk when `stream_options.include_usage` asks for it) or as one JSON body,
 * so the real `@langchain/openai` client is exercised end to end. It has the same capacity
 * model as the fake Ollama; beyond its queue it answers 429, as vLLM's and TGI's front ends do.
 */

export interface OpenAiChatMessage {
  role: string;
  content: string | Array<{ type: string; text?: string; image_url?: { url: string } | string }>;
}

export interface OpenAiChatRequest {
  model: string;
  messages: OpenAiChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name?: string; schema?: Record<string, unknown> } };
  temperature?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
}

export type OpenAiReplyScript = string | ((request: OpenAiChatRequest) => string);

export interface FakeOpenAiOptions extends CapacityOptions {
  /** Served model ids. Default `['google/medgemma-4b-it']`. */
  models?: string[];
  defaultReply?: OpenAiReplyScript;
  /** Pause before each streamed chunk. Default 0. */
  tokenDelayMs?: number;
}

type Fault = { kind: 'fail'; status: number; message: string } | { kind: 'hang' };

const DEFAULT_MODELS = ['google/medgemma-4b-it'];
const DEFAULT_REPLY = 'This is a scripted reply from the fake OpenAI-compatible server.';
const BUSY = 'The server is at capacity: too many requests are waiting. Please try again later.';

export class FakeOpenAi extends HttpFake {
  tokenDelayMs: number;
  /** Every chat completion request body, in arrival order (refused ones included). */
  readonly chatRequests: OpenAiChatRequest[] = [];
  /** Authorization headers received, in order. */
  readonly authorizations: Array<string | undefined> = [];
  readonly capacity: CapacityGate;
  private models: string[];
  private readonly defaultReply: OpenAiReplyScript;
  private readonly replies = new ScriptQueue<OpenAiReplyScript>();
  private readonly faults = new ScriptQueue<Fault>();
  private latencyRange?: { min: number; max: number };
  private readonly answers = new AnswerHold();

  constructor(options: FakeOpenAiOptions = {}) {
    super();
    this.models = options.models ?? DEFAULT_MODELS;
    this.defaultReply = options.defaultReply ?? DEFAULT_REPLY;
    this.tokenDelayMs = options.tokenDelayMs ?? 0;
    this.capacity = new CapacityGate(options);
  }

  reply(...replies: OpenAiReplyScript[]): this {
    for (const reply of replies) this.replies.push(reply, 1);
    return this;
  }

  /** Answers `status` with an OpenAI-style error body; `times` omitted = until clearFaults(). */
  failWith(status: number, times?: number, message = `fake openai failure (${status})`): this {
    this.faults.push({ kind: 'fail', status, message }, times);
    return this;
  }

  hang(times?: number): this {
    this.faults.push({ kind: 'hang' }, times);
    return this;
  }

  /** Generation time on a slot, in [minMs, maxMs]. */
  latency(minMs: number, maxMs = minMs): this {
    this.latencyRange = { min: minMs, max: maxMs };
    return this;
  }

  /**
   * From now on, chat completions that reach the fake wait, unanswered (each on its slot), until
   * releaseAnswers(), as FakeOllama.holdAnswers() does.
   */
  holdAnswers(): this {
    this.answers.hold();
    return this;
  }

  /** Lets every held call answer; later calls answer at once until holdAnswers() again. */
  releaseAnswers(): this {
    this.answers.release();
    return this;
  }

  setModels(models: string[]): this {
    this.models = models;
    return this;
  }

  clearFaults(): this {
    this.faults.clear();
    return this;
  }

  protected async handle(ex: Exchange): Promise<void> {
    const path = new URL(ex.req.url ?? '/', 'http://fake').pathname;
    const route = `${ex.req.method ?? 'GET'} ${path}`;
    const raw = (await readBody(ex.req)).toString('utf8');
    this.authorizations.push(ex.req.headers.authorization);
    if (route === 'GET /v1/models') {
      return ex.json(200, {
        object: 'list',
        data: this.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
      });
    }
    if (route !== 'POST /v1/chat/completions')
      return ex.json(404, { error: { message: `Unknown route ${route}`, type: 'invalid_request_error' } });
    let request: OpenAiChatRequest;
    try {
      request = JSON.parse(raw) as OpenAiChatRequest;
    } catch {
      return ex.json(400, { error: { message: 'Invalid JSON body', type: 'invalid_request_error' } });
    }
    this.chatRequests.push(request);
    if (!(await this.capacity.enter(ex))) return ex.json(429, { error: { message: BUSY, type: 'rate_limit_error' } });
    if (this.latencyRange) await ex.sleep(randomBetween(this.latencyRange.min, this.latencyRange.max));
    await this.answers.wait(ex);
    if (!ex.open) return;
    const fault = this.faults.take();
    if (fault?.kind === 'fail')
      return ex.json(fault.status, { error: { message: fault.message, type: 'server_error' } });
    if (fault?.kind === 'hang') return ex.untilClosed();
    if (!this.models.includes(request.model)) {
      return ex.json(404, {
        error: {
          message: `The model \`${request.model}\` does not exist.`,
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      });
    }
    return this.complete(ex, request);
  }

  private async complete(ex: Exchange, request: OpenAiChatRequest): Promise<void> {
    const script = this.replies.take() ?? this.defaultReply;
    const scripted = typeof script === 'function' ? script(request) : script;
    const schema = request.response_format?.json_schema?.schema;
    const text = schema ? jsonOr(scripted, schema) : scripted;
    const tokens = tokenize(text);
    const promptTokens = tokenize(request.messages.map(textOf).join('\n')).length;
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: tokens.length,
      total_tokens: promptTokens + tokens.length,
    };
    const base = { id: `chatcmpl-${Date.now()}`, created: Math.floor(Date.now() / 1000), model: request.model };
    if (!request.stream) {
      return ex.json(200, {
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage,
      });
    }
    ex.res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    const send = (chunk: unknown) => ex.write(`data: ${JSON.stringify(chunk)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
      ...base,
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    await send(chunk({ role: 'assistant', content: '' }, null));
    for (const token of tokens) {
      await ex.sleep(this.tokenDelayMs);
      if (!ex.open) return;
      await send(chunk({ content: token }, null));
    }
    await send(chunk({}, 'stop'));
    if (request.stream_options?.include_usage)
      await send({ ...base, object: 'chat.completion.chunk', choices: [], usage });
    await ex.write('data: [DONE]\n\n');
    ex.end();
  }
}

function textOf(message: OpenAiChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content.map((part) => part.text ?? '').join(' ');
}

/** The scripted text if it already is JSON, otherwise the simplest object the schema accepts. */
function jsonOr(scripted: string, schema: Record<string, unknown>): string {
  try {
    JSON.parse(scripted);
    return scripted;
  } catch {
    return JSON.stringify(schemaDefault(schema));
  }
}
