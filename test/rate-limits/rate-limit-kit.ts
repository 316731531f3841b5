import { expect } from '@jest/globals';
import type { TestApp } from '../support/test-app.js';

export const ADMIN_KEY = 'admin-key-for-rate-limit-tests-0123456789abcdef';

let nextAddress = 1;
/** A client address of its own per test (the apps trust X-Forwarded-For), so tests do not share counters. */
export function newClientIp(): string {
  nextAddress += 1;
  return `198.51.100.${nextAddress}`;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function request(
  app: TestApp,
  method: string,
  route: string,
  options: { ip?: string; token?: string; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${app.url}${route}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
  };
}

/** Creates a patient account with a password through the admin API. */
export async function accountWithPassword(app: TestApp, password: string): Promise<string> {
  const uuid = crypto.randomUUID();
  const n = Math.floor(Math.random() * 900) + 100;
  const patientId = `Rate${n}_Limit${n}_${uuid}`;
  const bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: `urn:uuid:${uuid}`,
        resource: {
          resourceType: 'Patient',
          id: uuid,
          name: [{ use: 'official', given: [`Rate${n}`], family: `Limit${n}` }],
        },
      },
    ],
  };
  expect(
    (await request(app, 'POST', '/api/admin/patients/import', { token: ADMIN_KEY, body: bundle, ip: newClientIp() }))
      .status,
  ).toBe(201);
  expect(
    (
      await request(app, 'PUT', `/api/admin/patients/${patientId}/password`, {
        token: ADMIN_KEY,
        body: { password },
        ip: newClientIp(),
      })
    ).status,
  ).toBe(204);
  return patientId;
}

/** Sends `count` requests alternating between the instances; answers the statuses and the answers. */
export async function alternate(
  apps: TestApp[],
  count: number,
  send: (app: TestApp) => Promise<Answer>,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i += 1) answers.push(await send(apps[i % apps.length] as TestApp));
  return answers;
}
