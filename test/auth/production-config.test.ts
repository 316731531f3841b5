import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { createAppContext } from '../../src/bootstrap/create-app-context.js';
import { createApp } from '../../src/bootstrap/create-app.js';
import { InvalidEnvironmentError, validateEnvironment } from '../../src/config/validate-environment.js';

/** A production environment that is otherwise valid; nothing is ever listening on port 9. */
const PRODUCTION = {
  NODE_ENV: 'production',
  MONGODB_URI: 'mongodb://127.0.0.1:9/medchat',
  JWT_SECRET: 'a-production-secret-of-more-than-32-bytes-0123456789',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

async function refusal(start: Promise<unknown>): Promise<InvalidEnvironmentError> {
  const error = await start.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InvalidEnvironmentError);
  return error as InvalidEnvironmentError;
}

describe('auth settings at start-up', () => {
  it('production refuses AUTH_PATIENT_ID_ONLY=true, naming the variable', async () => {
    const error = await refusal(createApp({ env: { ...PRODUCTION, AUTH_PATIENT_ID_ONLY: 'true' } }));
    expect(error.message).toMatch(/AUTH_PATIENT_ID_ONLY/);
    expect(error.problems).toHaveLength(1);
  });

  it('the CLI context refuses it the same way', async () => {
    const error = await refusal(createAppContext({ env: { ...PRODUCTION, AUTH_PATIENT_ID_ONLY: '1' } }));
    expect(error.message).toMatch(/AUTH_PATIENT_ID_ONLY/);
  });

  it('production refuses an ADMIN_API_KEY under 32 characters, naming the variable and never echoing the key', async () => {
    const shortKey = 'short-admin-key-1234';
    const error = await refusal(createApp({ env: { ...PRODUCTION, ADMIN_API_KEY: shortKey } }));
    expect(error.message).toMatch(/ADMIN_API_KEY must be at least 32 characters/);
    expect(error.message).not.toContain(shortKey);
  });

  it('production accepts a long ADMIN_API_KEY, no key at all, and AUTH_PATIENT_ID_ONLY=false', () => {
    expect(() =>
      validateEnvironment({ ...PRODUCTION, ADMIN_API_KEY: 'k'.repeat(32), AUTH_PATIENT_ID_ONLY: 'false' }),
    ).not.toThrow();
    expect(() => validateEnvironment(PRODUCTION)).not.toThrow();
  });

  it('development and test allow the demo mode and a short admin key', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const { variables } = validateEnvironment({ NODE_ENV, AUTH_PATIENT_ID_ONLY: 'true', ADMIN_API_KEY: 'short' });
      expect(variables).toMatchObject({ AUTH_PATIENT_ID_ONLY: true, ADMIN_API_KEY: 'short' });
    }
  });

  it('has the documented defaults', () => {
    const { variables } = validateEnvironment({ NODE_ENV: 'test' });
    expect(variables.ADMIN_API_KEY).toBeUndefined();
    expect(variables).toMatchObject({
      AUTH_PATIENT_ID_ONLY: false,
      JWT_EXPIRES_IN_MINUTES: 60,
      SESSION_IDLE_MINUTES: 30,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_FAILURE_WINDOW_MINUTES: 15,
    });
    // An empty ADMIN_API_KEY= line in a .env file means "unset", not "the empty key".
    expect(validateEnvironment({ NODE_ENV: 'test', ADMIN_API_KEY: '' }).variables.ADMIN_API_KEY).toBeUndefined();
  });

  it.each([
    ['AUTH_PATIENT_ID_ONLY', 'yes'],
    ['JWT_EXPIRES_IN_MINUTES', '0'],
    ['JWT_EXPIRES_IN_MINUTES', '60m'],
    ['SESSION_IDLE_MINUTES', '-5'],
    ['LOGIN_MAX_FAILURES', 'many'],
    ['LOGIN_FAILURE_WINDOW_MINUTES', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => validateEnvironment({ NODE_ENV: 'test', [name]: value })).toThrow(new RegExp(name));
  });
});
