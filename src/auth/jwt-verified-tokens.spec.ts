import { describe, expect, it } from '@jest/globals';
import { VerifiedTokens } from './jwt-verified-tokens.js';

const claims = (sid: string) => ({ sid, role: 'guest' as const });

describe('VerifiedTokens', () => {
  const exp = 1_900_000_000; // seconds, as a token carries it

  it('gives back the claims of a remembered token until the instant jsonwebtoken would refuse it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('token-a', claims('a'), exp);
    expect(tokens.find('token-a', exp * 1000 - 1)).toEqual(claims('a'));
    expect(tokens.find('token-a', exp * 1000)).toBeUndefined();
    // Forgotten once expired: the next check goes to jsonwebtoken again.
    expect(tokens.size).toBe(0);
    expect(tokens.find('token-a', 0)).toBeUndefined();
  });

  it('knows nothing of a token it was not given, nor of one without a numeric exp', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('token-b', claims('b'), undefined);
    tokens.remember('token-c', claims('c'), '1900000000');
    expect(tokens.find('token-b', 0)).toBeUndefined();
    expect(tokens.find('token-c', 0)).toBeUndefined();
    expect(tokens.find('token-x', 0)).toBeUndefined();
  });

  it('holds at most its capacity, the oldest token leaving first', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('one', claims('1'), exp);
    tokens.remember('two', claims('2'), exp);
    tokens.remember('two', claims('2'), exp);
    expect(tokens.size).toBe(2);
    tokens.remember('three', claims('3'), exp);
    expect(tokens.size).toBe(2);
    expect(tokens.find('one', 0)).toBeUndefined();
    expect(tokens.find('two', 0)).toEqual(claims('2'));
    expect(tokens.find('three', 0)).toEqual(claims('3'));
  });
});
