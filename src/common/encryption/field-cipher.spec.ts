import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateEnvironment } from '../../config/validate-environment.js';
import { dataKeyId, decodeDataKey, type DataEncryptionKey } from '../../config/data-encryption-keys.js';
import { FieldCipher, UndecryptableFieldError } from './field-cipher.js';
import { OpenedValues } from './opened-values.js';

const keyA = decodeDataKey(randomBytes(32).toString('base64')) as DataEncryptionKey;
const keyB = decodeDataKey(randomBytes(32).toString('base64')) as DataEncryptionKey;
const CONTEXT = 'conversations.message:Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';

describe('FieldCipher', () => {
  it('round-trips any text, storing neither the text nor the key', () => {
    const cipher = new FieldCipher(keyA);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const stored = cipher.encrypt(text, CONTEXT);
        expect(stored.startsWith(`enc:v1:${keyA.id}:`)).toBe(true);
        if (text.length >= 4) expect(stored).not.toContain(text);
        expect(cipher.decrypt(stored, CONTEXT)).toBe(text);
      }),
    );
    expect(cipher.encrypt('secret', CONTEXT)).not.toContain(keyA.key.toString('base64'));
  });

  it('uses a fresh IV for each value: the same text never encrypts the same way twice', () => {
    const cipher = new FieldCipher(keyA);
    expect(cipher.encrypt('I have chest pain', CONTEXT)).not.toBe(cipher.encrypt('I have chest pain', CONTEXT));
  });

  it('names the key by the first 8 hex digits of its SHA-256', () => {
    expect(keyA.id).toMatch(/^[0-9a-f]{8}$/);
    expect(dataKeyId(keyA.key)).toBe(keyA.id);
    expect(keyA.id).not.toBe(keyB.id);
  });

  it('refuses a value moved to another field or another patient (the context is authenticated)', () => {
    const cipher = new FieldCipher(keyA);
    const stored = cipher.encrypt('my HbA1c was 9.1', CONTEXT);
    expect(() => cipher.decrypt(stored, 'conversations.message:Someone_Else')).toThrow(UndecryptableFieldError);
    expect(() =>
      cipher.decrypt(stored, 'conversations.response:Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58'),
    ).toThrow(/failed authentication/);
  });

  it('still refuses a value moved to another field or patient after it was opened where it belongs', () => {
    const cipher = new FieldCipher(keyA);
    const stored = cipher.encrypt('my HbA1c was 9.1', CONTEXT);
    expect(cipher.decrypt(stored, CONTEXT)).toBe('my HbA1c was 9.1');
    expect(cipher.decrypt(stored, CONTEXT)).toBe('my HbA1c was 9.1');
    expect(() => cipher.decrypt(stored, 'conversations.message:Someone_Else')).toThrow(/failed authentication/);
    expect(cipher.decrypt(stored, CONTEXT)).toBe('my HbA1c was 9.1');
  });

  it('opens a value read again without decrypting it again, and a changed value for real', () => {
    const opened = new OpenedValues();
    const cipher = new FieldCipher(keyA, [], opened);
    const stored = cipher.encrypt('my HbA1c was 9.1', CONTEXT);
    expect(cipher.decrypt(stored, CONTEXT)).toBe('my HbA1c was 9.1');
    expect(opened.find(stored, CONTEXT)).toBe('my HbA1c was 9.1');
    const body = Buffer.from(stored.split(':')[3] as string, 'base64url');
    body[14] = (body[14] as number) ^ 1;
    expect(() => cipher.decrypt(`enc:v1:${keyA.id}:${body.toString('base64url')}`, CONTEXT)).toThrow(
      /failed authentication/,
    );
    expect(opened.size).toBe(1);
  });

  it('remembers a value sealed to be read back soon as opened, under its own context only', () => {
    const opened = new OpenedValues();
    const cipher = new FieldCipher(keyA, [], opened);
    const kept = cipher.encrypt('my HbA1c was 9.1', CONTEXT, { readBackSoon: true });
    const notKept = cipher.encrypt('my HbA1c was 9.1', CONTEXT);
    expect(opened.find(kept, CONTEXT)).toBe('my HbA1c was 9.1');
    expect(opened.find(notKept, CONTEXT)).toBeUndefined();
    expect(opened.size).toBe(1);
    expect(cipher.decrypt(kept, CONTEXT)).toBe('my HbA1c was 9.1');
    expect(() => cipher.decrypt(kept, 'conversations.message:Someone_Else')).toThrow(/failed authentication/);
    // What was remembered is what a decipher opens: a cipher without the memory reads the same text.
    expect(new FieldCipher(keyA).decrypt(kept, CONTEXT)).toBe('my HbA1c was 9.1');
  });

  it('remembers nothing without a key: the plaintext is stored as it is', () => {
    const opened = new OpenedValues();
    expect(new FieldCipher(undefined, [], opened).encrypt('hello', CONTEXT, { readBackSoon: true })).toBe('hello');
    expect(opened.size).toBe(0);
  });

  it('refuses a tampered or truncated value', () => {
    const cipher = new FieldCipher(keyA);
    const stored = cipher.encrypt('my HbA1c was 9.1', CONTEXT);
    const body = Buffer.from(stored.split(':')[3] as string, 'base64url');
    body[14] = (body[14] as number) ^ 1;
    expect(() => cipher.decrypt(`enc:v1:${keyA.id}:${body.toString('base64url')}`, CONTEXT)).toThrow(
      /failed authentication/,
    );
    expect(() => cipher.decrypt(`enc:v1:${keyA.id}:AAAA`, CONTEXT)).toThrow(/truncated/);
  });

  it('reads data of a previous key after a rotation, and writes with the current one', () => {
    const before = new FieldCipher(keyA);
    const old = before.encrypt('penicillin allergy', CONTEXT);
    const rotated = new FieldCipher(keyB, [keyA]);
    expect(rotated.decrypt(old, CONTEXT)).toBe('penicillin allergy');
    expect(rotated.encrypt('new', CONTEXT).startsWith(`enc:v1:${keyB.id}:`)).toBe(true);
    expect(() => new FieldCipher(keyB).decrypt(old, CONTEXT)).toThrow(
      new RegExp(`key ${keyA.id}, which is neither DATA_ENCRYPTION_KEY nor one of DATA_ENCRYPTION_PREVIOUS_KEYS`),
    );
  });

  it('without a key stores plaintext, and always reads values that were never encrypted', () => {
    const off = new FieldCipher(undefined);
    expect(off.enabled).toBe(false);
    expect(off.encrypt('plain', CONTEXT)).toBe('plain');
    expect(off.encryptJson({ finding: 'rash' }, CONTEXT)).toEqual({ finding: 'rash' });
    expect(new FieldCipher(keyA).decrypt('written before encryption was on', CONTEXT)).toBe(
      'written before encryption was on',
    );
    expect(() => off.decrypt(new FieldCipher(keyA).encrypt('x', CONTEXT), CONTEXT)).toThrow(UndecryptableFieldError);
  });

  it('encrypts JSON values and optional fields, leaving null alone', () => {
    const cipher = new FieldCipher(keyA);
    const findings = { description: 'erythematous rash on the forearm', confidence: 0.7 };
    const stored = cipher.encryptJson(findings, CONTEXT);
    expect(typeof stored).toBe('string');
    expect(cipher.decryptJson(stored, CONTEXT)).toEqual(findings);
    expect(cipher.encryptJson(null, CONTEXT)).toBeNull();
    expect(cipher.decryptJson(null, CONTEXT)).toBeNull();
    expect(cipher.encryptOptional(null, CONTEXT)).toBeNull();
    expect(cipher.encryptOptional(undefined, CONTEXT)).toBeUndefined();
    expect(cipher.decryptOptional(cipher.encryptOptional('text', CONTEXT), CONTEXT)).toBe('text');
  });
});

