import { AnswerHold } from './fakes/answer-hold.js';
import { CapacityGate, type CapacityOptions } from './fakes/capacity-gate.js';
import { type Exchange, HttpFake, randomBetween, readBody, ScriptQueue } from './fakes/http-fake.js';
import { hashedEmbedding } from './fakes/model-output.js';
import { writeAnswer, type StreamFault } from './fakes/ollama-answer.js';
import {
  describeModel,
  embedResponse,
  OLLAMA_BUSY,
  OLLAMA_VERSION,
  showResponse,
  withTag,
  type OllamaChatMessage,
  type OllamaChatRequest,
  type OllamaEmbedRequest,
  type OllamaRoute,
  type RecordedOllamaRequest,
} from './fakes/ollama-wire.js';

export type {
  OllamaChatMessage,
  OllamaChatRequest,
  OllamaEmbedRequest,
  OllamaRoute,
  RecordedOllamaRequest,
} from './fakes/ollama-wire.js';

/**
 * Scripted stand-in for an Ollama server, speaking the same HTTP/NDJSON shapes as Ollama
 * 0.12 so the real `@langchain/ollama` / `ollama` clients can be exercised end to end.
 */

/** /api/generate replies go through the same script, seen as a chat of [system?, user prompt]. */
export type ReplyScript = string | ((request: OllamaChatRequest) => string | Promise<string>);

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
  | StreamFault;

const DEFAULT_MODELS = ['medgemma1.5:latest'];
const DEFAULT_REPLY = 'This is a scripted reply from the fake Ollama server.';

const LLM_ROUTES: OllamaRoute[] = ['chat', 'generate'];
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
  /** Where chat and generate calls wait while holdAnswers() is in force. */
  private readonly answers = new AnswerHold();
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

  /**
   * Streams `afterTokens` chunks, then an `{ "error": message }` line — how Ollama reports a runner
   * failure mid-stream; a non-streaming call gets a 500 with the same body. The reply is queued again.
   */
  failMidStream(afterTokens: number, message = 'fake ollama: runner terminated', times?: number): this {
    this.faults.push({ kind: 'errorChunk', afterTokens, message, on: LLM_ROUTES }, times);
    return this;
  }

  /** Random delay in [minMs, maxMs] before answering each chat/generate/embed call (load tests). */
  latency(minMs: number, maxMs = minMs): this {
    this.latencyRange = { min: minMs, max: maxMs };
    return this;
  }

  /**
   * From now on, chat and generate calls that reach the fake wait, unanswered, until
   * releaseAnswers(): a test can line turns up behind one in the app's queue and let it go when it
   * has seen what it waits for, instead of counting on a latency outlasting the host's slowness.
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
    this.releaseAnswers();
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
      case 'POST /api/show': {
        const model = String(request.model ?? request.name ?? '');
        if (!this.models.includes(withTag(model))) return ex.json(404, { error: `model '${model}' not found` });
        return ex.json(200, showResponse(model));
      }
      case 'POST /api/chat':
        return this.modelCall(ex, 'chat', request, (fault) =>
          this.chat(ex, request as unknown as OllamaChatRequest, fault),
        );
      case 'POST /api/generate':
        return this.modelCall(ex, 'generate', request, (fault) => this.generate(ex, request, fault));
      case 'POST /api/embed':
        return this.modelCall(ex, 'embed', request, () =>
          ex.json(200, embedResponse(request as unknown as OllamaEmbedRequest, this.embeddingDimensions)),
        );
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
    if (LLM_ROUTES.includes(route)) await this.answers.wait(ex);
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

  /** The next scripted reply (or the default), written by writeAnswer; an undelivered one is queued again. */
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
    await writeAnswer(ex, {
      request,
      scripted,
      promptText,
      startedAt,
      streamFault,
      tokenDelayMs: () => this.tokenDelayMs,
      payload,
      undelivered: () => this.replies.unshift(script),
    });
  }
}
