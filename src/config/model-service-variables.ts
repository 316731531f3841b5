import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { emptyToUndefined } from './environment-transforms.js';
import { IsHttpUrlList } from './http-url-list.validator.js';

export const LLM_PROVIDERS = ['ollama', 'openai'] as const;

/**
 * The variables of the model services MedChat calls: the LLM hosts (Ollama or an
 * OpenAI-compatible server), their slots and queue, and speech-to-text. Kept apart from the
 * rest of EnvironmentVariables, which extends this class (through StorageRetentionVariables), so
 * each file stays readable.
 */
export class ModelServiceVariables {
  /** One Ollama server, or several separated by commas (each gets LLM_SLOTS_PER_HOST slots). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsHttpUrlList({
    message: 'OLLAMA_BASE_URL must be an http(s) URL such as http://localhost:11434, or several separated by commas',
  })
  OLLAMA_BASE_URL?: string;

  @IsString()
  @MinLength(1)
  OLLAMA_MODEL = 'medgemma1.5';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  OLLAMA_HEALTH_TIMEOUT_MS = 2000;

  /** Per attempt, streaming included; the client's own disconnect cancels sooner. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  OLLAMA_TIMEOUT_MS = 60_000;

  /** Retries of a transient failure (connection, 5xx, timeout) before any token was streamed. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  OLLAMA_MAX_RETRIES = 2;

  /** First backoff delay; later ones grow exponentially (with jitter). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30000)
  OLLAMA_RETRY_BASE_DELAY_MS = 250;

  /** How long the open circuit fails fast before one trial call is let through (half-open). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  OLLAMA_BREAKER_RESET_MS = 30_000;

  /** Upper bound on generated tokens per answer (Ollama's num_predict). */
  @Type(() => Number)
  @IsInt()
  @Min(16)
  @Max(8192)
  OLLAMA_NUM_PREDICT = 1024;

  /** How long Ollama keeps the model loaded after a call (e.g. 30m, -1 = forever); unset = Ollama's default. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^-?\d+(ms|s|m|h)?$/, { message: 'OLLAMA_KEEP_ALIVE must be a duration such as 30m, 3600s or -1' })
  OLLAMA_KEEP_ALIVE?: string;

  /** Which kind of server answers: Ollama's own API, or any OpenAI-compatible one (vLLM, llama.cpp, TGI, LocalAI). */
  @IsIn(LLM_PROVIDERS)
  LLM_PROVIDER: (typeof LLM_PROVIDERS)[number] = 'ollama';

  /** Generations the app sends one LLM host at once (Ollama's OLLAMA_NUM_PARALLEL); chat, vision and embedding calls each take one. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4096)
  LLM_SLOTS_PER_HOST = 4;

  /** Longest a turn waits for a free slot before it is answered 503 with Retry-After. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LLM_QUEUE_MAX_WAIT_SECONDS = 120;

  /** Most calls waiting for a slot; one more is answered 503 at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  LLM_QUEUE_MAX_LENGTH = 1000;

  /** With several LLM hosts: seconds between probes that take a host out of routing when it stops answering and back when it answers. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LLM_HOST_PROBE_INTERVAL_SECONDS = 10;

  /** OpenAI-compatible API root(s), `/v1` included (e.g. http://vllm:8000/v1), comma-separated; read when LLM_PROVIDER=openai. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsHttpUrlList({
    message: 'OPENAI_BASE_URL must be an http(s) URL such as http://localhost:8000/v1, or several separated by commas',
  })
  OPENAI_BASE_URL?: string;

  /** Bearer key sent to the OpenAI-compatible server(s); many self-hosted servers take any value. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  OPENAI_API_KEY?: string;

  /** The chat model as the OpenAI-compatible server names it (vLLM: the served model name). */
  @IsString()
  @MinLength(1)
  OPENAI_MODEL = 'google/medgemma-4b-it';

  /** Vision model on the OpenAI-compatible server; unset = OPENAI_MODEL (MedGemma is multimodal). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(1)
  OPENAI_VISION_MODEL?: string;

  /** Vision-capable Ollama model behind `analyze_image`; unset = OLLAMA_MODEL (MedGemma is multimodal). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(1)
  OLLAMA_VISION_MODEL?: string;

  /** OpenAI-compatible speech-to-text server (`POST /v1/audio/transcriptions`); unset → voice messages answer 503. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'STT_BASE_URL must be an http(s) URL such as http://localhost:8080' },
  )
  STT_BASE_URL?: string;

  /** The `model` field sent to the speech-to-text server. */
  @IsString()
  @MinLength(1)
  STT_MODEL = 'whisper-1';

  /** Bearer key for the speech-to-text server, when it wants one. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  STT_API_KEY?: string;

  /** ISO-639-1 language hint for transcription (e.g. en); unset = the server detects it. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[a-z]{2}$/, { message: 'STT_LANGUAGE must be a two-letter ISO-639-1 code such as en' })
  STT_LANGUAGE?: string;

  /** Per transcription attempt. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  STT_TIMEOUT_MS = 60_000;

  /** Retries of a transient speech-to-text failure (connection, 5xx, timeout). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5)
  STT_MAX_RETRIES = 1;
}
