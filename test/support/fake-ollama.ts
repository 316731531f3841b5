import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { CapacityGate, type CapacityOptions } from './fakes/capacity-gate.js';
import { type Exchange, HttpFake, randomBetween, readBody, ScriptQueue } from './fakes/http-fake.js';
import { hashedEmbedding, schemaDefault, tokenize } from './fakes/model-output.js';

/**
 * Scripted stand-in for an Ollama server, speaking the same HTTP/NDJSON shapes as Ollama
 * 0.12 so the real `@langchain/ollama` / `ollama` clients can be exercised end to end.
 */

export interface OllamaChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool' | string;
  content: string;
  /** Base64 images; `@langchain/ollama` sends each image as its own user message with content ''. */
  images?: string[];
  tool_calls?: unknown[];
  thinking?: string;
}

export interface OllamaChatRequest {
  model: string;
  messages: OllamaChatMessage[];
  /** Ollama streams unless this is explicitly false. */
  stream?: boolean;
  /** `"json"` or a JSON schema object (structured output). */
  format?: string | Record<string, unknown>;
  options?: Record<string, unknown>;
  tools?: unknown[];
  keep_alive?: string | number;
  think?: boolean;
}

export interface OllamaEmbedRequest {
  model: string;
  input: string | string[];
  dimensions?: number;
  truncate?: boolean;
  keep_alive?: string | number;
  options?: Record<string, unknown>;
}

export interface RecordedOllamaRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; the raw text if it was not JSON; undefined when empty. */
  body: unknown;
  /** Epoch milliseconds. */
  receivedAt: number;
}

/** /api/generate replies go through the same script, seen as a chat of [system?, user prompt]. */
export type ReplyScript = string | ((request: OllamaChatRequest) => string | Promise<string>);

/** Model endpoints faults and latency can target. */
export type OllamaRoute = 'chat' | 'generate' | 'embed';

export interface FakeOllamaOptions extends CapacityOptions {
  /** Models reported by /api/tags and accepted by the model endpoints. Default `['medgemma1.5:latest']`. */
  models?: string[];
  /** Reply when no scripted reply is queued. */
  defaultReply?: ReplyScript;
  /** Pause before each streamed chunk. Default 0. */
  tokenDelayMs?: number;
  /** Embedding size when the request has no `dimensions`. Default 768. */
  embeddingDimensions?: number;
  /** Answer 404 "model not found" for unknown models, like Ollama. Default true. */
  strictModels?: boolean;
}

type Fault =
  | { kind: 'fail'; status: number; message: string; on: OllamaRoute[] }
  | { kind: 'hang'; on: OllamaRoute[] }
  | { kind: 'reset'; afterTokens: number; on: OllamaRoute[] }
  | { kind: 'errorChunk'; afterTokens: number; message: string; on: OllamaRoute[] };
/** Faults that act once the answer has started (hang and fail act before it). */
type StreamFault = Extract<Fault, { kind: 'reset' | 'errorChunk' }>;

const LLM_ROUTES: OllamaRoute[] = ['chat', 'generate'];
const DEFAULT_MODELS = ['medgemma1.5:latest'];
const DEFAULT_REPLY = 'This is a scripted reply from the fake Ollama server.';
const OLLAMA_VERSION = '0.12.6';
/** Ollama's words when OLLAMA_MAX_QUEUE is full. */
const OLLAMA_BUSY = 'server busy, please try again.  maximum pending requests exceeded';

/** Ollama treats `name` and `name:latest` as the same model. */
const withTag = (name: string): string => (name.includes(':') ? name : `${name}:latest`);

const NS_PER_MS = 1_000_000;

export class FakeOllama extends HttpFake {
  /** Pause before each streamed chunk (ms); settable between calls. */
  tokenDelayMs: number;
  /** Every request received, in arrival order, including ones that were faulted. */
  readonly requests: RecordedOllamaRequest[] = [];
  /**
   * Slots and queue of the model endpoints (OLLAMA_NUM_PARALLEL / OLLAMA_MAX_QUEUE): unlimited
   * unless the options say otherwise; beyond both, 503 "server busy" like Ollama.
   */
  readonly capacity: CapacityGate;

  private models: string[];
  private defaultReply: ReplyScript;
  private readonly replies = new ScriptQueue<ReplyScript>();
  private readonly faults = new ScriptQueue<Fault>();
  private latencyRange?: { min: number; max: number };
  private readonly embeddingDimensions: number;
  private readonly strictModels: boolean;

