import { Inject, Injectable } from '@nestjs/common';
import { PATIENT_RECORDS_SETTINGS, type EmbeddingSettings, type PatientRecordsSettings } from '../patient-records-settings.js';
import { EmbeddingClient, EmbeddingUnavailableError } from './embedding-client.js';

/** Texts per `/api/embed` call: large enough to amortise the round trip, small enough to time out per batch. */
const BATCH_SIZE = 64;

/**
 * Ollama's `/api/embed` over plain HTTP. Only the orchestrator may use LangChain, and this is
 * one JSON POST, so fetch is all it takes. No retries: the importer fails the whole bundle
 * (nothing is written) and the retriever falls back to lexical ranking, both better than
 * holding a request through backoffs.
 */
@Injectable()
export class OllamaEmbeddingClient extends EmbeddingClient {
  private readonly settings: EmbeddingSettings;

  constructor(@Inject(PATIENT_RECORDS_SETTINGS) settings: PatientRecordsSettings) {
    super();
    if (settings.embedding === null) throw new Error('OllamaEmbeddingClient needs EMBEDDING_MODEL and OLLAMA_BASE_URL');
    this.settings = settings.embedding;
  }

  get model(): string {
    return this.settings.model;
  }

  async embed(texts: string[], signal?: AbortSignal): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += BATCH_SIZE) {
      vectors.push(...(await this.embedBatch(texts.slice(start, start + BATCH_SIZE), signal)));
    }
    return vectors;
  }

  private async embedBatch(input: string[], signal?: AbortSignal): Promise<number[][]> {
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    let response: Response;
    try {
      response = await fetch(new URL('/api/embed', this.settings.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: this.settings.model, input }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      const reason = timeout.aborted ? `did not answer within ${this.settings.timeoutMs} ms` : 'could not be reached';
      throw new EmbeddingUnavailableError(`The Ollama embedding model ${this.settings.model} ${reason}.`, { cause: error });
    }
    const body = (await response.json().catch(() => undefined)) as { embeddings?: unknown; error?: unknown } | undefined;
    if (!response.ok) {
      const said = typeof body?.error === 'string' ? `: ${body.error}` : '';
      throw new EmbeddingUnavailableError(`Ollama answered ${response.status} for the embedding model ${this.settings.model}${said}.`);
    }
    const embeddings = body?.embeddings;
    if (!Array.isArray(embeddings) || embeddings.length !== input.length || !embeddings.every(isVector)) {
      throw new EmbeddingUnavailableError(`Ollama returned no usable embeddings from ${this.settings.model}.`);
    }
    return embeddings;
  }
}

function isVector(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}
