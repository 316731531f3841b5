import { HttpStatus, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ProblemException } from '../../problem/problem.exception.js';
import {
  safeWindowName,
  windowGroupId,
  windowRecord,
  type MultiWindowThrottlerStorage,
  type ThrottlerStorageRecord,
  type WindowHit,
} from './rate-limit-window.js';

/**
 * Counts every window of one request in one round trip. Per key (one per window): INCR; the
 * first hit starts the window (PEXPIRE); PTTL says how long it has left. A key found without an
 * expiry (it should never be) is given one, so no counter can live forever.
 * Returns [hits1, msLeft1, hits2, msLeft2, ...].
 */
export const RATE_LIMIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local ttl = tonumber(ARGV[i])
  local hits = redis.call('INCR', key)
  if hits == 1 then redis.call('PEXPIRE', key, ttl) end
  local left = redis.call('PTTL', key)
  if left < 0 then
    redis.call('PEXPIRE', key, ttl)
    left = ttl
  end
  out[#out + 1] = hits
  out[#out + 1] = left
end
return out
`;

/** What the storage needs of a Redis connection: running the script, and closing. */
export interface RateLimitScriptClient {
  runRateLimitScript(keys: string[], ttls: number[]): Promise<number[]>;
  close(): Promise<void>;
}

const SCRIPT_COMMAND = 'medchatRateLimit';
const RETRY_AFTER_SECONDS = 5;

/**
 * An ioredis connection with the script registered (EVALSHA, falling back to EVAL once).
 * ioredis is imported here, not at the top: without REDIS_URL it is never needed, and loading
 * it cost every start-up about 0.2 s of CPU.
 */
export async function ioredisScriptClient(url: string): Promise<RateLimitScriptClient> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    // A request waits for the limiter at most this long; then it is refused with 503.
    commandTimeout: 2000,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
  });
  const logger = new Logger('RedisRateLimit');
  let reported = false;
  redis.on('error', (error: Error) => {
    // ioredis reconnects by itself; one line per outage is enough.
    if (!reported) logger.error(`Redis for rate limits is unreachable: ${error.message}`);
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  redis.defineCommand(SCRIPT_COMMAND, { lua: RATE_LIMIT_SCRIPT });
  const run = (redis as unknown as Record<string, (...args: Array<string | number>) => Promise<number[]>>)[
    SCRIPT_COMMAND
  ]!.bind(redis);
  let closing: Promise<void> | undefined;
  return {
    runRateLimitScript: (keys, ttls) => run(keys.length, ...keys, ...ttls),
    // Idempotent: the same storage instance is a provider of two modules, each shut down.
    close() {
      closing ??= (async () => {
        // QUIT waits for the server; while it is unreachable that would be forever.
        if (redis.status === 'ready')
          await Promise.race([redis.quit(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]).catch(
            () => undefined,
          );
        redis.disconnect();
      })();
      return closing;
    },
  };
}

/**
 * Rate-limit counters in Redis (used instead of MongoDB when REDIS_URL is set). A window starts
 * with the caller's first hit on the route and lasts `ttl`, kept by Redis' own expiry, so no
 * instance's clock is involved. The keys of one request share a hash tag: they land on the same
 * Redis Cluster slot, as a multi-key script needs.
 */
export class RedisThrottlerStorage implements MultiWindowThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);

  constructor(
    private readonly client: RateLimitScriptClient,
    private readonly prefix = 'medchat:rate-limit:',
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [record] = await this.incrementWindows([{ key, name: throttlerName, ttl, limit }]);
    return record as ThrottlerStorageRecord;
  }

  async incrementWindows(hits: readonly WindowHit[]): Promise<ThrottlerStorageRecord[]> {
    const group = windowGroupId(hits);
    const keys = hits.map((hit) => `${this.prefix}{${group}}:${safeWindowName(hit.name)}`);
    let reply: number[];
    try {
      reply = await this.client.runRateLimitScript(
        keys,
        hits.map((hit) => hit.ttl),
      );
    } catch (error) {
      // Refused rather than let through: an unreachable store must not switch the limits off.
      this.logger.warn(`Rate-limit check failed, request refused with 503: ${(error as Error).message}`);
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'The rate-limit store is unavailable; try again in a few seconds.',
        {
          headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        },
      );
    }
    return hits.map((hit, index) => windowRecord(Number(reply[2 * index]), hit.limit, Number(reply[2 * index + 1])));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
