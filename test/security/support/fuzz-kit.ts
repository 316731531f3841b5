import { createHmac } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { TestApp } from '../../support/test-app.js';

/**
 * Shared pieces of the hostile-input suites: a keep-alive HTTP client that sends exactly the
 * bytes and headers it is given, a watch on what the store holds, the invariants every answer
 * must keep, the tally of what each suite tried, and tokens signed any way a client could; the
 * hostile inputs themselves are in hostile-inputs.ts.
 */

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** node:http with one keep-alive agent per suite: fetch would refuse or rewrite some of the headers sent here. */
export class RawClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });

  constructor(private readonly baseUrl: string) {}

  send(request: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const body =
        request.body === undefined
          ? undefined
          : Buffer.isBuffer(request.body)
            ? request.body
            : Buffer.from(request.body, 'utf8');
      const outgoing = httpRequest(
        `${this.baseUrl}${request.path}`,
        {
          method: request.method,
          agent: this.agent,
          headers: { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
          timeout: 20_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`no answer within 20 s: ${request.method} ${request.path}`)),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Collections that refused requests are meant to write to: the sign-in failure counter, the
 * audit trail, the shared rate-limit counters, and the scheduler's leases (a timer, not a request).
 */
const MAY_CHANGE_ON_REFUSAL = /^(login_failures|audit_events|rate_limit_counters|scheduler_leases)$/;

/** Document counts of every collection a refused request must leave alone. */
export class StoreWatch {
  private readonly connection: Connection;

  constructor(app: TestApp) {
    this.connection = app.medchat.app.get<Connection>(getConnectionToken(), { strict: false });
  }

  async counts(): Promise<Record<string, number>> {
    const db = this.connection.db!;
    const collections = await db.listCollections({}, { nameOnly: true }).toArray();
    const names = collections.map((collection) => collection.name).filter((name) => !MAY_CHANGE_ON_REFUSAL.test(name));
    const counts = await Promise.all(names.map((name) => db.collection(name).estimatedDocumentCount()));
    return Object.fromEntries(names.map((name, index) => [name, counts[index]!]).filter(([, count]) => count !== 0));
  }
}

export interface Verdict {
  ok: boolean;
  why?: string;
}

/**
 * What every answer to any request must be: never a 5xx; a 4xx is problem+json whose `status`
 * matches and whose `detail` is a sentence; and a refused request stored nothing.
 */
export function judge(response: RawResponse, before: Record<string, number>, after: Record<string, number>): Verdict {
  if (response.status >= 500) return { ok: false, why: `${response.status}: ${response.text.slice(0, 300)}` };
  if (response.status < 400) return { ok: true };
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json'))
    return { ok: false, why: `${response.status} with content-type ${type}` };
  let problem: { status?: unknown; detail?: unknown; request_id?: unknown };
  try {
    problem = JSON.parse(response.text) as typeof problem;
  } catch {
    return { ok: false, why: `${response.status} with a body that is not JSON: ${response.text.slice(0, 200)}` };
  }
  if (problem.status !== response.status)
    return { ok: false, why: `problem status ${String(problem.status)} on a ${response.status}` };
  if (typeof problem.detail !== 'string' || problem.detail.trim() === '')
    return { ok: false, why: 'problem without a detail' };
  if (/\n\s+at |node:internal|Mongo\w*Error|TypeError|ReferenceError/.test(problem.detail))
    return { ok: false, why: `internal detail leaked: ${problem.detail}` };
  if (typeof problem.request_id !== 'string') return { ok: false, why: 'problem without request_id' };
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    return {
      ok: false,
      why: `a refused request (${response.status}) changed the store: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    };
  }
  return { ok: true };
}

/** Sends a request between two store snapshots and fails the property with the reason when the verdict is bad. */
export async function sendAndJudge(
  client: RawClient,
  watch: StoreWatch,
  request: RawRequest,
  stats?: FuzzStats,
): Promise<RawResponse> {
  const before = await watch.counts();
  const response = await client.send(request);
  const after = await watch.counts();
  stats?.record(response.status);
  const verdict = judge(response, before, after);
  if (!verdict.ok)
    throw new Error(
      `${request.method} ${request.path.slice(0, 200)} → ${verdict.why}\nbody: ${String(request.body ?? '').slice(0, 300)}\nheaders: ${JSON.stringify(request.headers).slice(0, 300)}`,
    );
  return response;
}

/** How many cases each suite tried, by status, for the report. */
export class FuzzStats {
  readonly byStatus = new Map<number, number>();

  record(status: number): void {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  get total(): number {
    return [...this.byStatus.values()].reduce((sum, count) => sum + count, 0);
  }

  summary(): string {
    return [...this.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
  }
}

// ---- tokens --------------------------------------------------------------------------------

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An HS256 JWT with any header and claims (well-formed or not), signed with `secret`. */
export function signJwt(
  claims: unknown,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  return signJwtText(JSON.stringify(claims), secret, header);
}

/** The same with the claims as JSON text, for keys an object literal cannot hold (`__proto__`). */
export function signJwtText(
  claimsJson: string,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(claimsJson)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** The same, with `alg: none` and no signature. */
export function unsignedJwt(claims: unknown): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}