  constructor(private readonly options: FakeOllamaOptions = {}) {
    super();
    this.models = (options.models ?? DEFAULT_MODELS).map(withTag);
    this.defaultReply = options.defaultReply ?? DEFAULT_REPLY;
    this.tokenDelayMs = options.tokenDelayMs ?? 0;
    this.embeddingDimensions = options.embeddingDimensions ?? 768;
    this.strictModels = options.strictModels ?? true;
    this.capacity = new CapacityGate(options);
  }

  // ---- scripting -------------------------------------------------------------------------

  /** Queues one reply per argument for the next chat/generate calls (FIFO), then the default applies. */
  reply(...replies: ReplyScript[]): this {
    for (const reply of replies) this.replies.push(reply, 1);
    return this;
  }

  setDefaultReply(reply: ReplyScript): this {
    this.defaultReply = reply;
    return this;
  }

  setModels(models: string[]): this {
    this.models = models.map(withTag);
    return this;
  }

  /**
   * Answers `status` with Ollama's `{ "error": message }` body.
   * `times` omitted = persistent until reset()/clearFaults(); `on` defaults to chat + generate.
   */
  failWith(status: number, times?: number, options: { message?: string; on?: OllamaRoute[] } = {}): this {
    const message = options.message ?? `fake ollama failure (${status})`;
    this.faults.push({ kind: 'fail', status, message, on: options.on ?? LLM_ROUTES }, times);
    return this;
  }

  /** Accepts the request and never answers until the client aborts or reset()/stop() drops it. */
  hang(times?: number, options: { on?: OllamaRoute[] } = {}): this {
    this.faults.push({ kind: 'hang', on: options.on ?? LLM_ROUTES }, times);
    return this;
  }

  /**
   * Streams `afterTokens` content chunks, then destroys the socket (no `done` chunk), like a
   * crashed server or a proxy cutting the connection. A non-streaming call is dropped unanswered.
   */
  resetMidStream(afterTokens: number, times?: number): this {
    this.faults.push({ kind: 'reset', afterTokens, on: LLM_ROUTES }, times);
    return this;
  }

  /** Streams `afterTokens` chunks, then an `{ "error": message }` line — how Ollama reports a runner failure mid-stream. */
  failMidStream(afterTokens: number, message = 'fake ollama: runner terminated', times?: number): this {
    this.faults.push({ kind: 'errorChunk', afterTokens, message, on: LLM_ROUTES }, times);
    return this;
  }

  /** Random delay in [minMs, maxMs] before answering each chat/generate/embed call (load tests). */
  latency(minMs: number, maxMs = minMs): this {
    this.latencyRange = { min: minMs, max: maxMs };
    return this;
  }

  clearFaults(): this {
    this.faults.clear();
    this.latencyRange = undefined;
    return this;
  }

  /**
   * Back to the constructor's configuration: clears queued replies, faults, latency, records and
   * the abort count, and drops hung/streaming requests (their clients see a closed connection).
   */
  reset(): void {
    this.replies.clear();
    this.clearFaults();
    this.defaultReply = this.options.defaultReply ?? DEFAULT_REPLY;
    this.tokenDelayMs = this.options.tokenDelayMs ?? 0;
    this.models = (this.options.models ?? DEFAULT_MODELS).map(withTag);
    this.requests.length = 0;
    this.dropInFlight();
    this.resetAbortCount();
    this.capacity.reset();
  }

  // ---- inspection ------------------------------------------------------------------------

  chatRequests(): OllamaChatRequest[] {
    return this.bodiesOf('/api/chat') as OllamaChatRequest[];
  }

  embedRequests(): OllamaEmbedRequest[] {
    return this.bodiesOf('/api/embed') as OllamaEmbedRequest[];
  }

  private bodiesOf(path: string): unknown[] {
    return this.requests.filter((request) => request.path === path).map((request) => request.body);
  }

  // ---- HTTP ------------------------------------------------------------------------------

