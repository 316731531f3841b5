import { describe, expect, it } from '@jest/globals';
import { AdminApiKey } from './admin-api-key.js';

const KEY = 'an-admin-key-of-at-least-32-characters-long';

describe('AdminApiKey', () => {
  it('matches the configured key exactly', () => {
    expect(new AdminApiKey(KEY).matches(KEY)).toBe(true);
  });

  it.each([
    ['a different key', 'another-admin-key-of-at-least-32-characters'],
    ['a prefix', KEY.slice(0, -1)],
    ['the key plus a character', `${KEY}x`],
    ['another case', KEY.toUpperCase()],
    ['an empty string', ''],
    ['the key with whitespace', ` ${KEY}`],
  ])('refuses %s', (_name, candidate) => {
    expect(new AdminApiKey(KEY).matches(candidate)).toBe(false);
  });

  it('matches nothing when no key is configured (not even an empty candidate)', () => {
    for (const unset of [undefined, '']) {
      const key = new AdminApiKey(unset);
      expect(key.configured).toBe(false);
      expect(key.matches('')).toBe(false);
      expect(key.matches('anything')).toBe(false);
    }
  });

  it('compares digests of equal length whatever the candidate length (timingSafeEqual never throws)', () => {
    const key = new AdminApiKey(KEY);
    for (const candidate of ['a', 'x'.repeat(10_000), '\u{1F600}']) expect(key.matches(candidate)).toBe(false);
  });

  it('does not keep the key as a property', () => {
    expect(JSON.stringify(new AdminApiKey(KEY))).not.toContain(KEY);
    expect(Object.values(new AdminApiKey(KEY)).some((value) => value === KEY)).toBe(false);
  });
});
