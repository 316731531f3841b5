import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { emptyToUndefined, toBoolean } from './environment-transforms.js';
import { StorageRetentionVariables } from './storage-retention-variables.js';

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const EMBEDDED_MONGODB_ENGINES = ['auto', 'mongod', 'wire'] as const;
export { LLM_PROVIDERS } from './model-service-variables.js';
export { UPLOAD_STORAGE_BACKENDS } from './storage-retention-variables.js';

/**
 * Every environment variable the service reads, with its rules. Values arrive as strings;
 * class-transformer converts numbers and booleans before class-validator checks them, so a
 * typo such as PORT=80a stops start-up instead of becoming NaN somewhere later.
 */
export class EnvironmentVariables extends StorageRetentionVariables {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: (typeof NODE_ENVIRONMENTS)[number] = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 8000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^mongodb(\+srv)?:\/\/.+/, {
    message: 'MONGODB_URI must be a mongodb:// or mongodb+srv:// connection string',
  })
  MONGODB_URI?: string;

  @IsIn(EMBEDDED_MONGODB_ENGINES)
  EMBEDDED_MONGODB: (typeof EMBEDDED_MONGODB_ENGINES)[number] = 'auto';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60000)
  EMBEDDED_MONGOD_TIMEOUT_MS = 4000;

  /** Token budget (≈ characters / 4) for earlier exchanges shown to the model. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  CHAT_CONTEXT_TOKEN_BUDGET = 2000;

  /** Tokens a patient (a guest: a session) may use per UTC day; past it new turns get 429 until midnight UTC. Unset = no budget. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  CHAT_DAILY_TOKEN_BUDGET?: number;

  /** Most patient records put in front of the model for one question. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  CHAT_CONTEXT_RECORD_LIMIT = 8;

  /** Emergency services number given in emergency guidance. */
  @IsString()
  @Matches(/^[0-9+ ()-]{2,20}$/, { message: 'EMERGENCY_NUMBER must be a phone number such as 911 or 112' })
  EMERGENCY_NUMBER = '911';

  /** Suicide and crisis line given in mental-health emergency guidance. */
  @IsString()
  @Matches(/^[0-9+ ()-]{2,20}$/, { message: 'CRISIS_LINE must be a phone number such as 988' })
  CRISIS_LINE = '988';

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  JWT_SECRET?: string;

  @IsString()
  CORS_ORIGINS = 'http://localhost:3000,http://localhost:5173';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_HOUR = 100;

  /** 32 bytes, base64: encrypts health data at rest (AES-256-GCM). Required in production unless ALLOW_PLAINTEXT_PHI=true. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  DATA_ENCRYPTION_KEY?: string;

  /** Comma-separated earlier DATA_ENCRYPTION_KEYs: data they encrypted stays readable after a rotation. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  DATA_ENCRYPTION_PREVIOUS_KEYS?: string;

  /** Production without DATA_ENCRYPTION_KEY, stored health data in plaintext: only when said deliberately. */
  @Transform(toBoolean)
  @IsBoolean()
  ALLOW_PLAINTEXT_PHI = false;

  /** Redis for the rate-limit counters shared by all instances; unset = MongoDB (rate_limit_counters). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/.+/, {
    message: 'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
  })
  REDIS_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  IMPORT_BODY_LIMIT_BYTES = 26_214_400;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  REQUEST_TIMEOUT_MS = 120_000;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  KEEP_ALIVE_TIMEOUT_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(60000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /** The SPA's demo flow: sign in by patient id alone. Refused in production. */
  @Transform(toBoolean)
  @IsBoolean()
  AUTH_PATIENT_ID_ONLY = false;

  /** Import the bundled Synthea demo patients at start. Unset: on in development on the embedded store. Refused in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  /** Bearer key of the admin routes; when unset the admin routes do not exist. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  ADMIN_API_KEY?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  JWT_EXPIRES_IN_MINUTES = 60;

  /** A session ends after this long without an authenticated request. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_080)
  SESSION_IDLE_MINUTES = 30;

  /** Failed sign-ins allowed per patient id within the window below (parallel guesses included). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES = 5;

  /** Failed sign-ins allowed per client address within the window: higher, as a clinic's NAT is many people. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_CLIENT = 50;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_FAILURE_WINDOW_MINUTES = 15;

  /** A chat turn still pending this long after it started is taken as interrupted (process killed mid-turn). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  CHAT_PENDING_GRACE_SECONDS = 120;

  /** Interval of the SSE comment line that keeps proxies from closing an idle chat stream. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(300000)
  CHAT_STREAM_HEARTBEAT_MS = 15_000;

  /** WebSocket chat: connections one patient (or guest session) may hold open at once, per instance. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  WS_MAX_CONNECTIONS_PER_PATIENT = 3;

  /** WebSocket chat: how long a new connection may take to send its auth frame before it is closed. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  WS_AUTH_TIMEOUT_MS = 5_000;

  /** WebSocket chat: interval of protocol pings (and session re-checks); two unanswered pings drop the connection. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(300000)
  WS_PING_INTERVAL_MS = 25_000;

  /** WebSocket chat: largest client frame accepted; a bigger one closes the connection (1009). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(1048576)
  WS_MAX_FRAME_BYTES = 65_536;

  /** Patient records retrieval returns for one record question (the orchestrator may take fewer). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  RECORD_RETRIEVAL_TOP_K = 6;

  /**
   * Safety bound on the records one question's terms select (newest kept); what lies beyond is
   * logged and counted in medchat_record_retrieval_beyond_bound_total, never dropped silently.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(100000)
  RECORD_RETRIEVAL_MAX_CANDIDATES = 100_000;

  /** Ollama embedding model (e.g. nomic-embed-text); set = hybrid retrieval with embeddings stored at import. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(1)
  EMBEDDING_MODEL?: string;

  /** When set, GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; unset = public. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Per embedding call (one batch at import, the question at retrieval). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  EMBEDDING_TIMEOUT_MS = 30_000;

  /** Medical-knowledge collection loaded at start-up when missing or changed (JSONL, .jsonl.gz or a MedQuAD XML directory); `none`: no start-up load. */
  @IsString()
  KNOWLEDGE_SEED_PATH = 'data/medquad/medquad.jsonl.gz';

  /** Knowledge passages put in the prompt for a general question (half of them beside records); 0 turns knowledge off in chat. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  KNOWLEDGE_PROMPT_PASSAGES = 3;

  /** How often each instance checks whether the stored knowledge collections changed, and rebuilds its search index. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  KNOWLEDGE_REFRESH_INTERVAL_MS = 60_000;
}