  protected async handle(ex: Exchange): Promise<void> {
    const method = ex.req.method ?? 'GET';
    const path = new URL(ex.req.url ?? '/', 'http://fake').pathname;
    const raw = (await readBody(ex.req)).toString('utf8');
    let body: unknown = raw === '' ? undefined : raw;
    let malformed = false;
    try {
      if (raw !== '') body = JSON.parse(raw);
    } catch {
      malformed = true;
    }
    this.requests.push({ method, path, headers: ex.req.headers, body, receivedAt: Date.now() });

    const route = `${method} ${path}`;
    if (route === 'GET /' || route === 'HEAD /') return ex.send(200, 'text/plain; charset=utf-8', 'Ollama is running');
    if (route === 'GET /api/version') return ex.json(200, { version: OLLAMA_VERSION });
    if (route === 'GET /api/tags') return ex.json(200, { models: this.models.map(describeModel) });
    if (method === 'POST' && malformed) return ex.json(400, { error: 'invalid character in request body' });
    const request = (body ?? {}) as Record<string, unknown>;
    switch (route) {
      case 'POST /api/show':
        return this.show(ex, request);
      case 'POST /api/chat':
        return this.modelCall(ex, 'chat', request, (fault) =>
          this.chat(ex, request as unknown as OllamaChatRequest, fault),
        );
      case 'POST /api/generate':
        return this.modelCall(ex, 'generate', request, (fault) => this.generate(ex, request, fault));
      case 'POST /api/embed':
        return this.modelCall(ex, 'embed', request, () => this.embed(ex, request as unknown as OllamaEmbedRequest));
      case 'POST /api/embeddings':
        // Legacy single-prompt endpoint, still used by older clients.
        return this.modelCall(ex, 'embed', request, () =>
          ex.json(200, { embedding: hashedEmbedding(String(request.prompt ?? ''), this.embeddingDimensions) }),
        );
      default:
        // Ollama's router (gin) answers unknown routes with this plain-text 404.
        return ex.send(404, 'text/plain', '404 page not found');
    }
  }

  /** Shared prelude of model endpoints: latency, pre-answer faults, model validation. */
  private async modelCall(
    ex: Exchange,
    route: OllamaRoute,
    request: Record<string, unknown>,
    answer: (streamFault: StreamFault | undefined) => Promise<void> | void,
  ): Promise<void> {
    // Ollama's scheduler queues a request before it generates; latency is then generation time on a slot.
    if (!(await this.capacity.enter(ex))) return ex.json(503, { error: OLLAMA_BUSY });
    if (this.latencyRange) await ex.sleep(randomBetween(this.latencyRange.min, this.latencyRange.max));
    if (!ex.open) return;
    const fault = this.faults.take((candidate) => candidate.on.includes(route));
    if (fault?.kind === 'fail') return ex.json(fault.status, { error: fault.message });
    if (fault?.kind === 'hang') return ex.untilClosed();
    const model = typeof request.model === 'string' ? request.model : '';
    if (!model) return ex.json(400, { error: 'model is required' });
    if (this.strictModels && !this.models.includes(withTag(model))) {
      return ex.json(404, { error: `model "${model}" not found, try pulling it first` });
    }
    return answer(fault);
  }

  private show(ex: Exchange, request: Record<string, unknown>): void {
    const model = String(request.model ?? request.name ?? '');
    if (!this.models.includes(withTag(model))) {
      return ex.json(404, { error: `model '${model}' not found` });
    }
    const details = describeModel(withTag(model)).details;
    ex.json(200, {
      license: '',
      modelfile: `FROM ${withTag(model)}\n`,
      parameters: 'temperature 1',
      template: '{{ .Prompt }}',
      details,
      model_info: { 'general.architecture': details.family },
      capabilities: ['completion', 'vision'],
      modified_at: new Date(0).toISOString(),
    });
  }