describe('data encryption settings', () => {
  const production = {
    NODE_ENV: 'production',
    MONGODB_URI: 'mongodb://127.0.0.1:9/medchat',
    JWT_SECRET: 'x'.repeat(48),
  };
  const key = randomBytes(32).toString('base64');

  it('production requires DATA_ENCRYPTION_KEY unless ALLOW_PLAINTEXT_PHI=true, naming both', () => {
    expect(() => validateEnvironment(production)).toThrow(
      /DATA_ENCRYPTION_KEY is required when NODE_ENV=production.*ALLOW_PLAINTEXT_PHI=true/,
    );
    expect(() => validateEnvironment({ ...production, DATA_ENCRYPTION_KEY: key })).not.toThrow();
    expect(validateEnvironment({ ...production, ALLOW_PLAINTEXT_PHI: 'true' }).variables.ALLOW_PLAINTEXT_PHI).toBe(
      true,
    );
  });

  it('development and test run without a key', () => {
    expect(validateEnvironment({ NODE_ENV: 'test' }).variables.DATA_ENCRYPTION_KEY).toBeUndefined();
    expect(validateEnvironment({ NODE_ENV: 'development' }).variables.ALLOW_PLAINTEXT_PHI).toBe(false);
  });

  it.each([
    ['not base64', 'not base64 at all!'],
    ['16 bytes', randomBytes(16).toString('base64')],
    ['33 bytes', randomBytes(33).toString('base64')],
  ])('refuses a DATA_ENCRYPTION_KEY of %s without echoing it', (_label, value) => {
    let message = '';
    try {
      validateEnvironment({ NODE_ENV: 'test', DATA_ENCRYPTION_KEY: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATA_ENCRYPTION_KEY must be 32 random bytes in base64/);
    expect(message).not.toContain(value);
  });

  it('accepts base64url keys and checks every previous key', () => {
    expect(() =>
      validateEnvironment({ NODE_ENV: 'test', DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64url') }),
    ).not.toThrow();
    expect(() =>
      validateEnvironment({
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: key,
        DATA_ENCRYPTION_PREVIOUS_KEYS: `${randomBytes(32).toString('base64')}, short`,
      }),
    ).toThrow(/DATA_ENCRYPTION_PREVIOUS_KEYS entry 2 must be 32 bytes/);
    expect(() => validateEnvironment({ NODE_ENV: 'test', DATA_ENCRYPTION_PREVIOUS_KEYS: key })).toThrow(
      /set without DATA_ENCRYPTION_KEY/,
    );
  });
});
