import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { hashedEmbedding, schemaDefault, tokenize } from './model-output.js';

// What Ollama 0.12 says on the wire, for the fake: request shapes, and the fixed parts of its
// answers (version, model descriptions, /api/show, embeddings, the busy refusal).

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

/** Model endpoints faults and latency can target. */
export type OllamaRoute = 'chat' | 'generate' | 'embed';

export const OLLAMA_VERSION = '0.12.6';
/** Ollama's words when OLLAMA_MAX_QUEUE is full. */
export const OLLAMA_BUSY = 'server busy, please try again.  maximum pending requests exceeded';
export const NS_PER_MS = 1_000_000;

/** Ollama treats `name` and `name:latest` as the same model. */
export const withTag = (name: string): string => (name.includes(':') ? name : `${name}:latest`);

/** The /api/show answer for a model the fake serves. */
export function showResponse(model: string): Record<string, unknown> {
  const details = describeModel(withTag(model)).details;
  return {
    license: '',
    modelfile: `FROM ${withTag(model)}\n`,
    parameters: 'temperature 1',
    template: '{{ .Prompt }}',
    details,
    model_info: { 'general.architecture': details.family },
    capabilities: ['completion', 'vision'],
    modified_at: new Date(0).toISOString(),
  };
}

/** The /api/embed answer: deterministic embeddings, `request.dimensions` long when it is a positive integer. */
export function embedResponse(request: OllamaEmbedRequest, defaultDimensions: number): Record<string, unknown> {
  const inputs = Array.isArray(request.input) ? request.input : [request.input ?? ''];
  const dimensions =
    Number.isInteger(request.dimensions) && (request.dimensions as number) > 0
      ? (request.dimensions as number)
      : defaultDimensions;
  return {
    model: request.model,
    embeddings: inputs.map((input) => hashedEmbedding(String(input), dimensions)),
    total_duration: NS_PER_MS,
    load_duration: NS_PER_MS,
    prompt_eval_count: inputs.reduce((sum, input) => sum + tokenize(String(input)).length, 0),
  };
}

/** The scripted text if it already is JSON, otherwise the simplest object the schema accepts. */
export function structuredReply(scripted: string, format: string | Record<string, unknown>): string {
  try {
    JSON.parse(scripted);
    return scripted;
  } catch {
    return JSON.stringify(typeof format === 'object' ? schemaDefault(format) : {});
  }
}

export function describeModel(name: string) {
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
