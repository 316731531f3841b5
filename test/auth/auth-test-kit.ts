import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import { Agent } from 'undici';
import { SYNTHEA_FIXTURES_DIR } from '../../src/patients/fhir/testing/synthea-fixtures.js';
import type { TestApp } from '../support/test-app.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const PROBLEM_JSON = /^application\/problem\+json/;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/**
 * The connections of `call`: one per call, never an idle one reused. The test and the app share one
 * event loop, so a synchronous stretch of the test (building a 24 MB bundle, a major GC on a loaded
 * host) can outlast both keep-alive deadlines of a pooled connection, the client's (3 s) and the
 * server's (KEEP_ALIVE_TIMEOUT_MS, 5 s), before either timer has run: the next request is then
 * written on a connection the server closes in the same turn of the loop, unread (ECONNRESET). Two
 * processes cannot meet that; these tests are not about keep-alive (test/security/http-limits is).
 */
const freshConnections = new Agent({ pipelining: 0 });

/** One HTTP call as the SPA would make it; the body is parsed when it is JSON. */
export async function call(
  app: TestApp,
  method: string,
  route: string,
  options: {
    body?: unknown;
    rawBody?: string;
    token?: string;
    authorization?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  const response = await fetch(`${app.url}${route}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    dispatcher: freshConnections,
  });
  const text = await response.text();
  let body: unknown = undefined;
  if (/json/.test(response.headers.get('content-type') ?? '') && text.length > 0) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body, text };
}

/** Asserts an RFC 9457 problem with the given status and a human-readable detail. */
export function expectProblem(answer: HttpAnswer, status: number): void {
  expect({ status: answer.status, body: answer.text.slice(0, 300) }).toMatchObject({ status });
  expect(answer.headers.get('content-type')).toMatch(PROBLEM_JSON);
  expect(answer.body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    instance: expect.any(String),
  });
  expect(typeof answer.body.detail).toBe('string');
  expect(answer.body.detail.length).toBeGreaterThan(10);
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
}

export function expectUnauthorized(answer: HttpAnswer): void {
  expectProblem(answer, 401);
  expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

export function decodeJwtPart(token: string, part: 0 | 1): Record<string, unknown> {
  const segment = token.split('.')[part];
  if (segment === undefined) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export function encodeJwtPart(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** A well-formed patient id that no fixture uses. */
export function newPatientId(given = 'Test', family = 'Patient'): string {
  const n = Math.floor(Math.random() * 900) + 100;
  return `${given}${n}_${family}${n}_${crypto.randomUUID()}`;
}

/** The Synthea bundles kept in the repository (test/fixtures/synthea/). */
export const SYNTHEA_DIR = SYNTHEA_FIXTURES_DIR;

export function syntheaFixtures(): Array<{ patientId: string; file: string }> {
  return readdirSync(SYNTHEA_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ patientId: name.slice(0, -'.json'.length), file: path.join(SYNTHEA_DIR, name) }));
}

export function readFixture(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * Everything secret a test file used (passwords, tokens, keys). At the end the captured logs of
 * its apps must contain none of them.
 */
export class SecretLedger {
  private readonly secrets = new Set<string>();

  add(...values: Array<string | undefined>): void {
    for (const value of values) if (value) this.secrets.add(value);
  }

  expectAbsentFrom(...apps: TestApp[]): void {
    expect(this.secrets.size).toBeGreaterThan(0);
    for (const app of apps) {
      const text = app.logs.text;
      expect(text.length).toBeGreaterThan(0);
      const leaked = [...this.secrets].filter((secret) => text.includes(secret));
      expect(leaked).toEqual([]);
    }
  }
}
