import { describe, expect, it } from '@jest/globals';
import { readAccessTokenClaims } from './access-token-claims.js';

const SID = '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10';
const PATIENT = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';

describe('readAccessTokenClaims', () => {
  it('accepts what TokenService issues', () => {
    expect(readAccessTokenClaims({ sub: PATIENT, sid: SID, role: 'patient', iat: 1, exp: 2 })).toEqual({
      sub: PATIENT,
      sid: SID,
      role: 'patient',
    });
    expect(readAccessTokenClaims({ sid: SID, role: 'guest', iat: 1, exp: 2 })).toEqual({ sid: SID, role: 'guest' });
  });

  it.each([
    ['no payload', null],
    ['a string payload', 'sub'],
    ['no sid', { sub: PATIENT, role: 'patient' }],
    ['a sid that is not a uuid', { sub: PATIENT, sid: 'abc', role: 'patient' }],
    ['an admin role', { sub: PATIENT, sid: SID, role: 'admin' }],
    ['an unknown role', { sub: PATIENT, sid: SID, role: 'doctor' }],
    ['a patient without sub', { sid: SID, role: 'patient' }],
    ['a malformed sub', { sub: 'alice', sid: SID, role: 'patient' }],
    ['an object sub', { sub: { $ne: null }, sid: SID, role: 'patient' }],
    ['a guest with a sub', { sub: PATIENT, sid: SID, role: 'guest' }],
  ])('refuses %s', (_name, payload) => {
    expect(readAccessTokenClaims(payload)).toBeUndefined();
  });
});
