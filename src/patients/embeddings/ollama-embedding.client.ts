import { Inject, Injectable } from '@nestjs/common';
import { CapacityExceededError } from '../../llm/index.js';
import { SYSTEM_LANE } from '../../llm/index.js';
import { LlmCallRunner } from '../../llm/index.js';
import type { LlmHost } from '../../llm/index.js';
import { NoUsableHostError } from '../../llm/index.js';
import { classifyLlmFailure, LlmCallError } from '../../llm/index.js';
import {
  PATIENT_RECORDS_SETTINGS,
  type EmbeddingSettings,
  type PatientRecordsSettings,
} from '../patient-records-settings.js';
import { EmbeddingClient, EmbeddingUnavailableError } from './embedding-client.js';

/** Texts per `/api/embed` call: large enough to amortise the round trip, small enough to time out per batch. */
const BATCH_SIZE = 64;

/**
 * Ollama's `/api/embed` over plain HTTP. Only the orchestrator may use LangChain, and this is
 * one JSON POST, so fetch is all it takes. Each batch takes a slot on an Ollama host like any
 * generation (an embedding keeps the server as busy as a short answer), waits its turn in the
 * patient's lane, and waits again when the host says it is busy. No retries otherwise: the
 * importer fails the whole bundle (nothing is written) and the retriever falls back to lexical
 * ranking, both better than holding a request through backoffs.
 */
@Injectable()
export class OllamaEmbeddingClient extends EmbeddingClient {
  private readonly settings: EmbeddingSettings;

  constructor(
    @Inject(PATIENT_RECORDS_SETTINGS) settings: PatientRecordsSettings,
    private readonly calls: LlmCallRunner,
  ) {
    super();
    if (settings.embedding === null) throw new Error('OllamaEmbeddingClient needs EMBEDDING_MODEL and OLLAMA_BASE_URL');
    this.settings = settings.embedding;
  }

  get model(): string {
    return this.settings.model;
  }

  async embed(texts: string[], signal?: AbortSignal, lane = SYSTEM_LANE): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += BATCH_SIZE) {
      vectors.push(...(await this.embedBatch(texts.slice(start, start + BATCH_SIZE), signal, lane)));
    }
    return vectors;
  }

  private async embedBatch(input: string[], signal: AbortSignal | undefined, lane: string): Promise<number[][]> {
    try {
      return await this.calls.run(
        {
          purpose: 'embedding',
          context: { lane },
          signal,
          timeoutMs: this.settings.timeoutMs,
          maxRetries: 0,
          retryBaseDelayMs: 0,
          describedAs: 'the embedding model',
        },
        (host, attemptSignal) => this.attempt(host, input, attemptSignal, signal),
      );
    } catch (error) {
      if (signal?.aborted) throw error;
      if (error instanceof CapacityExceededError || error instanceof NoUsableHostError) {
        throw new EmbeddingUnavailableError(
          `The Ollama embedding model ${this.settings.model} has no free slot: ${error.message}`,
          { cause: error },
        );
      }
      if (error instanceof LlmCallError)
        throw new EmbeddingUnavailableError(`The Ollama embedding model ${this.settings.model}: ${error.reason}.`, {
          cause: error,
        });
      throw error;
    }
  }

  /** Busy answers become LlmCallError (the runner waits for a slot again); every other failure is final. */
  private async attempt(
    host: LlmHost,
    input: string[],
    attemptSignal: AbortSignal,
    clientSignal?: AbortSignal,
  ): Promise<number[][]> {
    let response: Response;
    try {
      response = await fetch(new URL('/api/embed', host.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: this.settings.model, input }),
        signal: attemptSignal,
      });
    } catch (error) {
      const timedOut = attemptSignal.aborted && !clientSignal?.aborted;
      const reason = timedOut ? `did not answer within ${this.settings.timeoutMs} ms` : 'could not be reached';
      throw new EmbeddingUnavailableError(`The Ollama embedding model ${this.settings.model} ${reason}.`, {
        cause: error,
      });
    }
    const body = (await response.json().catch(() => undefined)) as
      { embeddings?: unknown; error?: unknown } | undefined;
    if (!response.ok) {
      const said = typeof body?.error === 'string' ? body.error : '';
      const failure = classifyLlmFailure(Object.assign(new Error(said), { status: response.status }), {
        clientAborted: false,
        timedOut: false,
        timeoutMs: this.settings.timeoutMs,
        tokensStreamed: false,
      });
      if (failure.busy) throw failure;
      throw new EmbeddingUnavailableError(
        `Ollama answered ${response.status} for the embedding model ${this.settings.model}${said ? `: ${said}` : ''}.`,
      );
    }
    const embeddings = body?.embeddings;
    if (!Array.isArray(embeddings) || embeddings.length !== input.length || !embeddings.every(isVector)) {
      throw new EmbeddingUnavailableError(`Ollama returned no usable embeddings from ${this.settings.model}.`);
    }
    return embeddings;
  }
}

function isVector(value: unknown): value is number[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number' && Number.isFinite(item))
  );
}
