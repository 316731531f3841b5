import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { type Exchange, HttpFake, randomBetween, readBody, ScriptQueue } from './fakes/http-fake.js';

/**
 * Scripted stand-in for an OpenAI-compatible speech-to-text server
 * (`POST /v1/audio/transcriptions`, multipart `file` + `model`, answering `{ "text": ... }`).
 */

export interface TranscriptionUpload {
  model: string;
  filename: string;
  /** Content type of the `file` part as sent by the client ('' if none). */
  contentType: string;
  size: number;
  /** Hex sha256 of the uploaded bytes, to prove exactly which audio was sent. */
  sha256: string;
  language?: string;
  prompt?: string;
  responseFormat?: string;
  headers: IncomingHttpHeaders;
  /** Epoch milliseconds. */
  receivedAt: number;
}

export type TranscriptScript = string | ((upload: TranscriptionUpload, bytes: Buffer) => string | Promise<string>);

export interface FakeSpeechToTextOptions {
  /** Transcript when nothing is queued. */
  defaultText?: string;
}

type Fault = { kind: 'fail'; status: number; message: string } | { kind: 'hang' };

const DEFAULT_TEXT = 'I have had a headache for three days.';
const ROUTE = '/v1/audio/transcriptions';

export class FakeSpeechToText extends HttpFake {
  /** Every well-formed transcription request, recorded before any fault is applied. */
  readonly uploads: TranscriptionUpload[] = [];

  private defaultText: TranscriptScript;
  private readonly transcripts = new ScriptQueue<TranscriptScript>();
  private readonly faults = new ScriptQueue<Fault>();
  private latencyRange?: { min: number; max: number };

  constructor(private readonly options: FakeSpeechToTextOptions = {}) {
    super();
    this.defaultText = options.defaultText ?? DEFAULT_TEXT;
  }

  /** Queues one transcript per argument for the next calls (FIFO), then the default applies. */
  transcribe(...scripts: TranscriptScript[]): this {
    for (const script of scripts) this.transcripts.push(script, 1);
    return this;
  }

  setDefaultTranscript(script: TranscriptScript): this {
    this.defaultText = script;
    return this;
  }

  /** Answers `status` with an OpenAI-style error body; `times` omitted = persistent until reset(). */
  failWith(status: number, times?: number, message = `fake stt failure (${status})`): this {
    this.faults.push({ kind: 'fail', status, message }, times);
    return this;
  }

  /** Accepts the upload and never answers until the client aborts or reset()/stop() drops it. */
  hang(times?: number): this {
    this.faults.push({ kind: 'hang' }, times);
    return this;
  }

  /** Random delay in [minMs, maxMs] before answering each transcription. */
  latency(minMs: number, maxMs = minMs): this {
    this.latencyRange = { min: minMs, max: maxMs };
    return this;
  }

  /** Clears scripts, faults, latency, records and the abort count; drops hung requests. */
  reset(): void {
    this.transcripts.clear();
    this.faults.clear();
    this.latencyRange = undefined;
    this.defaultText = this.options.defaultText ?? DEFAULT_TEXT;
    this.uploads.length = 0;
    this.dropInFlight();
    this.resetAbortCount();
  }

  protected async handle(ex: Exchange): Promise<void> {
    const path = new URL(ex.req.url ?? '/', 'http://fake').pathname;
    const body = await readBody(ex.req);
    if (ex.req.method !== 'POST' || path !== ROUTE) {
      return openAiError(ex, 404, `Unknown route ${ex.req.method} ${path}`, 'not_found_error');
    }

    let form: FormData;
    try {
      // undici's multipart parser (Node >= 20) — the same code path as a browser's Request.
      form = await new Request(`http://fake${ROUTE}`, {
        method: 'POST',
        headers: { 'content-type': ex.req.headers['content-type'] ?? '' },
        body,
        duplex: 'half',
      } as RequestInit).formData();
    } catch {
      return openAiError(ex, 400, 'Expected a multipart/form-data body', 'invalid_request_error');
    }
    const file = form.get('file');
    const model = form.get('model');
    if (typeof file === 'string' || file === null) {
      return openAiError(ex, 400, "Missing required multipart field 'file'", 'invalid_request_error', 'file');
    }
    if (typeof model !== 'string' || model === '') {
      return openAiError(ex, 400, "Missing required multipart field 'model'", 'invalid_request_error', 'model');
    }

    const bytes = Buffer.from(await file.arrayBuffer());
    const optional = (name: string): string | undefined => {
      const value = form.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const upload: TranscriptionUpload = {
      model,
      filename: file.name,
      contentType: file.type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      language: optional('language'),
      prompt: optional('prompt'),
      responseFormat: optional('response_format'),
      headers: ex.req.headers,
      receivedAt: Date.now(),
    };
    this.uploads.push(upload);

    if (this.latencyRange) await ex.sleep(randomBetween(this.latencyRange.min, this.latencyRange.max));
    if (!ex.open) return;
    const fault = this.faults.take();
    if (fault?.kind === 'fail') return openAiError(ex, fault.status, fault.message, 'server_error');
    if (fault?.kind === 'hang') return ex.untilClosed();

    const script = this.transcripts.take() ?? this.defaultText;
    const text = typeof script === 'function' ? await script(upload, bytes) : script;
    if (upload.responseFormat === 'text') return ex.send(200, 'text/plain; charset=utf-8', text);
    if (upload.responseFormat === 'verbose_json') {
      return ex.json(200, { task: 'transcribe', language: upload.language ?? 'en', duration: 0, text, segments: [] });
    }
    ex.json(200, { text });
  }
}

function openAiError(ex: Exchange, status: number, message: string, type: string, param: string | null = null): void {
  ex.json(status, { error: { message, type, param, code: null } });
}
