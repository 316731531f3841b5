import { describe, expect, it } from '@jest/globals';
import { bearerCredentialOf } from './bearer-credential.js';

describe('bearerCredentialOf', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['BEARER   abc', 'abc'],
  ])('reads %j', (header, credential) => {
    expect(bearerCredentialOf(header)).toBe(credential);
  });

  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic abc', 'abc', 'Bearer a b', 'Bearerabc', ['Bearer abc']])(
    'refuses %j',
    (header) => {
      expect(bearerCredentialOf(header as string | string[] | undefined)).toBeUndefined();
    },
  );
});
