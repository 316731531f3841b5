import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import { validateEnvironment } from '../config/validate-environment.js';
import { TokenService } from './token.service.js';

const SECRET = 'unit-test-secret-that-is-long-enough-0123456789';

function tokenService(env: Record<string, string> = {}): { tokens: TokenService; jwt: JwtService } {
  const config = new AppConfig(validateEnvironment({ NODE_ENV: 'test', JWT_SECRET: SECRET, ...env }).variables);
  const jwt = new JwtService({ secret: SECRET });
  return { tokens: new TokenService(jwt, config), jwt };
}

function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('TokenService', () => {
  const session = {
    session_id: '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10',
    patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
    role: 'patient' as const,
  };

  it('signs HS256 tokens carrying sub, sid, role, iat and exp', async () => {
    const { tokens, jwt } = tokenService();
    const issued = await tokens.issue(session);
    expect(headerOf(issued.access_token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = await jwt.verifyAsync(issued.access_token, { algorithms: ['HS256'] });
    expect(claims).toEqual({
      sub: session.patient_id,
      sid: session.session_id,
      role: 'patient',
      iat: expect.any(Number),
      exp: expect.any(Number),
    });
    expect(Math.abs(claims.iat - Date.now() / 1000)).toBeLessThan(5);
  });

  it('answers expires_in in seconds, matching exp - iat (default 60 minutes)', async () => {
    const { tokens, jwt } = tokenService();
    const issued = await tokens.issue(session);
    expect(issued.expires_in).toBe(3600);
    const claims = await jwt.verifyAsync(issued.access_token);
    expect(claims.exp - claims.iat).toBe(3600);
  });

  it('follows JWT_EXPIRES_IN_MINUTES', async () => {
    const { tokens, jwt } = tokenService({ JWT_EXPIRES_IN_MINUTES: '5' });
    const issued = await tokens.issue(session);
    expect(issued.expires_in).toBe(300);
    const claims = await jwt.verifyAsync(issued.access_token);
    expect(claims.exp - claims.iat).toBe(300);
  });

  it('gives guest tokens no sub at all', async () => {
    const { tokens, jwt } = tokenService();
    const issued = await tokens.issue({ session_id: session.session_id, patient_id: null, role: 'guest' });
    const claims = await jwt.verifyAsync(issued.access_token);
    expect(claims).not.toHaveProperty('sub');
    expect(claims).toMatchObject({ sid: session.session_id, role: 'guest' });
  });

  it('produces tokens another secret cannot verify', async () => {
    const { tokens } = tokenService();
    const issued = await tokens.issue(session);
    await expect(new JwtService({ secret: `${SECRET}-other` }).verifyAsync(issued.access_token)).rejects.toThrow(
      /invalid signature/,
    );
  });
});