  private async chat(ex: Exchange, request: OllamaChatRequest, streamFault?: StreamFault): Promise<void> {
    const messages = Array.isArray(request.messages) ? request.messages : [];
    if (messages.length === 0) {
      // Ollama answers an empty chat by just loading the model.
      return ex.json(200, {
        model: request.model,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: '' },
        done_reason: 'load',
        done: true,
      });
    }
    const promptText = messages.map((message) => message.content ?? '').join('\n');
    await this.answer(ex, request, promptText, streamFault, (content) => ({
      message: { role: 'assistant', content },
    }));
  }

  private async generate(ex: Exchange, request: Record<string, unknown>, streamFault?: StreamFault): Promise<void> {
    const prompt = String(request.prompt ?? '');
    const messages: OllamaChatMessage[] = [
      ...(typeof request.system === 'string' ? [{ role: 'system', content: request.system }] : []),
      { role: 'user', content: prompt, ...(Array.isArray(request.images) ? { images: request.images } : {}) },
    ];
    const asChat: OllamaChatRequest = { ...(request as unknown as OllamaChatRequest), messages };
    await this.answer(ex, asChat, prompt, streamFault, (content, done) => ({
      response: content,
      ...(done ? { context: [1, 2, 3] } : {}),
    }));
  }

  /**
   * Streams (NDJSON, the default) or returns one JSON object. `payload` supplies the
   * endpoint-specific part: `message` for chat, `response` (+ `context`) for generate.
   */
  private async answer(
    ex: Exchange,
    request: OllamaChatRequest,
    promptText: string,
    streamFault: StreamFault | undefined,
    payload: (content: string, done: boolean) => Record<string, unknown>,
  ): Promise<void> {
    const startedAt = Date.now();
    const script = this.replies.take() ?? this.defaultReply;
    const scripted = typeof script === 'function' ? await script(request) : script;
    const text = request.format ? structuredReply(scripted, request.format) : scripted;
    const tokens = tokenize(text);
    const promptEvalCount = tokenize(promptText).length;
    const final = (content: string): Record<string, unknown> => {
      const totalMs = Date.now() - startedAt;
      return {
        model: request.model,
        created_at: new Date().toISOString(),
        ...payload(content, true),
        done: true,
        done_reason: 'stop',
        total_duration: (totalMs + 1) * NS_PER_MS,
        load_duration: NS_PER_MS,
        prompt_eval_count: promptEvalCount,
        prompt_eval_duration: NS_PER_MS,
        eval_count: tokens.length,
        eval_duration: Math.max(1, totalMs) * NS_PER_MS,
      };
    };

    if (request.stream === false) {
      if (streamFault?.kind === 'reset') {
        this.replies.unshift(script);
        return ex.destroy();
      }
      if (streamFault?.kind === 'errorChunk') return ex.json(500, { error: streamFault.message });
      return ex.json(200, final(text));
    }

    ex.res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    for (const [index, token] of tokens.entries()) {
      if (streamFault && index === streamFault.afterTokens) return this.cutStream(ex, script, streamFault);
      await ex.sleep(this.tokenDelayMs);
      // The client went away: stop "generating", exactly what an abort should achieve.
      if (!ex.open) return;
      const chunk = {
        model: request.model,
        created_at: new Date().toISOString(),
        ...payload(token, false),
        done: false,
      };
      await ex.write(`${JSON.stringify(chunk)}\n`);
    }
    if (streamFault) return this.cutStream(ex, script, streamFault);
    await ex.sleep(this.tokenDelayMs);
    if (!ex.open) return;
    await ex.write(`${JSON.stringify(final(''))}\n`);
    ex.end();
  }

  private async cutStream(ex: Exchange, script: ReplyScript, fault: StreamFault): Promise<void> {
    // The reply never got delivered, so a retry should receive it again.
    this.replies.unshift(script);
    if (fault.kind === 'reset') return ex.destroy();
    await ex.write(`${JSON.stringify({ error: fault.message })}\n`);
    ex.end();
  }

  private embed(ex: Exchange, request: OllamaEmbedRequest): void {
    const inputs = Array.isArray(request.input) ? request.input : [request.input ?? ''];
    const dimensions =
      Number.isInteger(request.dimensions) && (request.dimensions as number) > 0
        ? (request.dimensions as number)
        : this.embeddingDimensions;
    ex.json(200, {
      model: request.model,
      embeddings: inputs.map((input) => hashedEmbedding(String(input), dimensions)),
      total_duration: NS_PER_MS,
      load_duration: NS_PER_MS,
      prompt_eval_count: inputs.reduce((sum, input) => sum + tokenize(String(input)).length, 0),
    });
  }
}

/** The scripted text if it already is JSON, otherwise the simplest object the schema accepts. */
function structuredReply(scripted: string, format: string | Record<string, unknown>): string {
  try {
    JSON.parse(scripted);
    return scripted;
  } catch {
    return JSON.stringify(typeof format === 'object' ? schemaDefault(format) : {});
  }
}

function describeModel(name: string) {
  const family = name.split(/[:\d.]/)[0] || 'llama';
  return {
    name,
    model: name,
    modified_at: new Date(0).toISOString(),
    size: 3_300_000_000,
    digest: createHash('sha256').update(name).digest('hex'),
    details: {
      parent_model: '',
      format: 'gguf',
      family,
      families: [family],
      parameter_size: '4.3B',
      quantization_level: 'Q4_K_M',
    },
  };
}
